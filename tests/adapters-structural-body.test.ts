// Desks read by structure (Dixa, HubSpot, Freshservice: nothing public shows their threads' markup) take an entry's
// body to be its largest block of text and its header the rest. A chat-length message ("Any update?") is shorter than
// its header ("Sofie Jensen · 11:02 · Chat"), and a screenshot has no text at all: the header must not be read as the
// message then, nor the message as the header (whose sender decides whose entry it is). Each case starts from the
// desk's fixture and changes only the text inside one entry's body.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findAdapter } from '../src/adapters/index';
import { readClean } from './support/read-clean';

function read(file: string, url: string, change: (doc: Document) => void) {
  const dom = new JSDOM(readFileSync(path.join(__dirname, 'fixtures', file), 'utf8'), { url });
  const doc = dom.window.document;
  change(doc);
  const adapter = findAdapter(doc, url);
  const ticket = readClean(adapter, doc, new URL(url));
  dom.window.close();
  return { desk: adapter.id, ticket };
}

/** Replaces the body (the entry's second child, after its header line) of the nth article. */
const setBody = (n: number, html: string) => (doc: Document) => {
  doc.querySelectorAll('article')[n]!.children[1]!.innerHTML = html;
};

const DIXA = ['dixa/conversation-missing-refund.html', 'https://nordicgear.dixa.com/conversation/48213'] as const;
const HUBSPOT = ['hubspot/inbox-discount-code.html', 'https://app.hubspot.com/help-desk/4812345/view/1234/ticket/98211/thread'] as const;
const FRESHSERVICE = ['freshservice/ticket-laptop-docking.html', 'https://acme-it.freshservice.com/a/tickets/3107'] as const;

describe('structural threads: a body shorter than its header', () => {
  it.each([
    ['Dixa', DIXA, 3],
    ['HubSpot', HUBSPOT, 3],
    ['Freshservice', FRESHSERVICE, 3],
  ] as const)('%s reads the customer’s short newest message, not its header', (_name, [file, url], n) => {
    const { ticket } = read(file, url, setBody(n, '<p>Any update?</p>'));
    const texts = ticket!.messages.map((m) => m.text);
    expect(ticket!.generic).toBeUndefined();
    expect(texts.at(-1)).toBe('Any update?');
    expect(texts.join('\n')).not.toMatch(/·|replied|Email/);
  });

  it.each([
    ['Dixa', DIXA],
    ['Freshservice', FRESHSERVICE],
  ] as const)('%s reads a short first message as the message, and the customer’s later ones still', (_name, [file, url]) => {
    const { ticket } = read(file, url, setBody(0, '<p>Refund?</p>'));
    const texts = ticket!.messages.map((m) => m.text);
    expect(ticket!.generic).toBeUndefined();
    expect(texts[0]).toBe('Refund?');
    expect(texts).toHaveLength(2);
    expect(texts.join('\n')).not.toMatch(/·|reported via|Mads|Rui/);
  });

  it('Dixa reads a conversation that opens with a screenshot only from the customer’s later message, not agents’ replies and notes', () => {
    const { desk, ticket } = read(...DIXA, setBody(0, '<p><img src="receipt.png" alt=""></p>'));
    expect(desk).toBe('dixa');
    expect(ticket!.generic).toBeUndefined();
    expect(ticket!.messages.map((m) => m.text)).toEqual(['It is now two days later and the money is still not in my account. This is the second time I ask. I want a date, not another promise.']);
  });

  it('Dixa keeps a body of plain lines as the body beside a short paragraph (a "Seen" mark), not the paragraph', () => {
    const { ticket } = read(...DIXA, (doc) => {
      const entry = doc.querySelectorAll('article')[3]!;
      entry.children[1]!.innerHTML = 'The parcel is still not here.<br>Where is it?';
      entry.insertAdjacentHTML('beforeend', '<div><p>Seen</p></div>');
    });
    expect(ticket!.messages.at(-1)!.text).toBe('The parcel is still not here.\nWhere is it?');
    // One line, with what headers carry too ("ago", a time): still the customer's sentence.
    for (const body of ['I sent it back three weeks ago and still no refund.', 'I can talk tomorrow at 10:30 if that helps.']) {
      const one = read(...DIXA, (doc) => {
        const entry = doc.querySelectorAll('article')[3]!;
        entry.children[1]!.innerHTML = body;
        entry.insertAdjacentHTML('beforeend', '<div><p>Seen</p></div>');
      });
      expect(one.ticket!.messages.at(-1)!.text).toBe(body);
    }
  });

  it('keeps the fixtures’ own readings (header first, body first with a footer, a chat bubble)', () => {
    const pages: [string, string, string][] = [
      [...DIXA, 'I returned the hiking backpack'],
      [...HUBSPOT, 'I signed up for your newsletter'],
      [...FRESHSERVICE, 'since Monday my Dell docking station'],
      ['hubspot/ticket-record-panel.html', 'https://app.hubspot.com/contacts/4812345/record/0-5/55102', 'invoice INV-20931 shows our old VAT number'],
      ['hubspot/inbox-chat-live-messages.html', 'https://app.hubspot.com/live-messages/4812345/inbox/7310022', 'My yoga mat order'],
    ];
    for (const [file, url, first] of pages) {
      const { ticket } = read(file, url, () => undefined);
      expect(ticket!.messages[0]!.text, file).toContain(first);
    }
  });
});
