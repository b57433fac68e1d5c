// The popup in Debian's Chromium with the production build (dist/chrome), which matches the hosted desks only:
// searching lessons and copying a phrase; the "On for this site" switch on a hosted desk (Zendesk) and on a
// self-hosted desk on its own domain (FreeScout at https://freescout.example.org), where switching on grants the
// origin and webext-dynamic-content-scripts registers and injects the content script, across a browser restart.
//
// The popup is opened as popup.html?tab=<id> in a tab of its own, so Playwright can drive it; `tab` names the desk
// tab it acts on. Before that the test presses the toolbar button for the desk tab (the DevTools protocol's
// Extensions.triggerAction): the real popup opens and the extension gets activeTab there, as when the agent clicks,
// which is what lets the popup read the tab's URL (the manifest asks for no "tabs" permission, and content-script
// matches do not reveal URLs). One test reads the real toolbar popup itself.
//
// What cannot be done headlessly: answering Chromium's permission prompt. The origin is instead recorded as granted
// beforehand through chrome://extensions' own site-access API (developerPrivate.addHostPermission, what the
// extension's details page calls), which for an extension whose hosts are all optional records the origin without
// activating it. The switch's permissions.request then resolves true without a prompt and the browser fires
// permissions.onAdded for the origin, exactly as after the agent clicks "Allow": everything after the prompt is the
// real path. The prompt itself is not exercised; the "Deny" answer only in the unit tests (tests/popup.test.ts).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { DESK_PAGES } from '../../scripts/desk-pages';
import { connectSidePanel } from '../../scripts/side-panel';
import { lessonCount, t } from '../../src/i18n';
import { EXTENSION_DIR, ROOT, activeTabIds, engineAnswer, expectLessons, launchWithExtension, sidebarLessons, startDeskServer, waitForSidebar, type Browser, type DeskServer } from './harness';

const ZENDESK = DESK_PAGES.find((p) => p.file.endsWith('zendesk/ticket-refund-after-return.html'))!;
const FREESCOUT = DESK_PAGES.find((p) => p.desk === 'freescout')!;
/** Another Zendesk account, for a tab that moves from one desk's site to another's. */
const OTHER_ZENDESK = { url: 'https://acme.zendesk.com/agent/tickets/5530', file: DESK_PAGES.find((p) => p.file.endsWith('zendesk/two-ticket-tabs.html'))!.file };
const ZENDESK_ORIGIN = new URL(ZENDESK.url).origin;
const FREESCOUT_ORIGIN = new URL(FREESCOUT.url).origin;
const FREESCOUT_PATTERN = `${FREESCOUT_ORIGIN}/*`;
const FREESCOUT_TICKET = engineAnswer(FREESCOUT.file, FREESCOUT.url);
/** Lets the DevTools protocol press the extension's toolbar button (Extensions.triggerAction). */
const FLAGS = ['--enable-unsafe-extension-debugging'];

let server: DeskServer;
let browser: Browser;
let profile: string;

const launch = () => launchWithExtension(EXTENSION_DIR, server, { profile, args: FLAGS });

beforeAll(async () => {
  server = await startDeskServer([...[ZENDESK, FREESCOUT].map((p) => ({ url: p.url, file: p.file })), OTHER_ZENDESK]);
  profile = mkdtempSync(join(tmpdir(), 'extra-mile-popup-profile-'));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  await server?.close();
});

/** The chrome.* calls the tests make from an extension page (no @types/chrome here). */
interface WorkerChrome {
  chrome: {
    permissions: { contains(p: { origins: string[] }): Promise<boolean> };
    scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; js?: string[]; persistAcrossSessions?: boolean }[]> };
    storage: { sync: { get(key: string): Promise<Record<string, { sites?: Record<string, { enabled?: boolean }> }>> } };
  };
}

/**
 * An extension page to ask chrome.* from (popup.html acting on no tab): unlike the service worker, it stays put
 * while the test stops and the browser restarts the worker.
 */
const extensionPages = new WeakMap<Browser, Promise<Page>>();
function worker(): Promise<Page> {
  let page = extensionPages.get(browser);
  if (!page) {
    page = browser.context.newPage().then(async (p) => {
      await p.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=-1`);
      return p;
    });
    extensionPages.set(browser, page);
  }
  return page;
}
const granted = async (pattern: string) => (await worker()).evaluate((p) => (globalThis as unknown as WorkerChrome).chrome.permissions.contains({ origins: [p] }), pattern);
const registered = async () => (await worker()).evaluate(() => (globalThis as unknown as WorkerChrome).chrome.scripting.getRegisteredContentScripts());
const storedSite = async (origin: string) =>
  // src/settings.ts keeps one storage.sync item per site.
  (await worker()).evaluate(async (o) => (await (globalThis as unknown as WorkerChrome).chrome.storage.sync.get(`site:${o}`))[`site:${o}`], origin);

/** Opens a desk page in a new tab and returns it with its tab id. */
async function openDesk(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  const [tabId] = await activeTabIds(browser);
  if (tabId === undefined) throw new Error('no active tab');
  return { page, tabId };
}

/** popup.html in a tab of its own, acting on `tabId` (or, without it, on itself: the active tab). */
async function openPopup(tabId?: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
  // Lessons and the switch wait for managed storage, whose first read after Chromium starts takes it a few seconds.
  await page.locator('.lessons li').first().waitFor({ timeout: 10_000 });
  await expect.poll(() => statusLine(page), { timeout: 10_000 }).not.toBe('');
  return page;
}

/** A Zendesk ticket read in its tab, and the popup acting on it, opened as the agent opens it (the toolbar button first). */
async function popupOnZendesk(): Promise<{ desk: Page; tabId: number; popup: Page }> {
  const { page: desk, tabId } = await openDesk(ZENDESK.url);
  await waitForSidebar(desk);
  await clickToolbarButton(desk);
  return { desk, tabId, popup: await openPopup(tabId) };
}

const statusLine = async (popup: Page) => ((await popup.locator('.status').textContent()) ?? '').trim();
const toggle = (popup: Page) => popup.getByRole('switch', { name: t('popupSwitchLabel') });
const sidebars = (page: Page) => page.locator('extra-mile-sidebar').count();
const resultIds = (popup: Page) => popup.locator('.lessons li').evaluateAll((els) => els.map((el) => el.getAttribute('data-lesson-id') ?? ''));

/** What the content script in the tab says it shows, asked as the popup asks; null when no content script answers. */
async function contentState(tabId: number): Promise<string | null> {
  return (await worker()).evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown, o: { frameId: number }): Promise<{ state: string }> } } };
    return chrome.tabs.sendMessage(id, { type: 'extra-mile:get-tab-view' }, { frameId: 0 }).then((r) => r.state, () => null);
  }, tabId);
}

describe('search (the popup page in a tab)', () => {
  // The lessons in use are the built-in ones the agent did not hide, plus installed packs' once each is checked, a
  // pack's reply checks with the reply coach's checks and word classes. With no pack there is nothing to check: opening
  // the popup then fetched that data (about 110 KB of its 145 KB chunk) for nothing, as every agent without a pack does.
  it("fetches the pack validator and the reply coach's data only once a pack is installed, and then shows the pack's lessons", async () => {
    const check = (JSON.parse(readFileSync(resolve(ROOT, 'src/coach/checks.json'), 'utf8')) as { checks: Array<{ does: string }> }).checks[0]!.does.slice(0, 40);
    /** Opens the popup on no tab; says which of the chunks it fetched carry the reply checks, once its list is drawn. */
    async function chunksFetched(lessonShown: string): Promise<{ all: string[]; withChecks: string[] }> {
      const popup = await browser.context.newPage();
      const chunks: string[] = [];
      popup.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.startsWith('/chunks/')) chunks.push(path.slice(1));
      });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=-1`);
      await popup.locator(`.lessons li[data-lesson-id="${lessonShown}"]`).waitFor({ timeout: 10_000 });
      await popup.close();
      return { all: chunks, withChecks: chunks.filter((file) => readFileSync(resolve(EXTENSION_DIR, file), 'utf8').includes(check)) };
    }
    const PACK_LESSON = 'refund-date-not-promise'; // examples/team-pack.json's first lesson

    const none = await chunksFetched('own-it-to-the-end');
    expect(none.all.length).toBeGreaterThan(0); // the recorder sees the popup's chunks
    expect(none.withChecks).toEqual([]);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel(t('optionsImportLabel')).setInputFiles(resolve(ROOT, 'examples/team-pack.json'));
    await options.getByRole('button', { name: t('optionsPackAdd') }).click();
    await options.getByText(t('optionsPackAdded', 'Our team playbook', lessonCount(3))).waitFor();
    try {
      const withPack = await chunksFetched(PACK_LESSON);
      expect(withPack.withChecks).toHaveLength(1);
    } finally {
      // Removed as the agent removes it (the question, then its Remove): the later tests rank without the pack.
      await options.getByRole('button', { name: t('optionsPackRemoveNamed', 'Our team playbook'), exact: true }).click();
      await options.keyboard.press('Tab');
      await options.keyboard.press('Enter');
      await options.getByText(t('optionsNoPacks')).waitFor();
      await options.close();
    }
  });

  it("follows the agent's theme preference over the system's, as the side panel and the options page do", async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const DARK = 'rgb(27, 31, 36)';
    const LIGHT = 'rgb(255, 255, 255)';
    /** Chooses a theme in the options page and waits until it is stored (storage.sync `settings`). */
    const choose = async (theme: 'optionsThemeDark' | 'optionsThemeLight' | 'optionsThemeAuto') => {
      await options.getByRole('radio', { name: t(theme) }).check();
      const value = theme === 'optionsThemeDark' ? 'dark' : theme === 'optionsThemeLight' ? 'light' : 'auto';
      await expect
        .poll(() => options.evaluate(async () => ((await (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, { preferences?: { theme?: string } }>> } } } }).chrome.storage.sync.get('settings')).settings?.preferences?.theme)))
        .toBe(value);
    };
    try {
      for (const [theme, system, expected] of [['optionsThemeDark', 'light', DARK], ['optionsThemeLight', 'dark', LIGHT], ['optionsThemeAuto', 'dark', DARK], ['optionsThemeAuto', 'light', LIGHT]] as const) {
        await choose(theme); // stored before the popup opens and reads it
        const popup = await openPopup();
        await popup.emulateMedia({ colorScheme: system });
        await expect.poll(() => background(popup), { message: `${theme}, system ${system}` }).toBe(expected);
        await popup.close();
      }
      // Chosen while the popup is open: taken at once (the system light, the last choice "auto").
      const popup = await openPopup();
      await options.getByRole('radio', { name: t('optionsThemeDark') }).check();
      await expect.poll(() => background(popup), { message: 'Dark chosen with the popup open' }).toBe(DARK);
      await popup.close();
      // Opened again, it is dark from its first paint, before the settings answer: the theme its script sets as it runs,
      // read as the page's parsing ends (before 2026-12-03 the system's light until the settings answered).
      const again = await browser.context.newPage();
      await again.emulateMedia({ colorScheme: 'light' });
      await again.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          (globalThis as { firstTheme?: string | null }).firstTheme = document.documentElement.getAttribute('data-theme');
        });
      });
      await again.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      expect(await again.evaluate(() => (globalThis as { firstTheme?: string | null }).firstTheme)).toBe('dark');
      await again.close();
    } finally {
      await choose('optionsThemeAuto'); // stored before the page closes: the tests after this one expect "auto"
      await options.close();
    }
  });

  it('opens with the search box focused; a typo finds the lesson; a chip filters; Copy puts the phrase on the clipboard', async () => {
    // (Chromium refuses per-origin grants for chrome-extension:// origins, "opaque" to it; this grants everywhere.)
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const popup = await openPopup();
    // Acting on itself (a chrome-extension:// page): nothing to switch, and it says why.
    expect(await statusLine(popup)).toBe(t('popupStatusNotDesk'));
    expect(await toggle(popup).isDisabled()).toBe(true);
    await expect.poll(() => popup.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('search');

    // Dark when the system is, light when it is not (the theme "auto": popup.tsx follows the system's change event).
    const background = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).toBe('rgb(27, 31, 36)');
    await popup.emulateMedia({ colorScheme: 'light' });
    await expect.poll(background).toBe('rgb(255, 255, 255)');

    await popup.keyboard.type('tranfered');
    await expect.poll(async () => (await resultIds(popup))[0]).toBe('own-it-to-the-end');
    expect(await popup.locator('.lessons li .why').first().textContent()).toBe('Matches: “transferred” for “tranfered” in the words customers use');

    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    const first = popup.locator('.lessons li').first();
    expect(await first.locator('button.result').getAttribute('aria-expanded')).toBe('true');
    const phrase = (await first.locator('.phrase p').first().textContent()) ?? '';
    expect(phrase.length).toBeGreaterThan(10);
    await first.getByRole('button', { name: /^Copy phrase:/ }).first().click();
    await expect.poll(() => first.locator('.phrase button').first().textContent()).toBe(t('copied'));
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(phrase);
    // Escape there folds the lesson, the focus back on its title, the search kept (it had gone on to clear the search).
    await popup.keyboard.press('Escape');
    await expect.poll(() => first.locator('button.result').getAttribute('aria-expanded')).toBe('false');
    expect(await popup.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-lesson-id'))).toBe('own-it-to-the-end');
    expect(await popup.getByRole('searchbox').inputValue()).toBe('tranfered');
    // The focus ring round the title clears the "Matches:" line under it (a walk, 2026-12-05: it ran through its words).
    const ring = await popup.evaluate(() => {
      const button = document.activeElement as HTMLElement;
      const style = getComputedStyle(button);
      const width = parseFloat(style.outlineWidth);
      const why = button.closest('li')?.querySelector('.why')?.getBoundingClientRect().top ?? NaN;
      return { width, below: button.getBoundingClientRect().bottom + parseFloat(style.outlineOffset) + width, why };
    });
    expect(ring.width).toBeGreaterThan(0);
    expect(ring.below).toBeLessThanOrEqual(ring.why);

    // A misspelt lesson word is found as that word, never the "word" inside it; a help-desk word no lesson uses,
    // misspelt, through the words the lessons use for it.
    await popup.getByRole('searchbox').fill('pasword reset');
    await expect.poll(async () => resultIds(popup)).toEqual(['how-to-step-by-step']);
    await popup.getByRole('searchbox').fill('usernam');
    await expect.poll(async () => resultIds(popup)).toContain('vague-report-ask-precisely');

    // Team care: findable here (tickets never trigger it), and its chip (folded away under Topics) filters the list.
    await popup.getByRole('searchbox').fill('');
    expect(await popup.getByRole('button', { name: 'Team care' }).isVisible()).toBe(false);
    await popup.locator('details.filters summary').click();
    await popup.getByRole('button', { name: 'Team care' }).click();
    const teamCare = await resultIds(popup);
    expect(teamCare).toContain('train-and-train-again');
    expect(teamCare).not.toContain('own-it-to-the-end');
    await popup.getByRole('searchbox').fill('train');
    await expect.poll(async () => (await resultIds(popup))[0]).toBe('train-and-train-again');
    await popup.close();
  });
});

/** A browser-level DevTools session: the toolbar button and the real popup's page. */
async function browserSession(): Promise<CDPSession> {
  const session = await browser.context.browser()?.newBrowserCDPSession();
  if (!session) throw new Error('no browser-level DevTools session');
  return session;
}

/** Presses the extension's toolbar button for the tab showing `page`: the real popup opens; activeTab is granted. */
async function pressToolbarButton(page: Page): Promise<void> {
  const cdp = await browserSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((target) => target.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction', { id: browser.extensionId, targetId: tab.targetId });
  } finally {
    await cdp.detach();
  }
}

/** The real toolbar popup's page (a target Playwright does not list), once it is open. */
async function toolbarPopupTarget(cdp: CDPSession): Promise<string> {
  const url = `chrome-extension://${browser.extensionId}/popup.html`;
  let targetId = '';
  await expect
    .poll(async () => {
      const { targetInfos } = await cdp.send('Target.getTargets');
      targetId = targetInfos.find((target) => target.type === 'page' && target.url === url)?.targetId ?? '';
      return targetId;
    })
    .not.toBe('');
  return targetId;
}

/** Attaches to the real toolbar popup: `call` sends it one DevTools command and returns the result. */
async function attachToolbarPopup(cdp: CDPSession): Promise<{ targetId: string; call: (method: string, params: object) => Promise<{ result?: { value?: unknown } }> }> {
  const targetId = await toolbarPopupTarget(cdp);
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 1;
  const waiting = new Map<number, (result: { result?: { value?: unknown } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown } } };
    if (event.sessionId !== sessionId || message.id === undefined) return;
    waiting.get(message.id)?.(message.result ?? {});
    waiting.delete(message.id);
  });
  async function call(method: string, params: object) {
    const id = nextId++;
    // A popup that closes mid-call never answers: fail plainly instead of waiting for the test's own timeout.
    const answer = new Promise<{ result?: { value?: unknown } }>((resolve, reject) => {
      const late = setTimeout(() => reject(new Error(`the toolbar popup did not answer ${method}`)), 10_000);
      waiting.set(id, (result) => {
        clearTimeout(late);
        resolve(result);
      });
    });
    try {
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    } catch (failure) {
      waiting.get(id)?.({}); // settles the answer (and clears its timer): the send's own failure is what is reported
      waiting.delete(id);
      throw failure;
    }
    return answer;
  }
  return { targetId, call };
}

/** Evaluates `expression` in the real toolbar popup and closes it after when told to. */
async function inToolbarPopup(expression: string, close: boolean): Promise<unknown> {
  const cdp = await browserSession();
  try {
    const popup = await attachToolbarPopup(cdp);
    const value = (await popup.call('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })).result?.value;
    if (close) await cdp.send('Target.closeTarget', { targetId: popup.targetId });
    return value;
  } finally {
    await cdp.detach();
  }
}

/**
 * Clicks the element matching `selector` in the real toolbar popup with the mouse (input events the browser counts as
 * the agent's own action), once it is drawn; then says whether the popup is still open a moment later.
 */
async function clickInToolbarPopup(selector: string): Promise<boolean> {
  const cdp = await browserSession();
  try {
    const popup = await attachToolbarPopup(cdp);
    const where = `new Promise((done) => { const look = () => { const r = document.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect(); if (r && r.width > 0 && document.querySelector('.status')?.textContent?.trim()) done({ x: r.left + r.width / 2, y: r.top + r.height / 2 }); else setTimeout(look, 20); }; look(); })`;
    const at = (await popup.call('Runtime.evaluate', { expression: where, awaitPromise: true, returnByValue: true })).result?.value as { x: number; y: number };
    // Not awaited: the popup may close within the click, and then never answers.
    for (const type of ['mousePressed', 'mouseReleased']) popup.call('Input.dispatchMouseEvent', { type, x: at.x, y: at.y, button: 'left', clickCount: 1 }).catch(() => undefined);
    let open = true;
    for (let tries = 0; tries < 50 && open; tries++) {
      await new Promise((done) => setTimeout(done, 100));
      const { targetInfos } = await cdp.send('Target.getTargets');
      open = targetInfos.some((target) => target.targetId === popup.targetId);
    }
    return open;
  } finally {
    await cdp.detach();
  }
}

/** Stops the extension's service worker, as the browser does after 30 s idle; the next event starts it again. */
async function stopServiceWorker(): Promise<void> {
  const cdp = await browserSession();
  const url = `chrome-extension://${browser.extensionId}/background.js`;
  const running = async () => (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.type === 'service_worker' && t.url === url);
  try {
    const target = await running();
    if (!target) throw new Error('no service worker target');
    await cdp.send('Target.closeTarget', { targetId: target.targetId });
    await expect.poll(running).toBeUndefined();
  } finally {
    await cdp.detach();
  }
}

/** Clicks the toolbar button for the tab showing `page` and closes the popup again: what leaves activeTab behind. */
async function clickToolbarButton(page: Page): Promise<void> {
  await pressToolbarButton(page);
  await inToolbarPopup('true', true);
}

describe('the switch on a hosted desk (Zendesk)', () => {
  it('off: the sidebar goes at once and stays gone after a reload; on: it comes back and stays', async () => {
    const { page: desk, tabId } = await openDesk(ZENDESK.url);
    await waitForSidebar(desk);
    await expectLessons(desk, engineAnswer(ZENDESK.file, ZENDESK.url).lessons);

    await clickToolbarButton(desk);
    let popup = await openPopup(tabId);
    expect(await statusLine(popup)).toMatch(/^Zendesk · #5512 · /);
    // It leads with the lessons ranked for this ticket: those the page's element lists (and the side panel shows).
    const ranked = await sidebarLessons(desk);
    expect(ranked.length).toBeGreaterThan(0);
    await expect.poll(() => popup.locator('.ticket-lessons li').evaluateAll((els) => els.map((el) => el.getAttribute('data-lesson-id')))).toEqual(ranked);
    // Shown whole above the long library list, not squeezed by it (the popup is a column at most 590 px tall).
    expect(await popup.locator('section.ticket').evaluate((el) => el.scrollHeight - el.clientHeight)).toBe(0);
    expect(await toggle(popup).isChecked()).toBe(true);
    await toggle(popup).click();
    await expect.poll(() => sidebars(desk)).toBe(0);
    await expect.poll(() => statusLine(popup)).toBe(t('popupStatusOff'));
    expect(await toggle(popup).isChecked()).toBe(false);
    expect(await storedSite(ZENDESK_ORIGIN)).toMatchObject({ enabled: false });

    // Remembered: after a reload the content script stays dormant, and a new popup shows the switch off.
    await desk.reload();
    await expect.poll(() => contentState(tabId)).toBe('off');
    expect(await sidebars(desk)).toBe(0);
    await popup.close();
    await clickToolbarButton(desk); // the reload ended activeTab, as it does for the agent
    popup = await openPopup(tabId);
    expect(await statusLine(popup)).toBe(t('popupStatusOff'));
    expect(await toggle(popup).isChecked()).toBe(false);

    await toggle(popup).click();
    await waitForSidebar(desk);
    await expect.poll(() => statusLine(popup)).toMatch(/^Zendesk · #5512 · /);
    await desk.reload();
    await waitForSidebar(desk);
    expect(await storedSite(ZENDESK_ORIGIN)).toMatchObject({ enabled: true });
    await popup.close();
    await desk.close();
  });

  it('by keyboard: Space switches off, and Space again switches back on, the focus staying on the switch', async () => {
    const { desk, popup } = await popupOnZendesk();
    const focusOnSwitch = () => popup.evaluate(() => document.activeElement?.getAttribute('role') === 'switch');
    await toggle(popup).focus();

    await popup.keyboard.press('Space');
    await expect.poll(() => sidebars(desk)).toBe(0);
    await expect.poll(() => statusLine(popup)).toBe(t('popupStatusOff'));
    // Switching took a moment (the switch waits for the tab): the keyboard is still where the agent left it.
    expect(await focusOnSwitch()).toBe(true);

    await popup.keyboard.press('Space');
    await waitForSidebar(desk);
    await expect.poll(() => statusLine(popup)).toMatch(/^Zendesk · #5512 · /);
    expect(await toggle(popup).isChecked()).toBe(true);
    expect(await focusOnSwitch()).toBe(true);
    await popup.close();
    await desk.close();
  });

  // A review (487): off, the switch was a white knob on a pale track on white (1.45:1 where a control's state needs 3:1),
  // and in Windows' high-contrast colours neither the switch nor a chosen topic showed its state.
  it("shows the switch's state: off at 3:1 against the page in light and dark, and on and off apart in forced colours", async () => {
    const { desk, popup } = await popupOnZendesk();
    await toggle(popup).click();
    await expect.poll(() => statusLine(popup)).toBe(t('popupStatusOff'));
    const colours = () =>
      popup.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('.switch input')!;
        const rgb = (colour: string) => (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
        const luminance = (colour: string) => {
          const [r, g, b] = rgb(colour).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const ratio = (a: string, b: string) => {
          const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
          return (light! + 0.05) / (dark! + 0.05);
        };
        const page = getComputedStyle(document.body).backgroundColor;
        return { checked: input.checked, outline: ratio(getComputedStyle(input).borderTopColor, page), knob: ratio(getComputedStyle(input, '::before').backgroundColor, page), track: getComputedStyle(input).backgroundColor };
      });
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      const off = await colours();
      expect(off.checked).toBe(false);
      expect(off.outline, colorScheme).toBeGreaterThanOrEqual(3);
      expect(off.knob, colorScheme).toBeGreaterThanOrEqual(3);
    }
    await popup.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
    const offForced = await colours();
    await toggle(popup).click();
    await waitForSidebar(desk);
    const onForced = await colours();
    expect(onForced.checked).toBe(true);
    expect(onForced.track).not.toBe(offForced.track);
    // A chosen topic, too.
    await popup.locator('.filters summary').click();
    const chip = popup.locator('.chips button[aria-pressed=false]').first();
    const name = await chip.textContent();
    const unpressed = await chip.evaluate((el) => getComputedStyle(el).backgroundColor);
    await chip.click();
    const chosen = popup.locator('.chips button', { hasText: name! });
    await expect.poll(() => chosen.getAttribute('aria-pressed')).toBe('true');
    expect(await chosen.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(unpressed);
    await popup.close();
    await desk.close();
  });

  // A review (487): read once, a popup left open while its tab went on to another desk's ticket kept the last one's
  // ticket and site; its switch then switched off the site the tab had left, and Copy filled in the last customer's name.
  it('follows its tab to another desk: the new ticket shown, and the switch acts on the new site', async () => {
    const { desk, popup } = await popupOnZendesk();
    expect(await statusLine(popup)).toMatch(/^Zendesk · #5512 · /);
    await desk.goto(OTHER_ZENDESK.url);
    await waitForSidebar(desk);
    await expect.poll(() => statusLine(popup), { timeout: 10_000 }).toMatch(/^Zendesk · #5530 · /);
    await expect.poll(() => popup.locator('.ticket-lessons li').evaluateAll((els) => els.map((el) => el.getAttribute('data-lesson-id')))).toEqual(await sidebarLessons(desk));
    await toggle(popup).click();
    await expect.poll(() => sidebars(desk)).toBe(0);
    expect(await storedSite('https://acme.zendesk.com')).toMatchObject({ enabled: false });
    expect(await storedSite(ZENDESK_ORIGIN)).not.toMatchObject({ enabled: false });
    await toggle(popup).click();
    await waitForSidebar(desk);
    await popup.close();
    await desk.close();
  });
});

describe('a page that keeps removing Extra Mile', () => {
  it('the popup says why Extra Mile stopped there, and still shows the ticket\'s suggestions', async () => {
    const { page: desk, tabId } = await openDesk(ZENDESK.url);
    await waitForSidebar(desk);
    const ranked = await sidebarLessons(desk);
    // The content script puts its element back three times, then leaves the page alone (content/main.ts).
    for (let time = 1; time <= 3; time++) {
      await desk.evaluate(() => document.querySelector('extra-mile-sidebar')?.remove());
      await expect.poll(() => sidebars(desk), { message: `put back after removal ${time}` }).toBe(1);
    }
    await desk.evaluate(() => document.querySelector('extra-mile-sidebar')?.remove());
    await clickToolbarButton(desk);
    const popup = await openPopup(tabId);
    expect(await popup.locator('.stopped').textContent()).toBe(t('popupStoppedPageRemoved'));
    expect(await sidebars(desk)).toBe(0);
    expect(await popup.locator('.ticket-lessons li').evaluateAll((els) => els.map((el) => el.getAttribute('data-lesson-id')))).toEqual(ranked);
    await popup.close();
    await desk.close();
  });
});

describe('the popup on a ticket, its parts all open', () => {
  it("keeps room for the search's results, and a long unbroken word wraps instead of running off the side", async () => {
    const { desk, popup } = await popupOnZendesk();
    await popup.locator('.ticket-lessons li button.result').first().click();
    await popup.locator('.filters summary').click();
    await popup.locator('.ticket-lessons .details').first().waitFor();
    await popup.locator('.chips button').first().waitFor();
    // Before 2026-12-03 the ticket and the search took what they needed and the results kept 42 px: a heading, no lesson.
    const room = await popup.evaluate(() => {
      const results = document.querySelector<HTMLElement>('.results')!.getBoundingClientRect();
      const first = document.querySelector<HTMLElement>('.results .lessons li')!.getBoundingClientRect();
      return { height: results.height, firstShown: first.top >= results.top && first.bottom <= results.bottom };
    });
    expect(room.height).toBeGreaterThanOrEqual(150);
    expect(room.firstShown).toBe(true);
    // A pack's lesson may carry an address in its title, advice or steps: it wraps inside the popup's width.
    const spill = await popup.evaluate(() => {
      const long = 'https://help.example.com/articles/360012345678-how-to-request-a-replacement-for-a-damaged-item-in-transit';
      const opened = document.querySelector<HTMLElement>('.ticket-lessons .details')!;
      for (const el of [document.querySelector('.results .lessons .title'), opened.querySelector('p'), opened.querySelector('.steps li')]) if (el) el.textContent = long;
      const popupBox = document.querySelector<HTMLElement>('.popup')!;
      return [...document.querySelectorAll<HTMLElement>('.results, .ticket')].map((el) => el.scrollWidth - el.clientWidth).concat(popupBox.scrollWidth - popupBox.clientWidth);
    });
    expect(spill).toEqual([0, 0, 0]);
    await popup.close();
    await desk.close();
  });

  it('scrolls only its lists, never as a whole, however many lessons a search lists', async () => {
    const { page: desk, tabId } = await openDesk(ZENDESK.url);
    await waitForSidebar(desk);
    const popup = await openPopup(tabId);
    await popup.setViewportSize({ width: 400, height: 600 });
    // A walk (2026-12-05): with results listed the page grew to 838 px, and the wheel moved the switch and the search
    // box out of sight: each result's hidden separator sat, out of the list's flow, at its place far down the list.
    for (const query of ['late', 'customer']) {
      await popup.getByRole('searchbox').fill(query);
      await expect.poll(() => popup.locator('.results .lessons li').count()).toBeGreaterThan(5);
      const overflow = await popup.evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight);
      expect(overflow, query).toBeLessThanOrEqual(0);
    }
    // Nor sideways where the popup gets less than its 380 px (a phone's browser shows it as a page; a walk, 2026-12-04,
    // found 200–320 px scrolling sideways): it takes the width it is given.
    for (const width of [320, 240]) {
      await popup.setViewportSize({ width, height: 600 });
      const sideways = await popup.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
      expect(sideways, `${width} px`).toBeLessThanOrEqual(0);
    }
    await popup.close();
    await desk.close();
  });
});

describe('the switch on a self-hosted desk on its own domain (FreeScout, production build)', () => {
  let tabId: number;
  let desk: Page;

  it('the real toolbar popup says this is no help desk (yet), with the search box focused', async () => {
    ({ page: desk, tabId } = await openDesk(FREESCOUT.url));
    await desk.waitForTimeout(300);
    expect(await sidebars(desk)).toBe(0); // dist/chrome does not match example.org
    await pressToolbarButton(desk);
    const seen = (await inToolbarPopup(
      `new Promise((done) => { const look = () => { const s = document.querySelector('.status')?.textContent?.trim(); if (s) done({ status: s, focused: document.activeElement?.getAttribute('type'), checked: document.querySelector('[role=switch]').checked, note: document.querySelector('#switch-note')?.textContent, width: document.querySelector('.popup').getBoundingClientRect().width }); else setTimeout(look, 20); }; look(); })`,
      true,
    )) as { status: string; focused: string; checked: boolean; note: string; width: number };
    // The toolbar popup is as wide as popup.css sets it: the narrow page's rule (max-width) does not shrink it.
    expect(seen).toEqual({ status: t('popupStatusNotDesk'), focused: 'search', checked: false, note: t('popupSwitchAsks'), width: 380 });
  });

  it('switching on grants the origin; the content script is registered, injected into the open tab and the sidebar appears', async () => {
    expect(await granted(FREESCOUT_PATTERN)).toBe(false);
    // Stands in for the agent's "Allow" in the prompt (see the top of this file); it activates nothing by itself.
    const extensions = await browser.context.newPage();
    await extensions.goto(`chrome://extensions/?id=${browser.extensionId}`);
    await extensions.evaluate(
      ([id, pattern]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id!, pattern!),
      [browser.extensionId, FREESCOUT_PATTERN],
    );
    await extensions.close();
    expect(await granted(FREESCOUT_PATTERN)).toBe(false);
    expect(await sidebars(desk)).toBe(0);

    const popup = await openPopup(tabId);
    expect(await toggle(popup).isChecked()).toBe(false);
    await toggle(popup).click();
    await waitForSidebar(desk); // no reload: the library injected into the open tab
    await expectLessons(desk, FREESCOUT_TICKET.lessons);
    await expect.poll(() => statusLine(popup)).toBe(`FreeScout · #${FREESCOUT_TICKET.ticket.id} · ${FREESCOUT_TICKET.ticket.subject}`);
    expect(await toggle(popup).isChecked()).toBe(true);
    expect(await granted(FREESCOUT_PATTERN)).toBe(true);
    expect(await storedSite(FREESCOUT_ORIGIN)).toMatchObject({ enabled: true });
    const scripts = (await registered()).filter((s) => s.matches?.includes(FREESCOUT_PATTERN));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatchObject({ js: ['content.js'], persistAcrossSessions: true });
    expect(await desk.locator('extra-mile-sidebar').count()).toBe(1);
    await popup.close();
  });

  it('survives a browser restart: same profile, the page loads with the sidebar', async () => {
    await browser.close();
    browser = await launch();
    const again = await openDesk(FREESCOUT.url);
    desk = again.page;
    tabId = again.tabId;
    await waitForSidebar(desk);
    await expectLessons(desk, FREESCOUT_TICKET.lessons);
    expect(await granted(FREESCOUT_PATTERN)).toBe(true);
  });

  it('switching off: the sidebar goes, the permission is given back, the script unregistered; a reload brings nothing', async () => {
    const popup = await openPopup(tabId);
    // As when the browser has stopped the idle worker since it registered the script (the library then no longer
    // knows the registration; the background removes what is left).
    await stopServiceWorker();
    expect(await toggle(popup).isChecked()).toBe(true);
    await toggle(popup).click();
    // The stopped worker starts again to answer the click: on a loaded machine that alone can take past the polls'
    // default second (this test failed there with the sidebar still up), so each waits longer.
    const waking = { timeout: 10_000 };
    await expect.poll(() => sidebars(desk), waking).toBe(0);
    await expect.poll(() => granted(FREESCOUT_PATTERN), waking).toBe(false);
    await expect.poll(async () => (await registered()).filter((s) => s.matches?.includes(FREESCOUT_PATTERN)).length, waking).toBe(0);
    expect(await storedSite(FREESCOUT_ORIGIN)).toMatchObject({ enabled: false });
    expect(await toggle(popup).isChecked()).toBe(false);
    await desk.reload();
    await desk.waitForTimeout(500);
    expect(await contentState(tabId)).toBe(null);
    expect(await sidebars(desk)).toBe(0);
    await popup.close();
  }, 60_000);
});

describe('the side panel from the popup', () => {
  // Chromium gives a short grace after a click and closes the popup itself once the panel opens, so this guards the
  // opening, not that it is called inside the click or that the popup closes itself: tests/popup.test.ts does that.
  it('the real toolbar popup’s button opens the side panel on the tab’s suggestions, and the popup goes', async () => {
    const { page: desk } = await openDesk(ZENDESK.url);
    await waitForSidebar(desk);
    const ranked = await sidebarLessons(desk);
    expect(ranked.length).toBeGreaterThan(0);
    await expect(connectSidePanel(browser.context, desk, 300)).rejects.toThrow('the side panel did not open');
    await pressToolbarButton(desk);
    // On a line of its own under the switch, not run on after its label.
    const layout = (await inToolbarPopup(
      `new Promise((done) => { const look = () => { const b = document.querySelector('button.open-panel'); if (!b) return setTimeout(look, 20); const s = document.querySelector('label.switch').getBoundingClientRect(); const r = b.getBoundingClientRect(); done({ below: r.top >= s.bottom, height: r.height }); }; look(); })`,
      false,
    )) as { below: boolean; height: number };
    expect(layout).toEqual({ below: true, height: expect.any(Number) });
    expect(layout.height).toBeGreaterThanOrEqual(24);
    expect(await clickInToolbarPopup('button.open-panel')).toBe(false);
    const panel = await connectSidePanel(browser.context, desk, 10_000);
    try {
      await expect.poll(() => panel.evaluate(`Array.from(document.querySelectorAll('[data-lesson-id]'), (el) => el.getAttribute('data-lesson-id'))`)).toEqual(ranked);
    } finally {
      await panel.detach();
    }
    await desk.close();
  });
});
