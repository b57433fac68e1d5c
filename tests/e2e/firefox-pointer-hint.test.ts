// The in-page pointer, clicked in Debian's Firefox ESR (dist/firefox): Firefox opens its sidebar only from its own
// controls, so the click cannot open it, and the pointer says how to: it names the keys of the manifest's shortcut
// (Alt+Shift+M), where it used to say only "with its shortcut", which left the agent to look for it. Its accessible
// name says so from the start, where it said "Open the side panel".
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { DESK_PAGES } from '../../scripts/desk-pages';
import { t } from '../../src/i18n';
import { SIDEBAR } from './harness';
import { FIREFOX_EXTENSION_DIR, firefoxOnDesks } from './firefox-harness';

const ZENDESK = DESK_PAGES.find((p) => p.file.endsWith('zendesk/ticket-refund-after-return.html'))!;
const SHORTCUT: string = JSON.parse(readFileSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')).commands._execute_sidebar_action.suggested_key.default;

let desk: Page;

firefoxOnDesks([ZENDESK], {}, (_, tab) => {
  desk = tab;
});

describe('the pointer clicked in Firefox ESR', () => {
  it(`names the shortcut that opens the sidebar (${SHORTCUT})`, async () => {
    await desk.goto(ZENDESK.url);
    await desk.waitForSelector(`${SIDEBAR}[data-state="ready"]`, { timeout: 15_000 });
    // Named by what a click does here, before any click: not "Open the side panel", which it cannot.
    const name = await desk.$eval(SIDEBAR, (host) => host.shadowRoot!.querySelector('button')!.getAttribute('aria-label') ?? '');
    const top = await desk.$eval(SIDEBAR, (host) => host.shadowRoot!.querySelector('button .title')?.textContent ?? '');
    const count = (await desk.$eval(SIDEBAR, (el) => el.getAttribute('data-lessons') ?? '')).split(' ').filter(Boolean).length;
    expect(name).toBe(t('pointerOpenHow', t('pointerSuggestionsMany', String(count)), top, t('pointerShortcutKeysHint', SHORTCUT)));
    const at = await desk.$eval(SIDEBAR, (host) => {
      const box = host.shadowRoot!.querySelector('button')!.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    await desk.mouse.click(at.x, at.y); // a real click: the page's gesture, which Firefox does not let open the sidebar
    const hint = () => desk.$eval(SIDEBAR, (host) => host.shadowRoot!.querySelector('button .title')?.textContent ?? '');
    await expect.poll(hint).not.toBe(''); // drawn before the click too: the top lesson's title
    await expect.poll(hint, { timeout: 5_000 }).toBe(t('pointerShortcutKeysHint', SHORTCUT));
  });
});
