// Site access tells the truth, in Debian's Chromium with the production build: the options page shows a self-hosted
// site (FreeScout at https://freescout.example.org, which the manifest does not name) as on only where the browser
// grants its origin (permissions.contains), whatever was stored, and follows grants and removals made anywhere
// without a reload; an open desk tab there stops reading tickets as soon as the site is forgotten or its grant is
// taken back, without a reload, and a forgotten site's card does not come back. (Where the organisation's policy turns a site on that nobody granted, the popup and the options
// page offer the request: tests/popup-site-view.test.ts and tests/options-page.test.ts, since a policy in Chromium
// is a machine-wide file.)
//
// Chromium's permission prompt cannot be answered headlessly: as tests/e2e/popup.test.ts does, the origin is first
// recorded through chrome://extensions' own site-access API (developerPrivate.addHostPermission), so that the
// switch's permissions.request resolves without a prompt, as after the agent's "Allow".
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK_PAGES } from '../../scripts/desk-pages';
import { t } from '../../src/i18n';
import type { TabView } from '../../src/messages';
import { EXTENSION_DIR, launchWithExtension, sendFromServiceWorker, startDeskServer, type Browser, type DeskServer } from './harness';

const FREESCOUT = DESK_PAGES.find((p) => p.desk === 'freescout')!;
const ORIGIN = new URL(FREESCOUT.url).origin;
const PATTERN = `${ORIGIN}/*`;

interface PageChrome {
  chrome: {
    permissions: { contains(p: { origins: string[] }): Promise<boolean>; remove(p: { origins: string[] }): Promise<boolean> };
    storage: { sync: { set(items: Record<string, unknown>): Promise<void> } };
  };
}

let server: DeskServer;
let browser: Browser;
let helper: Page;

// chrome.* called from another extension page, as the agent's other windows would.
const granted = () => helper.evaluate((pattern) => (globalThis as unknown as PageChrome).chrome.permissions.contains({ origins: [pattern] }), PATTERN);
const takeBack = () => helper.evaluate((pattern) => (globalThis as unknown as PageChrome).chrome.permissions.remove({ origins: [pattern] }), PATTERN);
const storeOn = () => helper.evaluate((origin) => (globalThis as unknown as PageChrome).chrome.storage.sync.set({ [`site:${origin}`]: { enabled: true, sidebarOpen: true } }), ORIGIN);

async function openOptions(): Promise<Page> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator(`[data-origin="${ORIGIN}"]`).waitFor({ timeout: 10_000 });
  return options;
}
const allowWithoutPrompt = async () => {
  const extensions = await browser.context.newPage();
  await extensions.goto(`chrome://extensions/?id=${browser.extensionId}`);
  await extensions.evaluate(
    ([id, pattern]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id!, pattern!),
    [browser.extensionId, PATTERN],
  );
  await extensions.close();
};
const siteSwitch = (options: Page) => options.locator(`[data-origin="${ORIGIN}"]`).getByRole('switch', { name: t('optionsSiteOn') });

beforeAll(async () => {
  server = await startDeskServer([{ url: FREESCOUT.url, file: FREESCOUT.file }]);
  browser = await launchWithExtension(EXTENSION_DIR, server);
  helper = await browser.context.newPage();
  await helper.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=-1`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the options page, for a self-hosted site', () => {
  it('shows it off while the browser has not granted its origin, though it was stored as on', async () => {
    // As after the agent switched it on and the browser's prompt was refused, or the grant was taken back elsewhere.
    await storeOn(); // src/settings.ts keeps one storage.sync item per site
    expect(await granted()).toBe(false);
    const options = await openOptions();
    await expect.poll(() => siteSwitch(options).isChecked(), { timeout: 10_000 }).toBe(false);
    await options.close();
  });

  it('shows it on once the browser grants the origin, and off again when the grant is taken back elsewhere, without a reload', async () => {
    await allowWithoutPrompt();

    const options = await openOptions();
    expect(await siteSwitch(options).isChecked()).toBe(false);
    await siteSwitch(options).click(); // asks the browser for the origin, from the click
    await expect.poll(granted, { timeout: 10_000 }).toBe(true);
    await expect.poll(() => siteSwitch(options).isChecked(), { timeout: 10_000 }).toBe(true);

    await takeBack();
    await expect.poll(() => siteSwitch(options).isChecked(), { timeout: 10_000 }).toBe(false);
  });
});

describe('an open desk tab on a self-hosted site', () => {
  /** Switches the site on from the options page and opens a FreeScout ticket there, read and ranked. */
  async function deskTabSwitchedOn(): Promise<{ options: Page; state: () => Promise<string | undefined> }> {
    await allowWithoutPrompt();
    // Listed and switched off, then switched on as the agent does.
    await helper.evaluate((origin) => (globalThis as unknown as PageChrome).chrome.storage.sync.set({ [`site:${origin}`]: { enabled: false } }), ORIGIN);
    const options = await openOptions();
    await expect.poll(() => siteSwitch(options).isChecked(), { timeout: 10_000 }).toBe(false);
    await siteSwitch(options).click();
    await expect.poll(granted, { timeout: 10_000 }).toBe(true);
    const desk = await browser.context.newPage();
    await desk.goto(FREESCOUT.url);
    // Asked by the tab's id: once the grant is gone the browser no longer shows Extra Mile the tab's address.
    const tabId = await browser.worker.evaluate(
      async (url) => (await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome.tabs.query({})).find((tab) => tab.url === url)?.id,
      desk.url(),
    );
    const state = async () => ((await sendFromServiceWorker(browser, tabId!, { type: 'extra-mile:get-tab-view' }).catch(() => null)) as TabView | null)?.state;
    await expect.poll(state, { timeout: 15_000 }).toBe('ready');
    return { options, state };
  }

  it('stops reading tickets when the site is forgotten on the options page, and its card stays gone', async () => {
    const { options, state } = await deskTabSwitchedOn();
    await options.bringToFront();
    await options.locator(`[data-origin="${ORIGIN}"]`).getByRole('button', { name: t('optionsSiteForgetNamed', ORIGIN) }).click();
    await expect.poll(granted, { timeout: 10_000 }).toBe(false);
    await expect.poll(state, { timeout: 10_000 }).toBe('off');
    // The tab read its context again after Forget: that did not record the desk, so no card came back.
    await expect.poll(() => options.locator(`[data-origin="${ORIGIN}"]`).count(), { timeout: 10_000 }).toBe(0);
    await options.close();
  });

  it("stops reading tickets when the grant is taken back elsewhere (another extension page, the browser's site access)", async () => {
    const { options, state } = await deskTabSwitchedOn();
    await takeBack();
    await expect.poll(granted, { timeout: 10_000 }).toBe(false);
    await expect.poll(state, { timeout: 10_000 }).toBe('off');
    await expect.poll(() => siteSwitch(options).isChecked(), { timeout: 10_000 }).toBe(false);
    await options.close();
  });
});
