// The key a word is matched by: its stem, so that forms and the words derived alike match ("cancellation",
// "frustrating" with "cancel", "frustrated"); but the few words the stemmer joins to another word that means something
// else (other-words.json: "news" and "new", "packaging" and "package") keep a key of their own, shared only with their
// inflections ("packagings"), so neither matches the other, whichever the lessons use.
import otherWords from './other-words.json';
import { stem } from './stem';

const OTHER_WORDS: ReadonlySet<string> = new Set(otherWords.words);

/** The bases a word may be an inflection of: itself, less -s, -es, -ies (+y), -ed, -ied (+y), -ing, with a final e or a doubled letter put back. */
function bases(word: string): string[] {
  const out = [word];
  const add = (base: string) => {
    if (base.length < 2) return;
    out.push(base, base + 'e');
    if (/([b-df-hj-np-tv-z])\1$/.test(base)) out.push(base.slice(0, -1));
  };
  if (/ie[sd]$/.test(word)) out.push(word.slice(0, -3) + 'y');
  if (/[^s]s$/.test(word)) add(word.slice(0, -1));
  if (/es$/.test(word)) add(word.slice(0, -2));
  if (/ed$/.test(word)) add(word.slice(0, -2));
  if (/ing$/.test(word)) add(word.slice(0, -3));
  return out;
}

/** The key cue words and ticket words are compared by. */
export function matchKey(word: string): string {
  if (OTHER_WORDS.size && /^[a-z]+$/.test(word)) {
    const other = bases(word).find((base) => OTHER_WORDS.has(base));
    if (other) return `=${other}`;
  }
  return stem(word);
}
