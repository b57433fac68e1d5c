// A desk page read as the extension shows it: the adapter reads the page (in the tab), the background cleans the
// messages (cleanTexts), and the tab puts what they were cleaned to back on the ticket (withCleanedTexts).
import { cleanTexts } from '../../src/adapters/clean/clean-ticket';
import { withCleanedTexts } from '../../src/adapters/clean/cleaned-texts';
import type { DeskAdapter, Ticket } from '../../src/adapters/types';

export function readClean(adapter: DeskAdapter, doc: Document, url: URL): Ticket | null {
  const read = adapter.read(doc, url);
  return read && withCleanedTexts(read, cleanTexts(read.subject, read.messages.map((m) => m.text)));
}
