// Whether a ticket word the stemmer joins to a cue word is a form of it. The stemmer folds derived words together,
// mostly rightly ("cancellation", "frustrating" with "cancel", "frustrated"), but some it joins are other words
// ("news" and "new"): those (other-words.json) match only as inflections, and a function word only as itself ("own" is
// no form of the cue word "owns").
import { isFunctionWord } from '../function-words';
import otherWords from './other-words.json';

const OTHER_WORDS: ReadonlySet<string> = new Set(otherWords.words);

/** The bases a word may be an inflection of: itself, less -s, -es, -ies (+y), -ed, -ied (+y), -ing, with a final e or a doubled letter put back. */
function bases(word: string): Set<string> {
  const out = new Set([word]);
  const add = (base: string) => {
    if (base.length < 2) return;
    out.add(base);
    out.add(base + 'e');
    if (/([b-df-hj-np-tv-z])\1$/.test(base)) out.add(base.slice(0, -1));
  };
  if (/ies$|ied$/.test(word)) out.add(word.slice(0, -3) + 'y');
  if (/[^s]s$/.test(word)) add(word.slice(0, -1));
  if (/es$/.test(word)) add(word.slice(0, -2));
  if (/ed$/.test(word)) add(word.slice(0, -2));
  if (/ing$/.test(word)) add(word.slice(0, -3));
  if (/e$/.test(word)) out.add(word.slice(0, -1));
  return out;
}

/** True when `word` is `base` with an inflection's ending ("packagings" of packaging; "package" is not). */
function endsOn(word: string, base: string): boolean {
  return bases(word).has(base);
}

/** Whether `word`, which shares its stem with the cue words `cueWords`, may be read as one of them. */
export function isFormOf(word: string, cueWords: Iterable<string>): boolean {
  const words = [...cueWords];
  if (words.includes(word)) return true;
  if (isFunctionWord(word)) return false;
  // One of the other words matches only its own inflections, and only they match it.
  if (OTHER_WORDS.has(word)) return words.some((w) => endsOn(w, word));
  return words.some((w) => !OTHER_WORDS.has(w) || endsOn(word, w));
}
