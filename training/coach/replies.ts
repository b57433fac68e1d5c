// Labelled agent replies, one JSON object a line (tests/coach/*.jsonl to measure the checks, training/coach/*.jsonl to
// train their models): the one reader for the eval, the bench and training.
import { readJsonl } from '../corpus';

export interface LabelledReply {
  id: string;
  check: string;
  ok: boolean;
  register: string;
  reply: string;
  /** For a reply that breaks its check, the words that break it, verbatim (training files only). */
  evidence?: string[];
}

export function readReplies(file: string): LabelledReply[] {
  return readJsonl(file, (value) => {
    const r = value as LabelledReply;
    if (typeof r?.reply !== 'string' || typeof r.ok !== 'boolean' || typeof r.check !== 'string') throw new Error('needs "check", "ok" and "reply"');
    return r;
  });
}
