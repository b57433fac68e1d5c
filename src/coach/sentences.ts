// A draft's sentences as a learned check reads them: each sentence's place in the draft and its features (its words
// and word pairs), from the same words the patterns read: sign-off skipped, the customer's quoted words left out.
// A name (a capital where no sentence starts) stands as <name> and a number as <num>, so "call Samsung" teaches what
// "call Vodafone" means. A word a negation governs (words.ts, the patterns' own scope) is a different feature,
// "not:fault": "it wasn't your fault" reassures, and "not the experience we want" sends no one anywhere, though their
// words alone would say otherwise.
import { endsNegation, isNegated, type DraftWord } from './words';

export interface DraftSentence {
  start: number;
  end: number;
  /** Distinct features: "word", "word word", and "^ word" for the sentence's first word; "not:word" under a negation. */
  features: string[];
}

const token = (w: DraftWord) => (w.proper ? '<name>' : /\d/.test(w.word) ? '<num>' : w.word);

/**
 * The draft's sentences. Words inside `leaveOut` (a check's `except` phrases: "not your fault", "our driver" owned)
 * are read as the customer's quoted words are: not at all, so they neither raise nor lower the sentence.
 */
export function draftSentences(words: readonly DraftWord[], leaveOut: ReadonlyArray<readonly [number, number]> = []): DraftSentence[] {
  const sentences: DraftSentence[] = [];
  let i = 0;
  while (i < words.length) {
    const number = (words[i] as DraftWord).sentence;
    let j = i;
    while (j < words.length && (words[j] as DraftWord).sentence === number) j++;
    const features = new Set<string>();
    let first: DraftWord | undefined;
    let last: DraftWord | undefined;
    // The word before, for a pair: "^" at the start; none across words left out.
    let previous: string | null = '^';
    for (let k = i; k < j; k++) {
      const w = words[k] as DraftWord;
      if (w.quoted) {
        previous = null;
        continue;
      }
      // The sentence's place spans the words left out: they are the agent's, and part of what is quoted back.
      first ??= w;
      last = w;
      if (leaveOut.some(([a, b]) => a < w.end && w.start < b)) {
        previous = null;
        continue;
      }
      const t = isNegated(words, k) && !endsNegation(w.word) ? `not:${token(w)}` : token(w);
      features.add(t);
      if (previous !== null) features.add(`${previous} ${t}`);
      previous = t;
    }
    if (first && last && features.size) sentences.push({ start: first.start, end: last.end, features: [...features] });
    i = j;
  }
  return sentences;
}
