// The key a word is matched by: its stem, so that forms and the words derived alike match ("cancellation",
// "frustrating" with "cancel", "frustrated"); but the few words the stemmer joins to another word that means something
// else (other-words.json: "news" and "new", "packaging" and "package") keep a key of their own, shared only with their
// inflections ("packagings"), so neither matches the other, whichever the lessons use. A contraction written without
// its apostrophe ("doesnt") has the contraction's key (contractions.json).
import contractions from './contractions.json';
import otherWords from './other-words.json';
import { wordBases } from '../../text/word-forms';
import { stem } from './stem';

const OTHER_WORDS: ReadonlySet<string> = new Set(otherWords.words);
/** "doesnt" → "doesn't". */
const SPELT_OUT: ReadonlyMap<string, string> = new Map(contractions.contractions.map((c) => [c.replace("'", ''), c]));

/** The key cue words and ticket words are compared by. */
export function matchKey(word: string): string {
  const contraction = SPELT_OUT.get(word);
  if (contraction) return stem(contraction);
  if (OTHER_WORDS.size && /^[a-z]+$/.test(word)) {
    const other = wordBases(word).find((base) => OTHER_WORDS.has(base));
    if (other) return `=${other}`;
  }
  return stem(word);
}
