// One pass over the ticket text: words with offsets, plus what each word's surroundings say about it
// (inside a sentence, after a negation, inside quoted text). Everything else in the matcher works on this.

export interface Token {
  /** Lower-cased word, curly apostrophes made straight. */
  word: string;
  start: number;
  end: number;
  /** Words in the same sentence share an id; cue phrases never cross sentences. */
  sentence: number;
  /** Words in the same clause share an id; a negation reaches no further than its clause. */
  clause: number;
  /** On a "> " line or between quotation marks. */
  quoted: boolean;
  /** Written in capitals (three letters or more, no digits). */
  capitals: boolean;
}

// A word keeps its combining marks (\p{M}): "brûlée" typed decomposed (NFD: u + U+0302) is one word, not three.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}][\p{L}\p{M}]*)*/gu;
const MARK = /\p{M}/u;
// Longer runs of letters are not words a customer typed (hashes, base64, hostile padding).
export const MAX_WORD_LENGTH = 40;

/** Spans of quoted text: whole "> " lines, and short runs between straight or curly double quotes on one line. */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const QUOTED_LINE = /^[ \t]*>.*$/gm;
  for (const m of text.matchAll(QUOTED_LINE)) spans.push([m.index, m.index + m[0].length]);
  const INLINE_QUOTE = /["“]([^"“”\n]{1,160})["”]/g;
  for (const m of text.matchAll(INLINE_QUOTE)) spans.push([m.index, m.index + m[0].length]);
  return spans.sort((a, b) => a[0] - b[0]);
}

/** What separates two words: 2 ends a sentence (. ! ? ; newline), 1 ends a clause (, : ( ) dashes), 0 neither. */
function boundary(text: string, from: number, to: number): 0 | 1 | 2 {
  let found: 0 | 1 = 0;
  for (let i = from; i < to; i++) {
    switch (text.charCodeAt(i)) {
      case 46: // .
      case 33: // !
      case 63: // ?
      case 59: // ;
      case 10: // newline
        return 2;
      case 44: // ,
      case 58: // :
      case 40: // (
      case 41: // )
      case 0x2013: // en dash
      case 0x2014: // em dash
        found = 1;
        break;
      case 45: // a spaced hyphen works as a dash
        if (text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) found = 1;
        break;
    }
  }
  return found;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const quotes = quotedSpans(text);
  let quoteIndex = 0;
  let sentence = 0;
  let clause = 0;
  let previousEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const raw = m[0];
    const gap = boundary(text, previousEnd, start);
    if (gap === 2) sentence++;
    if (gap > 0) clause++;
    previousEnd = start + raw.length;
    if (raw.length > MAX_WORD_LENGTH) continue;
    while (quoteIndex < quotes.length && (quotes[quoteIndex]?.[1] ?? 0) <= start) quoteIndex++;
    const span = quotes[quoteIndex];
    // Composed (NFC), so a cue and a ticket match however each was typed; offsets stay those of the text as given.
    const rawLower = raw.toLowerCase();
    const lower = MARK.test(raw) ? rawLower.normalize('NFC') : rawLower;
    const word = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    if (word === 'but' || word === 'although' || word === 'however') clause++;
    tokens.push({
      word,
      start,
      end: previousEnd,
      sentence,
      clause,
      quoted: span !== undefined && span[0] <= start,
      // Against the word as written: composed, a caseless script's decomposed word differs from it and read as capitals.
      capitals: raw.length >= 3 && raw !== rawLower && raw === raw.toUpperCase() && !/\d/.test(raw),
    });
  }
  return tokens;
}

const NEGATORS = new Set([
  'not', 'no', 'never', 'nor', 'without', 'none', 'neither', 'hardly',
  "don't", "didn't", "doesn't", "isn't", "wasn't", "aren't", "weren't", "can't", "cannot", "won't", "wouldn't",
  "couldn't", "shouldn't", "haven't", "hasn't", "hadn't", 'dont', 'didnt', 'doesnt', 'isnt', 'wasnt', 'arent',
  'werent', 'cant', 'wont', 'wouldnt', 'couldnt', 'shouldnt', 'havent', 'hasnt', 'hadnt',
]);

// Words that sit between a negation and what it negates ("not really broken", "no problems at all").
const FILLERS = new Set(['a', 'an', 'the', 'any', 'be', 'been', 'is', 'was', 'are', 'were', 'even', 'really', 'so', 'too', 'very', 'that', 'at', 'all', 'ever', 'yet', 'actually']);

export function isNegator(word: string): boolean {
  return NEGATORS.has(word);
}

/** True when the nearest content word before tokens[index], in the same clause, is a negation. */
export function isNegatedAt(tokens: readonly Token[], index: number): boolean {
  const clause = tokens[index]?.clause;
  for (let i = index - 1, looked = 0; i >= 0 && looked < 4; i--, looked++) {
    const token = tokens[i];
    if (!token || token.clause !== clause) return false;
    if (NEGATORS.has(token.word)) return true;
    if (!FILLERS.has(token.word)) return false;
  }
  return false;
}

/** Runs of "!!", "!?" or "?!": exclamation that reads as raised voice. */
export function exclamationRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const m of text.matchAll(/[!?]{2,}/g)) if (m[0].includes('!')) runs.push([m.index, m.index + m[0].length]);
  return runs;
}
