// A 5 MB ticket thread in Zendesk's real DOM (thousands of messages, generated into the HTML by the server, so the
// page's own script builds nothing): reading it and ranking it never hold the page's main thread for more than 50 ms
// at a time.
//
// Attribution: a long task cannot name the extension, so the page is left to settle with Extra Mile switched off
// on the site (options page), and then switched on: from then on, everything on the page's main thread is the
// extension's (the background's message, building the index, reading, ranking in slices, drawing the sidebar and the
// browser's rendering of it). Two instruments watch:
//   - the page's own PerformanceObserver for 'longtask', registered by an inline script before any content script;
//   - Chromium's trace of the page's main thread (scripts/huge-thread.ts), which also sees work that the observer
//     misses (a content script's continuation after an extension message runs in a microtask checkpoint outside any
//     task: measured here, a 120 ms synchronous ranking there never showed as a long task) and gives each task's
//     CPU time. The assertion is on CPU time, the work itself: on a shared machine a 25 ms slice can take 60 ms of wall
//     time while the OS runs something else, and each long task the observer reports is checked against the trace.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUGE_TICKET_URL, hugeZendeskThread, traceMainThread, type LongTask, type MainThreadSlice } from '../../scripts/huge-thread';
import { t } from '../../src/i18n';
import { MAX_TICKET_CHARS } from '../../src/adapters/clean';
import { EXTENSION_DIR, launchWithExtension, startDeskServer, type Browser, type DeskServer } from './harness';

const LIMIT_MS = 50;
const huge = hugeZendeskThread(5 * 1024 * 1024);
const ORIGIN = new URL(HUGE_TICKET_URL).origin;

let server: DeskServer;
let browser: Browser;
let page: Page;
let options: Page;

/** Resolves in the page once the sidebar has drawn suggestions (one CDP call; no polling that would load the page). */
function sidebarReady(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((done) => {
        const ready = () => document.querySelector('extra-mile-sidebar')?.getAttribute('data-state') === 'ready';
        if (ready()) return done();
        const observer = new MutationObserver(() => {
          if (!ready()) return;
          observer.disconnect();
          done();
        });
        observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
      }),
  );
}

/** The site switch on the options page, pressed without waiting for animation frames in that background tab. */
async function setSite(on: boolean): Promise<void> {
  const toggle = options.locator(`[data-origin="${ORIGIN}"]`).getByRole('switch', { name: t('optionsSiteOn') });
  if ((await toggle.isChecked()) !== on) await toggle.evaluate((el) => (el as HTMLInputElement).click());
  for (const started = Date.now(); (await toggle.isChecked()) !== on; await options.waitForTimeout(50)) {
    if (Date.now() - started > 5_000) throw new Error(`the site switch did not turn ${on ? 'on' : 'off'}`);
  }
}

beforeAll(async () => {
  server = await startDeskServer([{ url: HUGE_TICKET_URL, body: huge.html }]);
  browser = await launchWithExtension(EXTENSION_DIR, server);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(20_000);
  // First visit: Extra Mile runs there once, so the options page lists the site with its switch.
  await page.goto(HUGE_TICKET_URL);
  await sidebarReady(page);
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await setSite(false);
  await page.bringToFront();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a 5 MB ticket thread', () => {
  it('is generated as the test says: over 5 MB of Zendesk thread, thousands of customer messages', () => {
    expect(huge.html.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    expect(huge.customerMessages).toBeGreaterThan(2_000);
  });

  it(`reading and ranking never hold the main thread for more than ${LIMIT_MS} ms at a time`, async () => {
    // The page loads with Extra Mile off on the site: it settles with no sidebar and nothing read.
    await page.reload();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 1_000))));
    expect(await page.locator('extra-mile-sidebar').count()).toBe(0);
    const from = await page.evaluate(() => performance.now());

    const cdp = await browser.context.newCDPSession(page);
    let slices: MainThreadSlice[] = [];
    try {
      slices = await traceMainThread(cdp, HUGE_TICKET_URL, async () => {
        const ready = sidebarReady(page);
        await setSite(true);
        await ready;
        await page.waitForTimeout(300); // the frames after the sidebar is drawn
      });
    } finally {
      await cdp.detach();
    }
    const after = await page.evaluate((from) => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      const host = document.querySelector('extra-mile-sidebar')!;
      return {
        longTasks: w.__longTasks.filter((task) => task.start >= from),
        read: performance.getEntriesByName('extra-mile:read')[0]?.duration ?? NaN,
        rank: performance.getEntriesByName('extra-mile:rank')[0]?.duration ?? NaN,
        messages: Number(host.getAttribute('data-messages')),
        lessons: (host.getAttribute('data-lessons') ?? '').split(' ').filter(Boolean).length,
      };
    }, from);
    const window_ = slices.filter((s) => s.at >= from);
    const longestCpu = window_.reduce((max, s) => (s.cpu > max.cpu ? s : max), window_[0]!);
    const longestWall = window_.reduce((max, s) => (s.duration > max.duration ? s : max), window_[0]!);
    console.log(
      `5 MB page (${huge.articles} entries): read ${after.read.toFixed(1)} ms, rank ${after.rank.toFixed(1)} ms in slices; ` +
        `main thread: ${window_.length} tasks, longest ${longestCpu.cpu.toFixed(1)} ms CPU (${longestCpu.name}), longest wall ${longestWall.duration.toFixed(1)} ms; ` +
        `longtask observer: ${after.longTasks.length} over ${LIMIT_MS} ms${after.longTasks.length ? ` (${after.longTasks.map((l) => l.duration.toFixed(0)).join(', ')} ms wall)` : ''}`,
    );

    // It did read the huge thread, bounded: the newest messages up to the ticket cap, not all of them.
    expect(after.lessons).toBeGreaterThan(0);
    const shown = after.messages;
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(huge.customerMessages / 10);
    expect(shown * 500, 'about MAX_TICKET_CHARS of text').toBeLessThan(MAX_TICKET_CHARS * 3);
    // Reading is one pass, short; ranking runs in the extension's background, not on this page's main thread.
    expect(after.read).toBeLessThan(LIMIT_MS);
    expect(window_.filter((s) => s.cpu > 5).length, 'the page did the reading').toBeGreaterThan(0);

    // No task of the window, the extension's or the browser's rendering of its sidebar, did more than 50 ms of work.
    for (const slice of window_) expect(slice.cpu, `${slice.name} at ${slice.at.toFixed(0)} ms: ${slice.inside.join(', ')}`).toBeLessThanOrEqual(LIMIT_MS);
    // Whatever the observer called long was a task whose own work was under the limit (the machine was busy).
    for (const task of after.longTasks as LongTask[]) {
      const overlapping = window_.filter((s) => s.at < task.start + task.duration && s.at + s.duration > task.start);
      expect(overlapping.length, `the trace has the long task at ${task.start.toFixed(0)} ms`).toBeGreaterThan(0);
      for (const s of overlapping) expect(s.cpu).toBeLessThanOrEqual(LIMIT_MS);
    }
  });
});
