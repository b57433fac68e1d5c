// The training corpus: JSON Lines files in training/corpus/, every message written for this project (see README there).
// A fixed share of it, chosen by a hash of each id, is held out: training never sees it; it calibrates and measures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bucketOf } from '../src/engine/hash';

export interface LabelledMessage {
  id: string;
  text: string;
  primary: string;
  also: string[];
}

/** A ticket of several customer messages (subject, messages oldest first), labelled for the reply to the latest. */
export interface LabelledThread extends Omit<LabelledMessage, 'text'> {
  subject: string;
  messages: string[];
}

/** The threads of our own (tests/relevance/README.md): they chose how much the latest message counts (thread.ts). */
export const THREADS_FILE = 'tests/relevance/threads.jsonl';

/** The eval's sets of our own, never trained on (tests/relevance/README.md): each one's name, then its path in the repository. */
export const OWN_EVAL_SETS = [
  ['written-tickets (blind, ours)', 'tests/relevance/written-tickets.jsonl'],
  // Our nearest stand-in for the real set in traffic's proportions: mostly waiting and broken or wrong things.
  ['natural-bulk (ours, never trained on)', 'tests/relevance/natural-bulk.jsonl'],
] as const;

/** Percent of the corpus held out from training. */
export const HELD_OUT_PERCENT = 15;

/**
 * Every non-blank line of a JSON Lines file, parsed, then taken by `read`, which throws to refuse a line. A line that
 * is not JSON or is refused throws an error naming the file and the line's number in it (blank lines counted).
 */
export function readJsonl<T = LabelledMessage>(path: string, read: (value: unknown) => T = (value) => value as T): T[] {
  const out: T[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        out.push(read(JSON.parse(line)));
      } catch (error) {
        throw new Error(`${path}:${i + 1}: ${(error as Error).message}`);
      }
    });
  return out;
}

export function readCorpus(dir: string): LabelledMessage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(join(dir, f)));
}

export function isHeldOut(message: LabelledMessage): boolean {
  return bucketOf('held-out:' + message.id) % 100 < HELD_OUT_PERCENT;
}

export function split(messages: readonly LabelledMessage[]): { train: LabelledMessage[]; heldOut: LabelledMessage[] } {
  return { train: messages.filter((m) => !isHeldOut(m)), heldOut: messages.filter(isHeldOut) };
}

/** k folds by a hash of the id: the same message is in the same fold every run. */
export function folds(messages: readonly LabelledMessage[], k: number): LabelledMessage[][] {
  const out: LabelledMessage[][] = Array.from({ length: k }, () => []);
  for (const m of messages) out[bucketOf('fold:' + m.id) % k]?.push(m);
  return out;
}
