// The toolbar button and the popup's way to the sidebar in Debian's Firefox ESR (dist/firefox). Firefox puts a new
// add-on's button in its Extensions menu, where the badge is never seen: the manifest starts it on the toolbar. And
// Firefox opens its sidebar only within the agent's own action, which a click in the add-on's popup is (a click in the
// desk page is not: the pointer names the shortcut there). The popup page is opened in a tab of its own acting on the
// desk tab (`popup.html?tab=<id>`), and clicked by puppeteer's mouse, which Firefox treats as the agent's input.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { DESK_PAGES } from '../../scripts/desk-pages';
import { t } from '../../src/i18n';
import { SIDEBAR } from './harness';
import { firefoxOnDesks, sidebarSeenFrom, type FirefoxWithExtension } from './firefox-harness';

const ZENDESK = DESK_PAGES.find((p) => p.file.endsWith('zendesk/ticket-refund-after-return.html'))!;

let firefox: FirefoxWithExtension;
let desk: Page;

firefoxOnDesks([ZENDESK], { extensionPages: true }, (started, tab) => {
  firefox = started;
  desk = tab;
});

interface AddonApis {
  browser: {
    action: { getUserSettings(): Promise<{ isOnToolbar?: boolean }> };
    tabs: { query(q: object): Promise<Array<{ id: number }>> };
  };
}

describe('the toolbar button and the popup in Firefox ESR', () => {
  it('the button starts on the toolbar; the popup opens the sidebar on the tab’s suggestions', async () => {
    await desk.goto(ZENDESK.url);
    await desk.waitForSelector(`${SIDEBAR}[data-state="ready"]`, { timeout: 15_000 });
    const lessons = (await desk.$eval(SIDEBAR, (el) => el.getAttribute('data-lessons') ?? '')).split(' ').filter(Boolean);
    expect(lessons.length).toBeGreaterThan(0);

    const helper = await firefox.openExtensionPage('options.html');
    expect(await helper.evaluate(async () => (await (globalThis as unknown as AddonApis).browser.action.getUserSettings()).isOnToolbar)).toBe(true);
    const tabId = await helper.evaluate(async (url) => (await (globalThis as unknown as AddonApis).browser.tabs.query({ url }))[0]?.id, ZENDESK.url);
    expect(tabId).toEqual(expect.any(Number));
    expect((await sidebarSeenFrom(helper)).open).toBe(false);

    const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);
    const button = await popup.waitForSelector('button.open-panel', { timeout: 10_000 });
    expect(await button!.evaluate((el) => el.textContent)).toBe(t('popupOpenPanel'));
    await button!.click();
    // The popup opened as a tab is the active tab, which the sidebar follows; over the desk, the real popup is not.
    await expect.poll(async () => (await sidebarSeenFrom(helper)).open, { timeout: 10_000 }).toBe(true);
    await desk.bringToFront();
    await expect.poll(() => sidebarSeenFrom(helper), { timeout: 10_000 }).toEqual({ open: true, lessons: [lessons] });
  });
});
