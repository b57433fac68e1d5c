// What the e2e files share: the desk server and Chromium launch (scripts/desk-server.ts, also used by `npm start`),
// the engine's answer for a fixture computed in node, and helpers that read the sidebar.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { findAdapter } from '../../src/adapters/index';
import type { Ticket } from '../../src/adapters/types';
import { BUILTIN_LESSONS } from '../../src/lessons/index';
import { suggest } from '../../src/engine/index';
import { ENGINE } from '../support/engine';
import { launchWithExtension, ROOT, startDeskServer, type Browser, type DeskServer, type LaunchOptions } from '../../scripts/desk-server';
import type { TabView } from '../../src/messages';
import { sourceLine } from '../../panel/source-line';
import { connectSidePanel } from '../../scripts/side-panel';
import { readClean } from '../support/read-clean';

export { CHROMIUM, EXTENSION_DIR, ROOT, TEST_EXTENSION_DIR, chromiumMissing, launchWithExtension, startDeskServer } from '../../scripts/desk-server';
export type { Browser, DeskServer, Route } from '../../scripts/desk-server';

export const SIDEBAR = 'extra-mile-sidebar';

/**
 * The lesson ids the tab's content script was given by the engine, top first: the outside-check element's
 * data-lessons (the side panel shows exactly these; tests/e2e/side-panel.test.ts checks that).
 */
export async function sidebarLessons(page: Page): Promise<string[]> {
  return splitList(await page.locator(SIDEBAR).getAttribute('data-lessons', { timeout: 2_000 }).catch(() => null));
}

/** Each suggested lesson's main topic, in the same order (data-topics). */
export async function sidebarTopics(page: Page): Promise<string[]> {
  return splitList(await page.locator(SIDEBAR).getAttribute('data-topics', { timeout: 2_000 }).catch(() => null));
}

const splitList = (value: string | null) => (value ? value.split(' ').filter(Boolean) : []);

/** The side panel's header line for this page's ticket: "Zendesk · #5512 · 2 customer messages". */
export async function sidebarSource(page: Page): Promise<string> {
  const view = await tabView(page);
  return view ? sourceLine(view) : '';
}

/** What the page's content script shows (the view it sends the side panel), asked through the service worker. */
export async function tabView(page: Page): Promise<TabView | null> {
  const worker = page.context().serviceWorkers()[0];
  if (!worker) throw new Error('no extension service worker in this context');
  return worker.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as WorkerChrome;
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    if (tab?.id === undefined) return null;
    return ((await chrome.tabs.sendMessage(tab.id, { type: 'extra-mile:get-tab-view' }).catch(() => null)) ?? null) as TabView | null;
  }, page.url());
}

/** The open side panel of the extension, reached over the DevTools protocol (it is not one of the context's pages). */
export interface SidePanel {
  /** Evaluates `expression` in the panel page and returns its value (promises are awaited). */
  evaluate<T>(expression: string): Promise<T>;
  /** Lesson ids on the panel's cards, top first. */
  lessons(): Promise<string[]>;
  /** The panel's text (header, notes, cards). */
  text(): Promise<string>;
  /** A real mouse click (input events, user activation) at the middle of the first element matching `selector`. */
  click(selector: string): Promise<void>;
  /** A real double click there: two presses sent back to back, the second with clickCount 2, as a mouse sends them. */
  doubleClick(selector: string): Promise<void>;
  /** Sends one DevTools command to the panel page (emulated media, input) and returns its result. */
  call<T = unknown>(method: string, params?: object): Promise<T>;
  /** What the panel page has logged as an error since it was attached (console errors, exceptions, the browser's
   * own messages such as "Unchecked runtime.lastError"). */
  errors(): string[];
  detach(): Promise<void>;
}

/**
 * Clicks the in-page pointer, as the agent does (the click is the user gesture the browser requires), and attaches
 * to the side panel it opens. With `click: false`, attaches to a panel already open.
 */
export async function openSidePanel(browser: Browser, page: Page, options: { click?: boolean; timeout?: number } = {}): Promise<SidePanel> {
  if (options.click !== false) await page.locator(`${SIDEBAR} button`).click();
  const panel = await connectSidePanel(browser.context, page, options.timeout ?? 5_000);
  const { evaluate, call } = panel;
  const errors: string[] = [];
  panel.onEvent((method, params) => {
    const p = params as { type?: string; args?: Array<{ value?: unknown; description?: string }>; exceptionDetails?: { text?: string; exception?: { description?: string } }; entry?: { level?: string; text?: string } };
    if (method === 'Runtime.consoleAPICalled' && p.type === 'error') errors.push((p.args ?? []).map((a) => String(a.value ?? a.description ?? '')).join(' '));
    if (method === 'Runtime.exceptionThrown') errors.push(p.exceptionDetails?.exception?.description ?? p.exceptionDetails?.text ?? 'an exception');
    if (method === 'Log.entryAdded' && p.entry?.level === 'error') errors.push(p.entry.text ?? '');
  });
  await call('Runtime.enable');
  await call('Log.enable');
  /**
   * Clicks where the element is once it stands still and nothing covers it, as playwright's own click waits for: the
   * panel may still be laying out (a card's checklist or notes arriving) when the test asks, and a click at the
   * coordinates of a moment ago lands on whatever slid there.
   */
  async function click(selector: string, clicks = 1, timeout = 5_000): Promise<void> {
    const find = `new Promise((done) => {
      const el = document.querySelector(${JSON.stringify(selector)});
      if (!el) return done(null);
      el.scrollIntoView({ block: 'center' });
      const first = el.getBoundingClientRect();
      setTimeout(() => {
        const r = el.getBoundingClientRect();
        const x = r.left + r.width / 2, y = r.top + r.height / 2;
        const hit = document.elementFromPoint(x, y);
        const still = r.left === first.left && r.top === first.top && r.width === first.width && r.height === first.height;
        done({ x, y, ready: still && r.width > 0 && hit !== null && (hit === el || el.contains(hit)) });
      }, 50);
    })`;
    const until = Date.now() + timeout;
    for (;;) {
      const at = await evaluate<{ x: number; y: number; ready: boolean } | null>(find);
      if (at?.ready) {
        if (clicks === 1) {
          for (const type of ['mousePressed', 'mouseReleased']) await call('Input.dispatchMouseEvent', { type, x: at.x, y: at.y, button: 'left', clickCount: 1 });
          return;
        }
        // Sent without waiting between them, as a mouse's come: the second press lands before the panel hears back.
        const sent: Promise<unknown>[] = [];
        for (let clickCount = 1; clickCount <= clicks; clickCount++) {
          for (const type of ['mousePressed', 'mouseReleased']) sent.push(call('Input.dispatchMouseEvent', { type, x: at.x, y: at.y, button: 'left', clickCount }));
        }
        await Promise.all(sent);
        return;
      }
      if (Date.now() > until) throw new Error(at ? `${selector} in the panel kept moving or was covered` : `nothing in the panel matches ${selector}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    evaluate,
    lessons: () => evaluate<string[]>(`Array.from(document.querySelectorAll('[data-lesson-id]'), (el) => el.getAttribute('data-lesson-id'))`),
    text: () => evaluate<string>('document.body.innerText'),
    click: (selector) => click(selector),
    doubleClick: (selector) => click(selector, 2),
    call,
    errors: () => [...errors],
    detach: panel.detach,
  };
}

/** Waits until the one sidebar on the page is in `state`. */
export async function waitForSidebar(page: Page, state = 'ready', timeout = 10_000): Promise<void> {
  await page.locator(`${SIDEBAR}[data-state="${state}"]`).waitFor({ state: 'attached', timeout });
}

/**
 * Scrolls the page as the agent does: a key first (a trusted keydown, as the agent's End key or wheel gives), then
 * `scroll` (the test's own scrolling), then two frames. The pointer follows a scroll every frame only within half a
 * second of the agent's input (content/pointer-schedule.ts); a script's scroll alone is the page's, followed after a
 * wait spaced by the placements' cost, and a test that waited two frames after one failed on a loaded CI machine.
 */
export async function scrollAsAgent(page: Page, scroll: () => Promise<unknown>): Promise<void> {
  await page.keyboard.press('Shift');
  await scroll();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** How many times the content script ranked lessons on this page (data-rank-count on the outside-check element). */
export async function rankCount(page: Page): Promise<number> {
  return Number(await page.locator(SIDEBAR).getAttribute('data-rank-count'));
}

/** Polls until the sidebar shows exactly `lessons`, in order. */
export async function expectLessons(page: Page, lessons: string[], timeout = 5_000): Promise<void> {
  await expect.poll(() => sidebarLessons(page), { timeout, interval: 50 }).toEqual(lessons);
}

export interface EngineAnswer {
  ticket: Ticket;
  /** Lesson ids the engine ranks for the ticket, top first. */
  lessons: string[];
  /** Each ranked lesson's main topic. */
  topics: string[];
}

/**
 * What the engine ranks for a fixture, computed in node: the page parsed by jsdom at its URL (after `change`,
 * the same DOM change the test makes in the browser), read by the adapter the registry picks, ranked by the engine
 * (bundled model, built-in library). The browser must show exactly this.
 */
export function engineAnswer(file: string, url: string, change?: (doc: Document) => void): EngineAnswer {
  const dom = new JSDOM(readFileSync(resolve(ROOT, file), 'utf8'), { url });
  try {
    const doc = dom.window.document;
    change?.(doc);
    const href = dom.window.location.href; // a change may have moved the URL (history.pushState), as desks do
    const ticket = readClean(findAdapter(doc, href), doc, new URL(href));
    if (!ticket) throw new Error(`the adapter read no ticket from ${file} at ${url}`);
    const suggestions = suggest({ subject: ticket.subject, messages: ticket.messages.map((m) => m.text) }, ENGINE);
    return { ticket, lessons: suggestions.map((s) => s.lesson.id), topics: suggestions.map((s) => s.lesson.topics[0] ?? '') };
  } finally {
    dom.window.close();
  }
}

/**
 * What Zendesk does when the agent clicks another ticket tab: the panes trade data-is-active, the "active" class and
 * display:none, the header tabs trade aria-selected, and the URL changes by history.pushState. Self-contained: it
 * runs in the page (page.evaluate) and on the jsdom copy the engine's answer is computed from.
 */
export function switchZendeskTab(id: string, doc: Document = document): void {
  for (const pane of Array.from(doc.querySelectorAll('.ticket-panes-grid-layout'))) {
    const active = pane.getAttribute('data-ticket-id') === id;
    pane.setAttribute('data-is-active', String(active));
    pane.classList.toggle('active', active);
    if (active) pane.removeAttribute('style');
    else pane.setAttribute('style', 'display: none;');
  }
  for (const tab of Array.from(doc.querySelectorAll('[data-test-id="header-tab"]'))) {
    const selected = tab.getAttribute('data-entity-id') === id;
    tab.setAttribute('aria-selected', String(selected));
    tab.setAttribute('data-selected', String(selected));
  }
  doc.defaultView!.history.pushState({}, '', `/agent/tickets/${id}`);
}

/**
 * An init script (main world) that logs every data-state the outside-check element ever takes, into
 * window.__sidebarLog, so a test can prove it never showed a wrong state even for a moment.
 */
export function recordSidebarStates(): void {
  const tag = 'extra-mile-sidebar'; // serialized into the page: no references to this module
  const log: string[] = [];
  (window as unknown as { __sidebarLog: string[] }).__sidebarLog = log;
  const note = (el: Element) => log.push(el.getAttribute('data-state') ?? '');
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && (r.target as Element).localName === tag) note(r.target as Element);
      for (const node of Array.from(r.addedNodes)) if ((node as Element).localName === tag) note(node as Element);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
}

export async function sidebarStateLog(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __sidebarLog?: string[] }).__sidebarLog ?? []);
}

/**
 * Runs a second copy of the built content script in the page's extension world, exactly where
 * chrome.scripting.executeScript({ files: ['content.js'] }) would put it. (executeScript itself needs host
 * permissions the extension does not ask for, so the test goes through the DevTools protocol instead.)
 */
export async function injectContentScriptCopy(context: BrowserContext, page: Page, extensionDir: string, extensionId: string): Promise<void> {
  const source = readFileSync(resolve(extensionDir, 'content.js'), 'utf8');
  const cdp = await context.newCDPSession(page);
  try {
    const worlds: { id: number; origin: string; auxData?: { frameId?: string; type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const world = worlds.find((w) => w.origin === `chrome-extension://${extensionId}` && w.auxData?.frameId === frameTree.frame.id);
    if (!world) throw new Error(`no content-script world of extension ${extensionId} in ${page.url()}`);
    const result = await cdp.send('Runtime.evaluate', { expression: source, contextId: world.id });
    if (result.exceptionDetails) throw new Error(`the second copy threw: ${result.exceptionDetails.text}`);
  } finally {
    await cdp.detach();
  }
}

/** The few chrome.* APIs the tests call inside the extension's service worker (no @types/chrome in this project). */
interface WorkerChrome {
  chrome: {
    tabs: { query(q: { active?: boolean }): Promise<{ id?: number; url?: string }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
    runtime: { reload(): void };
  };
}

/** Ids of the active tabs, asked of the service worker (tab ids are not visible from a page). */
export async function activeTabIds(browser: Browser): Promise<number[]> {
  return browser.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as WorkerChrome;
    return (await chrome.tabs.query({ active: true })).map((tab) => tab.id ?? -1);
  });
}

/** Sends `message` to the tab's content script from the service worker, as the side panel does (it talks to the tab the same way). */
export async function sendFromServiceWorker(browser: Browser, tabId: number, message: unknown): Promise<unknown> {
  return browser.worker.evaluate(
    async ([id, m]) => (globalThis as unknown as WorkerChrome).chrome.tabs.sendMessage(id as number, m),
    [tabId, message] as const,
  );
}

/**
 * Not relevant, as the side panel sends it: the content script re-ranks without `lessonId` for this ticket. Each copy
 * of the content script that still listens re-ranks once, so the rank count says how many answer.
 */
export async function hideLessonFromServiceWorker(browser: Browser, tabId: number, lessonId: string, hidden = true): Promise<void> {
  await sendFromServiceWorker(browser, tabId, { type: 'extra-mile:hide-lesson', lessonId, hidden });
}

/** chrome.runtime.reload() from the service worker, as when the agent reloads or updates the extension; resolves once the new worker runs. */
export async function reloadExtension(browser: Browser): Promise<void> {
  const reloaded = browser.context.waitForEvent('serviceworker', { timeout: 10_000 });
  // The worker goes away mid-call: that is the point.
  await browser.worker.evaluate(() => (globalThis as unknown as WorkerChrome).chrome.runtime.reload()).catch(() => undefined);
  await reloaded;
}

export interface DeskWithPanel {
  server: DeskServer;
  browser: Browser;
  /** The tab the first of the pages was opened and read in. */
  desk: Page;
  panel: SidePanel;
}

/**
 * For one test file: a desk server for `pages`, Chromium with `extensionDir` installed, the first page opened and
 * read, and the side panel opened from its pointer (one panel for the file: it follows the tab as it follows the
 * agent's tickets); before the file's tests, and closed after them. `ready` hands them over. `beforeOpen` runs on the
 * browser before the first page loads (to listen to its requests, say).
 */
export function chromiumDeskWithPanel(
  pages: ReadonlyArray<{ url: string; file: string }>,
  options: { extensionDir: string; launch?: LaunchOptions; beforeOpen?: (browser: Browser) => void },
  ready: (started: DeskWithPanel) => void,
): void {
  let started: Partial<DeskWithPanel> = {};
  beforeAll(async () => {
    const server = await startDeskServer(pages.map(({ url, file }) => ({ url, file })));
    started = { server };
    const browser = await launchWithExtension(options.extensionDir, server, options.launch);
    started.browser = browser;
    options.beforeOpen?.(browser);
    const desk = browser.context.pages()[0] ?? (await browser.context.newPage());
    await desk.goto(pages[0]!.url);
    await waitForSidebar(desk);
    const panel = await openSidePanel(browser, desk);
    started = { server, browser, desk, panel };
    ready(started as DeskWithPanel);
  });
  afterAll(async () => {
    await started.panel?.detach();
    await started.browser?.close();
    await started.server?.close();
  });
}
