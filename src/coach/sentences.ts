// A draft's sentences as a learned check reads them: each sentence's place in the draft and its features (its words
// and word pairs), from the same words the patterns read: sign-off skipped, the customer's quoted words left out.
// Names stand as <name> and numbers as <num>, so "call Samsung" teaches what "call Vodafone" means. A word a negation
// governs (words.ts, the patterns' own scope) is a different feature, "not:fault": "it wasn't your fault" reassures,
// and "not the experience we want" sends no one anywhere, though their words alone would say otherwise.
import { isNegated, type DraftWord } from './words';

export interface DraftSentence {
  start: number;
  end: number;
  /** Distinct features: "word", "word word", and "^ word" for the sentence's first word; "not:word" under a negation. */
  features: string[];
}

const token = (w: DraftWord) => (w.proper ? '<name>' : /\d/.test(w.word) ? '<num>' : w.word);

export function draftSentences(words: readonly DraftWord[]): DraftSentence[] {
  const sentences: DraftSentence[] = [];
  let i = 0;
  while (i < words.length) {
    const number = (words[i] as DraftWord).sentence;
    let j = i;
    while (j < words.length && (words[j] as DraftWord).sentence === number) j++;
    const own: Array<[DraftWord, boolean]> = [];
    for (let k = i; k < j; k++) if (!(words[k] as DraftWord).quoted) own.push([words[k] as DraftWord, isNegated(words, k)]);
    if (own.length) {
      const features = new Set<string>();
      let previous = '^';
      for (const [w, negated] of own) {
        const t = negated ? `not:${token(w)}` : token(w);
        features.add(t);
        features.add(`${previous} ${t}`);
        previous = t;
      }
      sentences.push({ start: own[0]![0].start, end: own[own.length - 1]![0].end, features: [...features] });
    }
    i = j;
  }
  return sentences;
}
