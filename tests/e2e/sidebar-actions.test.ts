// What the agent does with Extra Mile, in a real Chromium on real desk pages: open the side panel from the in-page
// pointer, copy a phrase, insert it into the desk's reply editor (a contenteditable and a textarea; a blank line
// between inserts, undo that works), rate suggestions (Not relevant brings the next one up and can be undone), and
// that the pointer leaves the desk usable: the reply editor uncovered, the desk's own handlers working, its layout
// unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESK_PAGES } from '../../scripts/desk-pages';
import { t } from '../../src/i18n';
import { POINTER_PLACES_KEY } from '../../src/settings/keys';
import { BUILTIN_LESSONS } from '../../src/lessons/index';
import {
  TEST_EXTENSION_DIR,
  engineAnswer,
  expectLessons,
  launchWithExtension,
  openSidePanel,
  recordSidebarStates,
  scrollAsAgent,
  sidebarLessons,
  sidebarStateLog,
  startDeskServer,
  waitForSidebar,
  type Browser,
  type DeskServer,
  type SidePanel,
} from './harness';

const ZENDESK = DESK_PAGES.find((p) => p.file.endsWith('zendesk/ticket-refund-after-return.html'))!; // contenteditable editor
const FORUM = DESK_PAGES.find((p) => p.desk === 'generic')!; // a plain <textarea>
const FREESCOUT = DESK_PAGES.find((p) => p.desk === 'freescout')!; // reply box above the thread
const ZAMMAD = DESK_PAGES.find((p) => p.file.endsWith('zammad/desktop-view-grinder-descaling.html'))!; // a single-page desk
const NEXT_FREESCOUT = FREESCOUT.url.replace('/conversation/17', '/conversation/18');
const ZENDESK_EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]';
const FORUM_EDITOR = 'textarea[name="reply"]';
const FREESCOUT_EDITOR = '.conv-reply-block .note-editable';
const ZAMMAD_EDITOR = '#ticketArticleReplyForm [contenteditable="true"]';

let server: DeskServer;
let browser: Browser;
let page: Page;
let panel: SidePanel | null = null;

const pointer = () => page.locator('extra-mile-sidebar button');

async function open(desk: typeof ZENDESK): Promise<string[]> {
  await page.goto(desk.url);
  await waitForSidebar(page);
  const lessons = engineAnswer(desk.file, desk.url).lessons;
  await expectLessons(page, lessons);
  return lessons;
}

/** The side panel, opened from the pointer (once: it stays open across pages), showing `lessons`. */
async function sidePanel(lessons: string[]): Promise<SidePanel> {
  panel ??= await openSidePanel(browser, page);
  await expect.poll(() => panel!.lessons()).toEqual(lessons);
  return panel;
}

const card = (lessonId: string) => `[data-lesson-id="${lessonId}"]`;
const bestPhrase = (p: SidePanel, lessonId: string) => p.evaluate<string>(`document.querySelector('${card(lessonId)} .phrase.best p').textContent`);

/** Listens, in the page's own world, for the input events a desk's editor code would see. */
async function watchInputEvents(selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const events: string[] = [];
    (window as unknown as { inputEvents: string[] }).inputEvents = events;
    document.querySelector(sel)!.addEventListener('input', (e) => events.push((e as InputEvent).inputType || e.type));
  }, selector);
}

const inputEvents = () => page.evaluate(() => (window as unknown as { inputEvents: string[] }).inputEvents);

beforeAll(async () => {
  server = await startDeskServer([
    ...[ZENDESK, FORUM, FREESCOUT, ZAMMAD].map((p) => ({ url: p.url, file: p.file })),
    // The next ticket of a desk that loads each ticket as a page, slow to come: its response is held back.
    { url: NEXT_FREESCOUT, file: FREESCOUT.file, stallMs: 20_000 },
  ]);
  browser = await launchWithExtension(TEST_EXTENSION_DIR, server, { viewport: { width: 1366, height: 768 } });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.addInitScript(recordSidebarStates);
});

afterAll(async () => {
  await panel?.detach();
  await browser?.close();
  await server?.close();
});

/** The side panel on `desk`'s ticket: its top card's best phrase, the ticket's subject, and a clipboard holding a marker. */
async function insertOnShownTicket(desk: typeof ZAMMAD) {
  const lessons = await open(desk);
  const p = await sidePanel(lessons);
  const subject = await p.evaluate<string>(`document.querySelector('h1').textContent`);
  await page.evaluate(() => navigator.clipboard.writeText('(on the clipboard before)'));
  return { p, best: `${card(lessons[0]!)} .phrase.best`, subject };
}

describe('the in-page pointer leaves the desk usable', () => {
  it('is a small button named for what it opens, shown only once the ticket is ranked', async () => {
    const lessons = await open(ZENDESK);
    await expect.poll(() => pointer().isVisible()).toBe(true);
    const box = (await pointer().boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(280);
    expect(box.height).toBeLessThanOrEqual(40);
    expect(await pointer().getAttribute('aria-label')).toMatch(new RegExp(`^Extra Mile: ${lessons.length} suggestions`));
    // It never showed a ticket-less state on the way to the ranked ticket.
    expect(new Set(await sidebarStateLog(page))).not.toContain('no-ticket');
  });

  // Zendesk's composer sits at the bottom of the page; FreeScout's reply box sits at the top.
  it.each([
    { desk: ZENDESK, editor: ZENDESK_EDITOR },
    { desk: FREESCOUT, editor: FREESCOUT_EDITOR },
  ])('does not cover the $desk.name reply editor, wherever the page is scrolled', async ({ desk, editor: selector }) => {
    await open(desk);
    for (const where of ['end', 'center', 'start'] as const) {
      await scrollAsAgent(page, () => page.locator(selector).evaluate((el, block) => el.scrollIntoView({ block }), where));
      const overlap = await page.locator(selector).evaluate((editor) => {
        const e = editor.getBoundingClientRect();
        const p = document.querySelector('extra-mile-sidebar')!.shadowRoot!.querySelector('button')!.getBoundingClientRect();
        const w = Math.min(e.right, p.right) - Math.max(e.left, p.left);
        const h = Math.min(e.bottom, p.bottom) - Math.max(e.top, p.top);
        return w > 0 && h > 0 ? w * h : 0;
      });
      expect(overlap, `pointer over the editor, scrolled to ${where}`).toBe(0);
    }
  });

  /** Waits for `n` animation frames of the page. */
  const frames = (n: number) =>
    page.evaluate(
      (count) =>
        new Promise<void>((done) => {
          const next = (left: number) => (left ? requestAnimationFrame(() => next(left - 1)) : done());
          next(count);
        }),
      n,
    );

  it('can be moved out of the way; the spot is remembered for the site, unless it would cover the reply editor', async () => {
    await open(ZENDESK);
    const box = async () => (await pointer().boundingBox())!;
    const dragTo = async (x: number, y: number) => {
      // Pressed where the pointer stands once placed: its place is laid out on an animation frame after ranking, and
      // a press read from before it (a loaded CI machine) missed the pointer and dragged nothing.
      await expect.poll(async () => JSON.stringify(await box()) === JSON.stringify(await frames(2).then(box))).toBe(true);
      const from = await box();
      await page.mouse.move(from.x + 10, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(x + 10, y + from.height / 2, { steps: 8 });
      await page.mouse.up();
    };
    // Where the background stored the spot for the page's site: the content script sends it on the drop, and a reload
    // before it lands loses it (two CI runs on a loaded machine, 2026-12-05, reloaded too soon and saw the measured place).
    const stored = () =>
      browser.worker.evaluate(
        async ([key, origin]) => {
          const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } };
          const places = (await chrome.storage.local.get(key))[key] as Record<string, { x: number; y: number }> | undefined;
          return places?.[origin] ?? null;
        },
        [POINTER_PLACES_KEY, new URL(page.url()).origin] as const,
      );
    const WAIT = { timeout: 10_000 };
    await dragTo(400, 60);
    await expect.poll(async () => [(await box()).x, (await box()).y], WAIT).toEqual([400, 60]);
    const { width, height } = page.viewportSize()!;
    await expect.poll(async () => ((place) => place && [Math.round(place.x * width), Math.round(place.y * height)])(await stored()), WAIT).toEqual([400, 60]);
    // A move is not a click: no panel opened for it. (The panel opens in other tests, from a plain click.)
    await page.reload();
    await waitForSidebar(page);
    await expect.poll(async () => [(await box()).x, (await box()).y], WAIT).toEqual([400, 60]);

    // Dropped over the reply editor: remembered, but on the next page the measured place wins.
    const editor = (await page.locator(ZENDESK_EDITOR).boundingBox())!;
    const first = await stored();
    await dragTo(editor.x + 20, editor.y + 2);
    await expect.poll(async () => JSON.stringify(await stored()) !== JSON.stringify(first), WAIT).toBe(true);
    await page.reload();
    await waitForSidebar(page);
    await frames(2);
    const after = await box();
    const overlapsEditor = after.x < editor.x + editor.width && after.x + after.width > editor.x && after.y < editor.y + editor.height && after.y + after.height > editor.y;
    expect(overlapsEditor, `pointer ${JSON.stringify(after)}, editor ${JSON.stringify(editor)}`).toBe(false);
  });

  it("keeps the desk's own event handlers working", async () => {
    await open(ZENDESK);
    const button = page.locator('[data-test-id="omnichannel-channel-switcher-button"]');
    await button.evaluate((el) => {
      (window as unknown as { deskClicks: number }).deskClicks = 0;
      el.addEventListener('click', () => (window as unknown as { deskClicks: number }).deskClicks++);
    });
    await button.click(); // a real mouse click at the button's position: it must reach the desk
    await page.keyboard.press('Escape', { delay: 0 });
    expect(await page.evaluate(() => (window as unknown as { deskClicks: number }).deskClicks)).toBe(1);
  });

  it("does not change the desk's layout", async () => {
    // Measured in the page before the content script runs (it starts at document_idle), then after it drew.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        if (!document.querySelector('#main_panes')) return; // only the Zendesk page is measured
        const box = (sel: string) => {
          const r = document.querySelector(sel)!.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height];
        };
        (window as unknown as { layoutBefore: unknown }).layoutBefore = {
          main: box('#main_panes'),
          editor: box('[data-test-id="omnicomposer-rich-text-ckeditor"]'),
          body: box('body'),
          scrollWidth: document.documentElement.scrollWidth,
        };
      });
    });
    await open(ZENDESK);
    const [before, after] = await page.evaluate(() => {
      const box = (sel: string) => {
        const r = document.querySelector(sel)!.getBoundingClientRect();
        return [r.x, r.y, r.width, r.height];
      };
      return [
        (window as unknown as { layoutBefore: unknown }).layoutBefore,
        { main: box('#main_panes'), editor: box('[data-test-id="omnicomposer-rich-text-ckeditor"]'), body: box('body'), scrollWidth: document.documentElement.scrollWidth },
      ];
    });
    expect(before).toEqual(after);
  });
});

describe('copy and insert from the side panel', () => {
  it('Copy puts the phrase on the clipboard', async () => {
    const [top] = await open(ZENDESK);
    const p = await sidePanel(await sidebarLessons(page));
    const phrase = await bestPhrase(p, top!);
    expect(phrase.length).toBeGreaterThan(10);
    await p.click(`${card(top!)} .phrase.best button:not(.primary)`);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(phrase);
  });

  it('Insert puts the phrase into a contenteditable reply editor, the desk sees input, and Ctrl+Z undoes it', async () => {
    const lessons = await open(ZENDESK);
    const p = await sidePanel(lessons);
    const phrase = await bestPhrase(p, lessons[0]!);
    await watchInputEvents(ZENDESK_EDITOR);
    const editor = page.locator(ZENDESK_EDITOR);
    const before = (await editor.textContent()) ?? '';
    await p.click(`${card(lessons[0]!)} .phrase.best button.primary`);
    await expect.poll(() => editor.textContent()).toContain(phrase);
    expect(await inputEvents()).toContain('insertText');
    // Focus is in the editor now (Insert put the caret there), so the desk's own undo applies.
    expect(await editor.evaluate((el) => el.contains(document.activeElement) || el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.textContent()).toBe(before);
  });

  it('Insert puts phrases into a textarea reply box a blank line apart, the page sees input, and undo takes them back', async () => {
    const lessons = await open(FORUM);
    const p = await sidePanel(lessons);
    // The last suggestion's phrase twice over: what matters is how two inserts meet.
    const top = card(lessons.at(-1)!);
    const phrase = await bestPhrase(p, lessons.at(-1)!);
    await watchInputEvents(FORUM_EDITOR);
    await p.click(`${top} .phrase.best button.primary`);
    await expect.poll(() => page.locator(FORUM_EDITOR).inputValue()).toBe(phrase);
    expect(await inputEvents()).toContain('insertText');
    // A press while the row still says Inserted is the double click's second half, and puts nothing in (since
    // 2026-12-05): the agent's second insert comes once it says Insert again.
    await expect.poll(() => p.evaluate<string>(`document.querySelector('${top} .phrase.best button.primary').textContent`), { timeout: 5_000 }).toBe(t('insert'));
    // Whatever the first insert left selected (a placeholder), the second goes after it, a blank line apart.
    await p.click(`${top} .phrase.best button.primary`);
    await expect.poll(() => page.locator(FORUM_EDITOR).inputValue()).toBe(`${phrase}\n\n${phrase}`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(FORUM_EDITOR).inputValue()).toBe(phrase);
  });

  it("Insert pressed on a ticket the desk has left copies nothing and says so: the phrase was filled for the last customer", async () => {
    const { p, best, subject } = await insertOnShownTicket(ZAMMAD);
    const editor = page.locator(ZAMMAD_EDITOR);
    const before = await editor.innerText();
    // The agent opens the next ticket: Zammad changes the address and shows the thread loading; the panel shows the
    // last ticket meanwhile, its phrase filled for that ticket's customer.
    await page.evaluate(() => {
      history.pushState({}, '', '/desktop/tickets/419');
      document.querySelector('section[role="feed"]')!.setAttribute('aria-busy', 'true');
    });
    expect(await p.evaluate<string>(`document.querySelector('h1').textContent`)).toBe(subject);
    await p.click(`${best} button.primary`);
    await expect.poll(() => p.evaluate<string>(`document.querySelector('${best} [role=status]').textContent`)).toBe(t('insertMovedOn'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('(on the clipboard before)');
    expect(await editor.innerText()).toBe(before);
  });
});

describe('Insert while the next ticket loads as a page of its own', () => {
  // A press in the moment before the panel hears of the next page is refused by the tab (tests/panel-page.test.ts:
  // "Copy pressed as the tab loads the next ticket"); here, what the agent sees once it has heard.
  it('takes the last ticket and its Insert and Copy away as soon as the tab is on its way to another, before that page answers', async () => {
    const { p, best, subject } = await insertOnShownTicket(FREESCOUT);
    // The agent opens the next conversation: the page goes, and the next one is slow to come. A walk (2026-12-05) saw
    // the last ticket's cards live for three seconds meanwhile (panel/follow-tab.ts held them).
    void page.goto(NEXT_FREESCOUT, { waitUntil: 'commit' }).catch(() => undefined);
    await page.waitForURL(NEXT_FREESCOUT, { waitUntil: 'commit' });
    await expect.poll(() => p.evaluate<boolean>(`document.querySelector('${best} button.primary') === null`)).toBe(true);
    expect(await p.evaluate<string>(`document.querySelector('h1')?.textContent ?? ''`)).not.toBe(subject);
    expect(await p.evaluate<string>(`navigator.clipboard.readText()`)).toBe('(on the clipboard before)');
  });
});

// Last: feedback is stored and changes later rankings (lesson weights), which would skew the tests above.
describe('feedback', () => {
  it('Helpful presses; Not relevant hides the suggestion for this ticket across reloads, brings the next up, and Undo brings it back', async () => {
    const lessons = await open(ZENDESK);
    expect(lessons.length).toBeGreaterThan(1);
    const [top, second] = lessons as [string, string];
    const p = await sidePanel(lessons);
    const stored = (lessonId: string) =>
      browser.worker.evaluate(async (id) => {
        const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<{ feedback?: Record<string, unknown> }> } } } };
        return (await chrome.storage.local.get('feedback')).feedback?.[id];
      }, lessonId);
    const helpfulPressed = () => p.evaluate(`document.querySelector('${card(second)} .feedback button[aria-pressed]')?.getAttribute('aria-pressed') ?? null`);
    await p.click(`${card(second)} .feedback button[aria-pressed]`);
    await expect.poll(helpfulPressed).toBe('true');
    await expect.poll(() => stored(second)).toEqual({ helpful: 1, notRelevant: 0 });
    // The panel opened afresh (its page reloaded) still shows Helpful pressed on this ticket, so pressing it there
    // takes the count back instead of counting twice.
    // Marked first, so the checks below wait for the new page: read before the reload happened, they passed on the old
    // one, and the click after them met the page navigating (two CI runs in eight, 2026-12-05).
    await p.evaluate('window.emBeforeReload = true; setTimeout(() => location.reload()); true');
    await expect.poll(() => p.evaluate<boolean>('window.emBeforeReload === undefined').catch(() => false), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => p.lessons(), { timeout: 10_000 }).toEqual(lessons);
    await expect.poll(helpfulPressed).toBe('true');
    await p.click(`${card(second)} .feedback button[aria-pressed]`);
    await expect.poll(helpfulPressed).toBe('false');
    await expect.poll(() => stored(second)).toEqual({ helpful: 0, notRelevant: 0 });

    await p.click(`${card(top)} .feedback button:not([aria-pressed])`);
    await expect.poll(() => p.lessons()).not.toContain(top);
    await expect.poll(() => sidebarLessons(page)).not.toContain(top);
    expect(await sidebarLessons(page)).toContain(second);
    // The panel says what it hid, with Undo, and focus is on Undo.
    expect(await p.text()).toContain(t('hiddenLesson', engineTitle(top)));
    expect(await p.evaluate('document.activeElement.getAttribute("data-undo")')).toBe(top);
    // Its word on one line beside a long title (it broke into "Un" over "do" as the row shrank it).
    const undoLines = `(() => { const range = document.createRange(); range.selectNodeContents(document.querySelector('[data-undo="${top}"]')); return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size; })()`;
    expect(await p.evaluate(undoLines)).toBe(1);
    // Feedback is stored, which makes the page re-rank: the hidden lesson must stay hidden, the rest stay.
    await page.waitForTimeout(300);
    expect(await sidebarLessons(page)).not.toContain(top);

    // It sticks: reloaded, the ticket comes back without it, the panel still offers Undo.
    const errorsBefore = p.errors().length;
    await page.reload();
    await waitForSidebar(page);
    expect(await sidebarLessons(page)).not.toContain(top);
    expect(await sidebarLessons(page)).toContain(second);
    await expect.poll(() => p.evaluate(`Boolean(document.querySelector('[data-undo="${top}"]'))`)).toBe(true);
    await expect.poll(() => p.lessons()).toEqual(await sidebarLessons(page));
    // The panel followed the reload without an error in its console (its reply coach's port, refused by the page while
    // no content script had started there, logged "Unchecked runtime.lastError" on every page load).
    expect(p.errors().slice(errorsBefore)).toEqual([]);

    expect(await stored(top)).toEqual({ helpful: 0, notRelevant: 1 });
    await p.click(`[data-undo="${top}"]`);
    await expect.poll(() => sidebarLessons(page)).toContain(top);
    await expect.poll(() => p.lessons()).toContain(top);
    // Undone, its count is taken back: it weighs nothing against the lesson on other tickets.
    await expect.poll(() => stored(top)).toEqual({ helpful: 0, notRelevant: 0 });
    // Undone for good: after another reload it is suggested again.
    await page.reload();
    await waitForSidebar(page);
    expect(await sidebarLessons(page)).toContain(top);
  });

  it('Not relevant pressed while the ticket reloads (no page answers yet) is kept for it and applied when it loads', async () => {
    const lessons = await open(ZENDESK);
    const p = await sidePanel(lessons);
    const target = lessons[0]!;
    // The page arrives at once but ends 2.5 s later: shown, not parsed to its end, no content script yet.
    server.set({ url: ZENDESK.url, file: ZENDESK.file, stallMs: 2_500 });
    try {
      await page.reload({ waitUntil: 'commit' });
      // The panel still shows the ticket meanwhile (LOADING_HOLD_MS); the press goes to a tab where nothing answers.
      await p.click(`${card(target)} .feedback button:not([aria-pressed])`);
      await waitForSidebar(page);
      await expect.poll(() => sidebarLessons(page)).not.toContain(target);
      await expect.poll(() => p.evaluate(`Boolean(document.querySelector('[data-undo="${target}"]'))`)).toBe(true);
      await p.click(`[data-undo="${target}"]`);
      await expect.poll(() => sidebarLessons(page)).toContain(target);
    } finally {
      server.set({ url: ZENDESK.url, file: ZENDESK.file });
    }
  });

  it('Not relevant, and its Undo, double-clicked count once each', async () => {
    const lessons = await open(ZENDESK);
    const p = await sidePanel(lessons);
    const [top, second] = lessons as [string, string];
    // The feedback the service worker is sent, seen by a listener of its own beside the background's: the panel's
    // messages arrive in order, so one sent after a double click says those of the double click have all arrived.
    await browser.worker.evaluate(() => {
      const worker = globalThis as unknown as { feedbackSent: unknown[]; chrome: { runtime: { onMessage: { addListener(l: (m: unknown) => undefined): void } } } };
      worker.feedbackSent = [];
      worker.chrome.runtime.onMessage.addListener((message) => {
        if ((message as { type?: string }).type === 'extra-mile:feedback') worker.feedbackSent.push(message);
        return undefined;
      });
    });
    const sent = () => browser.worker.evaluate(() => (globalThis as unknown as { feedbackSent: Array<{ lessonId: string; verdict: string; undo?: boolean }> }).feedbackSent);
    /** Helpful pressed on the second card after the rest, and the feedback sent for the top card until then. */
    const sentForTop = async () => {
      const count = (await sent()).length;
      await p.click(`${card(second)} .feedback button[aria-pressed]`);
      await expect.poll(async () => (await sent()).slice(count).some((m) => m.lessonId === second)).toBe(true);
      return (await sent()).filter((m) => m.lessonId === top);
    };

    await p.doubleClick(`${card(top)} .feedback button:not([aria-pressed])`);
    await expect.poll(() => p.evaluate(`Boolean(document.querySelector('[data-undo="${top}"]'))`)).toBe(true);
    expect(await sentForTop()).toEqual([{ type: 'extra-mile:feedback', lessonId: top, verdict: 'not-relevant' }]);

    await p.doubleClick(`[data-undo="${top}"]`);
    await expect.poll(() => p.lessons()).toContain(top);
    expect((await sentForTop()).slice(1)).toEqual([{ type: 'extra-mile:feedback', lessonId: top, verdict: 'not-relevant', undo: true }]);
  });
});

const engineTitle = (lessonId: string) => BUILTIN_LESSONS.find((l) => l.id === lessonId)!.title;
