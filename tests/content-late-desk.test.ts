// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://zammad.example.org/#ticket/zoom/412" }
// A self-hosted single-page desk draws its ticket view after the content script started: the script begins with
// the generic reader and must switch to the desk's adapter once the desk's signature appears, or it would read
// agent replies and internal notes as the customer's.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { start, type ContentContext } from '../content/main';
import { BUILTIN_CHECKS } from '../src/coach/index';
import { VOCABULARY } from '../src/coach/vocabulary';
import { BUILTIN_LESSONS } from '../src/lessons/index';
import type { ContentContextReply } from '../src/messages';
import { DEFAULT_PREFERENCES } from '../src/settings';

const reply: ContentContextReply = { enabled: true, revision: 'library-1', library: { lessons: [...BUILTIN_LESSONS], checks: [...BUILTIN_CHECKS], vocabulary: VOCABULARY }, preferences: { ...DEFAULT_PREFERENCES } };
const asked = vi.hoisted(() => ({ desks: [] as string[] }));
vi.mock('../src/browser', () => ({
  default: {
    runtime: {
      id: 'fake-extension-id',
      sendMessage: async (message: { type: string; desk?: string; ticket?: unknown }) => {
        if (message.type === 'extra-mile:rank') {
          // The background's answer, as the real one computes it: the messages cleaned, then ranked.
          const { analyse } = await import('../src/engine/index');
          const { ENGINE } = await import('./support/engine');
          const { rankReply } = await import('./support/rank-reply');
          const cleaned = rankReply(message.ticket, { suggestions: [] }).cleaned;
          const ticket = message.ticket as { subject?: string };
          return rankReply(message.ticket, analyse({ ...ticket, messages: cleaned.messages.filter(Boolean) }, ENGINE));
        }
        if (message.type !== 'extra-mile:get-context') return true;
        asked.desks.push(message.desk ?? '');
        return structuredClone(reply);
      },
      onMessage: { addListener: () => undefined, removeListener: () => undefined },
    },
  },
  extensionAlive: () => true,
}));

let context: ContentContext | null = null;
afterEach(() => context?.stop());

it('switches from the generic reader to Zammad when Zammad draws its ticket after start', async () => {
  document.body.innerHTML = '<div id="app"><p>Loading…</p></div>';
  context = start(window, { sliceMs: 1000, yieldToPage: async () => undefined });
  await vi.waitFor(() => expect(asked.desks).toEqual(['generic']));

  const fixture = readFileSync(resolve(__dirname, 'fixtures/zammad/ticket-warranty-claim.html'), 'utf8');
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i.exec(fixture)?.[1] ?? fixture;
  await vi.waitFor(() => expect(document.querySelector('extra-mile-sidebar')?.getAttribute('data-desk')).toBe('Zammad'), { timeout: 3000 });
  expect(asked.desks).toContain('zammad');
});
