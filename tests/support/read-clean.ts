// A desk page read as the extension shows it: the adapter reads the page (in the tab), then the messages are cleaned
// (in the background, by the same function).
import { cleanTicket } from '../../src/adapters/clean/clean-ticket';
import type { DeskAdapter, Ticket } from '../../src/adapters/types';

export function readClean(adapter: DeskAdapter, doc: Document, url: URL): Ticket | null {
  const read = adapter.read(doc, url);
  return read && cleanTicket(read);
}
