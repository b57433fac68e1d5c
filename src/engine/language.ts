// Whether a ticket reads as English, the only language the model and the lessons' cues were made for. A German or
// Arabic ticket was given five confident lessons explained by "ich", "ein" and "مرحبا" (a tester, 2026-12-02).
import { FUNCTION_WORDS } from './function-words';
import type { RealWords } from './lexicon';
import type { ModelWord } from './words';

/**
 * Not English: under this share of known English words and under this share of English function words ("the", "my",
 * "is"). On 2026-12-02, of the 10,600 messages of six words or more in our corpus, natural-bulk and written-tickets
 * (slang, typos and non-native English included), one fell under both, a tweet in Spanish; the known words alone
 * went down to 0.43 (the first percentile 0.75), the function words alone to 0. A parcel-not-here message in ten
 * other languages (German, French, Spanish, Portuguese, Italian, Dutch, Swedish, Polish, Turkish, Arabic): known
 * words 0.00–0.47, function words 0.00–0.06.
 */
export const NOT_ENGLISH = { knownShare: 0.6, functionShare: 0.1 } as const;
/**
 * Not English whatever its function words: under this share of known English words among its words of three letters
 * or more, where it has four such words or more ("No me llegó el pedido y nadie me responde": "no", "me" are English
 * function words, "el" and "mi" in the lexicon; a review, 2026-12-03). On 2026-12-03, of our 10,570 messages with
 * four such words (corpus, natural-bulk, written-tickets), only the Spanish tweet fell under it (0.20), the next a
 * tweet half in Spanish (0.36), then 0.50 (typos: "whers my parcle"); the ten languages' parcel message 0.00–0.33.
 */
export const FEW_KNOWN_WORDS = { share: 0.3, shortest: 3, fewest: 4 } as const;
/** Fewer words than this say too little to judge ("Danke!", a product name): read as they are. */
const FEWEST_WORDS = 6;
/** The words looked at, from the start: enough to judge, and the cost bounded on a huge ticket. */
export const WORDS_LOOKED_AT = 2_000;

export function readsAsEnglish(words: readonly ModelWord[], lexicon: RealWords): boolean {
  const looked: string[] = [];
  let latinWords = 0;
  let functional = 0;
  let latin = 0;
  let otherScripts = 0;
  for (const w of words) {
    if (w.symbol) continue;
    const form = w.form;
    // Most words are plain a–z, all of their letters Latin: only the others are read letter by letter.
    if (PLAIN.test(form)) {
      latin += Math.min(form.length, MAX_LETTERS_LOOKED);
      latinWords++;
    } else {
      if (!LETTER.test(form)) continue;
      if (LATIN.test(form)) latinWords++;
      for (const letter of form.slice(0, MAX_LETTERS_LOOKED)) {
        if (LATIN.test(letter)) latin++;
        else if (LETTER.test(letter)) otherScripts++;
      }
    }
    looked.push(form);
    if (FUNCTION_WORDS.has(form)) functional++;
    if (looked.length === WORDS_LOOKED_AT) break;
  }
  // Written mostly in another script (Japanese, Arabic, Cyrillic…) with few words in ours: not English however short.
  // With a sentence of English round it, a name or an address in another script is the English ticket's (a review).
  if (otherScripts > latin && latinWords < FEWEST_WORDS) return false;
  if (looked.length < FEWEST_WORDS) return true;
  const long = looked.filter((form) => form.length >= FEW_KNOWN_WORDS.shortest);
  if (long.length >= FEW_KNOWN_WORDS.fewest && !knownAtLeast(long, FEW_KNOWN_WORDS.share, lexicon)) return false;
  if (functional / looked.length >= NOT_ENGLISH.functionShare) return true;
  return knownAtLeast(looked, NOT_ENGLISH.knownShare, lexicon);
}

/**
 * Whether at least `share` of `forms` are known words. Stops looking as soon as they are: a lookup that misses the
 * frequent words costs the dictionary filter's seven hashes, and this runs on every ticket, in the ranking's path.
 */
function knownAtLeast(forms: readonly string[], share: number, lexicon: RealWords): boolean {
  let known = 0;
  for (const form of forms) if (lexicon.has(form) && ++known / forms.length >= share) return true;
  return known / forms.length >= share;
}

const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;
const PLAIN = /^[a-z]+$/;
/** Letters of a word looked at for its script: a word in another script is all of it. */
const MAX_LETTERS_LOOKED = 8;
