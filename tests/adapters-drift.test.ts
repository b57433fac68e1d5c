// Drift is noticed, not silent (issue 11): when a desk's layout changes under an adapter that still recognises the
// desk, and it reads no customer message, the page is read by the generic reader, under the desk's name, with the
// reason and diagnostics (selectors and their match counts, desk, version; never ticket text) attached.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { adapters } from '../src/adapters/index';
import type { DeskAdapter } from '../src/adapters/types';
import { DESK_FIXTURES as PAGES, loadDeskFixture as load } from './support/desk-fixtures';

const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../package.json'), 'utf8')) as { version: string };

const byId = (id: string) => adapters.find((a) => a.id === id)!;

/** The adapter's thread-entry selectors, as its diagnostics list them. */
const itemSelectors = (adapter: DeskAdapter, doc: Document, url: URL) =>
  adapter.diagnose!(doc, url).selectors.filter((s) => s.role === 'item').map((s) => s.selector);

/** What a redesign does to the main selector: the entries stay on the page as plain <div>s, text and all. */
function unwrap(doc: Document, selectors: string[]) {
  for (const selector of selectors) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const plain = doc.createElement('div');
      plain.append(...Array.from(el.childNodes));
      el.replaceWith(plain);
    }
  }
}

const deskIds = adapters.filter((a) => a.id !== 'generic').map((a) => a.id);

describe('every desk adapter', () => {
  it('has a drift page here', () => {
    expect(Object.keys(PAGES).sort()).toEqual([...deskIds].sort());
  });

  it.each(deskIds)('%s: without its main selector, reads by the generic reader and says why', (id) => {
    const adapter = byId(id);
    const { doc, url } = load(id);
    const before = adapter.read(doc, url)!;
    expect(before.fallback).toBeUndefined();
    const items = itemSelectors(adapter, doc, url);
    expect(adapter.diagnose!(doc, url).items).toBeGreaterThan(0);

    unwrap(doc, items);
    const ticket = adapter.read(doc, url);
    expect(ticket, 'a fallback reading, not a blank').not.toBeNull();
    expect(ticket!.desk).toBe(id);
    expect(ticket!.generic).toBe(true);
    expect(ticket!.fallback?.reason).toBe('no-thread');
    expect(ticket!.messages.length).toBeGreaterThan(0);
    // The customer's words are still read (now with whatever else the page shows).
    const newest = before.messages[before.messages.length - 1]!.text.slice(0, 40);
    expect(ticket!.messages.map((m) => m.text).join('\n')).toContain(newest);

    const diagnostics = ticket!.fallback!.diagnostics;
    expect(diagnostics).toMatchObject({ desk: id, label: adapter.label, version: pkg.version, items: 0, customerItems: 0 });
    expect(diagnostics.selectors.filter((s) => s.role === 'item').every((s) => s.count === 0)).toBe(true);
    expect(diagnostics.selectors.some((s) => s.role === 'subject')).toBe(true);
    // Never ticket text: no customer sentence, no subject, no address.
    const json = JSON.stringify(diagnostics);
    for (const message of before.messages) expect(json).not.toContain(message.text.slice(0, 30));
    if (before.subject) expect(json).not.toContain(before.subject);
    expect(json).not.toContain(url.hostname);
  });
});

/** Three desks' customer entries in their fixtures, the body inside each, and words of an agent's reply beside them. */
const CUSTOMER_ENTRIES = [
  ['zendesk', '[data-test-id="omni-log-item-message"][type="end-user"]', '[data-test-id="omni-log-message-content"]', 'asked our returns team'],
  ['osticket', '#ticket_thread .thread-entry.message', '.thread-body', 'on its way to you today'],
  ['freescout', '#conv-layout-main .thread.thread-type-customer', '.thread-content', 'Go to'],
] as const;

/** Intercom's thread with every part a teammate's: what a changed author marker, or an agent-only thread, reads as. */
function markEveryPartATeammate(doc: Document): void {
  for (const part of Array.from(doc.querySelectorAll('[data-intercom-target="conversation-stream-content-part"]'))) {
    if (!part.querySelector('[data-testid="admin-avatar-name"]')) part.insertAdjacentHTML('afterbegin', '<span data-testid="admin-avatar-name">Dmitri Volkov</span>');
  }
}

describe('drift reasons', () => {
  it('reads only agent text: Intercom parts that all carry a teammate marker say no-customer-message, and read none of it', () => {
    const adapter = byId('intercom');
    const { doc, url } = load('intercom');
    const before = adapter.read(doc, url)!;
    markEveryPartATeammate(doc);
    const ticket = adapter.read(doc, url);
    expect(ticket?.fallback?.reason).toBe('no-customer-message');
    expect(ticket?.fallback?.diagnostics.items).toBe(6);
    expect(ticket?.fallback?.diagnostics.customerItems).toBe(0);
    // The agents' words are not the customer's: only the subject is read, under the desk's own name.
    expect(ticket?.messages).toEqual([]);
    expect(ticket?.generic).toBeUndefined();
    expect(ticket?.subject).toBe(before.subject);
  });

  // No subject either (an Intercom conversation with no title): still said, with the diagnostics, for a bug report.
  it('intercom: a thread with no customer entry and no title still says so', () => {
    const adapter = byId('intercom');
    const { doc, url } = load('intercom');
    markEveryPartATeammate(doc);
    const diagnostics = adapter.diagnose!(doc, url);
    const subjects = diagnostics.selectors.filter((s) => s.role === 'subject' && s.count > 0).map((s) => s.selector);
    for (const selector of subjects) for (const el of Array.from(doc.querySelectorAll(selector))) el.remove();
    const ticket = adapter.read(doc, url);
    expect(ticket?.subject).toBe('');
    expect(ticket?.fallback?.reason).toBe('no-customer-message');
    expect(ticket?.messages).toEqual([]);
  });

  // An agent-only thread (an outbound ticket, a customer's message not yet in): the generic reader read the agent's
  // reply and the internal note as "2 customer messages" and ranked lessons on them (a tester, 2026-12-02).
  it.each(CUSTOMER_ENTRIES)('%s: a thread with no customer entry reads the subject alone, never the agents’ text', (id, customerEntries, _body, agentText) => {
    const adapter = byId(id);
    const { doc, url } = load(id);
    const before = adapter.read(doc, url)!;
    const entries = Array.from(doc.querySelectorAll(customerEntries));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) entry.remove();
    expect(doc.body.textContent).toContain(agentText);
    const ticket = adapter.read(doc, url);
    expect(ticket?.fallback?.reason).toBe('no-customer-message');
    expect(ticket?.messages).toEqual([]);
    expect(ticket?.generic).toBeUndefined();
    expect(ticket?.subject).toBe(before.subject);
  });

  // A desk drawing its next ticket ("Loading conversation…") or showing its error page at a ticket's address: too
  // little text to be a customer's, so no ticket, not a ticket of the page's chrome under a stale title.
  it.each([
    ['Loading conversation…'],
    ['Internal error. Please try again later.'],
    ['no'],
  ])('zendesk: a ticket page that shows only "%s" reads no ticket', (text) => {
    const url = new URL('https://acme.zendesk.com/agent/tickets/5512');
    const doc = new JSDOM(`<!doctype html><title>#5511 Charged twice - Zendesk</title><body><main><p>${text}</p></main></body>`, { url: url.href }).window.document;
    expect(byId('zendesk').read(doc, url)).toBeNull();
  });

  // A customer who sent only a screenshot or an attachment: the desk's markers found the customer's entries, they just
  // hold no text. That is not a changed layout, and the generic reader would read the agents' replies and internal
  // notes as the customer's words (it did: Zendesk's reply and note, "layout not recognised").
  it.each(CUSTOMER_ENTRIES)('%s: customer entries that are an image only are read as no message, not as drift', (id, customerEntries, body, agentText) => {
    const bodies = `${customerEntries} ${body}`;
    const adapter = byId(id);
    const { doc, url } = load(id);
    const before = adapter.read(doc, url)!;
    expect(before.messages.length).toBeGreaterThan(0);
    expect(doc.body.textContent).toContain(agentText);
    const emptied = Array.from(doc.querySelectorAll(bodies));
    expect(emptied.length).toBeGreaterThan(0);
    for (const body of emptied) body.innerHTML = '<p><img src="screenshot.png" alt=""></p>';
    const ticket = adapter.read(doc, url);
    expect(ticket?.fallback).toBeUndefined();
    expect(ticket?.generic).toBeUndefined();
    expect(ticket?.desk).toBe(id);
    expect(ticket?.subject).toBe(before.subject);
    expect(ticket?.messages).toEqual([]);
  });

  it('the ticket pane is gone: Freshdesk without #ticket-details falls back as no-scope', () => {
    const adapter = byId('freshdesk');
    const { doc, url } = load('freshdesk');
    doc.getElementById('ticket-details')!.removeAttribute('id');
    const ticket = adapter.read(doc, url);
    expect(ticket?.fallback?.reason).toBe('no-scope');
    expect(ticket?.messages.map((m) => m.text).join('\n')).toContain('How do I reset two-factor authentication');
  });

  it('is not drift on a desk page that shows no ticket (an inbox list): no ticket, no fallback', () => {
    const adapter = byId('gmail');
    const { doc } = load('gmail');
    unwrap(doc, itemSelectors(adapter, doc, new URL('https://mail.google.com/mail/u/0/#inbox')));
    doc.querySelector('h2.hP')?.remove();
    expect(adapter.read(doc, new URL('https://mail.google.com/mail/u/0/#inbox'))).toBeNull();
  });
});

describe('a desk in two layouts', () => {
  it('Zammad’s desktop view without its article bubbles falls back as no-thread, with the desktop view’s selectors', () => {
    const adapter = byId('zammad');
    const url = 'https://support.example.org/desktop/tickets/418';
    const doc = new JSDOM(readFileSync(path.join(__dirname, 'fixtures/zammad/desktop-view-grinder-descaling.html'), 'utf8'), { url }).window.document;
    const items = itemSelectors(adapter, doc, new URL(url));
    expect(items.join(' ')).toContain('article-bubble-container-');
    unwrap(doc, items);
    const ticket = adapter.read(doc, new URL(url));
    expect(ticket?.fallback?.reason).toBe('no-thread');
    expect(ticket?.subject).toBe('Grinder stopped working after descaling');
    expect(ticket?.messages.map((m) => m.text).join('\n')).toContain('I held the button for ten seconds three times.');
  });
});

describe('markup in a customer message', () => {
  // A loading marker inside a thread entry is the customer's HTML (as isPending reads it): it must not stop a changed
  // layout from being noticed either.
  it("a Zammad feed marked busy inside an entry does not hide drift: no customer entries still fall back", () => {
    const adapter = byId('zammad');
    const url = 'https://support.example.org/desktop/tickets/418';
    const doc = new JSDOM(readFileSync(path.join(__dirname, 'fixtures/zammad/desktop-view-grinder-descaling.html'), 'utf8'), { url }).window.document;
    const entries = itemSelectors(adapter, doc, new URL(url)).flatMap((selector) => Array.from(doc.querySelectorAll(selector)));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) entry.classList.add('bg-stripes'); // every entry an internal note: no customer's
    entries[0]!.insertAdjacentHTML('beforeend', '<section role="feed" aria-busy="true"></section>');
    expect(adapter.read(doc, new URL(url))?.fallback?.reason).toBe('no-customer-message');
  });
});

describe('a desk page still drawing its ticket', () => {
  it('reads no ticket (not the page title) while the desk has drawn nothing yet', () => {
    const url = new URL('https://acme.zendesk.com/agent/tickets/5512');
    const doc = new JSDOM('<!doctype html><title>Zendesk</title><body><div id="app"></div><template><p>later</p></template></body>', { url: url.href }).window.document;
    expect(byId('zendesk').read(doc, url)).toBeNull();
  });
});
