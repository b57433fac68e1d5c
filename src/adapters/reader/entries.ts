// A thread read by structure, for desks where nothing public names the parts of the thread: its entries are the
// first of `[role="article"]`, `article`, `[role="listitem"]` that the page has, each entry's body its block of
// paragraphs, else its largest block of text (structure.ts). The desk says which entries are the customer's; where
// nothing marks them, the customer is whoever sent the thread's first entry.
import type { MessageSpec } from './messages';
import { largestBlock } from './structure';

const STRUCTURAL_ENTRIES: readonly string[] = ['[role="article"]', 'article', '[role="listitem"]'];

/** The thread's entries by structure, under the adapter's scope. */
export function structuralThread(customerRule: NonNullable<MessageSpec['customerRule']>): MessageSpec {
  return {
    item: STRUCTURAL_ENTRIES,
    body: [],
    bodyOf: largestBlock,
    customerRule,
    time: ['time[datetime]'],
  };
}

/**
 * The customer is whoever sent `first` (the thread's first entry: an inbound conversation starts with them), and so
 * is every entry from the same sender. For desks and mailboxes that do not mark their customers; the first sender is
 * read once per thread. No first entry, or no sender on it, and no entry is the customer's.
 */
export function sentByFirstSender(first: Element | undefined, senderOf: (item: Element) => string): (item: Element) => boolean {
  const customer = first ? senderOf(first) : '';
  return (item) => customer !== '' && senderOf(item) === customer;
}
