// The adapter factory: a desk declared as data (selectors and a few small functions) becomes a DeskAdapter that
// reads the active ticket, never throws, and falls back to the generic reader, saying so, when it recognised its
// desk but its selectors no longer find the thread; a thread with no customer entry is said too, and read no further.
import type { DeskAdapter, Diagnostics, DriftReason, SelectorCount, Ticket } from '../types';
import { cleanLine } from '../clean/whitespace';
import { countAll, findScope, hasAny, inThreadEntry, queryAll, scopeSelector } from './dom';
import { readRegion, titleOrHeading } from './conversation';
import { countSelectors, diagnostics } from './diagnostics';
import { buildTicket, readMessages, readMessagesInSteps, type MessageSpec, type ThreadCount, type ThreadOrder } from './messages';
import { firstText } from './first-text';
import { runSteps, type Steps } from './steps';

/** Everything a typical desk needs, as data. */
export interface SelectorAdapterSpec {
  id: string;
  label: string;
  matches?: string[];
  detect?: (doc: Document) => boolean;
  /** The active ticket's container, newest DOM first; `{ticketId}` is the id from the URL. No match → no ticket. */
  scope?: readonly string[];
  /** The subject, newest DOM first (an input gives its value). */
  subject: readonly string[];
  /** Tidies the subject text (e.g. drops a "#123: " prefix). */
  subjectFrom?: (text: string) => string;
  /** The subject where no `subject` selector finds one, read another way (a desk's tab title); '' for none. */
  subjectElsewhere?: (doc: Document, ticketId: string | null) => string;
  /** The ticket's id or number: from the URL, else from the page. */
  ticketId: (url: URL, doc: Document, scope: ParentNode) => string | null;
  message: MessageSpec;
  /**
   * The customer's name where the desk shows it once for the thread (a conversation header), not beside each entry:
   * the author of the customer's messages that name none, newest DOM first.
   */
  contact?: readonly string[];
  /** DOM order of the thread, or how to tell it from the page; newest-first threads are reversed to oldest first. */
  order: ThreadOrder;
  editor: string[];
  pending?: string[];
  noteMode?: string[];
  /**
   * The desk's own pages that show a ticket but no thread (Request Tracker's Basics page): read as a thread with no
   * customer entry (the subject alone, said so), not as drift, whose generic reader read their menus and form labels.
   */
  threadless?: readonly string[];
  /** A control that folds older messages away (a "load more" button): present means older history was not read. */
  olderHidden?: readonly string[];
  /**
   * False for selectors that are not a desk's (the agent's own): reading nothing then means nothing, not drift.
   * Otherwise a recognised desk whose thread reads empty is read by the generic reader, with the reason attached.
   */
  fallback?: boolean;
}

/** Letters a generic reading of a recognised desk needs before it counts as the ticket. */
const MIN_DRIFT_LETTERS = 40;

function lettersIn(messages: readonly { text: string }[]): number {
  let letters = 0;
  for (const m of messages) letters += m.text.replace(/[^\p{L}]/gu, '').length;
  return letters;
}

/** Build an adapter from selectors. The result never throws. */
export function defineSelectorAdapter(spec: SelectorAdapterSpec): DeskAdapter {
  // Pauses between the thread's entries (reader/steps.ts): the content script lets the page run there.
  const readInSteps = function* (doc: Document, url: URL): Steps<Ticket | null> {
    const urlId = spec.ticketId(url, doc, doc);
    let scope: ParentNode = doc;
    let pane: Element | null = null;
    if (spec.scope) {
      const holdsTicket = (el: Element) => hasAny(el, spec.subject) || hasAny(el, spec.message.item);
      // A visible pane holding a ticket; else any visible pane (its insides changed: read on, and drift shows it).
      pane = findScope(doc, spec.scope, urlId, holdsTicket) ?? (spec.fallback === false ? null : findScope(doc, spec.scope, urlId));
      if (!pane) {
        // Panes on the page but none on screen: no ticket is open. No pane at all: the layout changed under us.
        const panes = spec.scope.some((template) => {
          const selector = scopeSelector(template, urlId);
          return selector !== null && countAll(doc, selector) > 0;
        });
        return panes || spec.fallback === false ? null : drift(doc, url, 'no-scope', urlId, '', countOf(), null);
      }
      scope = pane;
    }
    const id = spec.scope ? spec.ticketId(url, doc, scope) : urlId;
    const rawSubject = firstText(scope, spec.subject) || (spec.scope ? firstText(doc, spec.subject) : '');
    const subject = cleanLine(spec.subjectFrom ? spec.subjectFrom(rawSubject) : rawSubject) || cleanLine(spec.subjectElsewhere?.(doc, id) ?? '');
    const count = countOf();
    const contact = spec.contact ? cleanLine(firstText(scope, spec.contact)) : '';
    const entries = yield* readMessagesInSteps(scope, spec.message, doc, spec.order, count);
    const messages = contact ? entries.map((m) => (m.author ? m : { ...m, author: contact })) : entries;
    let fallback: Ticket['fallback'];
    // Customer entries found but without text (a screenshot, an attachment) are the customer's: the layout was read.
    if (!messages.length && count.customerItems === 0 && spec.fallback !== false && !isPending(doc, { pending: spec.pending, thread: spec.message.item })) {
      const here = count.items === 0 && hasAny(doc, spec.threadless ?? []);
      if (count.items === 0 && !here) return drift(doc, url, 'no-thread', id, subject, count, pane);
      // A thread read, none of it the customer's (an agent-only ticket, or the author markers changed), or a page
      // without one. Said, with the diagnostics, but the agents' replies and notes (or the page's form) are never read
      // as the customer's words: the subject alone is; and whether the desk folded messages away, where theirs may be.
      if (id === null && !subject) return null;
      fallback = { reason: here ? 'no-thread-here' : 'no-customer-message', diagnostics: diagnose(doc, url, count) };
    } else if (!subject && !messages.length) return null;
    const ticket = buildTicket(spec.id, id, subject, messages);
    if (fallback) ticket.fallback = fallback;
    if (count.cut || markedOutsideThread(scope, spec.olderHidden, spec.message.item)) ticket.olderHidden = true;
    return ticket;
  };

  /**
   * The generic reader's reading of the page, under this desk's name, with why and what matched. Only where the page
   * shows a ticket (its id, from the address or the page, or its subject): a desk's other pages (an inbox list, a
   * dashboard) are not drift and read as no ticket.
   */
  const drift = (doc: Document, url: URL, reason: DriftReason, id: string | null, subject: string, count: ThreadCount, pane: Element | null): Ticket | null => {
    if (id === null && !subject) return null;
    const messages = readRegion(doc, pane, count.work);
    // Too little on the page to be a customer's message (a desk still drawing its ticket, "Loading conversation…", its
    // error page): no ticket yet, not a reading of its title.
    if (lettersIn(messages) < MIN_DRIFT_LETTERS) return null;
    const ticket = buildTicket(spec.id, id, subject || titleOrHeading(doc), messages, true);
    ticket.fallback = { reason, diagnostics: diagnose(doc, url, count) };
    return ticket;
  };

  const diagnose = (doc: Document, url: URL, count?: ThreadCount): Diagnostics => {
    let scope: ParentNode = doc;
    const selectors: SelectorCount[] = [];
    if (spec.scope) {
      const urlId = spec.ticketId(url, doc, doc);
      for (const template of spec.scope) {
        const selector = scopeSelector(template, urlId);
        selectors.push({ role: 'scope', selector: template, count: selector ? countAll(doc, selector) : 0 });
      }
      scope = findScope(doc, spec.scope, urlId) ?? doc;
    }
    selectors.push(
      ...countSelectors(scope, 'subject', spec.subject),
      ...countSelectors(scope, 'item', spec.message.item),
      ...countSelectors(scope, 'body', spec.message.body),
      ...countSelectors(scope, 'author', spec.message.author ?? []),
      ...countSelectors(scope, 'contact', spec.contact ?? []),
      ...countSelectors(doc, 'editor', spec.editor),
      ...countSelectors(doc, 'pending', spec.pending ?? []),
    );
    const counted = count ?? countOf();
    if (!count) readMessages(scope, spec.message, doc, spec.order, counted);
    return diagnostics(spec.id, spec.label, selectors, counted.items, counted.customerItems);
  };

  // One reading that never throws, run to its end at once (read) or a slice at a time (the content script).
  const safeReadInSteps = safeSteps(readInSteps);
  const adapter: DeskAdapter = {
    id: spec.id,
    label: spec.label,
    editor: spec.editor,
    read: (doc, url) => runSteps(safeReadInSteps(doc, url)),
    readInSteps: safeReadInSteps,
    diagnose: (doc, url) => {
      try {
        return diagnose(doc, url);
      } catch {
        return diagnostics(spec.id, spec.label, [], 0, 0);
      }
    },
  };
  if (spec.matches) adapter.matches = spec.matches;
  if (spec.detect) {
    const detect = spec.detect;
    adapter.detect = (doc) => {
      try {
        return detect(doc);
      } catch {
        return false;
      }
    };
  }
  if (spec.pending) adapter.pending = spec.pending;
  if (spec.noteMode) adapter.noteMode = spec.noteMode;
  if (spec.message.item.length) adapter.thread = spec.message.item;
  return adapter;
}

function countOf(): ThreadCount {
  return { items: 0, customerItems: 0, work: { scanned: 0, slices: 0 } };
}

/** Wrap a reader so it never throws. */
export function safeRead(read: (doc: Document, url: URL) => Ticket | null): (doc: Document, url: URL) => Ticket | null {
  return (doc, url) => {
    try {
      return read(doc, url);
    } catch {
      return null;
    }
  };
}

/** Wrap a reading in steps so it never throws: one that fails reads as no ticket, as safeRead's does. */
function safeSteps(read: (doc: Document, url: URL) => Steps<Ticket | null>): (doc: Document, url: URL) => Steps<Ticket | null> {
  return function* (doc, url) {
    try {
      return yield* read(doc, url);
    } catch {
      return null;
    }
  };
}

/** True while the adapter's thread is still loading (any `pending` selector matches): wait, then read. */
export function isPending(doc: Document, adapter: Pick<DeskAdapter, 'pending' | 'thread'>): boolean {
  return markedOutsideThread(doc, adapter.pending, adapter.thread);
}

/** Whether the desk's reply editor is set to write an internal note (the adapter's `noteMode` selectors). */
export function isWritingNote(doc: Document, adapter: Pick<DeskAdapter, 'noteMode' | 'thread'>): boolean {
  return markedOutsideThread(doc, adapter.noteMode, adapter.thread);
}

/**
 * Whether any of `markers` matches outside the thread's entries. A customer's HTML mail with the desk's note, loading
 * or "load more" classes in it must not stop the reply coach or the reading, or say older messages were folded (a
 * helper's look, 2026-12-02).
 */
function markedOutsideThread(root: ParentNode, markers: readonly string[] | undefined, thread: readonly string[] | undefined): boolean {
  if (!markers) return false;
  // Every match: a cap would let copies planted in a message ahead of the desk's own hide it (querySelectorAll has
  // found them all anyway).
  return markers.some((selector) => queryAll(root, selector).some((el) => !inThreadEntry(el, thread)));
}

/** The first capture of `pattern` in the URL's path + query + hash, or null. */
export function idFromUrl(url: URL, pattern: RegExp): string | null {
  const match = pattern.exec(`${url.pathname}${url.search}${url.hash}`);
  return match?.[1] ?? null;
}

/** The first run of digits (optionally letters-dash-digits, e.g. "SUP-12") in a text, or null. */
export function idFromText(text: string): string | null {
  const match = /\b([A-Z][A-Z0-9]+-\d+)\b/.exec(text) ?? /#?\s*(\d+)/.exec(text);
  return match?.[1] ?? null;
}
