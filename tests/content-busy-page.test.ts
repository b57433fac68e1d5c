// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://acme.zendesk.com/agent/tickets/7001" }
// A page that never stops changing (a class toggled every 4 ms, far from the ticket) must not have Extra Mile re-read a
// slow ticket as often as a quick one: the reads it causes take at most about a tenth of the page's time. Time here is
// the test's own clock (fake timers), and each read of the ticket is made to cost 25 ms of it, as a 5 MB thread's read
// does in Chromium (tests/e2e/huge-ticket.test.ts); what is asserted is the number of reads.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { start, type ContentContext } from '../content/main';
import type { DeskAdapter } from '../src/adapters/types';
import { DEFAULT_PREFERENCES } from '../src/settings';

const clock = vi.hoisted(() => ({ reads: 0, readCost: 0, spent: 0 }));

vi.mock('../src/adapters/index', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/adapters/index')>();
  return {
    ...real,
    // The desk's real adapter, whose every read costs `readCost` ms of the page's time.
    findAdapter: (doc: Document, href: string): DeskAdapter => {
      const adapter = real.findAdapter(doc, href);
      return {
        ...adapter,
        read: (d, url) => {
          clock.reads++;
          clock.spent += clock.readCost;
          return adapter.read(d, url);
        },
      };
    },
  };
});

vi.mock('../src/browser', () => ({
  default: {
    runtime: {
      id: 'fake-extension-id',
      sendMessage: async (message: { type: string }) => {
        if (message.type === 'extra-mile:get-context') return { enabled: true, revision: 'r', library: { lessons: [], checks: [], vocabulary: { classes: {}, sets: {} } }, preferences: { ...DEFAULT_PREFERENCES } };
        if (message.type === 'extra-mile:rank') return { suggestions: [] };
        return true;
      },
      onMessage: { addListener: () => undefined, removeListener: () => undefined },
    },
  },
  extensionAlive: () => true,
}));

const TICKET = `<div class="ticket-panes-grid-layout active" data-is-active="true" data-ticket-id="7001">
  <input data-test-id="omni-header-subject" value="Refund still not received">
  <div data-test-id="omni-log-container"><article data-test-id="omni-log-comment-item"><div data-test-id="omni-log-item-message" type="end-user">
  <div data-test-id="omni-log-message-content"><div class="zd-comment"><p>I still have not been refunded.</p></div></div></div></article></div></div>
  <div id="presence"></div>`;

let context: ContentContext | null = null;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  // The page's clock is the test's, plus the time the reads took.
  vi.spyOn(performance, 'now').mockImplementation(() => Date.now() + clock.spent);
  Object.assign(clock, { reads: 0, readCost: 0, spent: 0 });
});

afterEach(() => {
  context?.stop();
  context = null;
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/** Starts on the ticket, then has the page toggle a class every 4 ms for `seconds`; how many reads that caused. */
async function readsWhileBusy(readCost: number, seconds: number): Promise<number> {
  clock.readCost = readCost;
  document.body.innerHTML = TICKET;
  context = start(window, { sliceMs: 1_000 });
  await vi.advanceTimersByTimeAsync(2_000);
  expect(document.querySelector('extra-mile-sidebar')?.getAttribute('data-state')).toBe('empty');
  const before = clock.reads;
  const presence = document.getElementById('presence')!;
  let tick = 0;
  const busy = setInterval(() => presence.setAttribute('class', `dot-${tick++ % 2}`), 4);
  await vi.advanceTimersByTimeAsync(seconds * 1_000);
  clearInterval(busy);
  return clock.reads - before;
}

it('a slow ticket is re-read at most about a tenth of the time on a page that never stops changing', async () => {
  const reads = await readsWhileBusy(25, 10);
  // Of the page's time (10 s of its own and the reads'), the reads' share; the 50 ms throttle alone let it be half.
  const reading = reads * 25;
  expect(reads).toBeGreaterThan(0);
  expect(reading / (10_000 + reading)).toBeLessThanOrEqual(0.11);
});

it('a quick ticket is still re-read every 50 ms while the page changes', async () => {
  const reads = await readsWhileBusy(1, 10);
  expect(reads).toBeGreaterThanOrEqual(190);
});
