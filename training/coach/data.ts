// The learned checks' training data: the replies of training/coach/*.jsonl and the lessons' phrases, and from them
// labelled sentences. A reply that breaks a check names the words that break it (`evidence`); its sentences holding
// them are the positives, and every sentence of a reply that keeps the check, or keeps another check, is a negative.
// The other sentences of a breaking reply are left out: the writer marked what breaks it, not that the rest is clean.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { draftSentences, type DraftSentence } from '../../src/coach/sentences';
import { draftWords } from '../../src/coach/words';
import { BUILTIN_LESSONS } from '../../src/lessons/index';
import { readReplies, type LabelledReply } from './replies';

/** The checks that learn: those that forbid something said in countless ways. */
export const LEARNED_CHECKS = ['no-passing-on', 'blames-no-one'];
/** The checks that learn what keeps them: a remedy is offered in countless ways too. */
export const KEEP_CHECKS = ['offers-a-remedy'];

/**
 * Whether replies written for this check were written to teach a model: labelled for that check alone, they are no
 * negatives for another's (a blame near miss that names another company sits close to passing on; a remedy reply may
 * tell a cause as blame).
 */
export function learnsFrom(check: string): boolean {
  return LEARNED_CHECKS.includes(check) || KEEP_CHECKS.includes(check);
}

export interface LabelledSentence {
  features: string[];
  /** The class the model learns to flag: a sentence that breaks the check, or for a keep model one that keeps it. */
  positive: boolean;
}

/**
 * Every labelled reply in `dir`'s JSONL files, in file-name order, then each bundled lesson's phrases (blanks filled)
 * as replies that keep every check: the coach offers them as the better wording, so it must never flag them.
 */
export function trainingReplies(dir: string): { files: string[]; replies: LabelledReply[] } {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const phrases = BUILTIN_LESSONS.flatMap((lesson) =>
    lesson.phrases.map((phrase, i): LabelledReply => ({ id: `${lesson.id}#${i}`, check: 'lesson-phrase', ok: true, register: 'chat', reply: fillBlanks(phrase) })),
  );
  return { files, replies: [...files.flatMap((f) => readReplies(resolve(dir, f))), ...phrases] };
}

/** A phrase's blanks ("[date]") filled with a plain word, as an agent would fill them before sending. */
export function fillBlanks(phrase: string): string {
  return phrase.replace(/\[[^\]]+\]/g, 'Friday');
}

/** The sentences of `replies` labelled for the check (replies of other checks are skipped). */
export function labelledSentences(replies: readonly LabelledReply[], check: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  for (const r of replies) {
    // Every reply that keeps a check is negatives, sentence by sentence: one written to keep another check is
    // ordinary agent language, in voices the check's own writers did not use (but not one written to teach another
    // model: learnsFrom).
    if (r.ok) {
      if (r.check === check || !learnsFrom(r.check)) for (const s of sentencesOf(r)) out.push({ features: s.features, positive: false });
      continue;
    }
    if (r.check !== check) continue;
    const spans = evidenceSpans(r);
    if (!spans.length) throw new Error(`${r.id}: breaks ${check} but none of its evidence is in the reply`);
    for (const s of sentencesOf(r)) if (spans.some(([a, b]) => a < s.end && s.start < b)) out.push({ features: s.features, positive: true });
  }
  return out;
}

/**
 * The sentences of the check's own replies, labelled for what keeps it: in a reply that keeps it, the sentences holding
 * its evidence (the remedy) are positives and the rest negatives; every sentence of a reply that breaks it is a
 * negative. Other checks' replies are left out: a good reply written for another check may well offer a remedy.
 */
export function keepSentences(replies: readonly LabelledReply[], check: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  for (const r of replies) {
    if (r.check !== check) continue;
    const spans = evidenceSpans(r);
    if (r.ok && !spans.length) throw new Error(`${r.id}: keeps ${check} but none of its evidence is in the reply`);
    for (const s of sentencesOf(r)) out.push({ features: s.features, positive: r.ok && spans.some(([a, b]) => a < s.end && s.start < b) });
  }
  return out;
}

function evidenceSpans(r: LabelledReply): Array<readonly [number, number]> {
  return (r.evidence ?? []).flatMap((e) => {
    const at = r.reply.indexOf(e);
    return at < 0 ? [] : [[at, at + e.length] as const];
  });
}

// A reply is read once, though every fold of cross-validation, for each check, labels its sentences again.
const read = new WeakMap<LabelledReply, DraftSentence[]>();

function sentencesOf(reply: LabelledReply): DraftSentence[] {
  let sentences = read.get(reply);
  if (!sentences) read.set(reply, (sentences = draftSentences(draftWords(reply.reply))));
  return sentences;
}
