// How cue words and ticket words are compared: by stem, with numbers as classes inside phrases.
import { stemmer } from 'stemmer';

/** A word's stem, as cues and tickets are compared. Letters drawn out for emphasis are squeezed ("soooo" → "soo"). */
export function stem(word: string): string {
  const squeezed = word.replace(/(\p{L})\1{2,}/gu, '$1$1');
  // Contractions keep their apostrophe ("didn't"); the stemmer would split hairs over it.
  if (squeezed.includes("'")) return squeezed.replace(/'s$/, '');
  const stemmed = stemmer(squeezed);
  // Porter folds "settings" into "set", "wedding" into "wed", "ups" into "up": stems that short say too
  // little, so such words match only themselves (and their plural).
  if (stemmed.length >= 4) return stemmed;
  return squeezed.length > 3 ? squeezed.replace(/s$/, '') : squeezed;
}

/**
 * The class a number stands for inside a cue phrase: any count under 100 ("3 times" ~ "12 times"), else numbers of as
 * many digits ("error 404" ~ "error 500", "since 2012" ~ "since 2019"); "#th" for an ordinal ("3rd"). Zero, and five
 * digits or more (an order or account number, not a count), match only themselves ("order #20944" is not the cue
 * "ordered 2").
 */
export function numberClass(word: string): string | undefined {
  // Zero is no count: "shows 0" and "reset to 0" say empty, where "shows £1,890" is an amount.
  if (/^0+$/.test(word)) return undefined;
  if (/^\d{1,4}$/.test(word)) return '#'.repeat(Math.max(1, word.length - 1));
  if (/^\d+(?:st|nd|rd|th)$/.test(word)) return '#th';
  return undefined;
}
