// Reading settings brings them to the current shape once per read (src/settings/stored-settings.ts): the first read
// after an update carries older settings over without first migrating them a second time, only to drop that result.
// migrateSettings is the real one, counted; storage is the in-memory stand-in for src/browser.ts.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './support/fake-browser';

const state = vi.hoisted(() => ({ browser: null as unknown as FakeBrowser }));
vi.mock('../src/browser', () => ({
  default: new Proxy({}, { get: (_target, key) => (state.browser as unknown as Record<string | symbol, unknown>)[key] }),
  extensionAlive: () => true,
}));
vi.mock('../src/settings/migrations', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/settings/migrations')>();
  return { ...actual, migrateSettings: vi.fn(actual.migrateSettings) };
});

const settings = await import('../src/settings');
const { migrateSettings } = await import('../src/settings/migrations');
const migrations = vi.mocked(migrateSettings);

beforeEach(() => {
  state.browser = createFakeBrowser();
  migrations.mockClear();
});

describe('reading settings', () => {
  it('migrates once on the first read after an update, and once on each read after it', async () => {
    await state.browser.storage.sync.set({ settings: { version: 1, preferences: { limit: 3 }, hiddenLessons: ['x'], sites: { 'https://acme.zendesk.com': { desk: 'zendesk' } } } });
    await state.browser.storage.local.set({ 'site:https://help.example.org': { sidebarOpen: true } }); // version 0's place
    const first = await settings.getSettings();
    expect(migrations).toHaveBeenCalledTimes(1);
    expect(first.preferences.limit).toBe(3);
    expect(first.sites).toEqual({ 'https://acme.zendesk.com': { desk: 'zendesk' }, 'https://help.example.org': {} });
    expect(await settings.getSettings()).toEqual(first);
    expect(migrations).toHaveBeenCalledTimes(2);
  });

  it('migrates once on a fresh install and on settings a newer version wrote', async () => {
    await settings.getSettings();
    expect(migrations).toHaveBeenCalledTimes(1);
    await state.browser.storage.sync.set({ settings: { version: settings.SETTINGS_VERSION + 1, preferences: { limit: 2 }, hiddenLessons: [] } });
    migrations.mockClear();
    expect((await settings.getSettings()).preferences.limit).toBe(2);
    expect(migrations).toHaveBeenCalledTimes(1);
  });
});
