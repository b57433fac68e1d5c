// Storage faults in a real Chromium with the production build: what the agent sees when extension storage is full or
// holds values that are not what Extra Mile wrote. (A pack removed in another window: tests/e2e/options.test.ts.)
//   - storage.local filled to within a few KB of its 10 MB quota from the service worker, then a pack imported on
//     the options page: a clear message says it was not saved and why; the packs and settings already there are intact
//     and still in use.
//   - garbage written to storage.sync `settings` (and a site's item) and to storage.local `pack:…` keys: the sidebar and
//     the options page still work on defaults, the unreadable packs are reported and kept, and new writes work.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK_PAGES } from '../../scripts/desk-pages';
import { lessonCount, t } from '../../src/i18n';
import { EXTENSION_DIR, ROOT, SIDEBAR, launchWithExtension, sidebarLessons, startDeskServer, waitForSidebar, type Browser, type DeskServer } from './harness';

const ZENDESK = DESK_PAGES.find((p) => p.file.endsWith('zendesk/ticket-refund-after-return.html'))!;
const ORIGIN = new URL(ZENDESK.url).origin;
const TEAM_PACK = readFileSync(resolve(ROOT, 'examples/team-pack.json'), 'utf8');
/** A small pack whose lesson the Zendesk ticket calls for ("still nothing on my card"). */
const SMALL_PACK = {
  format: 'extra-mile-pack',
  version: 1,
  id: 'small-pack',
  name: 'Small pack',
  lessons: [
    {
      id: 'card-refund-timeline',
      title: 'Give the card refund timeline',
      topics: ['keep-informed'],
      advice: 'Say when the refund was sent and when the card issuer shows it, with dates.',
      phrases: ['Your refund was sent on Monday; card issuers show it within 3 to 5 working days.', 'I will check again on Friday and write to you either way.'],
      cues: ['nothing on my card', 'refund me', 'still have not been refunded'],
      source: { article: 'Team notes', quote: 'Dates, not promises.' },
    },
  ],
};

interface Chrome {
  chrome: {
    storage: {
      local: { set(items: object): Promise<void>; get(keys: string | null): Promise<Record<string, unknown>>; remove(key: string): Promise<void>; getBytesInUse(keys: null): Promise<number>; QUOTA_BYTES: number };
      sync: { set(items: object): Promise<void>; get(keys: string | null): Promise<Record<string, unknown>> };
    };
  };
}

let server: DeskServer;
let browser: Browser;
let desk: Page;
let options: Page;

async function openOptions(): Promise<void> {
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('heading', { level: 1, name: t('optionsTitle') }).waitFor();
  await options.locator('#packs').waitFor();
}

const installedPacks = () => options.locator('[data-pack-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-pack-id')));
const local = () => browser.worker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.get(null));

async function importPack(name: string, text: string): Promise<void> {
  await options.getByLabel(t('optionsImportLabel')).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await options.locator('[data-verdict="valid"]').waitFor();
  await options.getByRole('button', { name: t('optionsPackAdd') }).click();
}

beforeAll(async () => {
  server = await startDeskServer([{ url: ZENDESK.url, file: ZENDESK.file }]);
  browser = await launchWithExtension(EXTENSION_DIR, server);
  desk = browser.context.pages()[0] ?? (await browser.context.newPage());
  options = await browser.context.newPage();
  for (const page of [desk, options]) page.setDefaultTimeout(8_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('extension storage full', () => {
  it('importing a pack says clearly that it was not saved; the packs and settings already there are intact and in use', async () => {
    await openOptions();
    await importPack('small-pack.json', JSON.stringify(SMALL_PACK));
    await options.getByText(t('optionsPackAdded', 'Small pack', lessonCount(1))).waitFor();
    await options.getByLabel(t('optionsLimitLabel')).selectOption('3');
    await expect.poll(() => options.getByLabel(t('optionsLimitLabel')).inputValue()).toBe('3');

    // Fill storage.local to within 2 KB of its quota (the example pack needs about 5 KB).
    const free = await browser.worker.evaluate(async () => {
      const { local } = (globalThis as unknown as Chrome).chrome.storage;
      const used = await local.getBytesInUse(null);
      await local.set({ filler: 'x'.repeat(local.QUOTA_BYTES - used - 2_048 - 'filler'.length - 2) });
      return local.QUOTA_BYTES - (await local.getBytesInUse(null));
    });
    expect(free).toBeLessThan(4_096);
    const before = await local();

    await options.getByLabel(t('optionsImportLabel')).setInputFiles({ name: 'team-pack.json', mimeType: 'application/json', buffer: Buffer.from(TEAM_PACK) });
    await options.locator('[data-verdict="valid"]').waitFor();
    await options.getByRole('button', { name: t('optionsPackAdd') }).click();
    const alert = options.locator('#packs [role="alert"]').filter({ hasText: /full/ });
    await alert.waitFor();
    const message = (await alert.textContent()) ?? '';
    expect(message).toMatch(/^Not saved: this browser’s extension storage is full \(.*quota.*\)\. Nothing was changed; remove a pack or old sites and try again\.$/i);

    // Nothing changed: the same packs, the same stored values, the same preference; the pack already there still works.
    expect(await installedPacks()).toEqual(['small-pack']);
    const after = await local();
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after['pack:small-pack']).toEqual(before['pack:small-pack']);
    expect(after['pack:team-playbook']).toBeUndefined();
    expect(await options.getByLabel(t('optionsLimitLabel')).inputValue()).toBe('3');
    await desk.goto(ZENDESK.url);
    await waitForSidebar(desk);
    await expect.poll(() => sidebarLessons(desk)).toContain('card-refund-timeline');
    // The stored limit (3) still applies; the engine may suggest fewer for this ticket.
    expect((await sidebarLessons(desk)).length).toBeLessThanOrEqual(3);

    // Room again: the same import now works.
    await browser.worker.evaluate(() => (globalThis as unknown as Chrome).chrome.storage.local.remove('filler'));
    await importPack('team-pack.json', TEAM_PACK);
    await options.getByText(t('optionsPackAdded', 'Our team playbook', lessonCount(3))).waitFor();
    await expect.poll(async () => (await installedPacks()).sort()).toEqual(['small-pack', 'team-playbook']);
  });
});

describe('corrupt stored values', () => {
  it('garbage in settings and in pack keys: the sidebar and the options page work, the bad packs are reported and kept', async () => {
    await openOptions();
    await expect.poll(async () => (await installedPacks()).length).toBeGreaterThan(0);
    const readable = (await installedPacks()).sort();
    await browser.worker.evaluate(
      async (origin) => {
        const { sync, local } = (globalThis as unknown as Chrome).chrome.storage;
        await sync.set({ settings: '{"version": 1, "preferences": {"limit": ', [`site:${origin}`]: [1, 2, 3] });
        await local.set({
          'pack:x': 'not a pack at all',
          'pack:y': { pack: { format: 'extra-mile-pack', version: 1, id: 'y', name: '', lessons: 'none' }, enabled: 'maybe' },
          feedback: 'lots',
        });
      },
      ORIGIN,
    );

    // The sidebar: on defaults (at most five suggestions), the good packs still in use.
    await desk.goto(ZENDESK.url);
    await waitForSidebar(desk);
    await expect.poll(async () => (await sidebarLessons(desk)).length).toBeGreaterThan(1);
    expect((await sidebarLessons(desk)).length).toBeLessThanOrEqual(5);
    await expect.poll(() => sidebarLessons(desk)).toContain('card-refund-timeline');
    expect(await desk.locator(SIDEBAR).count()).toBe(1);

    // The options page: loads, shows the readable packs, and reports each unreadable one as kept and unused.
    await openOptions();
    await expect.poll(async () => (await installedPacks()).sort()).toEqual(readable);
    const problems = await options.locator('#packs ul.problems li').allTextContents();
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/stored pack x cannot be read .*it is kept, unused/);
    expect(problems.join('\n')).toMatch(/stored pack y cannot be read .*it is kept, unused/);
    expect(await options.getByLabel(t('optionsLimitLabel')).inputValue()).toBe('5');

    // Writing still works over the garbage, and what could not be read is still there.
    await options.getByLabel(t('optionsLimitLabel')).selectOption('2');
    await expect.poll(async () => (await sidebarLessons(desk)).length).toBe(2);
    const stored = await local();
    expect(stored['pack:x']).toBe('not a pack at all');
    expect(stored['pack:y']).toMatchObject({ enabled: 'maybe' });
  });
});
