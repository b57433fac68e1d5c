// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://acme.zendesk.com/agent/tickets/7001" }
// The content script's parts share one MutationObserver over the document and one heartbeat timer (content/context.ts):
// the ticket watcher re-reads when the desk changes or the address moves with no event, the pointer is put back when
// the page removes it, and stopping leaves neither running. Counted (observers made, timers set), never timed.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { start, type ContentContext } from '../content/main';
import { BUILTIN_CHECKS } from '../src/coach/index';
import { VOCABULARY } from '../src/coach/vocabulary';
import type { ContentContextReply, RankReply } from '../src/messages';
import { DEFAULT_PREFERENCES } from '../src/settings/defaults';
import { rankReply } from './support/rank-reply';

const reply: ContentContextReply = { enabled: true, revision: 'library-1', library: { lessons: [], checks: [...BUILTIN_CHECKS], vocabulary: VOCABULARY }, preferences: { ...DEFAULT_PREFERENCES } };
const fake = vi.hoisted(() => ({ subjects: [] as string[] }));
vi.mock('../src/browser', () => ({
  default: {
    runtime: {
      id: 'fake-extension-id',
      sendMessage: async (message: { type: string; ticket?: unknown; view?: { ticket?: { subject: string } } }) => {
        if (message.type === 'extra-mile:tab-view' && message.view?.ticket) fake.subjects.push(message.view.ticket.subject);
        if (message.type === 'extra-mile:get-context') return structuredClone(reply);
        if (message.type === 'extra-mile:rank') return rankReply(message.ticket, { suggestions: [] });
        return true;
      },
      onMessage: { addListener: () => undefined, removeListener: () => undefined },
    },
  },
  extensionAlive: () => true,
}));

/** A Zendesk ticket pane; with no active marker on the page, the address's ticket id picks the pane read. */
function pane(id: string, subject: string, message: string): string {
  return `<div data-ticket-id="${id}"><input data-test-id="omni-header-subject" value="${subject}">
    <div data-test-id="omni-log-container"><article data-test-id="omni-log-comment-item"><div data-test-id="omni-log-item-message" type="end-user">
    <div data-test-id="omni-log-message-content"><p>${message}</p></div></div></article></div></div>`;
}

const made: { observed: Node[]; disconnected: number }[] = [];
const NativeObserver = MutationObserver;
class CountedObserver extends NativeObserver {
  private readonly record = { observed: [] as Node[], disconnected: 0 };
  constructor(callback: MutationCallback) {
    super(callback);
    made.push(this.record);
  }
  override observe(target: Node, options?: MutationObserverInit): void {
    this.record.observed.push(target);
    super.observe(target, options);
  }
  override disconnect(): void {
    this.record.disconnected++;
    super.disconnect();
  }
}

let context: ContentContext | null = null;
const lastSubject = () => fake.subjects.at(-1);
const host = () => document.querySelector('extra-mile-sidebar');

beforeEach(() => {
  made.length = 0;
  fake.subjects.length = 0;
  vi.stubGlobal('MutationObserver', CountedObserver);
  history.replaceState(null, '', '/agent/tickets/7001');
  document.body.innerHTML = pane('7001', 'Refund still not received', 'Where is my refund?') + pane('7002', 'Cancel my account', 'Please cancel it.');
});

afterEach(() => {
  context?.stop();
  context = null;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

it('watches the whole page with one observer and one timer, and stopping ends both', async () => {
  const intervals = vi.spyOn(window, 'setInterval');
  const cleared = vi.spyOn(window, 'clearInterval');
  context = start(window, { yieldToPage: async () => undefined });
  await vi.waitFor(() => expect(lastSubject()).toBe('Refund still not received'));
  expect(made).toHaveLength(1);
  expect(made[0]!.observed.every((node) => node === document.documentElement)).toBe(true);
  expect(intervals).toHaveBeenCalledTimes(1);

  context.stop();
  expect(made[0]!.disconnected).toBe(1);
  expect(cleared).toHaveBeenCalledWith(intervals.mock.results[0]!.value);
});

it('the one observer serves the ticket watcher: a change to the desk is read', async () => {
  context = start(window, { yieldToPage: async () => undefined });
  await vi.waitFor(() => expect(lastSubject()).toBe('Refund still not received'));
  document.querySelector('[data-ticket-id="7001"] input')!.setAttribute('value', 'Refund arrived, thank you');
  document.querySelector('[data-ticket-id="7001"] p')!.textContent = 'It came through this morning.';
  await vi.waitFor(() => expect(lastSubject()).toBe('Refund arrived, thank you'));
});

it('the one observer serves the pointer: when the page removes Extra Mile’s element, it is put back', async () => {
  context = start(window, { yieldToPage: async () => undefined });
  await vi.waitFor(() => expect(host()).not.toBeNull());
  host()!.remove();
  await vi.waitFor(() => expect(host()).not.toBeNull());
  expect(host()!.getAttribute('data-state')).toBe('empty');
});

it('the one timer serves the address: a move to another ticket with no event is read on the next beat', async () => {
  context = start(window, { yieldToPage: async () => undefined });
  await vi.waitFor(() => expect(lastSubject()).toBe('Refund still not received'));
  // history.pushState fires no event (jsdom has no Navigation API): only the heartbeat's look at the address sees it.
  history.pushState(null, '', '/agent/tickets/7002');
  await vi.waitFor(() => expect(lastSubject()).toBe('Cancel my account'), { timeout: 3_000 });
});
