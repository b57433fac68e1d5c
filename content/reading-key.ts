// When the content script shows a reading again (content/ticket-watcher.ts): only when something the panel shows changed.
import type { Ticket } from '../src/adapters/types';

/**
 * What, changed, makes a reading worth showing again: the ticket's words, and what the panel says of them (older
 * messages folded away, no customer message found), which a desk's "load more" changes with no new customer words.
 */
export function readingKey(read: Ticket): string {
  return JSON.stringify([read.desk, read.id, read.subject, read.messages.map((m) => m.text), !!read.olderHidden, read.fallback?.reason ?? null]);
}
