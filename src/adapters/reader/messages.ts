// Message reading: the thread's entries, newest first until the ticket is full, the customer's only, each as the page
// shows it (quoted history, signature and all: the background cleans them, clean/clean-ticket.ts); then the ticket
// assembled within its size cap.
import type { Ticket, TicketMessage } from '../types';
import { BODY_BREAK, MAX_RAW_MESSAGE_CHARS, MAX_RAW_TICKET_CHARS, capText, withoutBodyBreaks } from '../clean/limits';
import { QUOTE_ELEMENTS, QUOTE_MARKER_SELECTOR } from '../clean/quote-elements';
import { matchesSafe, queryFirst } from './dom';
import { queryAllFirst } from './frames';
import { outermost } from './outermost';
import { firstText } from './first-text';
import { elementText } from './text';
import type { TextWork } from './text-sink';
import { runSteps, type Steps } from './steps';

/** How a desk lays out its thread. */
export interface MessageSpec {
  /** One element per thread entry (message, reply, note), newest DOM first. */
  item: readonly string[];
  /** The message text inside an item, newest DOM first; the item itself when none matches. */
  body: readonly string[];
  /** The body found by the entry's shape, where no body selector matches (reader/structure.ts). */
  bodyOf?: (item: Element) => Element | null;
  /** Read every match of the body selector and join them (one body per MIME part), not just the first. */
  allBodies?: boolean;
  /**
   * Which entries are the customer's (agent replies, notes and system events are not): made once per read from the
   * whole thread, so what every entry is compared with (the first sender, the ticket's contact) is looked up once,
   * not once per entry. Without it every entry is read.
   */
  customerRule?: (thread: Thread) => (item: Element) => boolean;
  /** The author's name inside an item. */
  author?: readonly string[];
  /**
   * The author of the thread's customer items where no element inside one names them alone (a desk read by structure),
   * found once per reading as `customerRule` is.
   */
  customerAuthor?: (thread: Thread) => string;
  /** Parts of a body to leave out (folded quotes, "show more" links), beyond the shared quote selectors. */
  strip?: readonly string[];
  /**
   * Bodies that are not the message's words (with allBodies: a part shown inline that is an attachment): left out, and
   * an item whose bodies are all such reads as no message, not as the whole item (its header and file names).
   */
  notBody?: string;
  /** Reading stops at the first match (a signature marker the desk inserts). */
  cutAt?: readonly string[];
  /**
   * An element in the item whose `datetime` (or `data-time`) gives when it was sent. When every message
   * has one, messages are put in time order whatever the DOM order (desks that let agents flip it).
   */
  time?: readonly string[];
}

/** The thread's DOM order, or how to tell it from the thread (desks whose agents may flip it): see orderBy. */
export type ThreadOrder = 'oldest-first' | 'newest-first' | ((thread: Thread) => 'oldest-first' | 'newest-first');

/**
 * A thread's order told by a number each entry carries (its time, its id): newest first when more neighbours step down
 * than up. Most, not the ends: an entry out of place (a merged ticket's older entries drawn after) does not flip the
 * rest. Without such numbers (NaN), or with a tie, oldest first.
 */
export function orderBy(key: (item: Element) => number): (thread: Thread) => 'oldest-first' | 'newest-first' {
  return ({ items }) => {
    let steps = 0;
    let previous = Number.NaN;
    for (const item of items) {
      const value = key(item);
      if (value < previous) steps--;
      else if (value > previous) steps++;
      previous = value;
    }
    return steps < 0 ? 'newest-first' : 'oldest-first';
  };
}

/** The thread a customer rule is made from. */
export interface Thread {
  /** The thread's entries in page (DOM) order, each once: an entry nested in another is read as part of it. */
  items: readonly Element[];
  doc: Document;
}

/** What reading a thread found, beyond the messages: how many entries, how many were the customer's. */
export interface ThreadCount {
  items: number;
  customerItems: number;
  work: TextWork;
  /** The ticket filled before the thread's oldest entries were read. */
  cut?: boolean;
}

/** Read the customer messages under `root`, not yet cleaned, oldest first. */
export function readMessages(
  root: ParentNode,
  spec: MessageSpec,
  doc: Document,
  order: ThreadOrder = 'oldest-first',
  count: ThreadCount = { items: 0, customerItems: 0, work: { scanned: 0, slices: 0 } },
): TicketMessage[] {
  return runSteps(readMessagesInSteps(root, spec, doc, order, count));
}

/** readMessages, pausing before each of the thread's entries (reader/steps.ts). */
export function* readMessagesInSteps(
  root: ParentNode,
  spec: MessageSpec,
  doc: Document,
  order: ThreadOrder = 'oldest-first',
  count: ThreadCount = { items: 0, customerItems: 0, work: { scanned: 0, slices: 0 } },
): Steps<TicketMessage[]> {
  const skip = [...QUOTE_ELEMENTS, ...(spec.strip ?? [])].join(', ');
  const cutAt = spec.cutAt?.length ? spec.cutAt.join(', ') : undefined;
  // Nested matches (a quoted entry rendered inside another) are read once, as part of their parent.
  const items = outermost(queryAllFirst(root, spec.item));
  count.items += items.length;
  const isCustomer = spec.customerRule?.({ items, doc });
  const customerAuthor = spec.customerAuthor?.({ items, doc }) ?? '';
  // Newest first, and only until the ticket is full: a huge thread costs no more to read than a full ticket.
  const direction = typeof order === 'function' ? order({ items, doc }) : order;
  const newestFirst = direction === 'oldest-first' ? [...items].reverse() : items;
  const read: { message: TicketMessage; time: number }[] = [];
  let budget = MAX_RAW_TICKET_CHARS;
  for (const item of newestFirst) {
    // A pause before each entry: the page may run between them.
    yield;
    if (isCustomer && !isCustomer(item)) continue;
    if (budget <= 0) {
      // Full: the customer's older messages go unread (agents' entries are not read anyway).
      count.cut = true;
      break;
    }
    count.customerItems++;
    // Every body, but a body inside another is read as part of it (Help Scout's body selector matches again after an
    // <hr> inside a customer's HTML email; read apart, that text was read twice).
    const found = spec.allBodies ? outermost(queryAllFirst(item, spec.body)) : [queryFirst(item, spec.body) ?? spec.bodyOf?.(item) ?? null];
    const notBody = spec.notBody;
    const bodies = found.length && found[0] ? (notBody ? found.filter((body) => !body || !matchesSafe(body, notBody)) : found) : [item];
    const parts = bodies
      .filter((body): body is Element => body !== null)
      .map((body) => withoutBodyBreaks(elementText(body, { skip, skipAfter: QUOTE_MARKER_SELECTOR, cutAt, maxChars: MAX_RAW_MESSAGE_CHARS, work: count.work })))
      .filter((part) => part.trim() !== '');
    // Each body capped as read; the ticket's budget bounds them together.
    const text = parts.join(BODY_BREAK);
    if (!text) continue;
    budget -= text.length;
    const author = spec.author ? firstText(item, spec.author) : customerAuthor;
    read.push({ message: author ? { text, author } : { text }, time: spec.time ? timeOf(item, spec.time) : Number.NaN });
  }
  // Read newest first either way (an oldest-first thread was walked backwards): turn it oldest first.
  read.reverse();
  if (spec.time && read.length > 1 && read.every((r) => !Number.isNaN(r.time))) read.sort((a, b) => a.time - b.time);
  return read.map((r) => r.message);
}

/** When an entry was sent, from the first of `selectors` (its datetime or data-time), or NaN. */
export function timeOf(item: Element, selectors: readonly string[]): number {
  const el = queryFirst(item, selectors);
  const value = el?.getAttribute('datetime') ?? el?.getAttribute('data-time') ?? null;
  return value ? Date.parse(value) : Number.NaN;
}

/** Assemble a ticket as read, keeping the newest messages when the whole would exceed MAX_RAW_TICKET_CHARS. */
export function buildTicket(desk: string, id: string | null, subject: string, messages: TicketMessage[], generic = false): Ticket {
  const kept: TicketMessage[] = [];
  let budget = MAX_RAW_TICKET_CHARS - subject.length;
  for (let i = messages.length - 1; i >= 0 && budget > 0; i--) {
    const message = messages[i];
    if (!message) continue;
    const text = capText(message.text, budget);
    budget -= text.length;
    kept.unshift(text === message.text ? message : { ...message, text });
  }
  const ticket: Ticket = { desk, id, subject, messages: kept };
  if (generic) ticket.generic = true;
  // Older messages left out, or the oldest kept cut short: either way some of what the customer wrote was not read.
  if (kept.length < messages.length || kept[0] !== messages[0]) ticket.olderHidden = true;
  return ticket;
}
