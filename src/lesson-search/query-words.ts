// The words of a search query, and of the lessons it is read against: lower case, apostrophes kept inside a word.
import { isFunctionWord } from '../engine/function-words';

/** A single letter hyphened to a word ("e-mail", "e-book"): one word, as it is spelt without the hyphen. */
const LETTER_HYPHEN = /(?<![\p{L}\p{N}'])(\p{L})-(?=\p{L})/gu;

export function tokens(text: string): string[] {
  return text
    // One form of each letter: "ñ" pasted as n and a combining tilde, "ｒｅｆｕｎｄ" typed full-width (a review, 498).
    .normalize('NFKC')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(LETTER_HYPHEN, '$1')
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length >= 2);
}

export const withoutApostrophes = (word: string) => word.replace(/'/g, '');

/** The query's words worth searching: function words ("my", "the") only when there is nothing else. */
export function queryTerms(query: string): string[] {
  const all = [...new Set(tokens(query))];
  const meaningful = all.filter((w) => !isFunctionWord(w));
  return meaningful.length > 0 ? meaningful : all;
}

/**
 * Whether the query holds a word to search (two letters or more): "x" or "!!" is read as nothing typed yet, the
 * lessons listed as before typing, where it listed every lesson as "found", ungrouped and with no reason.
 */
export function hasSearchWords(query: string): boolean {
  return queryTerms(query).length > 0;
}
