// A draft's words as the reply checks read them: the engine's tokens (sentences, clauses, quotes), with
// contractions spelt out so that a pattern says "will not" once instead of listing "won't", "will not" and "wont".
import { isClosing, isNameOrTitle, signatureBlock } from '../text/sign-off';
import { isNegator, tokenize, type Token } from '../engine/cues/tokenize';
import { menuArrows } from './detectors';
import { quoteIndex, singleQuoted } from './quotes';

export interface DraftWord {
  word: string;
  /** Offsets in the draft; both halves of a contraction ("you" and "will" from "you'll") carry the whole word's span. */
  start: number;
  end: number;
  sentence: number;
  clause: number;
  /** The first word of its clause (after , : ; dashes, "but", or a new sentence or line). */
  clauseStart: boolean;
  /** Inside quotation marks or on a "> " line: someone else's words, not the agent's. */
  quoted: boolean;
  /**
   * An item of a menu path ("Go to People > Add employee"): the screen's words, which no pattern reads as the agent's,
   * as it reads no quoted words. The learned models read them as words of their sentence.
   */
  onScreen: boolean;
  /** Written with a capital where a sentence does not start: a name ("call Samsung", "Royal Mail"). */
  proper: boolean;
}

// Whole words whose parts the patterns should see. Curly apostrophes are already straight here.
const IRREGULAR: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  "won't": ['will', 'not'], wont: ['will', 'not'], "can't": ['can', 'not'], cant: ['can', 'not'], cannot: ['can', 'not'],
  "shan't": ['shall', 'not'], "ain't": ['is', 'not'], "let's": ['let', 'us'], im: ['i', 'am'], ive: ['i', 'have'],
  youll: ['you', 'will'], youre: ['you', 'are'], theyre: ['they', 'are'], thats: ['that', 'is'], whats: ['what', 'is'],
  dont: ['do', 'not'], didnt: ['did', 'not'], doesnt: ['does', 'not'], isnt: ['is', 'not'], wasnt: ['was', 'not'],
  arent: ['are', 'not'], werent: ['were', 'not'], havent: ['have', 'not'], hasnt: ['has', 'not'], hadnt: ['had', 'not'],
  wouldnt: ['would', 'not'], couldnt: ['could', 'not'], shouldnt: ['should', 'not'], neednt: ['need', 'not'],
}));
// "'s" is spelt out only after these: elsewhere it is a possessive ("the courier's fault").
const IS_AFTER = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'where', 'he', 'she', 'everything', 'nothing', 'this']);
const SUFFIXES: ReadonlyArray<[string, string]> = [["n't", 'not'], ["'ll", 'will'], ["'re", 'are'], ["'ve", 'have'], ["'m", 'am'], ["'d", 'would']];

/** A word as the checks read it: "you'll" → you, will; "won't" → will, not; "it's" → it, is. */
export function spelt(word: string): readonly string[] {
  const irregular = IRREGULAR.get(word);
  if (irregular) return irregular;
  if (!word.includes("'")) return [word];
  for (const [suffix, full] of SUFFIXES) if (word.endsWith(suffix) && word.length > suffix.length) return [word.slice(0, -suffix.length), full];
  if (word.endsWith("'s") && IS_AFTER.has(word.slice(0, -2))) return [word.slice(0, -2), 'is'];
  return [word];
}

// A full stop with a letter or digit on both sides ends no sentence: "£18.40", "gmial.com", "v2.1".
const GLUED = /^[\p{L}\p{N}]\.[\p{L}\p{N}]$/u;
// An emoji before a capital ends a sentence the writer did not end with a full stop: "happy to help 🙂 The code…".
const EMOJI = /\p{Extended_Pictographic}/u;

const ACRONYM = /^[A-Z]{2,5}s?$/;
const CAPITALS = /^[A-Z]{2,}/;
// A tweet's @handle: a name. Handles that open a line stand apart from the sentence after them ("@jules_w Redelivery
// booked…": "Redelivery" starts it).
const HANDLE = /(?<![\w.])@[A-Za-z0-9_]+/g;

interface Handle {
  start: number;
  end: number;
  leading: boolean;
}

function handles(draft: string): Handle[] {
  return [...draft.matchAll(HANDLE)].map((m) => {
    const lineStart = draft.lastIndexOf('\n', m.index) + 1;
    return { start: m.index, end: m.index + m[0].length, leading: /^[\s,.:]*(?:@[A-Za-z0-9_]+[\s,.:]*)*$/.test(draft.slice(lineStart, m.index)) };
  });
}

// A letter's sign-off: a closing line ("Kind regards,") and at most four short lines under it (name, job title, team,
// company), or a last line that starts with a dash ("— Priya, Delivery Support"). Their words sign the reply: "Ms Lowe /
// School Business Manager" sends nobody to a business, so the checks read none of them.
const CLOSING = /^[ \t]*(?:(?:kind|best|warm|warmest|many|with)\s+(?:regards|wishes|thanks)|regards|best|thanks|thank you|many thanks|cheers|sincerely|yours(?:\s+(?:sincerely|faithfully|truly))?|all the best|take care|with best wishes|speak soon)[ \t]*[,.!]?[ \t]*$/i;
// A line of a signature: up to six words, not a P.S., not a sentence ("I have moved your booking." is the reply going on).
const SIGNATURE_LINE = /^[ \t]*(?!p\.?s\b)\S+(?:[ \t]+\S+){0,5}(?<![.!?;:])[ \t]*$/i;
const DASHED_LAST_LINE = /(?:^|\n|[.!?][ \t]+)[ \t]*[—–~][ \t]*\p{Lu}[^\n.!?]{0,60}$/u;

/**
 * The sign-off's span [start, end) of the draft, whose words the checks do not read (empty at the draft's end when
 * there is none): the closing and the name; what stands under the name too when it is surely the company's signature
 * (text/sign-off.ts). Lines that may be the agent's are read ("Best regards,\nTom\nPlease calm down": a review
 * found them skipped as a signature's short lines, hiding the broken check).
 */
export function signOffSpan(draft: string): [number, number] {
  const lines = draft.trimEnd().split('\n');
  let offset = 0;
  for (const [i, line] of lines.entries()) {
    if (i > 0 && CLOSING.test(line)) {
      const rest = lines.slice(i + 1).filter((l) => l.trim());
      if (rest.length <= 4 && rest.every((l) => SIGNATURE_LINE.test(l))) {
        const name = lines.findIndex((l, j) => j > i && l.trim());
        // A name in capitals and small words ("Tom", "Priya | Acme Support", "Tom from Acme"): after a mid-draft "Thank
        // you!", "Please calm down" reads as a name to looksLikeName and was left unread (a review).
        if (name < 0 || !isNameOrTitle(lines[name] ?? '')) return [offset, offset + line.length + 1];
        const after = lines.slice(name + 1);
        if (!after.some((l) => l.trim()) || signatureBlock(after, isClosing(line.trim())) === 'signature') return [offset, draft.length];
        return [offset, offset + lines.slice(i, name + 1).join('\n').length + 1];
      }
    }
    offset += line.length + 1;
  }
  const dashed = DASHED_LAST_LINE.exec(draft.trimEnd());
  return dashed ? [dashed.index, draft.length] : [draft.length, draft.length];
}

// Capitalised words joined by spaces make one item of a menu path: "Account Settings > Billing".
const ITEM_GAP = /^[ \t]+$/;

/**
 * The tokens that name a menu path's items, by index: the capitalised words on each side of an arrow ("Go to People >
 * Add employee", "Account Settings > Billing"), not a sentence's first word. They are the product's screens, so "go to
 * People" sends no one to people. Words in lower case beside an arrow are actions ("pick your seats → enter the code").
 */
function menuItems(draft: string, tokens: readonly Token[]): Set<number> {
  const items = new Set<number>();
  const label = (k: number) => {
    const t = tokens[k];
    const first = t ? (draft[t.start] ?? '') : '';
    return first !== first.toLowerCase();
  };
  const joined = (k: number) => {
    const [a, b] = [tokens[k] as Token, tokens[k + 1] as Token];
    return a.sentence === b.sentence && ITEM_GAP.test(draft.slice(a.end, b.start));
  };
  const sentenceStart = (k: number) => k === 0 || (tokens[k - 1] as Token).sentence !== (tokens[k] as Token).sentence;
  for (const [start, end] of menuArrows(draft)) {
    // The arrow's match takes the spaces round it: an item's word ends where it starts, or starts where it ends.
    const next = tokens.findIndex((t) => t.start >= end);
    const last = (next < 0 ? tokens.length : next) - 1;
    if (last >= 0 && (tokens[last] as Token).end === start && label(last)) {
      items.add(last);
      for (let k = last - 1; k >= 0 && label(k) && joined(k) && !sentenceStart(k); k--) items.add(k);
    }
    if (next >= 0 && (tokens[next] as Token).start === end && label(next)) {
      items.add(next);
      for (let k = next + 1; k < tokens.length && label(k) && joined(k - 1); k++) items.add(k);
    }
  }
  return items;
}

export function draftWords(draft: string): DraftWord[] {
  const words: DraftWord[] = [];
  const [signOffFrom, signOffTo] = signOffSpan(draft);
  const names = draft.includes('@') ? handles(draft) : [];
  // Looked up by place (quoteIndex), not each tested for every word: that cost words × quotations.
  const quotes = quoteIndex(/['‘]/.test(draft) ? singleQuoted(draft) : []);
  let afterLeadingHandle = false;
  let tokenClause = -1;
  let tokenSentence = -1;
  // Our own numbering: the tokenizer's, less the stops that are glued, plus the emoji that end a sentence.
  let clause = -1;
  let sentence = -1;
  let end = 0;
  const tokens = tokenize(draft);
  const menu = menuItems(draft, tokens);
  const raw = (k: number) => {
    const t = tokens[k];
    return t ? draft.slice(t.start, t.end) : '';
  };
  for (const [k, token] of tokens.entries()) {
    if (token.start >= signOffFrom && token.start < signOffTo) continue;
    const first = draft[token.start] ?? '';
    const capital = first !== first.toLowerCase() && !/^i(?:'|$)/.test(token.word);
    const glued = end > 0 && GLUED.test(draft.slice(end - 1, token.start + 1));
    const emojiStop = capital && EMOJI.test(draft.slice(end, token.start));
    const handle = names.find((h) => h.start < token.start && token.start < h.end);
    const sentenceStart = emojiStop || (afterLeadingHandle && !handle) || (token.sentence !== tokenSentence && !glued);
    afterLeadingHandle = handle?.leading ?? false;
    const clauseStart = sentenceStart || (token.clause !== tokenClause && !glued);
    tokenClause = token.clause;
    tokenSentence = token.sentence;
    end = token.end;
    if (sentenceStart) sentence++;
    if (clauseStart) clause++;
    // An acronym is a name wherever it stands ("HMRC are the ones to ask"), unless it is part of a shouted run.
    const acronym = ACRONYM.test(raw(k)) && !CAPITALS.test(raw(k - 1)) && !CAPITALS.test(raw(k + 1));
    const proper = handle ? !handle.leading : (!sentenceStart && capital) || acronym;
    spelt(token.word).forEach((word, i) =>
      words.push({ word, start: token.start, end: token.end, sentence, clause, clauseStart: clauseStart && i === 0, quoted: token.quoted || quotes.inside(token.start, token.start), onScreen: menu.has(k), proper: proper && i === 0 }),
    );
  }
  return words;
}

// Words that end a negation's reach when read backwards: a new subject, a plea or a linking word starts another
// thought ("don't worry, I'll send a new one"; "if it doesn't arrive please contact us").
const NEGATION_STOPS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'please', 'and', 'but', 'so', 'then', 'if', 'because', 'once', 'when', 'until']);
// "Without" negates the words it governs, not what a verb "to be" then says of them: "being without heating is awful"
// (while "no one is to blame" is negated).
const COPULAS = new Set(['is', 'was', 'are', 'were']);
// Replies negate further back than tickets ("we will not be able to replace or refund it").
const NEGATION_REACH = 6;
const MORE_NEGATORS = new Set(['non', 'unable', 'nobody', 'nothing', 'nowhere']);

/** True when a negation governs words[index]: a negator earlier in its clause, within reach, before any stop word. */
export function isNegated(words: readonly DraftWord[], index: number): boolean {
  const clause = words[index]?.clause;
  let copula = false;
  for (let i = index - 1; i >= 0 && i >= index - NEGATION_REACH; i--) {
    const w = words[i];
    if (!w || w.clause !== clause) return false;
    if (isNegation(w.word)) return !(copula && w.word === 'without');
    copula ||= COPULAS.has(w.word);
    if (NEGATION_STOPS.has(w.word)) return false;
  }
  return false;
}

/** True for a word that ends a negation's reach ("and", "but", "we", …): it is never itself under the negation. */
export function endsNegation(word: string): boolean {
  return NEGATION_STOPS.has(word);
}

export function isNegation(word: string): boolean {
  return isNegator(word) || MORE_NEGATORS.has(word);
}
