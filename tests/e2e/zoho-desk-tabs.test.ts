// Zoho Desk keeps a container per open ticket (`data-id="subTab_<id>"`, several at once during a switch; the one for
// the address's id is on screen) and hides the others with an inline `display:none` (tests/fixtures/zoho-desk). When
// the agent goes back to a ticket already open, the address can change a moment before the desk shows its container,
// and showing it is then only a change of that style attribute, which the page's observer is not asked to see: the
// sidebar reads again as the page settles after the move, and must not stay on the ticket it read while the old
// container was still on screen (it showed the other ticket's text under this ticket's number).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESK_PAGES } from '../../scripts/desk-pages';
import { EXTENSION_DIR, engineAnswer, expectLessons, launchWithExtension, startDeskServer, tabView, waitForSidebar, type Browser, type DeskServer } from './harness';

const ZOHO = DESK_PAGES.find((p) => p.file.endsWith('zoho-desk/ticket-wrong-invoice.html'))!;
const OTHER = '431200000012001';
const otherUrl = ZOHO.url.replace(/\d+$/, OTHER);

/** Shows the container of ticket `id` and hides the others, by their inline style only, as the fixture models. */
function showContainer(id: string, doc: Document = document): void {
  for (const c of Array.from(doc.querySelectorAll('.zd_v2-ticketdetailview-container'))) {
    if (c.getAttribute('data-id') === `subTab_${id}`) c.removeAttribute('style');
    else c.setAttribute('style', 'display:none');
  }
}

let server: DeskServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startDeskServer([{ url: ZOHO.url, file: ZOHO.file }]);
  browser = await launchWithExtension(EXTENSION_DIR, server);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('follows a ticket container shown by its style alone, a moment after the address changed', async () => {
  const first = engineAnswer(ZOHO.file, ZOHO.url);
  const other = engineAnswer(ZOHO.file, otherUrl, (doc) => showContainer(OTHER, doc));
  expect(other.ticket.subject).toBe('Lamp flickers');
  expect(other.lessons).not.toEqual(first.lessons);

  await page.goto(ZOHO.url);
  await waitForSidebar(page);
  await expectLessons(page, first.lessons);

  // The address first; the container appears in a later task (the desk drawing after its route changed).
  await page.evaluate((url) => history.pushState({}, '', url), otherUrl);
  await page.evaluate(() => new Promise((done) => setTimeout(done, 200)));
  await page.evaluate(showContainer, OTHER);
  await expectLessons(page, other.lessons);
  const view = await tabView(page);
  expect(view?.ticket?.id).toBe(OTHER);
  expect(view?.ticket?.subject).toBe('Lamp flickers');
  expect(view?.ticket?.text.messages).toEqual(['My desk lamp flickers when dimmed.']);
});
