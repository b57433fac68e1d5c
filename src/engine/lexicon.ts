// The real words of English, as far as typo matching needs to know: the most frequent words of the GloVe 6B list
// (public domain), shipped inside the model file, and past them a spelling dictionary's (dictionary.ts). A word in
// either is never read as a misspelling of another.
import data from './dictionary.json';
import { WordFilter, type PackedDictionary } from './dictionary';

export interface RealWords {
  has(word: string): boolean;
}

let dictionary: WordFilter | null = null;

/** The bundled dictionary, read on first use and kept. */
export function bundledDictionary(): WordFilter {
  dictionary ??= WordFilter.fromPacked(data as PackedDictionary);
  return dictionary;
}

/** The lexicon's words (space-separated, most frequent first) and, past them, the bundled dictionary's. */
export function lexiconOf(words: string): RealWords {
  const frequent = new Set(words.split(' '));
  const more = bundledDictionary();
  return { has: (word) => frequent.has(word) || more.has(word) };
}
