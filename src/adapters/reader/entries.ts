// A thread read by structure, for desks where nothing public names the parts of the thread: its entries are the
// first of `[role="article"]`, `article`, `[role="listitem"]` that the page has, each entry's body its largest block
// of text (structure.ts). The desk says which entries are the customer's.
import type { MessageSpec } from './messages';
import { largestBlock } from './structure';

export const STRUCTURAL_ENTRIES: readonly string[] = ['[role="article"]', 'article', '[role="listitem"]'];

/** The thread's entries by structure, under the adapter's scope. */
export function structuralThread(isCustomer: NonNullable<MessageSpec['isCustomer']>): MessageSpec {
  return {
    item: STRUCTURAL_ENTRIES,
    body: [],
    bodyOf: largestBlock,
    isCustomer,
    time: ['time[datetime]'],
  };
}
