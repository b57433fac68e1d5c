// What an adapter is: one help desk, declared mostly as selectors. The content script asks the registry which
// adapter fits the page, then calls read(document) whenever the page changes.

/** One customer message as read from the page, already cleaned of quoted history, signatures and footers. */
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
  /** Selectors for the reply editor, newest DOM first; the sidebar inserts phrases there. */
  editor: string[];
  /** Selectors whose presence means the thread is still loading (wait, do not read yet). */
  pending?: string[];
  /** Reads the active ticket, or null when there is none on this page. Never throws. */
  read: (doc: Document, url: URL) => Ticket | null;
}
