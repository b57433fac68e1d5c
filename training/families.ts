// Families of the corpus: the batches written in one register (airline tweets, chat, email, …), named by the file
// each message came from. Leaving a whole family out is a harder and more honest test than a random split, because
// the messages of one batch share wording.
import type { TopicModel } from '../src/engine/model';
import type { LabelledMessage } from './corpus';

/**
 * A message's family: the batch name its id starts with ("air-0017" → "air"); the topic-blind natural batches keep
 * their kind ("nat-tw-0001" → "nat-tw"), since each was written apart from the others.
 */
export function familyOf(message: LabelledMessage): string {
  return (message.id.match(/^nat-[a-z]+|^[a-z]+/i)?.[0] ?? message.id).toLowerCase();
}

/** The family of real public-domain complaints (training/corpus/pd-cfpb.jsonl): reported apart from text we wrote. */
export const REAL_FAMILY = 'pd';

/** The families that read most like real tickets: the topic-blind natural batches and the real complaints. */
export function readsLikeReal(family: string): boolean {
  return family.startsWith('nat-') || family === REAL_FAMILY;
}

export interface Prediction {
  message: LabelledMessage;
  family: string;
  logits: Float64Array;
}

/** Every message predicted by a model trained without its family. */
export function outOfFamily(messages: readonly LabelledMessage[], train: (messages: LabelledMessage[]) => TopicModel): Prediction[] {
  const families = [...new Set(messages.map(familyOf))].sort();
  const out: Prediction[] = [];
  for (const family of families) {
    const model = train(messages.filter((m) => familyOf(m) !== family));
    for (const message of messages.filter((m) => familyOf(m) === family)) out.push({ message, family, logits: model.logits(model.features(message.text)) });
  }
  return out;
}
