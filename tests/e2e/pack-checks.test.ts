// An installed pack's reply checks in the side panel's checklist, in a real Chromium with the production build
// (issue 13 item 6). The agent imports tests/coach/pack-with-checks.json (with two more checks, each of one topic) on
// the options page while a Zendesk ticket and the panel are open: the pack's universal check and its check of a topic
// the ticket's suggestions show join the checklist (✗ with the draft's own words, and no phrase of the pack's own
// lesson, since inserting one leaves the code in the draft; ✓ once the draft is rewritten), its check of a topic not shown never runs, and the pack switched off
// takes its checks away. A broken update of the pack (its only fault a check) is refused with the line and field at
// fault, and the installed pack and its checks stay. Nothing of the draft reaches storage or any request.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lessonCount, t } from '../../src/i18n';
import { validatePackText } from '../../src/lessons/pack';
import { DESK_EDITORS } from './desk-editors';
import { EXTENSION_DIR, ROOT, chromiumDeskWithPanel, sidebarTopics, type Browser, type SidePanel } from './harness';
import { scratchDir } from '../support/scratch-dir';

const ZENDESK = DESK_EDITORS.find((row) => row.page.file.endsWith('zendesk/ticket-refund-after-return.html'))!;
/** A main topic of this ticket's suggestions (a parcel late after a return), and one that is not. */
const SHOWN_TOPIC = 'keep-informed';
const UNSHOWN_TOPIC = 'stay-calm';

const base = JSON.parse(readFileSync(resolve(ROOT, 'tests/coach/pack-with-checks.json'), 'utf8'));
const codes = base.checks[0]; // no-internal-codes: universal, names the pack's own lesson say-it-plainly
const PACK = {
  ...base,
  checks: [
    codes,
    { ...codes, id: 'codes-when-informing', topic: SHOWN_TOPIC, universal: false, messages: { kept: 'updates them in plain words', broken: 'updates them in codes' } },
    { ...codes, id: 'codes-when-calming', topic: UNSHOWN_TOPIC, universal: false, messages: { kept: 'calms them in plain words', broken: 'calms them in codes' } },
  ],
};
const PACK_TEXT = JSON.stringify(PACK, null, 2);
/** The same pack, updated with one wrong pattern: its only fault. */
const BROKEN_TEXT = JSON.stringify({ ...PACK, checks: [...PACK.checks, { ...codes, id: 'no-passing-to-rma', breaks: ["you'll need an rma"] }] }, null, 2);
const BETTER = base.lessons[0].phrases[0] as string; // say-it-plainly's first phrase

const BROKEN = 'Your RMA label is attached; the courier collects the box by Friday.';
const FIXED = 'Your returns label is attached; the courier collects the box by Friday.';
/** Words of the drafts that must never be stored or sent. */
const DRAFT_WORDS = ['RMA label is attached', 'returns label is attached', 'collects the box'];

let browser: Browser;
let desk: Page;
let panel: SidePanel;
const requests: Request[] = [];
const dir = scratchDir('pack-checks');

interface Line {
  ok: string;
  text: string;
  evidence: string;
}
/** Every line of the panel's checklist, by check id. */
const lines = () =>
  panel.evaluate<Record<string, Line>>(
    `Object.fromEntries(Array.from(document.querySelectorAll('[data-check]'), (el) => [el.dataset.check, { ok: el.dataset.ok, text: el.textContent, evidence: el.querySelector('.evidence')?.textContent ?? '' }]))`,
  );
const verdicts = async () => Object.fromEntries(Object.entries(await lines()).map(([id, line]) => [id, line.ok]));

async function typeDraft(text: string): Promise<void> {
  await desk.bringToFront();
  await desk.locator(ZENDESK.editor).click();
  await desk.keyboard.press('Control+A');
  await desk.keyboard.type(text);
}

/** The options page in a tab of its own, closed afterwards; the panel follows the desk tab again. */
async function onOptionsPage(act: (options: Page) => Promise<void>): Promise<void> {
  const options = await browser.context.newPage();
  options.setDefaultTimeout(8_000);
  try {
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('#packs').waitFor();
    await act(options);
  } finally {
    await options.close();
    await desk.bringToFront();
  }
}

/** The installed pack's on/off switch as stored (storage.local `pack:<id>`). */
const storedPackEnabled = () =>
  browser.worker.evaluate(async (key) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, { enabled?: boolean }>> } } } };
    return (await chrome.storage.local.get(key))[key]?.enabled;
  }, `pack:${PACK.id}`);

const installedPacks = (options: Page) => options.locator('[data-pack-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-pack-id')));

async function chooseFile(options: Page, name: string, text: string): Promise<void> {
  const file = join(dir, name);
  writeFileSync(file, text);
  await options.getByLabel(t('optionsImportLabel')).setInputFiles(file);
}

chromiumDeskWithPanel(
  [ZENDESK.page],
  { extensionDir: EXTENSION_DIR, launch: { viewport: { width: 1366, height: 900 } }, beforeOpen: (started) => started.context.on('request', (request) => requests.push(request)) },
  (started) => ({ browser, desk, panel } = started),
);

describe("an installed pack's reply checks in the side panel", () => {
  it('before the pack: the bundled checks alone, of the topics shown and the universal ones', async () => {
    await typeDraft(BROKEN);
    await expect.poll(verdicts, { timeout: 5000 }).toMatchObject({ 'says-when': 'true', 'no-passing-on': 'true' });
    expect(Object.keys(await lines())).not.toContain('no-internal-codes');
    expect(await sidebarTopics(desk)).toContain(SHOWN_TOPIC);
    expect(await sidebarTopics(desk)).not.toContain(UNSHOWN_TOPIC);
  });

  it("imported on the options page, its checks join at once: ✗ with the draft's words", async () => {
    expect(validatePackText(PACK_TEXT).ok).toBe(true);
    await onOptionsPage(async (options) => {
      await chooseFile(options, 'plain-words.json', PACK_TEXT);
      await options.locator('[data-verdict="valid"]').waitFor();
      await options.getByRole('button', { name: t('optionsPackAdd') }).click();
      await options.getByText(t('optionsPackAdded', PACK.name, lessonCount(1))).waitFor();
    });
    await expect.poll(verdicts, { timeout: 5000 }).toMatchObject({ 'no-internal-codes': 'false', 'codes-when-informing': 'false' });
    const line = (await lines())['no-internal-codes']!;
    expect(line.text).toContain('✗');
    expect(line.text).toContain('uses an internal code');
    expect(line.evidence).toBe('RMA');
    // No phrase inserted takes "RMA" out of the draft: the line quotes it and offers no Insert.
    expect(line.text).not.toContain(BETTER);
    // A pack's check of a topic the suggestions do not show runs no more than a bundled one does.
    expect(Object.keys(await lines())).not.toContain('codes-when-calming');
    expect(await sidebarTopics(desk)).not.toContain(UNSHOWN_TOPIC);
  });

  it('shows ✓ once the draft is rewritten, and ✗ again when the code comes back', async () => {
    await typeDraft(FIXED);
    await expect.poll(verdicts, { timeout: 5000 }).toMatchObject({ 'no-internal-codes': 'true', 'codes-when-informing': 'true', 'says-when': 'true' });
    expect((await lines())['no-internal-codes']!.text).toContain('✓');
    expect((await lines())['no-internal-codes']!.text).toContain('uses plain words');
    await typeDraft(BROKEN);
    await expect.poll(verdicts, { timeout: 5000 }).toMatchObject({ 'no-internal-codes': 'false', 'codes-when-informing': 'false' });
  });

  it('refuses an update whose only fault is a check, with its line and field; the installed pack and its checks stay', async () => {
    const verdict = validatePackText(BROKEN_TEXT);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.errors.map((e) => e.path)).toEqual(['checks[3].breaks[0]']);
    const line = BROKEN_TEXT.split('\n').findIndex((l) => l.includes("you'll need an rma")) + 1;
    expect(verdict.errors[0]!.line).toBe(line);
    await onOptionsPage(async (options) => {
      await chooseFile(options, 'plain-words-update.json', BROKEN_TEXT);
      const shown = options.locator('[data-verdict="invalid"] ol.errors li');
      await shown.first().waitFor();
      expect(await shown.allTextContents()).toEqual([expect.stringContaining(t('optionsPackErrorLine', String(line), String(verdict.errors[0]!.column)))]);
      expect(await shown.first().textContent()).toContain('checks[3].breaks[0]');
      expect(await shown.first().textContent()).toContain('write "you will", not "you\'ll"');
      expect(await options.getByRole('button', { name: t('optionsPackAdd') }).count()).toBe(0);
      expect(await installedPacks(options)).toEqual([PACK.id]);
    });
    await typeDraft(FIXED);
    await expect.poll(verdicts, { timeout: 5000 }).toMatchObject({ 'no-internal-codes': 'true', 'codes-when-informing': 'true' });
    expect(Object.keys(await lines())).not.toContain('no-passing-to-rma');
  });

  it('switched off on the options page, the pack takes its checks away; the bundled ones stay', async () => {
    await onOptionsPage(async (options) => {
      const inUse = options.locator(`[data-pack-id="${PACK.id}"]`).getByRole('switch', { name: t('optionsPackEnabled') });
      await inUse.uncheck();
      // Saving is asynchronous: the page stays open until storage has it.
      await expect.poll(storedPackEnabled).toBe(false);
    });
    await typeDraft(BROKEN);
    await expect.poll(async () => Object.keys(await lines()), { timeout: 5000 }).not.toContain('no-internal-codes');
    // The pack's checks can go while the draft is still being typed: wait for the verdicts on the whole draft.
    await expect.poll(verdicts, { timeout: 5000 }).toMatchObject({ 'says-when': 'true', 'no-passing-on': 'true' });
    expect(Object.keys(await lines())).not.toContain('codes-when-informing');
  });

  it('stored nothing of the draft, and sent it in no request', async () => {
    const stored = await browser.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<object> }> } };
      return JSON.stringify(await Promise.all([chrome.storage.local.get(null), chrome.storage.sync.get(null), chrome.storage.session.get(null)]));
    });
    expect(stored).toContain('no-internal-codes'); // the pack is stored, its checks with it
    for (const words of DRAFT_WORDS) expect(stored).not.toContain(words);
    expect(requests.length).toBeGreaterThan(0); // the recorder saw the desk page and the options page load
    for (const request of requests) {
      const sent = `${request.url()}\n${request.postData() ?? ''}`;
      const decoded = sent.replace(/\+/g, ' ').replace(/%[0-9a-f]{2}/gi, (code) => String.fromCharCode(parseInt(code.slice(1), 16)));
      for (const words of DRAFT_WORDS) expect(decoded, request.url()).not.toContain(words);
    }
  });
});
