// The guidance lives in the browser's side panel, in real Chromium with the production build: the in-page pointer's
// click opens it (the click is the user gesture sidePanel.open needs), it shows exactly what the engine ranks for
// the tab, follows ticket switches live, says plainly when there is no ticket, and the toolbar badge counts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { BUILTIN_LESSONS } from '../../src/lessons/index';
import { DESK_PAGES } from '../../scripts/desk-pages';
import {
  EXTENSION_DIR,
  activeTabIds,
  SIDEBAR,
  engineAnswer,
  launchWithExtension,
  openSidePanel,
  sidebarLessons,
  startDeskServer,
  switchZendeskTab,
  waitForSidebar,
  type Browser,
  type DeskServer,
  type SidePanel,
} from './harness';

const TABS = DESK_PAGES.find((p) => p.file.endsWith('zendesk/two-ticket-tabs.html'))!;
const ORIGIN = new URL(TABS.url).origin;
/** A Zendesk view (a list of tickets): the content script runs here too, and finds no ticket. */
const VIEW_URL = `${ORIGIN}/agent/filters/360001`;
const VIEW_PAGE = `<!doctype html><html><head><title>Views - Zendesk</title></head><body>
<nav><a href="/agent/filters/360001">Your unsolved tickets</a></nav>
<main><h1>Your unsolved tickets</h1><table data-test-id="table_main"><tbody>
<tr><td><a href="/agent/tickets/5530">Boots came apart after a week</a></td><td>Open</td></tr>
<tr><td><a href="/agent/tickets/5498">Cancel my subscription</a></td><td>Pending</td></tr>
</tbody></table></main></body></html>`;

const expected = {
  boots: engineAnswer(TABS.file, TABS.url),
  subscription: engineAnswer(TABS.file, TABS.url, (doc) => switchZendeskTab('5498', doc)),
};

let server: DeskServer;
let browser: Browser;
let page: Page;
let panel: SidePanel | null = null;

beforeAll(async () => {
  server = await startDeskServer([
    { url: TABS.url, file: TABS.file },
    { url: VIEW_URL, body: VIEW_PAGE },
  ]);
  browser = await launchWithExtension(EXTENSION_DIR, server, { viewport: { width: 1366, height: 768 } });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

afterAll(async () => {
  await panel?.detach();
  await browser?.close();
  await server?.close();
});

/** The toolbar badge's text for the page's tab, asked of the service worker. */
async function badge(): Promise<string> {
  return browser.worker.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> }; action: { getBadgeText(d: { tabId: number }): Promise<string> } };
    };
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    return chrome.action.getBadgeText({ tabId: tab!.id! });
  }, page.url());
}

describe('the side panel', () => {
  it('opens from the in-page pointer and shows exactly what the engine ranks for the tab', async () => {
    await page.goto(TABS.url);
    await waitForSidebar(page);
    expect(await sidebarLessons(page)).toEqual(expected.boots.lessons);
    // The pointer: the count and the top lesson's title.
    const pointer = page.locator(`${SIDEBAR} button`);
    await expect.poll(() => pointer.isVisible()).toBe(true);
    // The badge's number is drawn by CSS from data-n (and said in the name below).
    expect(await pointer.locator('.count').evaluate((el) => getComputedStyle(el, '::before').content)).toBe(`"${expected.boots.lessons.length}"`);
    const top = BUILTIN_LESSONS.find((l) => l.id === expected.boots.lessons[0])!.title;
    expect(await pointer.locator('.title').textContent()).toBe(top);
    // Named by what its click does in Chromium: it opens the panel (Firefox's names the shortcut instead).
    const count = expected.boots.lessons.length === 1 ? t('pointerSuggestionsOne') : t('pointerSuggestionsMany', String(expected.boots.lessons.length));
    expect(await pointer.getAttribute('aria-label')).toBe(t('pointerOpen', count, top));
    expect(await badge()).toBe(String(expected.boots.lessons.length));

    panel = await openSidePanel(browser, page);
    await expect.poll(() => panel!.lessons()).toEqual(expected.boots.lessons);
    const text = await panel.text();
    expect(text).toContain('#5530');
    expect(text).toContain(expected.boots.ticket.subject);
  });

  it('is compact: in a window 768 px tall, the first two cards’ Insert buttons show without scrolling; the rest unfolds on demand', async () => {
    expect(expected.boots.lessons.length).toBeGreaterThanOrEqual(2);
    const fit = await panel!.evaluate<{ height: number; bottoms: number[]; folded: boolean[] }>(`(() => ({
      height: innerHeight,
      bottoms: Array.from(document.querySelectorAll('.card'), (card) => card.querySelector('.phrase.best button.primary').getBoundingClientRect().bottom).slice(0, 2),
      folded: Array.from(document.querySelectorAll('.card details'), (d) => !d.open),
    }))()`);
    expect(fit.height).toBeGreaterThan(0);
    expect(fit.height).toBeLessThanOrEqual(768);
    for (const bottom of fit.bottoms) expect(bottom).toBeLessThanOrEqual(fit.height);
    expect(fit.folded.every(Boolean)).toBe(true);
  });

  it('a card cuts its advice to one line, and unfolding the card shows the advice whole, not only in a hover tooltip', async () => {
    const advice = `document.querySelector('.card .gist')`;
    const cut = () => panel!.evaluate<boolean>(`${advice}.scrollWidth > ${advice}.clientWidth`);
    const lines = () => panel!.evaluate<number>(`Math.round(${advice}.getBoundingClientRect().height / parseFloat(getComputedStyle(${advice}).lineHeight))`);
    expect(await cut()).toBe(true); // the lesson's advice is longer than the panel is wide
    expect(await lines()).toBe(1);
    // Unfolded as an agent without a mouse (who gets no title tooltip) unfolds it: the summary focused and activated.
    await panel!.evaluate(`document.querySelector('.card details summary').focus()`);
    await panel!.evaluate(`document.querySelector('.card details summary').click()`);
    await expect.poll(() => panel!.evaluate<boolean>(`document.querySelector('.card details').open`)).toBe(true);
    expect(await cut()).toBe(false);
    expect(await lines()).toBeGreaterThan(1);
    expect(await panel!.evaluate<string>(`${advice}.textContent`)).toBe(BUILTIN_LESSONS.find((l) => l.id === expected.boots.lessons[0])!.advice);
    // Folded again: one line again.
    await panel!.evaluate(`document.querySelector('.card details').open = false`);
    await expect.poll(() => cut()).toBe(true);
  });

  it('shows the ticket’s subject whole in a narrow panel (200 % zoom): on two lines, not cut to one with the rest in a tooltip', async () => {
    const h1 = `document.querySelector('.head h1')`;
    const shown = () =>
      panel!.evaluate<{ text: string; cut: boolean; lines: number }>(`(() => ({
        text: ${h1}.textContent,
        cut: ${h1}.scrollWidth > ${h1}.clientWidth || ${h1}.scrollHeight > ${h1}.clientHeight + 1,
        lines: Math.round(${h1}.getBoundingClientRect().height / parseFloat(getComputedStyle(${h1}).lineHeight)),
      }))()`);
    expect((await shown()).lines).toBe(1);
    await panel!.evaluate(`document.body.style.width = '170px'`);
    try {
      const narrow = await shown();
      expect(narrow.text).toBe(expected.boots.ticket.subject);
      expect(narrow.lines).toBe(2);
      expect(narrow.cut).toBe(false);
      // A longer subject takes more lines there, whole (a walk, 2026-12-05, found one cut to "Refund still not received
      // for…" at 200 % zoom): drawn in a copy of the heading beside it, so the panel's own stays as the panel drew it.
      const long = await panel!.evaluate<{ cut: boolean; lines: number }>(`(() => {
        const copy = ${h1}.cloneNode(false);
        copy.textContent = 'Refund still not received for the jacket I returned on 3 March, tracked and signed for';
        ${h1}.after(copy);
        const shown = { cut: copy.scrollHeight > copy.clientHeight + 1, lines: Math.round(copy.getBoundingClientRect().height / parseFloat(getComputedStyle(copy).lineHeight)) };
        copy.remove();
        return shown;
      })()`);
      expect(long.lines).toBeGreaterThan(2);
      expect(long.cut).toBe(false);
    } finally {
      await panel!.evaluate(`document.body.style.width = ''`);
    }
  });

  it('follows the ticket live as the agent switches tickets in the desk', async () => {
    await page.evaluate(switchZendeskTab, '5498');
    await expect.poll(() => panel!.lessons()).toEqual(expected.subscription.lessons);
    expect(await panel!.text()).toContain('#5498');
    await expect.poll(() => badge()).toBe(String(expected.subscription.lessons.length));
    await page.evaluate(switchZendeskTab, '5530');
    await expect.poll(() => panel!.lessons()).toEqual(expected.boots.lessons);
  });

  it('says plainly when there is no ticket, shows nothing in the page, and clears the badge', async () => {
    await page.goto(VIEW_URL);
    await waitForSidebar(page, 'no-ticket');
    expect(await page.locator(`${SIDEBAR} button`).isVisible()).toBe(false);
    expect(await page.locator(SIDEBAR).getAttribute('data-lessons')).toBe('');
    await expect.poll(() => panel!.text()).toContain(t('panelNoTicket'));
    expect(await panel!.lessons()).toEqual([]);
    expect(await badge()).toBe('');
    // And back to a ticket: the panel, still open, shows its suggestions again.
    await page.goto(TABS.url);
    await waitForSidebar(page);
    await expect.poll(() => panel!.lessons()).toEqual(expected.boots.lessons);
  });

  it('follows the active tab: a tab Extra Mile does not read says so, in the theme chosen', async () => {
    const other = await browser.context.newPage();
    await other.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
    await other.bringToFront();
    await expect.poll(() => panel!.text()).toContain(t('panelNotReading'));
    // Dark chosen in the options page (the system light): the panel without a ticket is dark too (before 2026-12-03
    // only a ticket's view carried the theme, and the panel stayed white wherever it showed none).
    const background = () => panel!.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    expect(await background()).toBe('rgb(255, 255, 255)');
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByRole('radio', { name: t('optionsThemeDark') }).check();
    await expect.poll(background).toBe('rgb(27, 31, 36)');
    await options.getByRole('radio', { name: t('optionsThemeAuto') }).check();
    await expect.poll(background).toBe('rgb(255, 255, 255)');
    await options.close();
    await other.bringToFront();
    await page.bringToFront();
    await expect.poll(() => panel!.lessons()).toEqual(expected.boots.lessons);
    await other.close();
  });

  // A tester's Zendesk ticket failed to load (ERR_EMPTY_RESPONSE): the panel said "Extra Mile doesn't read this page"
  // while the popup said "Reload the tab to start". Both say to reload, as src/silent-tab.ts decides for both.
  it('on a desk ticket whose page did not load, says to reload the tab, as the popup does', async () => {
    const failedUrl = `${ORIGIN}/agent/tickets/5600`;
    server.set({ url: failedUrl, empty: true });
    const failed = await browser.context.newPage();
    await failed.goto(failedUrl).catch(() => undefined); // the browser's error page
    await failed.bringToFront();
    await expect.poll(() => panel!.text(), { timeout: 10_000 }).toContain(t('panelReload'));
    expect(await panel!.text()).not.toContain(t('panelNotReading'));
    const [tabId] = await activeTabIds(browser);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(async () => ((await popup.locator('.status').textContent()) ?? '').trim()).toBe(t('popupStatusReload'));
    expect(t('popupStatusReload')).toBe(t('panelReload'));
    await popup.close();
    await page.bringToFront();
    await failed.close();
  });

  it('on a desk ticket still loading past the hold, says it waits for the page, as the popup does, then shows the ticket', async () => {
    // The page is sent, its response ended only after 6 s: no content script runs before then. Before 2026-12-03 the
    // panel said "Reload the tab to start" from the end of its hold (3 s) while the page was still coming in.
    server.set({ url: `${ORIGIN}/agent/tickets/5531`, file: TABS.file, stallMs: 6_000 });
    const slow = await browser.context.newPage();
    await slow.bringToFront();
    void slow.goto(`${ORIGIN}/agent/tickets/5531`).catch(() => undefined);
    await expect.poll(() => panel!.text(), { timeout: 5_500 }).toContain(t('panelLoading'));
    expect(await panel!.text()).not.toContain(t('panelReload'));
    expect(t('panelLoading')).toBe(t('popupStatusLoading'));
    await expect.poll(() => panel!.lessons(), { timeout: 15_000 }).not.toEqual([]);
    expect(await panel!.text()).not.toContain(t('panelLoading'));
    await page.bringToFront();
    await slow.close();
  });
});
