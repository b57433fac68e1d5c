// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://zammad.example.org/desktop/tickets/418" }
// A desk's loading placeholder is waited for a bounded number of heartbeats (content/ticket-watcher.ts,
// PENDING_BEATS): a load that failed can leave it for good. Once the page is read as it stands, the reading is the
// ticket's: Insert goes into its reply (it was refused for as long as the placeholder stayed). Zammad's desktop view
// (tests/fixtures/zammad), its feed left busy; time is the test's own clock (fake timers).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { start, type ContentContext } from '../content/main';
import { BUILTIN_LESSONS } from '../src/lessons/index';
import { DEFAULT_PREFERENCES } from '../src/settings';
import type { TabView } from '../src/messages';
import { rankReply } from './support/rank-reply';

const page = vi.hoisted(() => ({ listeners: [] as Array<(message: unknown) => unknown>, views: [] as unknown[] }));
vi.mock('../src/browser', () => ({
  default: {
    runtime: {
      id: 'fake-extension-id',
      sendMessage: async (message: { type: string; view?: unknown; ticket?: unknown }) => {
        if (message.type === 'extra-mile:get-context') return { enabled: true, revision: 'r', library: { lessons: [], checks: [], vocabulary: { classes: {}, sets: {} } }, preferences: { ...DEFAULT_PREFERENCES } };
        if (message.type === 'extra-mile:rank') return rankReply(message.ticket, { suggestions: [{ lesson: BUILTIN_LESSONS[0]!, score: 1, evidence: [] }] });
        if (message.type === 'extra-mile:tab-view') page.views.push(message.view);
        return true;
      },
      onMessage: { addListener: (l: (message: unknown) => unknown) => page.listeners.push(l), removeListener: () => undefined },
    },
  },
  extensionAlive: () => true,
}));

const FIXTURE = readFileSync(resolve(__dirname, 'fixtures/zammad/desktop-view-grinder-descaling.html'), 'utf8');
let context: ContentContext | null = null;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  page.listeners.length = 0;
  page.views.length = 0;
});
afterEach(() => {
  context?.stop();
  context = null;
  vi.useRealTimers();
  document.documentElement.innerHTML = '';
});

const state = () => document.querySelector('extra-mile-sidebar')?.getAttribute('data-state');
const ask = async (message: object) => Promise.all(page.listeners.map((l) => l(message))).then((answers) => answers.find((a) => a !== undefined));

it('reads the page as it stands once the placeholder has outlasted its wait, and Insert then goes into the reply', async () => {
  document.documentElement.innerHTML = FIXTURE.replace(/<!doctype[^>]*>/i, '');
  document.querySelector('section[role="feed"]')!.setAttribute('aria-busy', 'true');
  context = start(window, { sliceMs: 1_000 });
  await vi.advanceTimersByTimeAsync(5_000);
  expect(state()).toBe('reading');
  const view = (await ask({ type: 'extra-mile:get-tab-view' })) as TabView;
  expect(view.state).toBe('reading');

  await vi.advanceTimersByTimeAsync(15_000);
  expect(state()).toBe('ready');
  const read = (await ask({ type: 'extra-mile:get-tab-view' })) as TabView;
  expect(read.ticket?.identity).toBeTruthy();
  expect(document.querySelector('section[role="feed"]')!.getAttribute('aria-busy')).toBe('true');
  expect(await ask({ type: 'extra-mile:insert', ticket: read.ticket!.identity, phrase: 'Thanks for your patience.' })).toBe(true);
  expect(document.querySelector('#ticketArticleReplyForm [contenteditable="true"]')?.textContent).toContain('Thanks for your patience.');
});

it("says it is still on the ticket it read while a placeholder shows at the same address (Copy's question), and not once the address moves", async () => {
  document.documentElement.innerHTML = FIXTURE.replace(/<!doctype[^>]*>/i, '');
  context = start(window, { sliceMs: 1_000 });
  await vi.advanceTimersByTimeAsync(5_000);
  const read = (await ask({ type: 'extra-mile:get-tab-view' })) as TabView;
  expect(read.state).toBe('ready');
  const ticket = read.ticket!.identity;
  expect(await ask({ type: 'extra-mile:shows-ticket', ticket })).toBe(true);
  // The desk marks its feed busy (a refresh of the same ticket; no element added, so nothing is read again).
  document.querySelector('section[role="feed"]')!.setAttribute('aria-busy', 'true');
  await vi.advanceTimersByTimeAsync(2_000);
  expect(await ask({ type: 'extra-mile:shows-ticket', ticket })).toBe(true);
  // Insert, which writes into the page, waits for the thread to be read, for a bounded while only.
  expect(await ask({ type: 'extra-mile:insert', ticket, phrase: 'One moment.' })).toBe('moved-on');
  await vi.advanceTimersByTimeAsync(16_000);
  expect(await ask({ type: 'extra-mile:shows-ticket', ticket })).toBe(true);
  expect(await ask({ type: 'extra-mile:insert', ticket, phrase: 'Thanks for waiting.' })).toBe(true);
  // The agent opens the next ticket: the page is at another address than the one it read.
  history.pushState({}, '', '/desktop/tickets/419');
  expect(await ask({ type: 'extra-mile:shows-ticket', ticket })).toBe(false);
  expect(await ask({ type: 'extra-mile:shows-ticket', ticket: 'another' })).toBe(false);
});
