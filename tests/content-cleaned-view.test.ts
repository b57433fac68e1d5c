// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://app.intercom.com/a/inbox/abc/inbox/shared/all/conversation/311" }
// The desk's page reads each customer message as it shows it, quoted history and all; the background cleans it (the
// rules stay out of the content script every desk page carries) and ranks the cleaned text. What the tab shows (the
// panel's text, the message count on extra-mile-sidebar) is the cleaned reading the background sent back.
import { afterEach, expect, it, vi } from 'vitest';
import { start, type ContentContext } from '../content/main';
import type { TabView } from '../src/messages';

const fake = vi.hoisted(() => ({ views: [] as TabView[], ranked: [] as unknown[] }));
vi.mock('../src/browser', async () => (await import('./support/fake-rank-background')).browserModule(fake));

const QUOTE = '<p>On Mon, 3 Mar 2025 at 09:12, Acme Support &lt;help@acme.example&gt; wrote:</p><p>&gt; Your refund of £40 has been processed.</p>';
const part = (html: string) => `<div data-intercom-target="conversation-stream-content-part"><div class="intercom-interblocks-html">${html}</div></div>`;
const page = (subject: string, ...parts: string[]) => `<main><div data-inbox-conversation-header-title><span>${subject}</span></div>${parts.map(part).join('')}</main>`;

let context: ContentContext | null = null;
afterEach(() => {
  context?.stop();
  context = null;
  fake.views.length = 0;
  fake.ranked.length = 0;
  document.body.innerHTML = '';
});

it('sends the messages as the page shows them and shows what the background cleaned them to', async () => {
  document.body.innerHTML = page('Parcel 311', QUOTE, `<p>Where is my parcel? It was due on Monday.</p>${QUOTE}`);
  context = start(window, { yieldToPage: async () => undefined });
  await vi.waitFor(() => expect(fake.views.at(-1)?.state).toBe('empty'));
  const sent = fake.ranked.at(-1) as { messages: string[] };
  expect(sent.messages).toHaveLength(2);
  expect(sent.messages.every((m) => m.includes('Your refund of £40'))).toBe(true);
  const shown = fake.views.at(-1)!.ticket!;
  expect(shown.text.messages).toEqual(['Where is my parcel? It was due on Monday.']);
  expect(shown.customerMessages).toBe(1);
  await vi.waitFor(() => expect(document.querySelector('extra-mile-sidebar')?.getAttribute('data-messages')).toBe('1'));
});

it('shows no ticket where nothing of the customer is left once cleaned and the page names no subject', async () => {
  document.body.innerHTML = page('', QUOTE);
  context = start(window, { yieldToPage: async () => undefined });
  await vi.waitFor(() => expect(fake.ranked).toHaveLength(1));
  await vi.waitFor(() => expect(fake.views.at(-1)?.state).toBe('no-ticket'));
  expect(fake.views.at(-1)?.ticket).toBeUndefined();
});

it("shows no ticket where a drifted desk's pane holds nothing of the customer's once cleaned", async () => {
  // No conversation part the adapter knows: read generically (drift), and the pane is quoted mail alone.
  document.body.innerHTML = `<main>${QUOTE}<p>&gt; It should reach your account within five working days.</p></main>`;
  context = start(window, { yieldToPage: async () => undefined });
  await vi.waitFor(() => expect(fake.ranked).toHaveLength(1));
  await vi.waitFor(() => expect(fake.views.at(-1)?.state).toBe('no-ticket'));
});
