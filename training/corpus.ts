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

/** Percent of the corpus held out from training. */
export const HELD_OUT_PERCENT = 15;

export function readJsonl(path: string): LabelledMessage[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as LabelledMessage;
      } catch (error) {
        throw new Error(`${path}:${i + 1}: ${(error as Error).message}`);
      }
    });
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
