// What the e2e files share: the desk server and Chromium launch (scripts/desk-server.ts, also used by `npm start`),
// the engine's answer for a fixture computed in node, and helpers that read the sidebar.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { findAdapter } from '../../src/adapters/index';
import type { Ticket } from '../../src/adapters/types';
import { BUILTIN_LESSONS } from '../../src/lessons/index';
import { suggest } from '../../src/engine/index';
import { ENGINE } from '../support/engine';
import { ROOT, type Browser } from '../../scripts/desk-server';

export { CHROMIUM, EXTENSION_DIR, ROOT, TEST_EXTENSION_DIR, chromiumMissing, launchWithExtension, startDeskServer } from '../../scripts/desk-server';
export type { Browser, DeskServer, Route } from '../../scripts/desk-server';

export const SIDEBAR = 'extra-mile-sidebar';

/** The sidebar's host element state and the lesson ids it shows, top first. */
export async function sidebarLessons(page: Page): Promise<string[]> {
  return page.locator(`${SIDEBAR} [data-lesson-id]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-lesson-id') ?? ''));
}

export async function sidebarTopics(page: Page): Promise<string[]> {
  return page.locator(`${SIDEBAR} [data-lesson-id]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-topic') ?? ''));
}

/** The sidebar's header line: "Zendesk · #5512 · 2 customer messages". */
export async function sidebarSource(page: Page): Promise<string> {
  return (await page.locator(`${SIDEBAR} .source`).textContent()) ?? '';
}

/** Waits until the one sidebar on the page is in `state`. */
export async function waitForSidebar(page: Page, state = 'ready', timeout = 10_000): Promise<void> {
  await page.locator(`${SIDEBAR}[data-state="${state}"]`).waitFor({ state: 'attached', timeout });
}

/** How many times the content script ranked lessons on this page (data-rank-count on the host). */
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
    const ticket = findAdapter(doc, href).read(doc, new URL(href));
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
 * An init script (main world) that logs every data-state / data-open the sidebar host ever takes, into
 * window.__sidebarLog, so a test can prove the sidebar never showed a wrong state even for a moment.
 */
export function recordSidebarStates(): void {
  const tag = 'extra-mile-sidebar'; // serialized into the page: no references to this module
  const log: string[] = [];
  (window as unknown as { __sidebarLog: string[] }).__sidebarLog = log;
  const note = (el: Element) => log.push(`${el.getAttribute('data-state')}/${el.getAttribute('data-open')}`);
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && (r.target as Element).localName === tag) note(r.target as Element);
      for (const node of Array.from(r.addedNodes)) if ((node as Element).localName === tag) note(node as Element);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-open'] });
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
    tabs: { query(q: { active?: boolean }): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
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

/** What the background does when the agent presses the keyboard shortcut: send the toggle message to the tab. */
export async function sendToggleFromServiceWorker(browser: Browser, tabId?: number): Promise<void> {
  const ids = tabId === undefined ? await activeTabIds(browser) : [tabId];
  await browser.worker.evaluate(async (tabs) => {
    const { chrome } = globalThis as unknown as WorkerChrome;
    await Promise.all(tabs.map((id) => chrome.tabs.sendMessage(id, { type: 'extra-mile:toggle-sidebar' })));
  }, ids);
}

/** chrome.runtime.reload() from the service worker, as when the agent reloads or updates the extension; resolves once the new worker runs. */
export async function reloadExtension(browser: Browser): Promise<void> {
  const reloaded = browser.context.waitForEvent('serviceworker', { timeout: 10_000 });
  // The worker goes away mid-call: that is the point.
  await browser.worker.evaluate(() => (globalThis as unknown as WorkerChrome).chrome.runtime.reload()).catch(() => undefined);
  await reloaded;
}
