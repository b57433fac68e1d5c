// A new pack's phrases hold their blanks as the panel, Insert and the reply coach read them (src/lessons/blanks.ts): a
// longer blank showed unmarked in the panel and went unflagged when left in a reply (a review, 2026-12-05).
import { BLANK_MAX, strayBracket } from '../blanks';
import { formatPath, type PackError } from './errors';

export function phraseBlanks(phrases: readonly unknown[], lesson: number): PackError[] {
  return phrases.flatMap((phrase, index) =>
    typeof phrase === 'string' && strayBracket(phrase)
      ? [{ path: formatPath(['lessons', lesson, 'phrases', index]), message: `writes a blank for the agent as [a few words]: square brackets in pairs, on one line, around 1 to ${BLANK_MAX} characters` }]
      : [],
  );
}
