// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://acme.zendesk.com/agent/tickets/7001" }
// After the extension is reloaded or removed, the old copy's calls to the background throw at once ("Extension context
// invalidated"), where no .catch sees them. Until its next heartbeat that copy still reacted to the page, and each
// reload left an uncaught error in the desk's console (a review, 490). A call that meets a gone extension now stops
// the copy there.
import { afterEach, expect, it, vi } from 'vitest';
import { start, type ContentContext } from '../content/main';
import type { ContentContextReply } from '../src/messages';
import { DEFAULT_PREFERENCES } from '../src/settings/defaults';
import { rankReply } from './support/rank-reply';

const reply: ContentContextReply = { enabled: true, revision: 'library-1', library: { lessons: [], checks: [], vocabulary: { classes: {}, sets: {} } }, preferences: { ...DEFAULT_PREFERENCES } };
const fake = vi.hoisted(() => ({ gone: false, ranks: 0, thrown: 0 }));
vi.mock('../src/browser', () => ({
  default: {
    runtime: {
      id: 'fake-extension-id',
      sendMessage: (message: { type: string; ticket?: unknown }) => {
        if (fake.gone) {
          fake.thrown++;
          throw new Error('Extension context invalidated.');
        }
        if (message.type === 'extra-mile:get-context') return Promise.resolve(structuredClone(reply));
        if (message.type === 'extra-mile:rank') {
          fake.ranks++;
          return Promise.resolve(rankReply(message.ticket, { suggestions: [] }));
        }
        return Promise.resolve(true);
      },
      onMessage: { addListener: () => undefined, removeListener: () => undefined },
    },
  },
  // Gone for the heartbeat only once a call has met it: a heartbeat that came first (a loaded CI machine, 2026-12-05)
  // stopped the copy before it read the page, and the test could not tell which stopped it.
  extensionAlive: () => !(fake.gone && fake.thrown > 0),
}));

const pane = (subject: string, message: string) => `<div data-ticket-id="7001"><input data-test-id="omni-header-subject" value="${subject}">
  <div data-test-id="omni-log-container"><article data-test-id="omni-log-comment-item"><div data-test-id="omni-log-item-message" type="end-user">
  <div data-test-id="omni-log-message-content"><p>${message}</p></div></div></article></div></div>`;

let context: ContentContext | null = null;
afterEach(() => {
  context?.stop();
  context = null;
  fake.gone = false;
  fake.ranks = 0;
  fake.thrown = 0;
  document.body.innerHTML = '';
});

it('stops at the first call that meets a gone extension, throwing nothing into the page', async () => {
  document.body.innerHTML = pane('Refund', 'Where is my refund?');
  context = start(window, { yieldToPage: async () => undefined });
  await vi.waitFor(() => expect(fake.ranks).toBe(1));
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  window.addEventListener('error', onError);
  fake.gone = true;
  // The desk moves on before the next heartbeat: the old copy reads it and calls the background.
  document.body.innerHTML = pane('Cancel', 'Please cancel my plan.');
  await vi.waitFor(() => expect(fake.thrown).toBeGreaterThan(0), { interval: 1, timeout: 10_000 });
  // Stopped by that call, not by the heartbeat up to a second later.
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(context?.signal.aborted).toBe(true);
  window.removeEventListener('error', onError);
  expect(uncaught).toEqual([]);
  expect(document.querySelector('extra-mile-sidebar')).toBeNull();
  const thrown = fake.thrown;
  document.body.innerHTML = pane('Where', 'Where is my parcel?');
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(fake.thrown).toBe(thrown);
});
