// When the content script shows a reading again (content/reading-key.ts): when anything the panel shows of it changed,
// and only then.
import { describe, expect, it } from 'vitest';
import { readingKey } from '../content/reading-key';
import type { Ticket } from '../src/adapters/types';

const diagnostics = { desk: 'freshdesk', label: 'Freshdesk', version: '1', selectors: [], items: 3, customerItems: 0 };
const ticket: Ticket = { desk: 'freshdesk', id: '20977', subject: 'Desk motor clicks', messages: [], olderHidden: true, fallback: { reason: 'no-customer-message', diagnostics } };

describe('the reading key', () => {
  it('is the same for the same reading', () => {
    expect(readingKey(structuredClone(ticket))).toBe(readingKey(ticket));
  });

  it.each<[string, Ticket]>([
    ['the folded-history note goes', { ...ticket, olderHidden: undefined }],
    ['the reason changes', { ...ticket, fallback: { reason: 'no-thread-here', diagnostics } }],
    ['"load more" adds agents\u2019 entries (the counts Copy diagnostics gives)', { ...ticket, fallback: { reason: 'no-customer-message', diagnostics: { ...diagnostics, items: 9 } } }],
    ['the desk draws the customer\u2019s name later ([name] is read from it)', { ...ticket, fallback: undefined, messages: [{ text: 'Hello', author: 'Sven Olsen' }] }],
  ])('changes when %s', (_, changed) => {
    const before = changed.messages.length ? { ...changed, messages: [{ text: 'Hello' }] } : ticket;
    expect(readingKey(changed)).not.toBe(readingKey(before));
  });
});
