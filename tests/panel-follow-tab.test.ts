// The side panel follows its window's active tab (panel/follow-tab.ts): what the tab's content script shows, asked
// when the agent switches tabs or a page loads, and pushed as its ticket changes. The browser is a stand-in with one
// window; the tab answers with `answer` (null: no content script there).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TabView } from '../src/messages';

type Listener = (...args: never[]) => unknown;
const fake = vi.hoisted(() => ({
  answer: null as unknown,
  activated: new Set<Listener>(),
  updated: new Set<Listener>(),
}));
const set = (listeners: Set<Listener>) => ({ addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) });
vi.mock('../src/browser', () => ({
  default: {
    runtime: { id: 'extension', onMessage: set(new Set()) },
    windows: { getCurrent: async () => ({ id: 1 }) },
    tabs: {
      query: async () => [{ id: 5 }],
      sendMessage: async () => {
        if (fake.answer === null) throw new Error('Could not establish connection. Receiving end does not exist.');
        return fake.answer;
      },
      onActivated: set(fake.activated),
      onUpdated: set(fake.updated),
    },
  },
}));

const { followActiveTab, LOADING_HOLD_MS } = await import('../panel/follow-tab');

const viewOf = (subject: string) => ({ state: 'ready', suggestions: [], ticket: { subject } }) as unknown as TabView;
let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  vi.useRealTimers();
});
const settle = () => new Promise((done) => setTimeout(done, 0));
const update = async (change: { status?: string; url?: string }) => {
  for (const listener of fake.updated) (listener as (id: number, change: object) => void)(5, change);
  await settle();
};

describe('the side panel following its tab', () => {
  it('keeps what a tab showed while its next page loads, and says it reads nothing only once that page has loaded', async () => {
    const seen: Array<string | null> = [];
    fake.answer = viewOf('Where is my parcel?');
    await followActiveTab(({ view }) => seen.push(view ? (view.ticket?.subject ?? '') : null), controller.signal);
    expect(seen).toEqual(['Where is my parcel?']);

    // The agent opens the next ticket (a full page load): nothing answers until its content script starts.
    fake.answer = null;
    await update({ status: 'loading', url: 'https://support.example.org/conversation/2' });
    expect(seen).toEqual(['Where is my parcel?']);
    fake.answer = viewOf('My blender arrived broken');
    await update({ status: 'complete' });
    expect(seen).toEqual(['Where is my parcel?', 'My blender arrived broken']);

    // Switching to a tab where nothing answers says so at once: it is not a page on its way in.
    fake.answer = null;
    for (const listener of fake.activated) (listener as (info: object) => void)({ tabId: 5, windowId: 1 });
    await settle();
    expect(seen.at(-1)).toBeNull();

    // A page Extra Mile does not read: silent while loading, and said once loaded.
    fake.answer = viewOf('Cancel my plan');
    await update({ status: 'complete' });
    expect(seen.at(-1)).toBe('Cancel my plan');
    fake.answer = null;
    await update({ status: 'loading', url: 'https://example.com/' });
    expect(seen.at(-1)).toBe('Cancel my plan');
    await update({ status: 'complete' });
    expect(seen.at(-1)).toBeNull();
  });

  it("holds a loading page's silence back for a while only: a page that never finishes loading is said to be silent", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const seen: Array<string | null> = [];
    fake.answer = viewOf('Where is my parcel?');
    await followActiveTab(({ view }) => seen.push(view ? (view.ticket?.subject ?? '') : null), controller.signal);
    fake.answer = null;
    for (const listener of fake.updated) (listener as (id: number, change: object) => void)(5, { status: 'loading', url: 'https://example.com/slow' });
    await vi.advanceTimersByTimeAsync(LOADING_HOLD_MS - 100);
    expect(seen).toEqual(['Where is my parcel?']);
    await vi.advanceTimersByTimeAsync(200);
    expect(seen).toEqual(['Where is my parcel?', null]);
  });
});
