// A customer's new reply turns an open ticket around: the side panel must follow the latest message, not the first.
// The engine reads a thread twice, whole and its latest message alone, and mixes the two (src/engine/thread.ts,
// unit-tested in tests/thread.test.ts). Before that, a FreeScout customer who first asked how to pause a subscription
// and then wrote "I'm done with you people, cancelling my account today" still got only the how-to lesson: the first
// message outweighed the new one. Here the real built extension (test build, dist/chrome-test: FreeScout is
// self-hosted) in Chromium, on the FreeScout fixture, receives that reply the way FreeScout draws a new thread live.
//
// A file of its own rather than a case in spa.test.ts: that file follows Zendesk tabs on the production build; this
// one needs the test build's self-hosted hosts, and it checks what the new message is weighed at, not only that the
// sidebar re-reads.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { TopicId } from '../../src/topics';
import { t } from '../../src/i18n';
import { DESK_PAGES } from '../../scripts/desk-pages';
import {
  ROOT,
  SIDEBAR,
  TEST_EXTENSION_DIR,
  chromiumDeskWithPanel,
  engineAnswer,
  expectLessons,
  rankCount,
  recordSidebarStates,
  sidebarLessons,
  sidebarSource,
  sidebarStateLog,
  sidebarTopics,
  waitForSidebar,
  type SidePanel,
} from './harness';
import type { Page } from 'playwright-core';

const FREESCOUT = DESK_PAGES.find((p) => p.file === 'tests/fixtures/freescout/conversation-pause-subscription.html')!;

/** Hand-labelled, not read off the engine: a customer threatening to cancel and leave (../shared/TOPICS.md). */
const WIN_BACK: TopicId = 'win-them-back';

const NEW_REPLY = [
  "Forget the pause. I'm done with you people: I'm cancelling my account today and taking my business elsewhere.",
  'Tomás',
];

/**
 * The new customer thread as FreeScout renders it: one `conversations/partials/thread.blade.php` entry (through
 * `conversations/partials/threads.blade.php`, which `App\Events\RealtimeConvNewThread::processPayload` renders into
 * the event's `thread_html`; freescout-helpdesk/freescout 1.8.145, the version of the real pages in
 * ../shared/desk-pages/freescout). Made from the fixture's own newest customer thread (#thread-61), so it is the very
 * markup of the fixture's customer messages, with a new id, "Just now" and the customer's new mail as its body.
 */
function newCustomerThreadHtml(): string {
  const dom = new JSDOM(readFileSync(resolve(ROOT, FREESCOUT.file), 'utf8'));
  try {
    const thread = dom.window.document.getElementById('thread-61')!;
    if (!thread.classList.contains('thread-type-customer')) throw new Error(`#thread-61 of ${FREESCOUT.file} is no longer the customer's`);
    thread.id = 'thread-62';
    thread.setAttribute('data-thread_id', '62');
    const date = thread.querySelector('.thread-date')!;
    date.setAttribute('href', '#thread-62');
    date.setAttribute('data-original-title', 'Apr 8, 2026 16:52');
    date.textContent = 'Just now';
    const body = thread.querySelector('.thread-content')!;
    const p = dom.window.document.createElement('p');
    NEW_REPLY.forEach((line, i) => {
      if (i > 0) p.append(dom.window.document.createElement('br'), dom.window.document.createElement('br'));
      p.append(line);
    });
    body.replaceChildren(p);
    return thread.outerHTML;
  } finally {
    dom.window.close();
  }
}

/**
 * What FreeScout's page does when a thread arrives on the open conversation (`public/js/main.js`, 1.8.145, the
 * `App\Events\RealtimeConvNewThread` handler): it puts the thread, hidden by its style sheet (`.thread-type-new .thread
 * { display: none }`, `public/css/style.css`), in a "View new message" bar at the top of the newest-first thread; a
 * click on the bar moves the thread's HTML to the top of the thread and removes the bar. Self-contained: it runs in
 * the page (page.evaluate) and on the jsdom copy the engine's answer is computed from.
 */
function receiveNewThread(threadHtml: string, doc: Document = document): void {
  const style = doc.createElement('style');
  style.textContent = '.thread-type-new .thread { display: none; }';
  doc.head.append(style);
  const main = doc.getElementById('conv-layout-main')!;
  main.insertAdjacentHTML('afterbegin', `<div class="thread thread-type-new">${threadHtml}<a href="" class="view-new-trigger">View new message</a></div>`);
  const trigger = main.querySelector('.thread-type-new .view-new-trigger')!;
  trigger.addEventListener('click', (event) => {
    const container = trigger.parentElement!;
    trigger.remove();
    main.insertAdjacentHTML('afterbegin', container.innerHTML);
    container.remove();
    event.preventDefault();
  });
}

const THREAD_HTML = newCustomerThreadHtml();
const expected = {
  before: engineAnswer(FREESCOUT.file, FREESCOUT.url),
  // The agent has clicked "View new message": the thread as the agent reads it.
  after: engineAnswer(FREESCOUT.file, FREESCOUT.url, (doc) => {
    receiveNewThread(THREAD_HTML, doc);
    (doc.querySelector('.view-new-trigger') as HTMLElement).click();
  }),
};

let desk: Page;
let panel: SidePanel;
chromiumDeskWithPanel(
  [{ url: FREESCOUT.url, file: FREESCOUT.file }],
  { extensionDir: TEST_EXTENSION_DIR, beforeOpen: (b) => void b.context.addInitScript(recordSidebarStates) },
  (started) => ({ desk, panel } = started),
);

describe('FreeScout: a new customer reply that threatens to cancel', () => {
  it('the adapter reads the new thread as the latest customer message (in node)', () => {
    expect(expected.before.ticket.messages).toHaveLength(2);
    expect(expected.after.ticket.messages).toHaveLength(3);
    expect(expected.after.ticket.messages.at(-1)?.text).toContain("I'm cancelling my account today");
  });

  it('re-reads the thread and brings win-them-back into the first three cards, ranked exactly as the engine ranks it', async () => {
    // Before: the ticket as opened, ranked as the engine ranks it in node, without win-them-back near the top.
    await waitForSidebar(desk);
    const sidebar = desk.locator(SIDEBAR);
    const before = {
      messages: await sidebar.getAttribute('data-messages'),
      lessons: await sidebarLessons(desk),
      topics: await sidebarTopics(desk),
      ranked: await rankCount(desk),
    };
    expect(before.messages).toBe('2');
    expect(before.lessons).toEqual(expected.before.lessons);
    expect(before.topics).toEqual(expected.before.topics);
    expect(before.topics.slice(0, 3), 'a how-do-I question: no one is leaving yet').not.toContain(WIN_BACK);
    await expect.poll(() => panel.lessons(), { timeout: 10_000 }).toEqual(expected.before.lessons);

    // The reply arrives, and the agent opens it as FreeScout offers: a click on "View new message".
    await desk.evaluate(receiveNewThread, THREAD_HTML);
    await desk.getByText('View new message').click();
    expect(await desk.locator('#conv-layout-main > .thread').first().getAttribute('id')).toBe('thread-62');

    await expect.poll(async () => Number(await sidebar.getAttribute('data-messages')), { timeout: 10_000 }).toBe(Number(before.messages) + 1);
    await waitForSidebar(desk);
    await expectLessons(desk, expected.after.lessons, 10_000);
    const topics = await sidebarTopics(desk);
    expect(topics).toEqual(expected.after.topics);
    expect(await rankCount(desk), 'ranked once more for the one new message').toBe(before.ranked + 1);
    expect(await sidebarSource(desk)).toContain(t('customerMessagesMany', '3'));
    // The side panel the agent reads shows the same cards.
    await expect.poll(() => panel.lessons(), { timeout: 10_000 }).toEqual(expected.after.lessons);
    expect(await sidebarStateLog(desk), 'never no-ticket on the way').not.toContain('no-ticket');

    // Judged on what the browser showed (proved equal to the engine's ranking above), against the hand label.
    expect(topics.slice(0, 3), `"${NEW_REPLY[0]}" is a customer about to leave`).toContain(WIN_BACK);
  });
});
