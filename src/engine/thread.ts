// A thread is read as one text, and its first message, usually the longest, outweighs the rest. What the agent answers
// is the latest message: there the customer may have turned furious, asked something new or said all is sorted. So a
// thread is read twice, whole and its latest message alone, and the two readings are mixed.
import type { Features } from './features';
import { readsAsEnglish } from './language';
import type { TopicModel, TopicScore } from './model';
import type { TicketText } from './types';

/**
 * The share the latest message's own probabilities take beside the whole thread's, when a ticket has two messages or
 * more: the two readings count alike. On `tests/relevance/threads.jsonl` (200 threads we wrote, labelled for the reply
 * to the latest message; figures in its README, printed by `npm run eval`) hit@3 rises from 0.77 read as one text to
 * 0.86 here and to 0.87-0.88 at 0.6-0.75, which also leave more thanks-only threads quiet. Those threads change their
 * need in the latest message four times in ten by design, more than we know real traffic does, so they favour the
 * latest message; half is the reading that favours neither.
 */
export const LATEST_SHARE = 0.5;
/** The latest message is read up to here: its need is in its first pages, and a huge one is not read twice over. */
export const LATEST_CHARS = 20_000;

export interface LatestReading {
  /** The message's index in `messages`. */
  index: number;
  /** What was read of it (its first LATEST_CHARS characters) and its features, with sources to explain. */
  text: string;
  features: Features;
  probability: ReadonlyMap<string, number>;
  share: number;
}

/**
 * The latest message read alone, or null where there is no second reading: a ticket of one message (blank ones not
 * counted), a share of 0, or a latest message that does not read as English (the whole thread's English would
 * otherwise carry a French reply's words into the lessons, which language.ts keeps out).
 */
export function readLatest(ticket: string | TicketText, model: TopicModel, share = LATEST_SHARE): LatestReading | null {
  const weight = Math.min(1, Math.max(0, share));
  if (typeof ticket === 'string' || !(weight > 0)) return null;
  const written = writtenMessages(ticket.messages);
  const index = written[written.length - 1];
  if (index === undefined || written.length < 2) return null;
  const text = (ticket.messages[index] as string).slice(0, LATEST_CHARS);
  const features = model.features(text, true);
  if (!readsAsEnglish(features.words, model.lexicon)) return null;
  return { index, text, features, probability: new Map(model.predict(features).map((t) => [t.topic, t.probability])), share: weight };
}

/** The whole thread's topic probabilities with the latest message's mixed in at its share (best first). */
export function withLatest(whole: TopicScore[], latest: LatestReading | null): TopicScore[] {
  if (!latest) return whole;
  const { share } = latest;
  return whole
    .map(({ topic, probability }) => ({ topic, probability: (1 - share) * probability + share * (latest.probability.get(topic) ?? 0) }))
    .sort((a, b) => b.probability - a.probability);
}

/** Whether most of a topic's mixed probability comes from the latest message: its why is then read there. */
export function ledByLatest(topic: string, whole: readonly TopicScore[], latest: LatestReading | null): boolean {
  if (!latest) return false;
  const before = whole.find((t) => t.topic === topic)?.probability ?? 0;
  return latest.share * (latest.probability.get(topic) ?? 0) > (1 - latest.share) * before;
}

/** The indices of the messages with words in them: a blank one (the CLI passes what it is given) is no message. */
export function writtenMessages(messages: readonly string[]): number[] {
  return messages.flatMap((text, index) => (text.trim() ? [index] : []));
}
