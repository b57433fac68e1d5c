// Capitals that read as a raised voice, not names, codes, labels or a template's blanks.
import { quoteIndex, type QuoteIndex } from '../quotes';
import { inBrackets } from './brackets';
import type { Span } from './span';

// Capitals that are names, not raised voices, even at five letters or more.
const ACRONYMS = new Set(['https', 'nvidia', 'oauth', 'jpeg', 'gdpr', 'iban', 'swift', 'html', 'json', 'ascii', 'usps', 'fedex', 'hmrc', 'nhs', 'aws', 'api', 'sms', 'faq', 'cname']);
// Short words that are emphasis, not acronyms, when written in capitals: "we did NOT", "I ALREADY said", "on our website
// AND in the pack", "we EVEN sent a reminder", "we DO NOT refund" (one of these makes a run of short words loud too).
const EMPHASIS = new Set(['not', 'never', 'already', 'again', 'must', 'still', 'always', 'only', 'cannot', 'will', 'did', 'does', 'ever', 'all', 'any', 'every', 'now', 'stop', 'read', 'twice', 'told', 'and', 'also', 'even', 'was', 'were', 'are', 'has', 'have', 'had', 'fine', 'wrong', 'right', 'correct', 'same']);
// "NON-" before a hyphen makes one loud word, not a code: "NON-REFUNDABLE" (other prefixes name labels: "SELF-SERVICE").
const WORD_PREFIX = new Set(['non']);
const KEYWORD_BEFORE = /\b(?:reply|replying|text|texting|send|sending|type|typing|enter|keyword)\s+$/i;
const CAPITAL_WORD = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:'\p{Lu}+)?(?![\p{L}\p{N}])/gu;
// Capitals that name what a screen, a label or a statement says are its words, not the agent's voice: "will show as
// 'NW RAIL REFUND'", "appears as ACME STORES LONDON", "the button reads CONFIRM ORDER".
const LABEL_BEFORE = /\b(?:as|reads?|reading|says?|saying|labell?ed|marked|titled|named|called|shows?|showing|displays?|displaying|status)\s*:?\s*$/i;
// Capitals between a determiner and the thing they name are its name, not the agent's voice: "the PRO PLUS plan", "The
// SUBMIT button", "your MY ACCOUNT page", "the EU VIES system" (a run of at most NAME_RUN words, none emphatic, none a word that makes a
// sentence of them: "CHECK YOUR account", "CLOSE THIS tab", "IT IS YOUR card", "That ISN'T OUR app" shout).
const DETERMINER_BEFORE = /\b(?:the|a|an|your|our|my|their|its|this|that)\s+$/i;
const SENTENCE_WORDS = new Set(['you', 'your', 'yours', 'this', 'that', 'these', 'those', 'it', 'is', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'please', 'just', 'we', 'i', 'they', 'he', 'she']);
const NAMED_THING_AFTER = /^ (?:plans?|tiers?|package|bundle|edition|subscription|membership|account|card|button|tab|menu|page|screen|section|option|field|box|link|app|folder|report|view|mode|system|portal|platform|database|register|scheme|tool|website|form)\b/i;
const NAME_RUN = 3;
// Capitals a step tells the customer to press, tick or open are what the screen says: "Tick ALL CONTACTS", "Open the
// ADMIN PANEL", "press the EXPORT ALL button" (a review, 2026-12-05: each was "sounds defensive or shouts"). Two words or
// more, or one that is no emphasis: "click ALL" alone stays loud.
const UI_ACTION_BEFORE = /\b(?:click|clicking|press|pressing|tap|tapping|select|selecting|choose|choosing|tick|ticking|untick|unticking|open|opening|toggle|toggling|hit)\s+(?:on\s+)?(?:the\s+|your\s+)?$/i;
// Words between quotation marks on one line are someone else's words or a label: "'NW RAIL REFUND'", "\"CONFIRM ORDER\"".
// At most QUOTE_MAX characters between them, as ../quotes.ts bounds its own: each opening mark was tried to the line's
// end, and a line of unmatched marks cost its length squared (80,000 characters, 1.9 s; a trust review, 2026-12-04).
const QUOTE_MAX = 400;
const QUOTED_ON_A_LINE = new RegExp(`(?<![\\p{L}\\p{N}])(["“‘']).{1,${QUOTE_MAX}}?(["”’'])(?![\\p{L}\\p{N}])`, 'gu');

/** Runs of words in capitals that read as a raised voice: two words or more with one of four letters, or one emphatic word. */
export function shouting(text: string): Span[] {
  const words = [...text.matchAll(CAPITAL_WORD)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0].toLowerCase() }))
    // A code is not a voice: "WINTER-2026", "REF/AB", "SAVE20".
    .filter((w) => !/[-_/#@.]\w/.test(text.slice(w.end, w.end + 2)) && !/\w[-_/#@]/.test(text.slice(Math.max(0, w.start - 2), w.start)) || hyphenedWord(text, w))
    // A keyword to send is not a voice: "reply STOP", "text HELP to 60060"; nor is a handle: "@SHOUTYFLYER".
    .filter((w) => !KEYWORD_BEFORE.test(text.slice(Math.max(0, w.start - 12), w.start)) && text[w.start - 1] !== '@');
  const spans: Span[] = [];
  const quotes = quoteIndex(words.length && /["“‘']/.test(text) ? [...text.matchAll(QUOTED_ON_A_LINE)].filter((m) => !m[0].includes('\n')).map((m) => [m.index, m.index + m[0].length] as Span) : []);
  for (let i = 0; i < words.length; ) {
    let j = i;
    // A run: capital words separated only by spaces or light punctuation on one line.
    while (j + 1 < words.length && /^[ ,!?.'-]{1,3}$/.test(text.slice(words[j]!.end, words[j + 1]!.start))) j++;
    const run = words.slice(i, j + 1);
    const emphatic = run.some((w) => EMPHASIS.has(w.word));
    const named = isLabel(text, run, emphatic, quotes) || namesAThing(text, run, emphatic) || pressedInAStep(text, run, emphatic);
    // A blank's name in brackets is a template's, not the agent's voice: "[ADDRESS LINE 1]", "{{FIRST NAME}}".
    const loud = named || inBrackets(text, run[0]!.start) ? false : run.some((w) => (w.word.length >= (run.length >= 2 ? 4 : 5) && !ACRONYMS.has(w.word)) || EMPHASIS.has(w.word));
    if (loud) spans.push([run[0]!.start, run[run.length - 1]!.end]);
    i = j + 1;
  }
  return spans;
}

type CapitalWord = { start: number; end: number; word: string };

/** A label's words ("show as NW RAIL REFUND", "'CONFIRM ORDER'"); one emphatic word stays a voice ("as ALREADY said"). */
function isLabel(text: string, run: readonly CapitalWord[], emphatic: boolean, quotes: QuoteIndex): boolean {
  if (run.length === 1 && emphatic) return false;
  const start = run[0]!.start;
  return LABEL_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || quotes.inside(start, start);
}

/** A run short enough for a name, with no word that makes a sentence of it ("CHECK YOUR account", "That ISN'T OUR app"). */
function canBeAName(run: readonly CapitalWord[]): boolean {
  return run.length <= NAME_RUN && !run.some((w) => SENTENCE_WORDS.has(w.word) || /n['’]t$/.test(w.word));
}

/** A name between a determiner and what it names ("the PRO PLUS plan"): NAMED_THING_AFTER says why. */
function namesAThing(text: string, run: readonly CapitalWord[], emphatic: boolean): boolean {
  if (emphatic || !canBeAName(run)) return false;
  const start = run[0]!.start;
  const end = run[run.length - 1]!.end;
  return DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && NAMED_THING_AFTER.test(text.slice(end, end + 16));
}

/** A label a step names after its verb ("Tick ALL CONTACTS"): UI_ACTION_BEFORE says why. */
function pressedInAStep(text: string, run: readonly CapitalWord[], emphatic: boolean): boolean {
  if ((run.length === 1 && emphatic) || !canBeAName(run)) return false;
  const start = run[0]!.start;
  return UI_ACTION_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/** Whether a capital word is half of a hyphened word in capitals with a word's prefix ("NON-REFUNDABLE"), not of a code. */
function hyphenedWord(text: string, w: CapitalWord): boolean {
  const after = /^-(\p{Lu}{3,})(?![\p{L}\p{N}-])/u.exec(text.slice(w.end, w.end + 40));
  if (after && WORD_PREFIX.has(w.word) && !/[\p{L}\p{N}-]/u.test(text[w.start - 1] ?? '')) return true;
  const before = /(?<![\p{L}\p{N}-])(\p{Lu}{2,4})-$/u.exec(text.slice(Math.max(0, w.start - 6), w.start));
  return !!before && WORD_PREFIX.has(before[1]!.toLowerCase()) && w.word.length >= 3 && !/[\p{L}\p{N}-]/u.test(text[w.end] ?? '');
}
