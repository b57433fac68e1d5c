// Any page's conversation, read by structure alone: the text the agent selected, else a chat log (role="log"), else
// article elements, else <main>, else the element whose paragraphs hold the most text. It cannot tell the customer's
// words from staff's; the generic adapter uses it, and so does every desk adapter whose own selectors stopped
// matching (drift), which then says so.
import type { TicketMessage } from '../types';
import { QUOTE_ELEMENTS, QUOTE_MARKER_SELECTOR } from '../clean/quote-elements';
import { capText, MAX_RAW_MESSAGE_CHARS, withoutBodyBreaks } from '../clean/limits';
import { cleanLine } from '../clean/whitespace';
import { opensQuotedMail, QUOTED_LINE } from '../../text/quoted-line';
import { isField, queryAll, queryFirst } from './dom';
import { outermost } from './outermost';
import { firstText } from './first-text';
import { elementText } from './text';
import type { TextWork } from './text-sink';

/** Page furniture that is never the conversation. */
const CHROME = [
  'nav', 'header', 'footer', 'aside', 'form', '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]',
  '[role="complementary"]', '[role="search"]', '[role="dialog"]', '[role="menu"]', 'extra-mile-sidebar',
];
const SKIP = [...QUOTE_ELEMENTS, ...CHROME].join(', ');
const MAX_ITEMS = 200;
const MAX_PARAGRAPHS = 5_000;
/** Text nodes looked at per paragraph when weighing prose: enough to compare, bounded on a hostile page. */
const MAX_NODES_PER_PARAGRAPH = 200;
const READ_CHARS = 80_000;

/**
 * Fewer words selected than this is a copy, not a reading: a double-click on an order number or a name replaced the
 * ticket's reading (and its Not relevant and Helpful choices) with that word until the selection went. Words as a
 * person reads them: apart by spaces, with a letter and no digit, so a phone number, a code, a date or a postcode counts
 * little ("London SW1A 1AA" one); and a sentence has a word in small letters, where a name or an address has none
 * ("Dr. Priya Anjali Nair", "Flat 4, 12 Upper Baker Street, London"). "I want a refund now." is read.
 */
const MIN_SELECTED_WORDS = 4;
const WORD = /^[^\p{N}]*\p{L}[^\p{N}]*$/u;
const SMALL_WORD = /^[^\p{L}]*\p{Ll}/u;

/** Whether the selection holds MIN_SELECTED_WORDS words (its first 1,000 characters are enough to tell). */
function holdsWords(text: string): boolean {
  let words = 0;
  let small = false;
  for (const token of text.slice(0, 1_000).split(/\s+/)) {
    if (!WORD.test(token)) continue;
    words++;
    small ||= SMALL_WORD.test(token);
    if (words >= MIN_SELECTED_WORDS && small) return true;
  }
  return false;
}

/**
 * Quoted mail alone ("> We are sorry to hear…"), or mail that opens with its reply header or header block
 * (opensQuotedMail): the background's cleaning would leave nothing of it, and the page's conversation is read instead,
 * as when the page cleaned the selection itself (two reviews, 2026-12-05).
 */
function allQuoted(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim());
  return lines.every((line) => QUOTED_LINE.test(line)) || opensQuotedMail(lines[0] ?? '');
}

function selectedText(doc: Document): string {
  try {
    // A selection in the agent's own reply (a text field, a rich editor) is not the customer's text.
    const active = doc.activeElement as HTMLElement | null;
    if (active && (isField(active) || active.isContentEditable === true)) return '';
    // Capped here, where cleaning cut it before it left the page: a select-all of a huge page goes to the background.
    const text = withoutBodyBreaks(capText(doc.getSelection?.()?.toString() ?? '', MAX_RAW_MESSAGE_CHARS));
    return holdsWords(text) && !allQuoted(text) ? text : '';
  } catch {
    return '';
  }
}

/** An element's text as the page shows it (the background cleans it), or '' where it has none. */
function read(el: Element, work: TextWork): string {
  const text = withoutBodyBreaks(elementText(el, { skip: SKIP, skipAfter: QUOTE_MARKER_SELECTOR, maxChars: READ_CHARS, work }));
  return text.trim() ? text : '';
}

/** One message per element, outermost only, skipping empty ones. */
function readEach(elements: Element[], work: TextWork): TicketMessage[] {
  return outermost(elements, MAX_ITEMS)
    .map((el) => read(el, work))
    .filter(Boolean)
    .map((text) => ({ text }));
}

/** The length of an element's text, from its text nodes' lengths (no string is built), bounded. */
function textLength(el: Element): number {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  for (let i = 0; i < MAX_NODES_PER_PARAGRAPH && walker.nextNode(); i++) total += walker.currentNode.nodeValue?.length ?? 0;
  return total;
}

/** The element whose <p> children hold the most text: the page's main prose. */
function largestProse(doc: Document): Element | null {
  const totals = new Map<Element, number>();
  for (const p of queryAll(doc, 'p').slice(0, MAX_PARAGRAPHS)) {
    const parent = p.parentElement;
    if (!parent) continue;
    totals.set(parent, (totals.get(parent) ?? 0) + textLength(p));
  }
  let best: Element | null = null;
  let bestTotal = 0;
  for (const [el, total] of totals) {
    if (total > bestTotal) {
      best = el;
      bestTotal = total;
    }
  }
  return best;
}

/** Entries of a chat log, else article elements, under `root`; none when it has neither. */
function entries(root: ParentNode, work: TextWork): TicketMessage[] {
  const log = queryFirst(root, ['[role="log"]']);
  if (log) {
    const found = readEach(Array.from(log.children), work);
    if (found.length) return found;
  }
  const articles = queryAll(root, 'article, [role="article"]');
  return articles.length ? readEach(articles, work) : [];
}

function pageConversation(doc: Document, work: TextWork): TicketMessage[] {
  const found = entries(doc, work);
  if (found.length) return found;
  const main = queryFirst(doc, ['main', '[role="main"]']) ?? largestProse(doc) ?? doc.body;
  const text = main ? read(main, work) : '';
  return text ? [{ text }] : [];
}

/**
 * A desk page whose adapter's selectors stopped matching: its chat log or articles, else all the text of the
 * ticket's pane (or the page's main region, or its body), page furniture left out. Not the largest block of prose,
 * which on a desk page is as likely an agent's reply as the customer's message.
 */
export function readRegion(doc: Document, pane: Element | null, work: TextWork = { scanned: 0, slices: 0 }): TicketMessage[] {
  const root = pane ?? queryFirst(doc, ['main', '[role="main"]']) ?? doc.body;
  if (!root) return [];
  const found = entries(root, work);
  if (found.length) return found;
  const text = read(root, work);
  return text ? [{ text }] : [];
}

/** A site's name set beside a page's heading in its title, a separator with a space either side: "Heading - Site",
 * "Site | Heading". */
const SITE_NAME_AFTER = /^\s+[-|–—·»:]{1,2}\s+(\S.*)$/u;
const SITE_NAME_BEFORE = /^(.*\S)\s+[-|–—·»:]{1,2}\s+$/u;

/** The page's title, else its first heading: what a desk's own reader falls back on (define.ts). */
export function titleOrHeading(doc: Document): string {
  return cleanLine(doc.title || '') || firstText(doc, ['h1']);
}

/** The page's first heading with text outside a link and the banner (a logo's heading is neither the page's nor empty). */
function pageHeading(doc: Document): string {
  for (const h1 of queryAll(doc, 'h1')) {
    if (h1.closest('a, [role=banner]')) continue;
    const text = cleanLine(elementText(h1, { maxChars: 2_000 }));
    if (text) return text;
  }
  return '';
}

/**
 * The generic reader's subject: the page's first heading where the title is that heading and the site's name
 * ("How do I … ? - Help Forum"), else its title, else its first heading. Not a heading shorter than the name beside it
 * (a logo's "Acme Help Center", a "Ticket #4411"), nor one in a link or the page's banner; with no title, the first
 * heading outside them, else the first heading at all.
 */
export function pageSubject(doc: Document): string {
  const title = cleanLine(doc.title || '');
  const heading = pageHeading(doc);
  if (!title) return heading || firstText(doc, ['h1']);
  if (!heading) return title;
  const site = title.startsWith(heading) ? SITE_NAME_AFTER.exec(title.slice(heading.length))?.[1] : title.endsWith(heading) ? SITE_NAME_BEFORE.exec(title.slice(0, -heading.length))?.[1] : undefined;
  return site !== undefined && heading.length > site.length ? heading : title;
}

/** The page's subject and its conversation, by structure. */
export function readByStructure(doc: Document, work: TextWork = { scanned: 0, slices: 0 }): { subject: string; messages: TicketMessage[] } {
  const subject = pageSubject(doc);
  const selection = selectedText(doc);
  return { subject, messages: selection ? [{ text: selection }] : pageConversation(doc, work) };
}
