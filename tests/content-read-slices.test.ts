// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://acme.zendesk.com/agent/tickets/7001" }
// A long thread is read a slice of time at a time, the page running in between (content/ticket-watcher.ts,
// readInSlices): in one task a 5 MB thread's reading took 56 to 76 ms of a slow machine's main thread (npm run bench,
// 2026-12-05). Here every entry's read ends a slice (readSliceMs 0), and the page's turns are counted, not timed.
import { afterEach, expect, it, vi } from 'vitest';
import { start, type ContentContext } from '../content/main';
import type { TicketText } from '../src/engine/types';
import type { ContentContextReply } from '../src/messages';
import { DEFAULT_PREFERENCES } from '../src/settings/defaults';
import { rankReply } from './support/rank-reply';

const reply: ContentContextReply = { enabled: true, revision: 'library-1', library: { lessons: [], checks: [], vocabulary: { classes: {}, sets: {} } }, preferences: { ...DEFAULT_PREFERENCES } };
const fake = vi.hoisted(() => ({
  ranked: [] as { subject: string; messages: string[] }[],
  /** The page's turns so far (yieldToPage below), and how many had passed at each rank request. */
  turns: 0,
  turnsAtRank: [] as number[],
  /** Readings under way now, and the most at once. */
  reading: 0,
  mostAtOnce: 0,
  /** Pauses the read under way (or the last one) has made: one before each entry, the newest first. */
  paused: 0,
  /** Readings begun, and the lessons each rank request left out. */
  started: 0,
  excluded: [] as string[][],
  listeners: [] as ((message: unknown) => unknown)[],
}));
vi.mock('../src/adapters/index', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/adapters/index')>();
  return {
    ...real,
    // The desk's real adapter, its readings counted while under way.
    findAdapter: (doc: Document, href: string) => {
      const adapter = real.findAdapter(doc, href);
      const inSteps = adapter.readInSteps!;
      return {
        ...adapter,
        readInSteps: function* (d: Document, url: URL) {
          fake.mostAtOnce = Math.max(fake.mostAtOnce, ++fake.reading);
          fake.started++;
          fake.paused = 0;
          try {
            const steps = inSteps(d, url);
            for (;;) {
              const step = steps.next();
              if (step.done) return step.value;
              fake.paused++;
              yield;
            }
          } finally {
            fake.reading--;
          }
        },
      };
    },
  };
});
vi.mock('../src/browser', () => ({
  default: {
    runtime: {
      id: 'fake-extension-id',
      sendMessage: async (message: { type: string; ticket?: unknown }) => {
        if (message.type === 'extra-mile:get-context') return structuredClone(reply);
        if (message.type === 'extra-mile:rank') {
          fake.ranked.push(structuredClone(message.ticket as { subject: string; messages: string[] }));
          fake.turnsAtRank.push(fake.turns);
          fake.excluded.push([...((message as { exclude?: string[] }).exclude ?? [])]);
          return rankReply(message.ticket, { suggestions: [] });
        }
        return true;
      },
      onMessage: { addListener: (l: (message: unknown) => unknown) => fake.listeners.push(l), removeListener: () => undefined },
    },
  },
  extensionAlive: () => true,
}));

const MESSAGES = 40;
const entry = (text: string) => `<article data-test-id="omni-log-comment-item"><div data-test-id="omni-log-item-message" type="end-user">
  <div data-test-id="omni-log-message-content"><p>${text}</p></div></div></article>`;
/** A Zendesk ticket whose thread holds `MESSAGES` messages of the customer's, the n-th saying "Message n of <subject>". */
const ticket = (id: number, subject: string) => `<div data-is-active="true" data-ticket-id="${id}"><input data-test-id="omni-header-subject" value="${subject}">
  <div data-test-id="omni-log-container">${Array.from({ length: MESSAGES }, (_, n) => entry(`Message ${n + 1} of ${subject}`)).join('')}</div></div>`;

let context: ContentContext | null = null;
/** Runs in each of the page's turns, as the page's own work would. */
let onTurn: (turn: number) => void = () => undefined;
/** How long each of the page's turns lasts (ms). */
let turnMs = 0;
const yieldToPage = () =>
  new Promise<void>((resume) =>
    setTimeout(() => {
      onTurn(++fake.turns);
      resume();
    }, turnMs),
  );

afterEach(() => {
  context?.stop();
  context = null;
  fake.ranked.length = 0;
  fake.turns = 0;
  fake.turnsAtRank.length = 0;
  fake.mostAtOnce = 0;
  fake.reading = 0;
  fake.paused = 0;
  fake.started = 0;
  fake.excluded.length = 0;
  fake.listeners.length = 0;
  turnMs = 0;
  onTurn = () => undefined;
  document.body.innerHTML = '';
  history.replaceState(null, '', '/agent/tickets/7001');
});

it('lets the page run between the entries of a thread it reads, and ranks the whole thread once read', async () => {
  document.body.innerHTML = ticket(7001, 'Refund');
  context = start(window, { readSliceMs: 0, yieldToPage });
  await vi.waitFor(() => expect(fake.ranked).toHaveLength(1), { timeout: 10_000 });
  expect(fake.ranked[0]!.messages).toHaveLength(MESSAGES);
  expect(fake.ranked[0]!.messages.at(-1)).toBe(`Message ${MESSAGES} of Refund`);
  // One turn after the background's context came back, then one before each entry: read in one task, it was one.
  expect(fake.turnsAtRank[0]).toBeGreaterThanOrEqual(MESSAGES);
});

it('reads a change made while it paused once its read ends, and never two reads at once', async () => {
  document.body.innerHTML = ticket(7001, 'Refund');
  // The read takes 200 ms or more, well past the 50 ms after which a change is read again.
  turnMs = 5;
  let changed = false;
  onTurn = () => {
    // Early in the first read, once it has read the newest entry, the customer's newest message changes.
    if (changed || fake.reading === 0 || fake.paused < 3) return;
    changed = true;
    document.querySelector('article:last-of-type p')!.textContent = 'Actually, please cancel the order instead.';
  };
  context = start(window, { readSliceMs: 0, yieldToPage });
  await vi.waitFor(() => expect(fake.ranked.at(-1)?.messages.at(-1)).toBe('Actually, please cancel the order instead.'), { timeout: 10_000 });
  // The read under way when the page changed had passed its newest entry: it ranked what it read, and the change was
  // read after it, not by a second read begun beside it.
  expect(fake.ranked).toHaveLength(2);
  expect(fake.ranked[0]!.messages.at(-1)).toBe(`Message ${MESSAGES} of Refund`);
  expect(fake.mostAtOnce).toBe(1);
});

it("drops a read whose page moved to another ticket while it paused, and reads that ticket's", async () => {
  document.body.innerHTML = ticket(7001, 'Refund');
  onTurn = (turn) => {
    if (turn !== 10) return;
    // The desk moves to the next ticket before the first read ends.
    history.pushState(null, '', '/agent/tickets/7002');
    document.body.innerHTML = ticket(7002, 'Broken zip');
  };
  context = start(window, { readSliceMs: 0, yieldToPage });
  await vi.waitFor(() => expect(fake.ranked.at(-1)?.subject).toBe('Broken zip'), { timeout: 10_000 });
  expect(fake.ranked.map((t: TicketText) => t.subject)).toEqual(['Broken zip']);
  expect(fake.ranked[0]!.messages).toHaveLength(MESSAGES);
  // The dropped reading was closed, not left suspended: none is under way once any later read (a loaded machine's
  // heartbeat may start one, a CI run found) has ended; one never closed would count for ever.
  await vi.waitFor(() => expect(fake.reading).toBe(0), { timeout: 10_000 });
});

it('shows the ticket of a desk that rewrites its address more often than a read lasts', async () => {
  // A desk keeping the entry in view in its address (replaceState): every read was dropped, the ticket never shown.
  document.body.innerHTML = ticket(7001, 'Refund');
  turnMs = 2;
  onTurn = (turn) => {
    if (turn % 20 === 0) history.replaceState(null, '', `/agent/tickets/7001#entry-${turn}`);
  };
  context = start(window, { readSliceMs: 0, yieldToPage });
  await vi.waitFor(() => expect(fake.ranked.length).toBeGreaterThan(0), { timeout: 10_000 });
  expect(fake.ranked[0]!.subject).toBe('Refund');
  expect(fake.ranked[0]!.messages).toHaveLength(MESSAGES);
});

it('ranks the ticket again without reading it again when a lesson is marked not relevant', async () => {
  // On a long thread a read lets the page run every 16 ms: Not relevant waited for a whole new read (a review, 492).
  document.body.innerHTML = ticket(7001, 'Refund');
  context = start(window, { readSliceMs: 0, yieldToPage });
  await vi.waitFor(() => expect(fake.ranked).toHaveLength(1), { timeout: 10_000 });
  const reads = fake.started;
  for (const listener of fake.listeners) void listener({ type: 'extra-mile:hide-lesson', lessonId: 'where-is-it', hidden: true, ticket: '7001' });
  await vi.waitFor(() => expect(fake.ranked).toHaveLength(2), { timeout: 10_000 });
  expect(fake.excluded[1]).toEqual(['where-is-it']);
  expect(fake.ranked[1]).toEqual(fake.ranked[0]);
  expect(fake.started).toBe(reads);
});

it('ranks once the read under way ends when a lesson is marked not relevant during it, without another read', async () => {
  document.body.innerHTML = ticket(7001, 'Refund');
  let marked = false;
  onTurn = () => {
    // Midway through the second read (the desk only changed a class), the agent marks a lesson not relevant.
    if (marked || fake.started < 2 || fake.reading === 0 || fake.paused < 5) return;
    marked = true;
    for (const listener of fake.listeners) void listener({ type: 'extra-mile:hide-lesson', lessonId: 'where-is-it', hidden: true, ticket: '7001' });
  };
  context = start(window, { readSliceMs: 0, yieldToPage });
  await vi.waitFor(() => expect(fake.ranked).toHaveLength(1), { timeout: 10_000 });
  document.querySelector('[data-ticket-id]')!.setAttribute('class', 'highlighted');
  await vi.waitFor(() => expect(fake.ranked).toHaveLength(2), { timeout: 10_000 });
  expect(marked).toBe(true);
  expect(fake.excluded[1]).toEqual(['where-is-it']);
  // Let anything still queued run: no third read.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(fake.started).toBe(2);
  expect(fake.ranked).toHaveLength(2);
});
