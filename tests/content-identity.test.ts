// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://forum.example.org/t/42" }
// A page read with no ticket id (the generic reader here; the agent's own selectors too) is one ticket by its subject
// and the opening of its first message as the page shows it: history the page shows or folds under that message does
// not make it another ticket, whose Not relevant and Helpful choices would be lost (a review, 2026-12-05).
import { afterEach, expect, it, vi } from 'vitest';
import { start, type ContentContext } from '../content/main';
import type { TabView } from '../src/messages';

const fake = vi.hoisted(() => ({ views: [] as TabView[], ranked: [] as unknown[] }));
vi.mock('../src/browser', async () => (await import('./support/fake-rank-background')).browserModule(fake));

let context: ContentContext | null = null;
afterEach(() => {
  context?.stop();
  context = null;
  document.body.innerHTML = '';
});

it('keeps the identity of a ticket with no id when the page shows the history under its first message', async () => {
  document.body.innerHTML = '<main><h1>Gift return</h1><article><p>How do I return a gift without the receipt? The box was never opened.</p></article></main>';
  context = start(window, { yieldToPage: async () => undefined });
  await vi.waitFor(() => expect(fake.views.at(-1)?.ticket?.subject).toBe('Gift return'), { timeout: 10_000 });
  const before = fake.views.at(-1)!.ticket!.identity;
  const ranked = fake.ranked.length;
  const history = document.createElement('div');
  history.innerHTML = '<p>On Mon, 5 Jan 2026 at 10:00, Acme Support &lt;help@acme.example&gt; wrote:</p><p>&gt; Thanks for getting in touch, a colleague will answer you soon.</p>';
  document.querySelector('article')!.append(history);
  // Read again (the page's text changed), ranked again, and still the same ticket. Waited for as long as a loaded
  // machine needs (a fresh-clone CI run beside another timed out at the default second).
  await vi.waitFor(() => expect(fake.ranked.length).toBeGreaterThan(ranked), { timeout: 10_000 });
  await vi.waitFor(() => expect(fake.views.at(-1)!.ticket!.text.messages[0]).toContain('How do I return a gift'), { timeout: 10_000 });
  expect(fake.views.at(-1)!.ticket!.identity).toBe(before);
});
