// The reply checklist on every desk fixture's reply editor, in a real Chromium with the test build (it matches the
// hosted desks as the production build does, and the self-hosted ones at *.example.org): one side panel stays open
// while the tab visits each desk; the agent types a draft that breaks a check (✗ with the draft's own words), then
// rewrites it (✓). Where the desk keeps quoted history in its editor below the draft, that history quotes the same
// broken words, so ✓ shows the coach read the draft alone. The rows are in tests/e2e/desk-editors.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n';
import { DESK_EDITORS, DRAFTS, NO_REPLY_EDITOR, appendToEditor, startIframeEditor, type DeskEditor } from './desk-editors';
import { ROOT, TEST_EXTENSION_DIR, chromiumDeskWithPanel, waitForSidebar, type Browser, type SidePanel } from './harness';

let browser: Browser;
let page: Page;
let panel: SidePanel;

interface Line {
  ok: string;
  evidence: string;
}

/** Every line of the panel's checklist, by check id. */
const lines = () =>
  panel.evaluate<Record<string, Line>>(
    `Object.fromEntries(Array.from(document.querySelectorAll('[data-check]'), (el) => [el.dataset.check, { ok: el.dataset.ok, evidence: el.querySelector('.evidence')?.textContent ?? '' }]))`,
  );
const squash = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();

/** The quote of each broken line, which must come from `draft`: the coach reads nothing but the agent's words. */
async function expectQuotesFrom(draft: string): Promise<void> {
  for (const [id, line] of Object.entries(await lines())) {
    if (line.ok === 'false' && line.evidence) expect(squash(draft), `${id} quotes "${line.evidence}"`).toContain(squash(line.evidence.replace(/…$/, '')));
  }
}

function editorOf(row: DeskEditor): Locator {
  const scope: Page | FrameLocator = row.frame ? page.frameLocator(row.frame) : page;
  return scope.locator(row.editor);
}

// One panel for the whole run: it follows the tab from desk to desk, as it follows the agent's tickets.
chromiumDeskWithPanel(
  DESK_EDITORS.map((row) => row.page),
  { extensionDir: TEST_EXTENSION_DIR, launch: { viewport: { width: 1366, height: 900 } } },
  (started) => ({ browser, desk: page, panel } = started),
);

describe('the table of desk editors', () => {
  it('has a row for every fixture page with a reply editor, and only pages without one are left out', () => {
    const files = readdirSync(resolve(ROOT, 'tests/fixtures'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(resolve(ROOT, 'tests/fixtures', d.name)).filter((f) => f.endsWith('.html')).map((f) => join('tests/fixtures', d.name, f)));
    const covered = new Set(DESK_EDITORS.map((row) => row.page.file));
    expect(files.filter((f) => !covered.has(f) && !(f in NO_REPLY_EDITOR))).toEqual([]);
    for (const file of Object.keys(NO_REPLY_EDITOR)) {
      expect(files).toContain(file);
      const doc = new JSDOM(readFileSync(resolve(ROOT, file), 'utf8')).window.document;
      expect(doc.querySelector('[contenteditable="true"], textarea, iframe'), `${file} has something to type into`).toBeNull();
    }
  });
});

describe('the reply checklist on each desk', () => {
  it.each(DESK_EDITORS)('$page.name ($kind): ✗ for a draft that breaks $check, ✓ once rewritten', async (row) => {
    const drafts = DRAFTS[row.check];
    await page.goto(row.page.url);
    await waitForSidebar(page);
    if (row.frame) await page.evaluate(startIframeEditor, row.frame);
    if (row.quote) await page.evaluate(appendToEditor, [row.frame ?? null, row.editor, row.quote(drafts.broken)] as [string | null, string, string]);
    // The panel's port to this page is open, and the coach found this page's editor empty (the last desk's draft was not).
    await expect.poll(() => panel.text(), { timeout: 5000 }).toContain(t('coachEmpty'));

    const editor = editorOf(row);
    await editor.click({ timeout: 5000 });
    await page.keyboard.press('Control+Home'); // above any quoted history
    await page.keyboard.insertText(drafts.broken);
    await expect.poll(async () => (await lines())[row.check], { timeout: 5000 }).toMatchObject({ ok: 'false' });
    expect(squash((await lines())[row.check]!.evidence)).toContain(squash(drafts.breaks));
    await expectQuotesFrom(drafts.broken);

    await page.keyboard.press('Control+Shift+Home'); // the draft, from the caret at its end to the editor's start
    await page.keyboard.insertText(drafts.fixed);
    await expect.poll(async () => (await lines())[row.check], { timeout: 5000 }).toMatchObject({ ok: 'true' });
    await expectQuotesFrom(drafts.fixed);
    const text = squash(row.kind === 'textarea' ? await editor.inputValue() : await editor.innerText());
    expect(text.startsWith(squash(drafts.fixed))).toBe(true);
    // The quoted history, broken words and all, is still in the editor: the ✓ is the draft's alone.
    if (row.quote) expect(text).toContain(squash(drafts.broken));
  });
});

describe('an iframe editor that rewrites its document', () => {
  it("is followed: Request Tracker's CKEditor 4 started after the panel connected, then typed into", async () => {
    const row = DESK_EDITORS.find((r) => r.page.desk === 'request-tracker')!;
    await page.goto(row.page.url);
    await waitForSidebar(page);
    await expect.poll(() => panel.text(), { timeout: 5000 }).toContain(t('coachEmpty'));
    // CKEditor 4 (re)writes its iframe's document when it starts or switches modes, which drops every listener on
    // it: here with the panel already connected and listening to the iframe's first document.
    await page.evaluate(startIframeEditor, row.frame!);
    await editorOf(row).click({ timeout: 5000 });
    await page.keyboard.type(DRAFTS['no-placeholders'].broken);
    await expect.poll(async () => (await lines())['no-placeholders'], { timeout: 5000 }).toEqual({ ok: 'false', evidence: '[date]' });
    // The desk puts other text in with no keystroke (a macro; emptied on Send): an editor in an iframe, which the
    // page's own observer does not see, is followed too.
    await editorOf(row).evaluate((body, text) => (body.textContent = text), DRAFTS['no-placeholders'].fixed);
    await expect.poll(async () => (await lines())['no-placeholders'], { timeout: 5000 }).toEqual({ ok: 'true', evidence: '' });
  });
});

describe("Zendesk's composer set to an internal note", () => {
  it('is not checked while it writes a note, and is checked again once switched back to a reply', async () => {
    const row = DESK_EDITORS.find((r) => r.page.file === 'tests/fixtures/zendesk/ticket-refund-after-return.html')!;
    const drafts = DRAFTS[row.check];
    await page.goto(row.page.url);
    await waitForSidebar(page);
    await expect.poll(() => panel.text(), { timeout: 5000 }).toContain(t('coachEmpty'));
    await editorOf(row).click({ timeout: 5000 });
    await page.keyboard.insertText(drafts.broken);
    await expect.poll(async () => (await lines())[row.check], { timeout: 5000 }).toMatchObject({ ok: 'false' });
    // The agent picks "Internal note" in the channel switcher: Zendesk relabels the button (no text changes).
    const channel = (label: string) => page.locator('[data-test-id="omnichannel-channel-switcher-button"]').evaluate((button, l) => button.setAttribute('aria-label', l), label);
    await channel('Internal note');
    await expect.poll(() => panel.text(), { timeout: 5000 }).toContain(t('coachNote'));
    expect(await lines()).toEqual({});
    await channel('Email');
    await expect.poll(async () => (await lines())[row.check], { timeout: 5000 }).toMatchObject({ ok: 'false' });
  });
});
