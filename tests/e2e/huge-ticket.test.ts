// A 5 MB ticket thread in Zendesk's real DOM (thousands of messages, generated into the HTML by the server, so the
// page's own script builds nothing): Extra Mile reads messages only up to the ticket's cap, and the background ranks
// them.
//
// The test asserts work, never time: on a shared machine time is noise. `npm run bench` (scripts/bench-browser.ts)
// prints this page's timings: time to suggestions and the main thread's longest task while Extra Mile runs. The
// reader's slices and its work per slice are tested in tests/adapters-bounded.test.ts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HUGE_TICKET_URL, hugeZendeskThread } from '../../scripts/huge-thread';
import { t } from '../../src/i18n';
import { MAX_TICKET_CHARS } from '../../src/adapters/clean';
import { EXTENSION_DIR, launchWithExtension, startDeskServer, type Browser, type DeskServer } from './harness';

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
  for (let tries = 0; (await toggle.isChecked()) !== on; tries++) {
    if (tries === 100) throw new Error(`the site switch did not turn ${on ? 'on' : 'off'}`);
    await options.waitForTimeout(50);
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

  it('reads messages only up to the ticket cap, not the thousands on the page, and the background ranks them', async () => {
    // The page loads with Extra Mile off on the site: it settles with no sidebar and nothing read.
    await page.reload();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 1_000))));
    expect(await page.locator('extra-mile-sidebar').count()).toBe(0);
    const ready = sidebarReady(page);
    await setSite(true);
    await ready;
    const after = await page.evaluate(() => {
      const host = document.querySelector('extra-mile-sidebar')!;
      return {
        messages: Number(host.getAttribute('data-messages')),
        lessons: (host.getAttribute('data-lessons') ?? '').split(' ').filter(Boolean).length,
      };
    });

    // It read the huge thread bounded: messages up to the ticket cap (about 500 characters each here),
    // not the thousands the page holds, and the background ranked them.
    expect(after.lessons).toBeGreaterThan(0);
    expect(after.messages).toBeGreaterThan(10);
    expect(after.messages).toBeLessThan(huge.customerMessages / 10);
    expect(after.messages * 500, 'about MAX_TICKET_CHARS of text').toBeLessThan(MAX_TICKET_CHARS * 3);
  });
});
