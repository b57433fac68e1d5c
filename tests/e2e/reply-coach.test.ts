// The reply coach in a real Chromium with the production build: the agent types into a desk's reply editor, and the
// side panel's checklist follows (✗ with the words that broke the check, the lesson's better phrase to insert where
// inserting it mends the line; ✓ once fixed); switched off on the options page, the checklist goes. And a desk whose layout changed (its thread entries'
// main selector gone, as tests/adapters-drift.test.ts does) is read by the generic reader, and the panel says so.
// The checklist on every other desk's editor (iframes and textareas too) is in reply-coach-desks.test.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK_PAGES } from '../../scripts/desk-pages';
import { adapters } from '../../src/adapters/index';
import { t } from '../../src/i18n';
import { BUILTIN_LESSONS } from '../../src/lessons/index';
import { unwrapThreadEntries } from '../support/drift';
import { EXTENSION_DIR, ROOT, SIDEBAR, launchWithExtension, openSidePanel, startDeskServer, waitForSidebar, type Browser, type DeskServer, type SidePanel } from './harness';
import { readClean } from '../support/read-clean';

const ZENDESK = DESK_PAGES.find((p) => p.file.endsWith('zendesk/ticket-refund-after-return.html'))!;
const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]';
const BROKEN = 'Thanks for waiting. Please contact the courier about the parcel.';
const FIXED = 'Thanks for waiting. I have asked the courier myself and I will chase the parcel for you.';
const BETTER = BUILTIN_LESSONS.find((l) => l.id === 'no-wrong-door')!.phrases[0]!;
/** Passing on that a phrase inserted after it mends: the agent taking the bank's part on. */
const WHOSE_JOB = 'Thanks for waiting. Refunds for card payments go through your bank.';

/** The same ticket after a redesign: its thread entries are plain <div>s, text and all (the adapter's item selectors match nothing). */
const DRIFT_URL = ZENDESK.url;
function driftedPage(): string {
  const dom = new JSDOM(readFileSync(resolve(ROOT, ZENDESK.file), 'utf8'), { url: DRIFT_URL });
  const doc = dom.window.document;
  unwrapThreadEntries(adapters.find((a) => a.id === 'zendesk')!, doc, new URL(DRIFT_URL));
  return dom.serialize();
}

let server: DeskServer;
let browser: Browser;
let page: Page;
let panel: SidePanel;

const line = (id: string) =>
  panel.evaluate<{ ok: string; text: string; evidence: string } | null>(
    `(() => { const el = document.querySelector('[data-check="${id}"]'); return el && { ok: el.dataset.ok, text: el.textContent, evidence: el.querySelector('.evidence')?.textContent ?? '' }; })()`,
  );
const hasChecklist = () => panel.evaluate<boolean>(`document.querySelector('.coach') !== null`);
const editorText = () => page.locator(EDITOR).innerText();

beforeAll(async () => {
  server = await startDeskServer([{ url: ZENDESK.url, file: ZENDESK.file }]);
  browser = await launchWithExtension(EXTENSION_DIR, server, { viewport: { width: 1366, height: 900 } });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

afterAll(async () => {
  await panel?.detach();
  await browser?.close();
  await server?.close();
});

describe('the reply checklist in the side panel', () => {
  it('waits for a draft, then shows ✗ with the words that broke a check as the agent types, and no phrase that could not mend them', async () => {
    await page.goto(ZENDESK.url);
    await waitForSidebar(page);
    panel = await openSidePanel(browser, page);
    await expect.poll(() => panel.text(), { timeout: 5000 }).toContain(t('coachEmpty'));

    // At 170 px wide (200 % zoom) the cards outgrow the panel and the checklist is out of sight below them: where the
    // line that says a check is not kept is for (with the checklist in sight it is not said, below).
    await panel.evaluate(`document.body.style.width = '170px'`);
    await panel.evaluate(`new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))`); // laid out anew
    const firstInsertTop = () => panel.evaluate<number>(`document.querySelector('.card .phrase.best button').getBoundingClientRect().top`);
    const before = await firstInsertTop();
    await page.locator(EDITOR).click();
    await page.keyboard.type(BROKEN);
    await expect.poll(() => line('no-passing-on'), { timeout: 5000 }).toMatchObject({ ok: 'false' });
    // The line shows in the panel's view without moving the cards under the agent's pointer (it came in above them and
    // pushed the first Insert down 26 px as the agent reached for it).
    await expect.poll(() => panel.evaluate<boolean>(`document.querySelector('.coach-jump') !== null`)).toBe(true);
    const jump = await panel.evaluate<{ top: number; bottom: number; height: number } | null>(
      `(() => { const r = document.querySelector('.coach-jump')?.getBoundingClientRect(); return r ? { top: r.top, bottom: r.bottom, height: innerHeight } : null; })()`,
    );
    expect(jump).not.toBeNull();
    expect(jump!.top).toBeGreaterThanOrEqual(0);
    expect(jump!.bottom).toBeLessThanOrEqual(jump!.height);
    expect(await firstInsertTop()).toBe(before);
    // That line sticks to the panel's bottom edge: a card's button reached by the keyboard is scrolled clear of it, not
    // left under it.
    const covered = await panel.evaluate<{ tried: number; under: string[] }>(`(() => {
      const under = [];
      let tried = 0;
      const foot = () => document.querySelector('.panel-foot').getBoundingClientRect();
      for (const button of document.querySelectorAll('.card button')) {
        if (!button.checkVisibility()) continue; // in a closed fold
        // Scrolled so that the button sits under the foot, then reached by the keyboard.
        tried += 1;
        document.activeElement?.blur();
        scrollBy(0, button.getBoundingClientRect().top - foot().top - 4);
        button.focus();
        const r = button.getBoundingClientRect();
        if (r.bottom > foot().top + 1 && r.top < foot().bottom) under.push(button.textContent);
      }
      return { tried, under };
    })()`);
    expect(covered.tried).toBeGreaterThan(3);
    expect(covered.under).toEqual([]);
    // With the checklist's heading in sight the line goes: it only repeated it, one line above it (a walk at 360 px,
    // 2026-12-05); scrolled away again, the line is back.
    const jumpShown = () => panel.evaluate<boolean>(`document.querySelector('.coach-jump') !== null`);
    await panel.evaluate(`scrollTo(0, 0)`);
    await expect.poll(jumpShown).toBe(true);
    await panel.evaluate(`document.getElementById('em-coach-heading').scrollIntoView({ block: 'center' })`);
    await expect.poll(jumpShown).toBe(false);
    await panel.evaluate(`scrollTo(0, 0)`);
    await expect.poll(jumpShown).toBe(true);
    // The heading in sight at the panel's foot, the check not kept under it out of sight: the line is still said (a
    // walk, 2026-12-05, found nothing saying so while the heading peeked in).
    const placed = await panel.evaluate<{ heading: boolean; broken: boolean }>(`(() => {
      const heading = document.getElementById('em-coach-heading');
      scrollBy(0, heading.getBoundingClientRect().bottom - (innerHeight - 44));
      const h = heading.getBoundingClientRect();
      const b = document.querySelector('.coach [data-ok="false"] > p').getBoundingClientRect();
      return { heading: h.top >= 0 && h.bottom <= innerHeight - 40, broken: b.bottom <= innerHeight - 40 };
    })()`);
    expect(placed).toEqual({ heading: true, broken: false });
    await panel.evaluate(`new Promise((done) => setTimeout(done, 200))`);
    expect(await jumpShown()).toBe(true);
    await panel.evaluate(`scrollTo(0, 0)`);
    // Not while it has the keyboard, though: the focus fell to the body and Tab began again at the top (a review).
    await panel.evaluate(`document.querySelector('.coach-jump a').focus()`);
    await panel.evaluate(`document.getElementById('em-coach-heading').scrollIntoView({ block: 'center' })`);
    await panel.evaluate(`new Promise((done) => setTimeout(done, 200))`);
    expect(await jumpShown()).toBe(true);
    expect(await panel.evaluate<boolean>(`document.activeElement === document.querySelector('.coach-jump a')`)).toBe(true);
    await panel.evaluate(`document.activeElement.blur()`);
    await expect.poll(jumpShown).toBe(false);
    await panel.evaluate(`document.body.style.width = ''`);
    // With the heading in sight, a draft that breaks a check again never draws the line, not even for a frame: it came
    // and went before the observer answered, the checklist jumping under the pointer (a review).
    await panel.evaluate(`document.getElementById('em-coach-heading').scrollIntoView({ block: 'center' })`);
    await panel.evaluate(`(() => { window.jumpDrawn = 0; new MutationObserver((changes) => { for (const change of changes) for (const node of change.addedNodes) if (node.nodeType === 1 && (node.matches('.coach-jump') || node.querySelector('.coach-jump'))) window.jumpDrawn++; }).observe(document.body, { childList: true, subtree: true }); })()`);
    await page.locator(EDITOR).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await expect.poll(() => panel.text(), { timeout: 5000 }).toContain(t('coachEmpty'));
    await page.keyboard.type(BROKEN);
    await expect.poll(() => line('no-passing-on'), { timeout: 5000 }).toMatchObject({ ok: 'false' });
    expect(await panel.evaluate<number>(`window.jumpDrawn`)).toBe(0);
    const broken = (await line('no-passing-on'))!;
    expect(broken.text).toContain('✗');
    expect(broken.text).toContain('sends them elsewhere');
    expect(broken.evidence.toLowerCase()).toContain('contact the courier');
    // Inserting a phrase would leave "contact the courier" in the draft, the line still ✗: no Insert is offered.
    expect(broken.text).not.toContain(BETTER);
    expect(await panel.evaluate<number>(`document.querySelectorAll('[data-check="no-passing-on"] .phrase').length`)).toBe(0);
  });

  it("Insert puts the check's better phrase into the reply, and the line is kept", async () => {
    await page.locator(EDITOR).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(WHOSE_JOB);
    await expect.poll(() => line('no-passing-on'), { timeout: 5000 }).toMatchObject({ ok: 'false', evidence: 'go through your bank' });
    const phrase = await panel.evaluate<string>(`document.querySelector('[data-check="no-passing-on"] .phrase p').textContent`);
    await panel.click('[data-check="no-passing-on"] .phrase button');
    await expect.poll(editorText, { timeout: 5000 }).toContain(phrase);
    await expect.poll(() => line('no-passing-on'), { timeout: 5000 }).toMatchObject({ ok: 'true' });
  });

  it('after an Insert whose phrase has a blank, the line still ✗ names the blank to fill, and ✓ once it is filled', async () => {
    await page.locator(EDITOR).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Thanks for waiting. We are looking into it.');
    await expect.poll(() => line('says-when'), { timeout: 5000 }).toMatchObject({ ok: 'false' });
    const phrase = await panel.evaluate<string>(`document.querySelector('[data-check="says-when"] .phrase p').textContent`);
    const blanks = phrase.match(/\[[^\]]+\]/g);
    expect(blanks?.length).toBeGreaterThan(0);
    expect(await panel.evaluate<number>(`document.querySelectorAll('[data-check="says-when"] .fill').length`)).toBe(0);
    await panel.click('[data-check="says-when"] .phrase button');
    await expect.poll(editorText, { timeout: 5000 }).toContain(phrase);
    const fill = () => panel.evaluate<string>(`document.querySelector('[data-check="says-when"] .fill')?.textContent ?? ''`);
    // Named is the blank that says when, whose filling mends the line ("[order]" is the placeholder line's).
    const when = blanks!.find((b) => /\b(?:date|day|time)\b/.test(b))!;
    await expect.poll(fill, { timeout: 5000 }).toBe(t('coachFillIn', when));
    expect(await line('says-when')).toMatchObject({ ok: 'false' });
    await page.keyboard.press('Control+A');
    await page.keyboard.type(`Thanks for waiting. We are looking into it. ${phrase.replace(/\[[^\]]+\]/g, 'Friday at 3pm')}`);
    await expect.poll(() => line('says-when'), { timeout: 5000 }).toMatchObject({ ok: 'true' });
    expect(await fill()).toBe('');
  });

  it('says checks are not kept while the first not kept is out of sight under kept lines, the heading in view', async () => {
    await page.locator(EDITOR).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Hi [name], I will email you an update by Friday about the parcel myself.');
    await expect.poll(() => line('no-placeholders'), { timeout: 5000 }).toMatchObject({ ok: 'false' });
    // The whole draft checked, not a pause mid-typing before "by Friday" (a loaded CI run measured that one, its
    // first line not kept): the first line, says-when, is kept by the draft as typed.
    await expect.poll(() => panel.evaluate<string | undefined>(`document.querySelector('.coach [data-check]')?.dataset.ok`), { timeout: 5000 }).toBe('true');
    const jumpShown = () => panel.evaluate<boolean>(`document.querySelector('.coach-jump') !== null`);
    // A review (2026-12-05): with room for one line under the heading, a ✓ line there and the ✗ below the fold, the
    // line saying so was gone.
    // Narrow, as at 200 % zoom, so that the cards above fill more than the panel and it scrolls.
    await panel.evaluate(`document.body.style.width = '200px'`);
    const placed = await panel.evaluate<{ firstKept: boolean; heading: boolean; broken: boolean }>(`(() => {
      const heading = document.getElementById('em-coach-heading');
      scrollBy(0, heading.getBoundingClientRect().bottom - (innerHeight - 40 - 50));
      const h = heading.getBoundingClientRect();
      const b = document.querySelector('.coach [data-ok="false"] > p').getBoundingClientRect();
      return { firstKept: document.querySelector('.coach [data-check]').dataset.ok === 'true', heading: h.top >= 0 && h.bottom <= innerHeight - 40, broken: b.bottom <= innerHeight - 40 };
    })()`);
    expect(placed).toEqual({ firstKept: true, heading: true, broken: false });
    await panel.evaluate(`new Promise((done) => setTimeout(done, 200))`);
    expect(await jumpShown()).toBe(true);
    await panel.evaluate(`document.querySelector('.coach [data-ok="false"]').scrollIntoView({ block: 'center' })`);
    await expect.poll(jumpShown).toBe(false);
    await panel.evaluate(`document.body.style.width = ''`);
    await panel.evaluate(`scrollTo(0, 0)`);
  });

  it('shows ✓ once the draft is fixed', async () => {
    await page.locator(EDITOR).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(FIXED);
    await expect.poll(() => line('no-passing-on'), { timeout: 5000 }).toMatchObject({ ok: 'true' });
    expect((await line('no-passing-on'))!.text).toContain('✓');
    expect(await editorText()).toBe(FIXED); // the coach only reads: the draft is the agent's, as typed
  });

  it('stores nothing of the draft in any of the extension storage areas', async () => {
    const stored = await browser.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<object> }> } };
      return JSON.stringify(await Promise.all([chrome.storage.local.get(null), chrome.storage.sync.get(null), chrome.storage.session.get(null)]));
    });
    expect(stored.length).toBeGreaterThan(2); // the areas were read (the desk's origin at least is recorded)
    for (const words of ['contact the courier', 'chase the parcel', 'Thanks for waiting']) expect(stored).not.toContain(words);
  });

  it('goes when the agent switches it off in preferences, and comes back when switched on', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const coach = options.locator('#pref-coach');
    await expect.poll(() => coach.isChecked()).toBe(true); // on by default
    await coach.uncheck();
    await options.getByText(t('optionsSaved')).waitFor(); // saving is asynchronous: closing first could cut it off
    await options.close();
    await page.bringToFront();
    await expect.poll(hasChecklist, { timeout: 5000 }).toBe(false);
    expect(await editorText()).toBe(FIXED);

    const again = await browser.context.newPage();
    await again.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => again.locator('#pref-coach').isChecked()).toBe(false);
    await again.locator('#pref-coach').check();
    await again.getByText(t('optionsSaved')).waitFor();
    await again.close();
    await page.bringToFront();
    await expect.poll(() => line('no-passing-on'), { timeout: 5000 }).toMatchObject({ ok: 'true' });
  });
});

describe('a desk whose layout was not recognised', () => {
  it('is read by the generic reader, and the panel says so and offers the diagnostics', async () => {
    server.set({ url: DRIFT_URL, body: driftedPage() });
    await page.goto(DRIFT_URL);
    await waitForSidebar(page);
    expect(await page.locator(SIDEBAR).getAttribute('data-desk')).toBe('generic');
    await expect.poll(() => panel.text(), { timeout: 5000 }).toContain(t('panelFallback', 'Zendesk'));
    const text = await panel.text();
    expect(text).toContain(t('copyDiagnostics'));
    expect(text).toContain(t('readingGeneric'));
    expect(await panel.evaluate<string | null>(`document.querySelector('[data-fallback]')?.dataset.fallback ?? null`)).toBe('no-thread');

    // Copy diagnostics: the adapter's selectors and counts for a bug report, and no word of the ticket.
    await panel.click('[data-fallback] button');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()).catch(() => ''), { timeout: 5000 }).toMatch(/^\{"desk":"zendesk"/);
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { label: string; selectors: Array<{ role: string; count: number }> };
    expect(copied.label).toBe('Zendesk');
    expect(copied.selectors.some((s) => s.role === 'item' && s.count === 0)).toBe(true);
    const ticket = readClean(adapters.find((a) => a.id === 'zendesk')!, new JSDOM(readFileSync(resolve(ROOT, ZENDESK.file), 'utf8'), { url: ZENDESK.url }).window.document, new URL(ZENDESK.url))!;
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    for (const m of ticket.messages) expect(clipboard).not.toContain(m.text.slice(0, 24));
    expect(clipboard).not.toContain(ticket.subject);
  });
});
