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

/** "#" for a number, "#th" for an ordinal ("3rd"), else undefined. */
export function numberClass(word: string): string | undefined {
  if (/^\d+$/.test(word)) return '#';
  if (/^\d+(?:st|nd|rd|th)$/.test(word)) return '#th';
  return undefined;
}
