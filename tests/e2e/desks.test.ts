// Every desk fixture in a real Chromium with the built extension, at the desk's real address: the sidebar appears,
// names the right desk, and shows exactly the lessons the engine ranks for the same ticket in node. Hosted desks
// run on the production build (dist/chrome, unchanged manifest); self-hosted desks and the generic reader on the
// test build (dist/chrome-test), which adds https://*.example.org/* to the content script's matches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { adapters } from '../../src/adapters/index';
import { t } from '../../src/i18n';
import type { TopicId } from '../../src/topics';
import { DESK_PAGES, RT_DELAYED_HISTORY, type DeskPage } from '../../scripts/desk-pages';
import {
  EXTENSION_DIR,
  ROOT,
  TEST_EXTENSION_DIR,
  engineAnswer,
  expectLessons,
  launchWithExtension,
  recordSidebarStates,
  sidebarLessons,
  sidebarSource,
  sidebarStateLog,
  sidebarTopics,
  startDeskServer,
  waitForSidebar,
  type Browser,
  type DeskServer,
} from './harness';

/** The top suggestion's main topic, chosen by reading each fixture's customer messages (not by running the engine). */
/**
 * `knownMiss`: the model does not yet bring this topic into the top three (issue 9 tracks the model's real-ticket
 * accuracy). The test then asserts the miss, so the day the model gets it right the test says to drop the flag.
 */
const TOP_TOPIC: Record<string, { topic: TopicId; why: string; knownMiss?: true }> = {
  'zendesk/ticket-refund-after-return.html': { topic: 'keep-informed', why: '"Can you check what is happening with my refund?", "the third time I am asking"' },
  'zendesk/two-ticket-tabs.html': { topic: 'keep-the-promise', why: 'boots delivered in the wrong size, wants an exchange' },
  'chatwoot/v4-email-conversation.html': { topic: 'keep-the-promise', why: 'a blender jug cracked on first use, a replacement wanted (a birthday ahead: extra-mile also)' },
  'freshdesk/ticket-locked-out.html': { topic: 'clear-guidance', why: '"How do I reset two-factor authentication?"' },
  'freshdesk/ticket-collapsed-history.html': { topic: 'keep-the-promise', why: 'a four-month-old desk motor clicks; "the third date you have given me", wants a refund' },
  'help-scout/conversation-double-charge.html': { topic: 'keep-the-promise', why: 'charged twice, "Please refund the double charge"' },
  'intercom/conversation-angry-customer.html': {
    topic: 'prevent-repeats',
    // The labelling rules put a concrete recurring fault before the anger it causes.
    why: 'logged out "every time", reinstalled "twice"; "ridiculous" and "worst support" come second',
  },
  'front/conversation-broken-mug.html': { topic: 'keep-the-promise', why: 'mug arrived with the handle snapped off' },
  'front/conversation-articles-only.html': { topic: 'keep-informed', why: '"Will it still arrive before Friday?" after an engraving change' },
  'gmail/thread-missing-parcel.html': { topic: 'keep-informed', why: '"Where is my package?", "still no word from the courier"' },
  'jira-service-management/request-app-crash.html': { topic: 'clear-guidance', why: '"how do I get to them?" (the invoices, while the app crashes)' },
  'hubspot/inbox-discount-code.html': {
    topic: 'clear-guidance',
    // Since the latest message counts beside the thread (src/engine/thread.ts), its "Thanks for sorting it" pulls
    // the first message's question out of the top three: get-to-the-root, stay-calm, keep-the-promise.
    why: 'a discount code rejected at checkout: explain how it works',
    knownMiss: true,
  },
  'hubspot/inbox-chat-live-messages.html': { topic: 'keep-the-promise', why: '"I was promised two-day delivery when I paid for express"' },
  'hubspot/ticket-record-panel.html': { topic: 'keep-the-promise', why: 'an invoice shows the wrong VAT number; a corrected one needed by Friday' },
  'zoho-desk/ticket-wrong-invoice.html': { topic: 'keep-the-promise', why: 'charged for three lamps after ordering two: "Please refund the extra lamp"' },
  'jira-data-center/issue-export-fails.html': {
    topic: 'keep-the-promise',
    // Fourth since the latest message counts (src/engine/thread.ts): its "I need the whole file for the auditors by
    // Friday" brings extra-mile (an urgent need still ahead) after clear-guidance and prevent-repeats.
    why: 'the export is cut off at 40 MB; splitting it "is not a fix"',
    knownMiss: true,
  },
  'freshservice/ticket-laptop-docking.html': { topic: 'keep-the-promise', why: 'a docking station that stopped working, the fix did not help, a board meeting tomorrow' },
  'freshservice/legacy-original-request.html': { topic: 'keep-the-promise', why: 'approved access to the shared drive still not working, work blocked' },
  'dixa/conversation-missing-refund.html': { topic: 'keep-informed', why: '"Can you tell me when it will be paid?", "I want a date, not another promise"' },
  'salesforce-service-cloud/case-feed-warranty-repair.html': { topic: 'keep-the-promise', why: 'a four-month-old e-bike motor cuts out; the replacement part did not help, "repair it under warranty"' },
  'outlook/conversation-standing-order.html': { topic: 'keep-the-promise', why: 'a standing order paused by mistake and still paused after the promised fix' },
  'outlook/reading-pane-single-mail.html': { topic: 'keep-the-promise', why: 'a ferry booking moved to another day without asking; "put me back on the 12th"' },
  'chatwoot/conversation-late-delivery.html': { topic: 'keep-informed', why: '"where is it??", "just tell me when it will come"' },
  'zammad/ticket-warranty-claim.html': { topic: 'keep-the-promise', why: 'a purifier under warranty rattles and switches off' },
  'zammad/desktop-view-grinder-descaling.html': { topic: 'keep-the-promise', why: 'a grinder under warranty dead after descaling; "Please send the technician"' },
  'freescout/conversation-pause-subscription.html': { topic: 'clear-guidance', why: '"How do I pause my coffee subscription?"' },
  'osticket/ticket-wrong-item.html': { topic: 'keep-the-promise', why: '"You sent me the wrong item"' },
  'request-tracker/update-change-address.html': {
    topic: 'clear-guidance',
    why: 'requests for information and a change: "Can you change the delivery address", "Could you also tell me which courier"',
  },
  'generic/forum-thread-how-to-return.html': { topic: 'clear-guidance', why: '"How do I return it or swap it?"' },
  [RT_DELAYED_HISTORY.historyFile]: { topic: 'clear-guidance', why: '"how should I clean and oil it? Please explain step by step"' },
};

/** The cards' topics each page showed, top first, by URL. */
const shownTopTopics = new Map<string, string[]>();

const fixtureOf = (file: string) => file.replace(/^tests\/fixtures\//, '');

function routes(pages: readonly DeskPage[]) {
  return pages.map((p) => ({ url: p.url, file: p.file }));
}

/** One browser per build; one tab, reused for every page. */
function deskSuite(build: DeskPage['build'], extra: (get: () => Page, server: () => DeskServer) => void = () => undefined, extraHosts: string[] = []) {
  const pages = DESK_PAGES.filter((p) => p.build === build);
  let server: DeskServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startDeskServer([
      ...routes(pages),
      ...(build === 'chrome-test'
        ? [
            { url: RT_DELAYED_HISTORY.url, file: RT_DELAYED_HISTORY.file },
            { url: RT_DELAYED_HISTORY.historyUrl, file: RT_DELAYED_HISTORY.historyFile },
          ]
        : []),
    ]);
    browser = await launchWithExtension(build === 'chrome' ? EXTENSION_DIR : TEST_EXTENSION_DIR, server, { extraHosts });
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.addInitScript(recordSidebarStates);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const desk of pages) describe(`${desk.name} at ${desk.url}`, () => {
    const expected = TOP_TOPIC[fixtureOf(desk.file)];

    it(`shows the ${desk.desk} adapter's reading, ranked exactly as the engine ranks it in node`, async () => {
      const engine = engineAnswer(desk.file, desk.url);
      expect(engine.lessons.length, 'the engine suggests something for every fixture').toBeGreaterThan(0);
      await page.goto(desk.url);
      await waitForSidebar(page, 'ready');
      expect(await page.locator('extra-mile-sidebar').count()).toBe(1);
      // data-desk names the desk as agents know it ("Zendesk", "Zoho Desk"); "generic" for the generic reader.
      expect(await page.locator('extra-mile-sidebar').getAttribute('data-desk')).toBe(desk.desk === 'generic' ? 'generic' : adapters.find((a) => a.id === desk.desk)!.label);
      expect(await sidebarLessons(page)).toEqual(engine.lessons);
      const topics = await sidebarTopics(page);
      expect(topics).toEqual(engine.topics);
      shownTopTopics.set(desk.url, topics);

      const n = engine.ticket.messages.length;
      const source = await sidebarSource(page);
      // The header names the desk (the generic reader says so instead) and counts the customer's messages (the
      // generic reader's messages, which it cannot tell apart).
      expect(source).toContain(desk.desk === 'generic' ? t('readingGeneric') : adapters.find((a) => a.id === desk.desk)!.label);
      if (desk.desk === 'generic') expect(source).toContain(n === 1 ? t('messagesReadOne') : t('messagesReadMany', String(n)));
      else expect(source).toContain(n === 1 ? t('customerMessagesOne') : t('customerMessagesMany', String(n)));
      if (engine.ticket.id) expect(source).toContain(`#${engine.ticket.id}`);
      expect(await sidebarStateLog(page), 'never no-ticket on the way').not.toContain('no-ticket');
    });

    if (!expected) {
      it('has a hand-written top topic in TOP_TOPIC', () => {
        throw new Error(`add ${fixtureOf(desk.file)} to TOP_TOPIC: the topic its customer text calls for`);
      });
    } else {
      // Judged on what the test above saw in the browser (which it proved equal to the engine's ranking).
      // The topic model is judged on real tickets by `npm run eval`; here a hand-labelled fixture must bring its topic
      // into the first three cards (the model still puts a few of them second or third).
      it(`puts ${expected.topic} in the top three (${expected.why})`, () => {
        const top = shownTopTopics.get(desk.url);
        expect(top, 'the sidebar test above ran and passed').toBeDefined();
        if (expected.knownMiss) expect(top?.slice(0, 3), `${expected.why}: now in the top three, drop knownMiss`).not.toContain(expected.topic);
        else expect(top?.slice(0, 3), expected.why).toContain(expected.topic);
      });
    }
  });

  extra(
    () => page,
    () => server,
  );
}

describe('hosted desks, production build (dist/chrome)', () => {
  deskSuite('chrome', (getPage, getServer) => {
    it('stays off a self-hosted desk the agent has not enabled (the production manifest matches hosted desks only)', async () => {
      const page = getPage();
      const freescout = DESK_PAGES.find((p) => p.desk === 'freescout')!;
      getServer().set({ url: freescout.url, file: freescout.file });
      await page.goto(freescout.url);
      await page.waitForLoadState('load');
      await page.waitForTimeout(500);
      expect(await page.locator('extra-mile-sidebar').count()).toBe(0);
    });
  }, [new URL(DESK_PAGES.find((p) => p.desk === 'freescout')!.url).hostname]);
});

describe('self-hosted desks and the generic reader, test build (dist/chrome-test)', () => {
  deskSuite('chrome-test', (getPage) => {
    it('Request Tracker: waits while the history is "Loading...", then reads it when the AJAX load swaps it in', async () => {
      const page = getPage();
      const history = RT_DELAYED_HISTORY;
      const engine = engineAnswer(history.file, history.url, (doc) => {
        // What the browser gets after the swap: the same page with the fragment in #delayed_ticket_history.
        doc.getElementById('delayed_ticket_history')!.innerHTML = readFileSync(resolve(ROOT, history.historyFile), 'utf8');
      });
      await page.goto(history.url);
      await waitForSidebar(page, 'reading');
      // Long enough for several throttled re-reads: the sidebar must keep waiting, not give up.
      await page.waitForTimeout(300);
      expect(await page.locator('extra-mile-sidebar').getAttribute('data-state')).toBe('reading');
      expect(await page.locator('extra-mile-sidebar').getAttribute('data-desk')).toBe('Request Tracker');

      await page.evaluate(async (url) => {
        const html = await (await fetch(url)).text();
        document.getElementById('delayed_ticket_history')!.innerHTML = html;
      }, new URL(history.historyUrl).pathname + '?id=9');
      await waitForSidebar(page, 'ready');
      await expectLessons(page, engine.lessons);
      expect(engine.ticket.messages).toHaveLength(1);
      expect(await sidebarSource(page)).toContain(t('customerMessagesOne'));
      const states = [...new Set(await sidebarStateLog(page))];
      expect(states).toEqual(['reading', 'ready']);
      const topics = await sidebarTopics(page);
      expect(topics.slice(0, 3), TOP_TOPIC[history.historyFile]!.why).toContain(TOP_TOPIC[history.historyFile]!.topic);
    });

    it('Request Tracker: a history that never arrives is waited for a bounded time, then the page is read as it stands', async () => {
      const page = getPage();
      const history = RT_DELAYED_HISTORY;
      await page.goto(history.url);
      await waitForSidebar(page, 'reading');
      // The load failed: "Loading..." stays for good. The watcher gives up after its heartbeats (about 15 s).
      await expect.poll(() => page.locator('extra-mile-sidebar').getAttribute('data-state'), { timeout: 40_000, interval: 500 }).not.toBe('reading');
      expect(await page.locator('extra-mile-sidebar').getAttribute('data-desk')).toBe('Request Tracker');
      expect(await page.locator('#delayed_ticket_history .history-container').count()).toBe(0);
      // Read as it stands: the subject alone, no customer message.
      expect(await page.locator('extra-mile-sidebar').getAttribute('data-state')).toBe('ready');
      expect(await page.locator('extra-mile-sidebar').getAttribute('data-messages')).toBe('0');
    }, 60_000);
  });
});
