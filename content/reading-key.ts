// When the content script shows a reading again (content/ticket-watcher.ts): only when something the panel shows changed.
import type { Ticket } from '../src/adapters/types';

/**
 * What, changed, makes a reading worth showing again: the ticket's words and who wrote them (a desk may draw the name
 * later: [name] is read from it), and what the panel says of them (older messages folded away, no customer message
 * found, and the counts Copy diagnostics gives), which a desk's "load more" changes with no new customer words.
 */
export function readingKey(read: Ticket): string {
  const { fallback } = read;
  const counted = fallback ? [fallback.reason, fallback.diagnostics.items, fallback.diagnostics.customerItems] : null;
  return JSON.stringify([read.desk, read.id, read.subject, read.messages.map((m) => [m.text, m.author ?? null]), !!read.olderHidden, counted]);
}
