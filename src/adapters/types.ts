// What an adapter is: one help desk, declared mostly as selectors. The content script asks the registry which
// adapter fits the page, then calls read(document) whenever the page changes.

/**
 * One customer message. As an adapter reads it from the page, its text is the page's, quoted history, signature and
 * footers and all; the background cleans it to the customer's own words (clean/clean-ticket.ts) before ranking, and
 * the tab shows what it was cleaned to.
 */
export interface TicketMessage {
  text: string;
  author?: string;
}

/** The open ticket as an adapter reads it. */
export interface Ticket {
  /** The adapter that read it (its id). */
  desk: string;
  /** The desk's own ticket id or number, when the page shows one. */
  id: string | null;
  subject: string;
  /** Customer messages only, oldest first; the newest is last. */
  messages: TicketMessage[];
  /** True when read by the generic fallback (selected text or the page's main prose). */
  generic?: boolean;
  /**
   * Set when the adapter recognised its desk but its selectors found no customer message: where they found no thread
   * (the desk changed its layout) the messages were read by the generic reader instead (`generic`); this says why and
   * what matched.
   */
  fallback?: Fallback;
  /**
   * Older messages were not read: the desk folds them behind a control (a "load more" button) that Extra Mile does not
   * press, or the thread is longer than a ticket holds (MAX_RAW_TICKET_CHARS as the page shows it, MAX_TICKET_CHARS
   * cleaned; newest kept). The side panel says so.
   */
  olderHidden?: boolean;
}

/** Why a desk adapter handed its page to the generic reader. */
export type DriftReason =
  /** None of the adapter's containers for the open ticket is on the page at all. */
  | 'no-scope'
  /** No thread entry matched the adapter's item selectors. */
  | 'no-thread'
  /** Entries matched, but none was the customer's: an agent-only thread, or author markers changed. Not read
   * generically (agents' replies and notes are not the customer's words): the ticket holds its subject alone. */
  | 'no-customer-message'
  /** A page of the ticket that shows no thread by design (Request Tracker's Basics, history behind a click): its
   * subject alone is read. Not drift: the panel says where the messages are and offers no diagnostics. */
  | 'no-thread-here';

export interface Fallback {
  reason: DriftReason;
  diagnostics: Diagnostics;
}

/** One selector an adapter uses, and how many elements it matched where the adapter looked. */
export interface SelectorCount {
  role: 'scope' | 'subject' | 'item' | 'body' | 'author' | 'contact' | 'editor' | 'pending';
  selector: string;
  count: number;
}

/**
 * What to paste into a bug report when a desk reader stopped working: the desk, the extension's version, each
 * selector with its match count, and how many thread entries and customer entries were found. Never ticket text,
 * never the page's address.
 */
export interface Diagnostics {
  desk: string;
  label: string;
  version: string;
  selectors: SelectorCount[];
  items: number;
  customerItems: number;
}

export interface DeskAdapter {
  /** kebab-case, equal to the adapter's file name. */
  id: string;
  /** The desk's name as agents know it. */
  label: string;
  /** Hosted desks: WebExtension match patterns the content script is registered for. */
  matches?: string[];
  /** Self-hosted desks: true when the page carries this desk's own signature. Must not throw. */
  detect?: (doc: Document) => boolean;
  /** Selectors for the reply editor, newest DOM first; the side panel's Insert puts phrases there. */
  editor: string[];
  /** Selectors whose presence means the thread is still loading (wait, do not read yet). */
  pending?: string[];
  /** Selectors whose presence means the reply editor is writing an internal note to colleagues, not a reply to the
   * customer (a desk with one editor for both): the reply coach does not check a note. */
  noteMode?: string[];
  /** Selectors of the thread's entries: a `pending` or `noteMode` marker inside one is markup in a customer's message
   * (an HTML email can carry any class), not the desk's own, and is not counted. */
  thread?: readonly string[];
  /** Reads the active ticket, or null when there is none on this page. Never throws. */
  read: (doc: Document, url: URL) => Ticket | null;
  /**
   * The same reading, pausing between the thread's entries (a generator: adapters/reader/steps.ts), so the content
   * script can let the page run between them on a long thread. Never throws. Without it, `read` is used.
   */
  readInSteps?: (doc: Document, url: URL) => Generator<void, Ticket | null, void>;
  /** What the adapter's selectors match on this page, for "Copy diagnostics". Never throws, never ticket text. */
  diagnose?: (doc: Document, url: URL) => Diagnostics;
}
