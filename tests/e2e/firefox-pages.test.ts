// The popup and the options page in Debian's Firefox ESR (dist/firefox, installed as a temporary add-on), as
// tests/e2e/popup.test.ts and options.test.ts test them in Chromium: the popup's lesson search; the options page's
// pack check, which shows the validator's own words for a pack nested too deep or one byte too large; and a
// self-hosted desk (FreeScout at https://freescout.example.org, which the manifest does not name) switched on from
// the options page, after which the desk's open tab gets its sidebar without a reload.
//
// How the add-on's pages are opened (BiDi will not navigate a tab to moz-extension://): see openExtensionPage in
// tests/e2e/firefox-harness.ts. Firefox's permission prompt cannot be answered headlessly; the pref
// extensions.webextOptionalPermissionPrompts=false grants optional permissions as the agent's "Allow" would, so the
// switch's permissions.request and everything after it run for real.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK_PAGES } from '../../scripts/desk-pages';
import { t } from '../../src/i18n';
import { BUILTIN_LESSONS } from '../../src/lessons/index';
import { MAX_PACK_BYTES, formatPath, validatePackText } from '../../src/lessons/pack';
import { SIDEBAR, startDeskServer, type DeskServer } from './harness';
import { FIREFOX_EXTENSION_DIR, launchFirefoxWithExtension, startLoopbackProxy, type FirefoxWithExtension, type LoopbackProxy } from './firefox-harness';
import { scratchDir } from '../support/scratch-dir';

const FREESCOUT = DESK_PAGES.find((p) => p.desk === 'freescout')!;
const FREESCOUT_ORIGIN = new URL(FREESCOUT.url).origin;
const dir = scratchDir('firefox-pages');

let server: DeskServer;
let proxy: LoopbackProxy;
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  server = await startDeskServer([{ url: FREESCOUT.url, file: FREESCOUT.file }]);
  proxy = await startLoopbackProxy(server);
  firefox = await launchFirefoxWithExtension(FIREFOX_EXTENSION_DIR, proxy, { extensionPages: true, prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
}, 60_000);

afterAll(async () => {
  await firefox?.close();
  await proxy?.close();
  await server?.close();
});

/** Polls `read` in node until it gives `expected` (puppeteer has no expect.poll of its own). */
async function until<T>(read: () => Promise<T>, expected: T, what: string): Promise<void> {
  let last: T | undefined;
  for (let tries = 0; tries < 100; tries++) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  expect(last, what).toEqual(expected);
}

async function openOptions(): Promise<Page> {
  const options = await firefox.openExtensionPage('options.html');
  await options.waitForSelector('#packs', { timeout: 10_000 });
  return options;
}

async function choosePack(options: Page, name: string, content: string | Buffer): Promise<void> {
  const file = join(dir, name);
  writeFileSync(file, content);
  const input = await options.$('input[type=file]');
  if (!input) throw new Error('no file input on the options page');
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
}

describe('the popup page in Firefox ESR', () => {
  it('lists every lesson, finds one through a typo, and on a page that is not a web page says so with the switch disabled', async () => {
    const popup = await firefox.openExtensionPage('popup.html'); // acting on itself: an extension page
    await popup.waitForSelector('.lessons li', { timeout: 10_000 });
    expect(await popup.$$eval('.lessons li', (items) => items.length)).toBe(BUILTIN_LESSONS.length);
    await until(() => popup.$eval('.status', (el) => (el.textContent ?? '').trim()), t('popupStatusNotDesk'), 'status line');
    expect(await popup.$eval('input[role=switch]', (el) => (el as HTMLInputElement).disabled)).toBe(true);
    await popup.type('input[type=search]', 'tranfered');
    await until(() => popup.$eval('.lessons li', (el) => el.getAttribute('data-lesson-id')), 'own-it-to-the-end', 'first result');
    await popup.close();
  });
});

describe('the options page in Firefox ESR', () => {
  it('has its sections in order, preferences first, and finds a lesson to hide through a typo', async () => {
    const options = await openOptions();
    expect(await options.$$eval('main section[id]', (els) => els.map((el) => el.id))).toEqual(['preferences', 'sites', 'packs', 'lessons', 'feedback', 'policy']);
    expect(await options.$$eval('#lessons button', (els) => els.length)).toBe(0);
    await options.type('#lessons input[type=search]', 'managr');
    await until(() => options.$eval('#lesson-results li', (el) => el.getAttribute('data-lesson-id')), 'when-they-ask-for-a-manager', 'first lesson found');
    expect(await options.$eval('#lesson-results li .why', (el) => el.textContent)).toBe('Matches: “manager” for “managr” in the title');
    await options.close();
  });

  it('refuses a pack nested 10,000 deep with the validator’s own line, path and words', async () => {
    const deep = `{"format": "extra-mile-pack", "version": 1, "id": "deep", "name": "Deep",\n "lessons": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const expected = validatePackText(deep);
    if (expected.ok) throw new Error('the deep pack validated');
    expect(expected.errors).toHaveLength(1);
    const options = await openOptions();
    await choosePack(options, 'deep.json', deep);
    await options.waitForSelector('[data-verdict="invalid"]', { timeout: 10_000 });
    const shown = await options.$$eval('[data-verdict="invalid"] ol.errors li', (items) => items.map((li) => li.textContent ?? ''));
    expect(shown).toHaveLength(1);
    const [error] = expected.errors;
    expect(error!.path).toBe(formatPath(['lessons', ...Array<number>(15).fill(0)]));
    expect(shown[0]).toContain(t('optionsPackErrorLine', String(error!.line), String(error!.column)));
    expect(shown[0]).toContain(error!.path);
    expect(shown[0]).toContain(error!.message);
    expect(await options.$('[data-verdict="valid"]')).toBeNull();
    await options.close();
  });

  it('refuses a file one byte over the limit, in exact bytes, before reading it', async () => {
    const options = await openOptions();
    await choosePack(options, 'huge.json', Buffer.alloc(MAX_PACK_BYTES + 1, 32));
    await options.waitForSelector('[data-verdict="too-large"]', { timeout: 10_000 });
    expect(await options.$eval('[data-verdict="too-large"]', (el) => el.textContent)).toBe('huge.json is 1,048,577 bytes; a pack may be at most 1,048,576 bytes (1 MiB)');
    await options.close();
  });

  it('switches a self-hosted desk on: the browser grants the origin and the open tab gets its sidebar without a reload', async () => {
    const desk = await firefox.browser.newPage();
    await desk.goto(FREESCOUT.url);
    expect(await desk.$(SIDEBAR)).toBeNull(); // the manifest does not name this site

    const options = await openOptions();
    // A site Extra Mile knows but is off on (as after it was switched off): the options page lists it at once, with
    // its switch (src/settings.ts keeps one storage.sync item per site).
    await options.evaluate((origin) => (globalThis as unknown as { browser: { storage: { sync: { set(items: object): Promise<void> } } } }).browser.storage.sync.set({ [`site:${origin}`]: { enabled: false, sidebarOpen: true } }), FREESCOUT_ORIGIN);
    const row = `[data-origin="${FREESCOUT_ORIGIN}"]`;
    await options.waitForSelector(`${row} input[role=switch]`, { timeout: 10_000 });
    expect(await options.$eval(`${row} input[role=switch]`, (el) => (el as HTMLInputElement).checked)).toBe(false);

    await options.click(`${row} input[role=switch]`); // real input: a permission request needs the user's gesture
    await until(() => options.$eval(`${row} input[role=switch]`, (el) => (el as HTMLInputElement).checked), true, 'the switch');
    const granted = await options.evaluate(
      (pattern) => (globalThis as unknown as { browser: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } } }).browser.permissions.contains({ origins: [pattern] }),
      `${FREESCOUT_ORIGIN}/*`,
    );
    expect(granted).toBe(true);
    await desk.waitForSelector(`${SIDEBAR}[data-state="ready"]`, { timeout: 15_000 });
    expect(await desk.$eval(SIDEBAR, (el) => el.getAttribute('data-desk'))).toBe('FreeScout');
    await options.close();
  });
});
