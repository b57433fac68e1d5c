// One pass over the ticket text: words with offsets, plus what each word's surroundings say about it
// (inside a sentence, after a negation, inside quoted text). Everything else in the matcher works on this.
import { listBullets } from '../../text/quote-bullets';
import { QUOTED_LINE } from '../../text/quoted-line';
import { closingNames } from '../../text/sign-off';

export interface Token {
  /** Lower-cased word, curly apostrophes made straight. */
  word: string;
  start: number;
  end: number;
  /** Words in the same sentence share an id; cue phrases never cross sentences. */
  sentence: number;
  /** Words in the same clause share an id; a negation reaches no further than its clause. */
  clause: number;
  /**
   * Follows the word before it with nothing between but spaces or marks inside a clause: a cue phrase goes on only
   * through such words ("no, reply" and "money - back" are two clauses, not the cues "no reply" and "money back").
   */
  follows: boolean;
  /** On a "> " line or between quotation marks. */
  quoted: boolean;
  /** Written in capitals (three letters or more, no digits). */
  capitals: boolean;
}

// A word keeps its combining marks (\p{M}): "brûlée" typed decomposed (NFD: u + U+0302) is one word, not three.
// Zero-width characters inside a word (pasted from a page, or put there to break matching) are part of it: "de\u200blivered" is delivered.
/** Zero-width characters, which the word patterns here and the model's take inside a word, and its form leaves out. */
export const ZERO_WIDTH = /[\u200b-\u200d\u2060]/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\u200b-\u200d\u2060]*(?:['’][\p{L}][\p{L}\p{M}\u200b-\u200d\u2060]*)*/gu;
const MARK = /\p{M}/u;
/** The same class, to test a word for one (a global pattern's test would carry its lastIndex over). */
const HAS_ZERO_WIDTH = new RegExp(ZERO_WIDTH.source);
// Longer runs of letters are not words a customer typed (hashes, base64, hostile padding).
export const MAX_WORD_LENGTH = 40;

/**
 * Spans of quoted text: whole "> " lines (not one framed ">>> URGENT … <<<", nor a list the customer marks with ">",
 * which they wrote, as the desk readers read them), and short runs between straight or curly double quotes on one line.
 */
export function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Lines that open with ">" after any spaces, then the desk readers' own tests of a quoted line and of a list.
  const OPENS_WITH_MARK = /^[^\S\n]*>.*$/gm;
  const bullets = bulletStarts(text);
  for (const m of text.matchAll(OPENS_WITH_MARK)) if (QUOTED_LINE.test(m[0]) && !bullets.has(m.index)) spans.push([m.index, m.index + m[0].length]);
  const INLINE_QUOTE = /["“]([^"“”\n]{1,160})["”]/g;
  for (const m of text.matchAll(INLINE_QUOTE)) spans.push([m.index, m.index + m[0].length]);
  return spans.sort((a, b) => a[0] - b[0]);
}

/**
 * Where each line of a ">" list the writer wrote starts (listBullets), by offset; none, and no line split, where no
 * ">" line comes right under a line ending in ":" (or a blank line under it): a 4 MB ticket is not split for nothing.
 */
function bulletStarts(text: string): Set<number> {
  if (!/:[^\S\n]*\n(?:[^\S\n]*\n)?[^\S\n]*>/.test(text)) return new Set();
  const lines = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  return new Set([...listBullets(lines)].map((i) => starts[i]!));
}

const MAIL_NAME = /[\p{L}\p{N}._%+-]/u;
const MAIL_DOMAIN = /[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/uy;
const SPACE = /\s/;

/**
 * Links and mail addresses, whose words ("…/where-is-my-order/tracking", "accounts@late-orders.example") are no one's.
 * Found from their marks ("http", "www.", "@") and read out from there, a mail address's parts bounded as mail bounds
 * them: a megabyte of letters round one "@" costs one look, not a search from every letter.
 */
function linkSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const mark of ['http://', 'https://', 'www.']) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      if (at > 0 && MAIL_NAME.test(text[at - 1] as string) && !/[._%+-]/.test(text[at - 1] as string)) continue; // inside a word
      let end = at + mark.length;
      while (end < text.length && !SPACE.test(text[end] as string)) end++;
      spans.push([at, end]);
      at = end;
    }
  }
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && MAIL_NAME.test(text[start - 1] as string)) start--;
    MAIL_DOMAIN.lastIndex = at + 1;
    const domain = MAIL_DOMAIN.exec(text);
    if (start < at && domain) spans.push([start, domain.index + domain[0].length]);
  }
  return spans;
}

/**
 * What separates two words: 2 ends a sentence (. ! ? ; a line break, CR, U+2028/2029, "。"), 1 ends a clause
 * (, : ( ) dashes), 0 neither. A full stop right between two words, the second in small letters or digits
 * ("booking.com", "v2.3"), ends nothing.
 */
function boundary(text: string, from: number, to: number): 0 | 1 | 2 {
  let found: 0 | 1 = 0;
  for (let i = from; i < to; i++) {
    switch (text.charCodeAt(i)) {
      case 46: // .
        // Only "." between the words, the next one in small letters or digits: a name, not a sentence's end.
        if (from === i && to === i + 1 && /[\p{Ll}\p{N}]/u.test(text[to] ?? '')) break;
        return 2;
      case 33: // !
      case 63: // ?
      case 59: // ;
      case 10: // newline
      case 13: // a carriage return alone (old Mac text)
      case 0x2028: // line separator
      case 0x2029: // paragraph separator
      case 0x3002: // ideographic full stop
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

/**
 * The text's words. With `leaveOut`, as the cue matcher reads a ticket: the words of links, mail addresses and the name
 * signed under a sign-off are left out (the reply coach reads a draft's addresses: "email fitting@… with your order
 * number" passes the customer on).
 */
export function tokenize(text: string, leaveOut = false): Token[] {
  const tokens: Token[] = [];
  const quotes = quotedSpans(text);
  let quoteIndex = 0;
  let sentence = 0;
  let clause = 0;
  let previousEnd = 0;
  // Links, mail addresses and the name signed under a sign-off: no one's words for a need ("Best,\nMiles Chase").
  const unread = leaveOut ? [...linkSpans(text), ...(text.includes('\n') ? closingNames(text) : [])].sort((a, b) => a[0] - b[0]) : [];
  let unreadIndex = 0;
  // A word left out (a link's, or one too long to be a word) parts the words round it.
  let leftOut = false;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const raw = m[0];
    const gap = boundary(text, previousEnd, start);
    if (gap === 2) sentence++;
    if (gap > 0) clause++;
    previousEnd = start + raw.length;
    while (unreadIndex < unread.length && (unread[unreadIndex]?.[1] ?? 0) <= start) unreadIndex++;
    if (raw.length > MAX_WORD_LENGTH || (unread[unreadIndex]?.[0] ?? Infinity) <= start) {
      leftOut = true;
      continue;
    }
    const follows = gap === 0 && !leftOut && tokens.length > 0;
    leftOut = false;
    while (quoteIndex < quotes.length && (quotes[quoteIndex]?.[1] ?? 0) <= start) quoteIndex++;
    const span = quotes[quoteIndex];
    // Composed (NFC), so a cue and a ticket match however each was typed; offsets stay those of the text as given.
    const rawLower = (HAS_ZERO_WIDTH.test(raw) ? raw.replace(ZERO_WIDTH, '') : raw).toLowerCase();
    const lower = MARK.test(raw) ? rawLower.normalize('NFC') : rawLower;
    const word = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    if (word === 'but' || word === 'although' || word === 'however') clause++;
    tokens.push({
      word,
      start,
      end: previousEnd,
      sentence,
      clause,
      follows,
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

// Words that sit between a negation and what it negates ("not really broken", "no problems at all", "not a single").
const FILLERS = new Set(['a', 'an', 'the', 'any', 'be', 'been', 'is', 'was', 'are', 'were', 'even', 'really', 'so', 'too', 'very', 'that', 'at', 'all', 'ever', 'yet', 'actually', 'single']);
/**
 * A negated intention or need reaches the rest of its clause: "no need to escalate or get a manager", "I'm not going to
 * leave a bad review", "not planning to cancel". Not "don't want to", which is as often a complaint ("I don't want to
 * wait another week for my refund").
 */
const INTENTIONS = new Set(['need', 'needs', 'going', 'gonna', 'planning', 'intend', 'intending', 'mean', 'meaning', 'intention']);
/** How far back in its clause a word looks for a negated intention. */
const INTENTION_REACH = 8;

export function isNegator(word: string): boolean {
  return NEGATORS.has(word);
}

/** True when the nearest content word before tokens[index], in the same clause, is a negation. */
function negatedRightBefore(tokens: readonly Token[], index: number): boolean {
  const clause = tokens[index]?.clause;
  for (let i = index - 1, looked = 0; i >= 0 && looked < 4; i--, looked++) {
    const token = tokens[i];
    if (!token || token.clause !== clause) return false;
    if (NEGATORS.has(token.word)) return true;
    if (!FILLERS.has(token.word)) return false;
  }
  return false;
}

/**
 * True when tokens[index] is negated: right after a negation, or after a negated need or intention in its clause, up
 * to the next need or intention ("I don't need an apology I need a refund": the refund is wanted).
 */
export function isNegatedAt(tokens: readonly Token[], index: number): boolean {
  if (negatedRightBefore(tokens, index)) return true;
  const clause = tokens[index]?.clause;
  for (let i = index - 1; i > 0 && i >= index - INTENTION_REACH; i--) {
    const token = tokens[i] as Token;
    if (token.clause !== clause) return false;
    if (INTENTIONS.has(token.word)) return negatedRightBefore(tokens, i);
  }
  return false;
}

/** Runs of "!!", "!?" or "?!": exclamation that reads as raised voice. */
export function exclamationRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const m of text.matchAll(/[!?]{2,}/g)) if (m[0].includes('!')) runs.push([m.index, m.index + m[0].length]);
  return runs;
}
