// Two extension contexts (two options tabs, say) change settings at once: each has its own write queue, so only the
// extension's Web Lock keeps one from undoing the other. Each context is the settings modules loaded afresh over one
// shared storage; the lock manager is a minimal one of the Web Locks API's shape (exclusive, first come first served),
// since Node has none.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './support/fake-browser';

const state = vi.hoisted(() => ({ browser: null as unknown as FakeBrowser }));
vi.mock('../src/browser', () => ({
  default: new Proxy({}, { get: (_target, key) => (state.browser as unknown as Record<string | symbol, unknown>)[key] }),
  extensionAlive: () => true,
}));

/** Exclusive locks by name, granted in the order asked; counts the requests. */
function lockManager() {
  const held = new Map<string, Promise<unknown>>();
  const asked: string[] = [];
  return {
    asked,
    request<R>(name: string, callback: () => Promise<R>): Promise<R> {
      asked.push(name);
      const before = held.get(name) ?? Promise.resolve();
      const run = before.then(callback, callback);
      held.set(name, run.catch(() => undefined));
      return run;
    },
  };
}

/** The settings API as a separate context loads it: its own module state, the same storage. */
async function context() {
  vi.resetModules();
  return import('../src/settings');
}

beforeEach(() => {
  state.browser = createFakeBrowser();
});
afterEach(() => vi.unstubAllGlobals());

describe('settings changed in two extension contexts at once', () => {
  it('keeps both changes: the second waits for the first under the extension’s lock', async () => {
    const locks = lockManager();
    vi.stubGlobal('navigator', { locks });
    vi.stubGlobal('location', { protocol: 'chrome-extension:' });
    const [a, b] = [await context(), await context()];
    await Promise.all([a.updatePreferences({ limit: 3 }), b.updatePreferences({ theme: 'dark' }), a.setLessonHidden('own-it-to-the-end', true)]);
    const stored = await (await context()).getSettings();
    expect(stored.preferences).toMatchObject({ limit: 3, theme: 'dark' });
    expect(stored.hiddenLessons).toEqual(['own-it-to-the-end']);
    expect(locks.asked).toEqual(['extra-mile-settings', 'extra-mile-settings', 'extra-mile-settings']);
  });

  it('a read that writes nothing takes no lock: the background’s rankings never wait for an import in an options tab', async () => {
    const locks = lockManager();
    vi.stubGlobal('navigator', { locks });
    vi.stubGlobal('location', { protocol: 'chrome-extension:' });
    const settings = await context();
    expect(await settings.ticketHiddenLessons('https://acme.zendesk.com', '42')).toEqual([]);
    expect(locks.asked).toEqual([]);
    await settings.setTicketLessonHidden('https://acme.zendesk.com', '42', 'own-it-to-the-end', true);
    expect(locks.asked).toEqual(['extra-mile-ticket-choices']);
    expect(await settings.ticketHiddenLessons('https://acme.zendesk.com', '42')).toEqual(['own-it-to-the-end']);
  });

  it('a ticket choice made while another context holds the settings lock (a pack import) is read at once', async () => {
    const locks = lockManager();
    vi.stubGlobal('navigator', { locks });
    vi.stubGlobal('location', { protocol: 'chrome-extension:' });
    const background = await context();
    let release = () => {};
    // Another context's long write: the settings lock held until released.
    const held = locks.request('extra-mile-settings', () => new Promise<void>((done) => (release = done)));
    const recorded = background.recordFeedback('own-it-to-the-end', 'not-relevant');
    await background.setTicketLessonHidden('https://acme.zendesk.com', '7', 'own-it-to-the-end', true);
    expect(await background.ticketHiddenLessons('https://acme.zendesk.com', '7')).toEqual(['own-it-to-the-end']);
    release();
    await Promise.all([held, recorded]);
  });

  it('takes no lock on a page that is not the extension’s (a lock there would be the desk page’s to hold)', async () => {
    const locks = lockManager();
    vi.stubGlobal('navigator', { locks });
    vi.stubGlobal('location', { protocol: 'https:' });
    const settings = await context();
    await settings.updatePreferences({ limit: 4 });
    expect(locks.asked).toEqual([]);
    expect((await settings.getSettings()).preferences.limit).toBe(4);
  });
});
