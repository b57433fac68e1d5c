// The real words of English, as far as typo matching needs to know: the most frequent words of the GloVe 6B list
// (public domain), shipped inside the model file. A word in it is never read as a misspelling of another.
export function lexiconOf(words: string): Set<string> {
  return new Set(words.split(' '));
}
