// What the agent does with the sidebar, in a real Chromium on real desk pages: copy a phrase, insert it into the
// desk's reply editor (a contenteditable and a textarea), rate suggestions, collapse and reopen it (Esc, the
// keyboard-shortcut message, remembered per site), and that the sidebar leaves the desk usable: the reply editor
// uncovered, the desk's own handlers working, its layout unchanged, and the sidebar a labelled landmark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESK_PAGES } from '../../scripts/desk-pages';
import {
  TEST_EXTENSION_DIR,
  engineAnswer,
  expectLessons,
  launchWithExtension,
  recordSidebarStates,
  sendToggleFromServiceWorker,
  sidebarLessons,
  sidebarStateLog,
  startDeskServer,
  waitForSidebar,
  type Browser,
  type DeskServer,
} from './harness';

const ZENDESK = DESK_PAGES.find((p) => p.file.endsWith('zendesk/ticket-refund-after-return.html'))!; // contenteditable editor
const FORUM = DESK_PAGES.find((p) => p.desk === 'generic')!; // a plain <textarea>
const FREESCOUT = DESK_PAGES.find((p) => p.desk === 'freescout')!; // reply box above the thread
const ZENDESK_EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]';
const FORUM_EDITOR = 'textarea[name="reply"]';
const FREESCOUT_EDITOR = '.conv-reply-block .note-editable';

let server: DeskServer;
let browser: Browser;
let page: Page;

const sidebar = () => page.locator('extra-mile-sidebar');
const card = (lessonId: string) => page.locator(`extra-mile-sidebar [data-lesson-id="${lessonId}"]`);
const firstPhrase = async (lessonId: string) => (await card(lessonId).locator('li.phrase p').first().textContent()) ?? '';

async function open(desk: typeof ZENDESK): Promise<string[]> {
  await page.goto(desk.url);
  await waitForSidebar(page);
  const lessons = engineAnswer(desk.file, desk.url).lessons;
  // Collapsed, the sidebar is a tab with no cards.
  if ((await sidebar().getAttribute('data-open')) === 'true') await expectLessons(page, lessons);
  return lessons;
}

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
  server = await startDeskServer([ZENDESK, FORUM, FREESCOUT].map((p) => ({ url: p.url, file: p.file })));
  browser = await launchWithExtension(TEST_EXTENSION_DIR, server);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.addInitScript(recordSidebarStates);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the sidebar is a labelled landmark that leaves the desk usable', () => {
  it('is an ARIA complementary landmark named "Extra Mile …"', async () => {
    await open(ZENDESK);
    await expect.poll(() => page.getByRole('complementary', { name: /Extra Mile/ }).count()).toBe(1);
    expect(await page.getByRole('complementary', { name: /Extra Mile/ }).isVisible()).toBe(true);
  });

  // Zendesk's composer sits at the bottom of the page (the sidebar must end above it); FreeScout's reply box sits at
  // the top (the sidebar must start below it). Both fixtures' editors span the page, into the sidebar's column.
  it.each([
    { desk: ZENDESK, editor: ZENDESK_EDITOR },
    { desk: FREESCOUT, editor: FREESCOUT_EDITOR },
  ])('does not cover the $desk.name reply editor, wherever the page is scrolled', async ({ desk, editor: selector }) => {
    await open(desk);
    for (const where of ['end', 'center', 'start'] as const) {
      await page.locator(selector).evaluate((el, block) => el.scrollIntoView({ block }), where);
      await page.waitForTimeout(100); // one animation frame is enough; leave room on a busy machine
      const hits = await page.locator(selector).evaluate((editor) => {
        const r = editor.getBoundingClientRect();
        const y = r.top + r.height / 2;
        return [
          ['centre', r.left + r.width / 2],
          ['right end', r.right - 4],
        ].map(([what, x]) => {
          const at = document.elementFromPoint(x as number, y);
          return { what, inside: at !== null && editor.contains(at), at: at?.localName ?? null, rect: [r.left, r.top, r.right, r.bottom].map(Math.round) };
        });
      });
      for (const hit of hits) expect(hit.inside, `the editor's ${hit.what} hits <${hit.at}>; editor at ${hit.rect}, scrolled to ${where}`).toBe(true);
    }
    expect(await sidebar().getAttribute('data-open')).toBe('true');
    const box = (await sidebar().boundingBox())!;
    expect(box.height, 'the sidebar keeps a usable height').toBeGreaterThanOrEqual(160);
  });

  it("keeps the desk's own event handlers working", async () => {
    await open(ZENDESK);
    const button = page.locator('[data-test-id="omnichannel-channel-switcher-button"]');
    await button.evaluate((el) => {
      (window as unknown as { deskClicks: number }).deskClicks = 0;
      el.addEventListener('click', () => (window as unknown as { deskClicks: number }).deskClicks++);
    });
    await button.click(); // a real mouse click at the button's position: it must reach the desk, not the sidebar
    await page.keyboard.press('Escape', { delay: 0 }); // Esc outside the sidebar is the desk's, not ours
    expect(await page.evaluate(() => (window as unknown as { deskClicks: number }).deskClicks)).toBe(1);
    expect(await sidebar().getAttribute('data-open')).toBe('true');
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
          sidebar: document.querySelectorAll('extra-mile-sidebar').length,
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
        {
          sidebar: 0,
          main: box('#main_panes'),
          editor: box('[data-test-id="omnicomposer-rich-text-ckeditor"]'),
          body: box('body'),
          scrollWidth: document.documentElement.scrollWidth,
        },
      ];
    });
    expect(before).toEqual(after);
  });
});

describe('copy and insert', () => {
  it('Copy puts the phrase on the clipboard', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(ZENDESK.url).origin });
    const [top] = await open(ZENDESK);
    const phrase = await firstPhrase(top!);
    expect(phrase.length).toBeGreaterThan(10);
    await card(top!).getByRole('button', { name: /^Copy/ }).first().click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(phrase);
  });

  it('Insert puts the phrase into a contenteditable reply editor, the desk sees input, and Ctrl+Z undoes it', async () => {
    const [top] = await open(ZENDESK);
    const phrase = await firstPhrase(top!);
    await watchInputEvents(ZENDESK_EDITOR);
    const editor = page.locator(ZENDESK_EDITOR);
    const before = (await editor.textContent()) ?? '';
    await card(top!).getByRole('button', { name: /^Insert/ }).first().click();
    await expect.poll(() => editor.textContent()).toContain(phrase);
    expect(await inputEvents()).toContain('insertText');
    // Focus is in the editor now (Insert put the caret there), so the desk's own undo applies.
    expect(await editor.evaluate((el) => el.contains(document.activeElement) || el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.textContent()).toBe(before);
  });

  it('Insert puts the phrase into a textarea reply box and the page sees input', async () => {
    const [top] = await open(FORUM);
    const phrase = await firstPhrase(top!);
    await watchInputEvents(FORUM_EDITOR);
    await card(top!).getByRole('button', { name: /^Insert/ }).first().click();
    await expect.poll(() => page.locator(FORUM_EDITOR).inputValue()).toBe(phrase);
    expect(await inputEvents()).toContain('insertText');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(FORUM_EDITOR).inputValue()).toBe('');
  });
});

describe('collapse and reopen', () => {
  it('Esc inside the sidebar collapses it, and the choice is remembered for the site across a reload', async () => {
    await open(ZENDESK);
    await sidebar().locator('button.toggle').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => sidebar().getAttribute('data-open')).toBe('false');
    // Collapsed is a tab that still names the extension and can be opened again.
    expect(await page.getByRole('complementary', { name: /Extra Mile/ }).isVisible()).toBe(true);

    await page.reload();
    await waitForSidebar(page);
    await page.waitForTimeout(200);
    expect(await sidebar().getAttribute('data-open')).toBe('false');
    // It never flashed open on the way.
    expect(new Set(await sidebarStateLog(page))).not.toContain('ready/true');

    // Per site: another desk still opens by default.
    await open(FORUM);
    expect(await sidebar().getAttribute('data-open')).toBe('true');

    // Reopen on the first site; remembered too.
    await open(ZENDESK);
    expect(await sidebar().getAttribute('data-open')).toBe('false');
    await sidebar().locator('button.toggle').click();
    await expect.poll(() => sidebar().getAttribute('data-open')).toBe('true');
    await page.reload();
    await waitForSidebar(page);
    await page.waitForTimeout(200);
    expect(await sidebar().getAttribute('data-open')).toBe('true');
  });

  it('the keyboard-shortcut message from the service worker toggles it', async () => {
    await open(ZENDESK);
    expect(await sidebar().getAttribute('data-open')).toBe('true');
    await sendToggleFromServiceWorker(browser);
    await expect.poll(() => sidebar().getAttribute('data-open')).toBe('false');
    await sendToggleFromServiceWorker(browser);
    await expect.poll(() => sidebar().getAttribute('data-open')).toBe('true');
  });
});

// Last: feedback is stored and changes later rankings (lesson weights), which would skew the tests above.
describe('feedback', () => {
  it('Helpful presses; Not relevant hides that suggestion for this ticket', async () => {
    const lessons = await open(ZENDESK);
    expect(lessons.length).toBeGreaterThan(1);
    const [top, second] = lessons as [string, string];
    const helpful = card(second).getByRole('button', { name: /^Helpful/ });
    await helpful.click();
    await expect.poll(() => helpful.getAttribute('aria-pressed')).toBe('true');

    await card(top).getByRole('button', { name: /^Not relevant/ }).click();
    await expect.poll(() => card(top).count()).toBe(0);
    // Feedback is stored, which makes the page re-rank: the hidden lesson must stay hidden, the rest stay.
    await page.waitForTimeout(300);
    expect(await sidebarLessons(page)).not.toContain(top);
    expect(await sidebarLessons(page)).toContain(second);
  });
});
