// Accessibility, checked by axe-core (Deque's rules engine, the one browsers' own audits build on) in Debian's
// Chromium with the production build: the side panel on a ticket with its cards, one card unfolded; the popup acting on
// that ticket, a search open; the options page; and the in-page pointer in the desk page (axe reaches its open shadow
// root). The WCAG 2.0–2.2 A and AA rules run, and the two on headings; any violation fails with its rule, impact and
// the elements at fault.
// axe is evaluated over the DevTools protocol, which an extension page's content security policy does not stop.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { DESK_PAGES } from '../../scripts/desk-pages';
import { t } from '../../src/i18n';
import { EXTENSION_DIR, ROOT, activeTabIds, chromiumDeskWithPanel, SIDEBAR, type Browser, type SidePanel } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ZENDESK = DESK_PAGES.find((p) => p.file.endsWith('zendesk/ticket-refund-after-return.html'))!;
/** The WCAG 2.0, 2.1 and 2.2 rules at levels A and AA. */
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * And two of axe's best practices a screen reader's heading list relies on: a level-one heading to start from, and no
 * level skipped on the way down (a tester found the panel's cards at level three under its level one, the popup
 * without a level one; neither is tagged WCAG, so the tags above let both pass).
 */
const HEADING_RULES = ['page-has-heading-one', 'heading-order'];

let browser: Browser;
let desk: Page;
let panel: SidePanel;

chromiumDeskWithPanel([ZENDESK], { extensionDir: EXTENSION_DIR }, (started) => ({ browser, desk, panel } = started));

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** What axe finds in the document (or the part `include` names), as "rule (impact): help — element: why" lines. */
function audit(include?: string): string {
  const context = include ? JSON.stringify({ include: [[include]] }) : 'document';
  return `(async () => {
    if (!window.axe) (0, eval)(${JSON.stringify(AXE_SOURCE)});
    const rules = Object.fromEntries(${JSON.stringify(HEADING_RULES)}.map((id) => [id, { enabled: true }]));
    const result = await window.axe.run(${context}, { runOnly: { type: 'tag', values: ${JSON.stringify(RULES)} }, rules, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  })()`;
}

/** WCAG's contrast ratio of the checklist's ✓ (kept) and ✗ (broken) marks against the panel's background. */
const MARK_CONTRAST = `(() => {
  const luminance = (colour) => {
    const [r, g, b] = colour.match(/[\\d.]+/g).slice(0, 3).map((v) => { v = Number(v) / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const background = luminance(getComputedStyle(document.body).backgroundColor);
  const ratio = (selector) => {
    const mark = document.querySelector(selector);
    if (!mark) return null;
    const [light, dark] = [luminance(getComputedStyle(mark).color), background].sort((a, b) => b - a);
    return Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100;
  };
  return { kept: ratio('.check.kept .mark'), broken: ratio('.check.broken .mark') };
})()`;

const described = (violations: Violation[]) =>
  violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`));

describe('accessibility (axe-core, WCAG 2.2 A and AA) in Chromium', () => {
  it('the side panel on a ticket, a card unfolded', async () => {
    await expect.poll(() => panel.lessons()).not.toEqual([]);
    await panel.click('.card details summary');
    expect(await panel.evaluate<boolean>(`Boolean(document.querySelector('.card details[open]'))`)).toBe(true);
    expect(described(await panel.evaluate<Violation[]>(audit()))).toEqual([]);
  });

  it('the side panel with the reply coach’s checklist, a check broken', async () => {
    await desk.bringToFront();
    await desk.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]').click();
    await desk.keyboard.type('Thanks for waiting. Please contact the courier about the parcel.');
    await expect.poll(() => panel.evaluate<boolean>(`Boolean(document.querySelector('[data-check="no-passing-on"][data-ok="false"]'))`), { timeout: 5_000 }).toBe(true);
    expect(described(await panel.evaluate<Violation[]>(audit()))).toEqual([]);
  });

  it('the side panel after Not relevant, its Undo in place of the card', async () => {
    const [, second] = await panel.lessons();
    await panel.click(`[data-lesson-id="${second}"] .feedback button:not([aria-pressed])`);
    await expect.poll(() => panel.evaluate<boolean>(`Boolean(document.querySelector('[data-undo="${second}"]'))`)).toBe(true);
    expect(described(await panel.evaluate<Violation[]>(audit()))).toEqual([]);
  });

  it('the side panel in dark mode (colour contrast)', async () => {
    await panel.call('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    try {
      expect(await panel.evaluate<string>(`getComputedStyle(document.body).colorScheme + ' ' + matchMedia('(prefers-color-scheme: dark)').matches`)).toContain('true');
      expect(described(await panel.evaluate<Violation[]>(audit()))).toEqual([]);
      // The checklist's ✓ and ✗ are hidden from screen readers (each line says "Kept:" or "Not kept:"), so axe leaves
      // them out; they are read by eye, and were under 4.5:1 on the dark background (fixed colours, since 2026-12-03).
      const marks = await panel.evaluate<{ kept: number | null; broken: number | null }>(MARK_CONTRAST);
      expect(marks).toEqual({ kept: expect.any(Number), broken: expect.any(Number) });
      expect(Math.min(marks.kept!, marks.broken!), JSON.stringify(marks)).toBeGreaterThanOrEqual(4.5);
    } finally {
      await panel.call('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('the popup acting on the ticket’s tab, a search typed, light and dark', async () => {
    const [tabId] = await activeTabIds(browser);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.ticket-lessons li').first().waitFor({ timeout: 10_000 });
    await popup.getByRole('searchbox').fill('refund');
    await popup.locator('.lessons li button.result').first().click();
    expect(described(await popup.evaluate(audit()) as Violation[])).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    // Audited dark: popup.tsx takes the system's change (the theme "auto") on its event.
    await expect.poll(() => popup.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark');
    expect(described(await popup.evaluate(audit()) as Violation[])).toEqual([]);
    await popup.close();
  });

  it('the options page, light and dark, with a pack previewed and one refused', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('#packs').waitFor({ timeout: 10_000 });
    expect(described(await options.evaluate(audit()) as Violation[])).toEqual([]);
    // The preview of a good pack (the example), then the error list of a broken one, each audited.
    await options.getByLabel(t('optionsImportLabel')).setInputFiles(resolve(ROOT, 'examples/team-pack.json'));
    await options.locator('[data-verdict="valid"]').waitFor({ timeout: 10_000 });
    expect(described(await options.evaluate(audit()) as Violation[])).toEqual([]);
    await options.getByLabel(t('optionsImportLabel')).setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"id": "x", "lessons": [{"id": 3}]}') });
    await options.locator('[data-verdict]:not([data-verdict="valid"])').waitFor({ timeout: 10_000 });
    expect(described(await options.evaluate(audit()) as Violation[])).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(described(await options.evaluate(audit()) as Violation[])).toEqual([]);
    await options.close();
  });

  it('the pointer in the desk page', async () => {
    await desk.bringToFront();
    expect(await desk.locator(`${SIDEBAR} button`).isVisible()).toBe(true);
    expect(described(await desk.evaluate(audit(SIDEBAR)) as Violation[])).toEqual([]);
  });
});
