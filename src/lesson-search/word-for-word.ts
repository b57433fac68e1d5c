// Whether a query says a lesson's title or one of its cues of several words word for word.

/** Whether `words` hold `run` as consecutive words. */
function holdsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((word, j) => words[i + j] === word)) return true;
  return false;
}

/** Whether the query says one of the lesson's cues of two words or more, or its title, word for word, or is a run of two
 * words or more of one. */
export function saysWordForWord(sayings: readonly string[][], said: readonly string[]): boolean {
  return sayings.some((words) => holdsRun(said, words) || (said.length >= 2 && holdsRun(words, said)));
}
