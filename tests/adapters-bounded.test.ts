// Bounded reading (issue 12): a single huge customer message is read in slices, and reading stops at a cap set
// before any whole-text work, so a 20 MB message costs about what a full 20,000-character one does. Counted as
// work (characters looked at, slices taken), never timed; `npm run bench` times the same pages in Chromium.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS } from '../src/adapters/clean';
import { findAdapter } from '../src/adapters/index';
import { DEFAULT_TEXT_CHARS, TEXT_SLICE_CHARS, elementText, readMessages, type TextWork } from '../src/adapters/read';
import { readClean } from './support/read-clean';

const MB = 1024 * 1024;
/** The most a reading that keeps `max` characters may look at: four raw characters per kept one, plus one slice. */
const lookLimit = (max: number) => max * 4 + TEXT_SLICE_CHARS;

function pageWithOneText(text: string, wrap: (node: string) => string = (n) => `<div id="m">${n}</div>`) {
  const doc = new JSDOM(`<!doctype html><body>${wrap('<span id="slot"></span>')}</body>`).window.document;
  // Set as a DOM text node: parsing 20 MB of HTML is not what is measured here.
  doc.getElementById('slot')!.replaceWith(doc.createTextNode(text));
  return doc;
}

describe('reading a single huge text node', () => {
  it.each([1, 5, 20])('looks at a bounded share of a %i MB message, in slices', (size) => {
    const text = 'My order never arrived and nobody answers.   \n  '.repeat(Math.ceil((size * MB) / 48));
    const doc = pageWithOneText(text);
    const work: TextWork = { scanned: 0, slices: 0 };
    const read = elementText(doc.getElementById('m')!, { maxChars: DEFAULT_TEXT_CHARS, work });
    expect(read).toHaveLength(DEFAULT_TEXT_CHARS);
    expect(read.startsWith('My order never arrived and nobody answers. My order')).toBe(true);
    expect(work.scanned).toBeGreaterThanOrEqual(DEFAULT_TEXT_CHARS);
    expect(work.scanned).toBeLessThanOrEqual(lookLimit(DEFAULT_TEXT_CHARS));
    // Slices of at most TEXT_SLICE_CHARS: the node was never collapsed whole.
    expect(work.slices).toBeGreaterThan(1);
    expect(work.slices).toBeLessThanOrEqual(Math.ceil(lookLimit(DEFAULT_TEXT_CHARS) / TEXT_SLICE_CHARS) + 1);
  });

  it('stops looking at 20 MB of whitespace once four times the cap was seen, keeping nothing', () => {
    const doc = pageWithOneText(' \n\t'.repeat((20 * MB) / 3));
    const work: TextWork = { scanned: 0, slices: 0 };
    expect(elementText(doc.getElementById('m')!, { maxChars: 1_000, work })).toBe('');
    expect(work.scanned).toBeLessThanOrEqual(lookLimit(1_000));
  });

  it('bounds preformatted text the same way, and keeps a \\r\\n pair together across slices', () => {
    const line = `${'x'.repeat(TEXT_SLICE_CHARS - 1)}\r\n`;
    const doc = pageWithOneText(line.repeat(1_300), (n) => `<pre id="m">${n}</pre>`); // about 20 MB
    const work: TextWork = { scanned: 0, slices: 0 };
    const read = elementText(doc.getElementById('m')!, { maxChars: 3 * TEXT_SLICE_CHARS, work });
    expect(read).toBe(`${'x'.repeat(TEXT_SLICE_CHARS - 1)}\n`.repeat(3));
    expect(work.scanned).toBeLessThanOrEqual(lookLimit(3 * TEXT_SLICE_CHARS));
  });

  it('reads a desk thread whose one customer message is 20 MB: one capped message, bounded work', () => {
    const url = 'https://acme.zendesk.com/agent/tickets/1';
    const doc = pageWithOneText('Please refund me. '.repeat((20 * MB) / 18), (n) =>
      `<main><div data-is-active="true" data-ticket-id="1"><input data-test-id="omni-header-subject" value="Huge"><div data-test-id="omni-log-container">` +
      `<article data-test-id="omni-log-comment-item"><div data-test-id="omni-log-item-message" type="end-user"><div data-test-id="omni-log-message-content">${n}</div></div></article>` +
      `</div></div></main>`,
    );
    const ticket = readClean(findAdapter(doc, url), doc, new URL(url));
    expect(ticket?.messages).toHaveLength(1);
    expect(ticket?.messages[0]?.text.length).toBe(MAX_MESSAGE_CHARS);
    const count = { items: 0, customerItems: 0, work: { scanned: 0, slices: 0 } };
    readMessages(doc, { item: ['article'], body: ['[data-test-id="omni-log-message-content"]'] }, doc, 'oldest-first', count);
    expect(count.items).toBe(1);
    expect(count.work.scanned).toBeLessThanOrEqual(lookLimit(MAX_MESSAGE_CHARS * 4));
  });

  // A tester's 303-message thread read as "87 customer messages" with nothing to say the older ones were left out.
  it('says older messages were not read when a thread is longer than a ticket holds, and not when it fits', () => {
    const url = 'https://acme.zendesk.com/agent/tickets/1';
    const page = (messages: number) =>
      new JSDOM(
        `<main><div data-is-active="true" data-ticket-id="1"><input data-test-id="omni-header-subject" value="Long"><div data-test-id="omni-log-container">` +
          Array.from({ length: messages }, (_, i) => `<article data-test-id="omni-log-comment-item"><div data-test-id="omni-log-item-message" type="end-user"><div data-test-id="omni-log-message-content">Message ${i}: ${'still waiting for the refund. '.repeat(40)}</div></div></article>`).join('') +
          `</div></div></main>`,
        { url },
      ).window.document;
    const long = readClean(findAdapter(page(303), url), page(303), new URL(url))!;
    expect(long.messages.length).toBeLessThan(303);
    expect(long.messages.at(-1)?.text).toMatch(/^Message 302:/);
    expect(long.olderHidden).toBe(true);
    const short = readClean(findAdapter(page(20), url), page(20), new URL(url))!;
    expect(short.messages).toHaveLength(20);
    expect(short.olderHidden).toBeUndefined();
  });

  // A review: the ticket full and only an agent's entry left unread flagged the customer's words as unread, and a
  // message cut short to fit did not.
  it('says so only when something the customer wrote was left out or cut short', () => {
    const url = 'https://acme.zendesk.com/agent/tickets/1';
    const entry = (type: string, text: string) => `<article data-test-id="omni-log-comment-item"><div data-test-id="omni-log-item-message" type="${type}"><div data-test-id="omni-log-message-content">${text}</div></div></article>`;
    const full = 'x'.repeat(MAX_MESSAGE_CHARS + 500); // read as MAX_MESSAGE_CHARS: five fill the ticket exactly
    const read = (subject: string, oldest: string) => {
      const doc = new JSDOM(`<main><div data-is-active="true" data-ticket-id="1"><input data-test-id="omni-header-subject" value="${subject}"><div data-test-id="omni-log-container">${oldest}${Array.from({ length: 5 }, () => entry('end-user', full)).join('')}</div></div></main>`, { url }).window.document;
      return readClean(findAdapter(doc, url), doc, new URL(url))!;
    };
    expect(read('', entry('agent', 'Thanks, we will look into it.')).olderHidden).toBeUndefined();
    expect(read('', entry('end-user', 'My first message.')).olderHidden).toBe(true);
    const cutShort = read('Long', '');
    expect(cutShort.messages).toHaveLength(5);
    expect(cutShort.olderHidden).toBe(true);
  });
});
