// The fallback for any other site the agent enabled: the text the agent selected, else the page's
// main conversation (a chat log, article elements, <main>, or the largest block of prose).
import type { DeskAdapter, Ticket, TicketMessage } from './types';
import { cleanLine, cleanMessage, QUOTE_SELECTORS } from './clean';
import { buildTicket, elementText, firstText, queryAll, queryFirst, safeRead } from './read';

/** Page furniture that is never the conversation. */
const CHROME = [
  'nav', 'header', 'footer', 'aside', 'form', '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]',
  '[role="complementary"]', '[role="search"]', '[role="dialog"]', '[role="menu"]', 'extra-mile-sidebar',
];
const SKIP = [...QUOTE_SELECTORS, ...CHROME].join(', ');
const MAX_ITEMS = 200;
const MAX_PARAGRAPHS = 5_000;

function selectedText(doc: Document): string {
  try {
    return doc.getSelection?.()?.toString() ?? '';
  } catch {
    return '';
  }
}

function read(el: Element): string {
  return cleanMessage(elementText(el, { skip: SKIP, maxChars: 80_000 }));
}

/** One message per element, outermost only, skipping empty ones. */
function readEach(elements: Element[]): TicketMessage[] {
  const outer = elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
  return outer
    .slice(0, MAX_ITEMS)
    .map((el) => read(el))
    .filter(Boolean)
    .map((text) => ({ text }));
}

/** The element whose <p> children hold the most text: the page's main prose. */
function largestProse(doc: Document): Element | null {
  const totals = new Map<Element, number>();
  for (const p of queryAll(doc, 'p').slice(0, MAX_PARAGRAPHS)) {
    const parent = p.parentElement;
    if (!parent) continue;
    totals.set(parent, (totals.get(parent) ?? 0) + (p.textContent?.length ?? 0));
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

function readConversation(doc: Document): TicketMessage[] {
  const log = queryFirst(doc, ['[role="log"]']);
  if (log) {
    const entries = readEach(Array.from(log.children));
    if (entries.length) return entries;
  }
  const articles = queryAll(doc, 'article, [role="article"]');
  if (articles.length) {
    const entries = readEach(articles);
    if (entries.length) return entries;
  }
  const main = queryFirst(doc, ['main', '[role="main"]']) ?? largestProse(doc) ?? doc.body;
  const text = main ? read(main) : '';
  return text ? [{ text }] : [];
}

const generic: DeskAdapter = {
  id: 'generic',
  label: 'Any other page',
  // Editable regions in general: the page's own reply box, whatever it is.
  editor: ['[contenteditable="true"][role="textbox"]', '[contenteditable="true"]', 'textarea'],
  read: safeRead((doc: Document): Ticket | null => {
    const subject = cleanLine(doc.title || '') || firstText(doc, ['h1']);
    const selection = cleanMessage(selectedText(doc));
    const messages = selection ? [{ text: selection }] : readConversation(doc);
    if (!messages.length) return null;
    return buildTicket('generic', null, subject, messages, true);
  }),
};

export default generic;
