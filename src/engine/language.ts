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
/** Fewer words than this say too little to judge ("Danke!", a product name): read as they are. */
const FEWEST_WORDS = 6;
/** The words looked at, from the start: enough to judge, and the cost bounded on a huge ticket. */
export const WORDS_LOOKED_AT = 2_000;

export function readsAsEnglish(words: readonly ModelWord[], lexicon: RealWords): boolean {
  const looked: string[] = [];
  let functional = 0;
  for (const w of words) {
    if (w.symbol || !/\p{L}/u.test(w.form)) continue;
    looked.push(w.form);
    if (FUNCTION_WORDS.has(w.form)) functional++;
    if (looked.length === WORDS_LOOKED_AT) break;
  }
  if (looked.length < FEWEST_WORDS || functional / looked.length >= NOT_ENGLISH.functionShare) return true;
  // Only then the lexicon, which costs a filter's seven hashes a word: most English passes on its function words.
  return looked.filter((form) => lexicon.has(form)).length / looked.length >= NOT_ENGLISH.knownShare;
}
