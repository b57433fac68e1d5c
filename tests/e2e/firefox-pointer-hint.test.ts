// The in-page pointer, clicked in Debian's Firefox ESR (dist/firefox): Firefox opens its sidebar only from its own
// controls, so the click cannot open it, and the pointer says how to: it names the keys of the manifest's shortcut
// (Alt+Shift+M), where it used to say only "with its shortcut", which left the agent to look for it. Its accessible
// description says so from the start, where its name said "Open the side panel", and follows the keys the agent sets.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { DESK_PAGES } from '../../scripts/desk-pages';
import { t } from '../../src/i18n';
import { SIDEBAR } from './harness';
import { FIREFOX_EXTENSION_DIR, firefoxOnDesks, type FirefoxWithExtension } from './firefox-harness';

const ZENDESK = DESK_PAGES.find((p) => p.file.endsWith('zendesk/ticket-refund-after-return.html'))!;
const SHORTCUT: string = JSON.parse(readFileSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')).commands._execute_sidebar_action.suggested_key.default;

let desk: Page;
let firefox: FirefoxWithExtension;

firefoxOnDesks([ZENDESK], { extensionPages: true }, (started, tab) => {
  firefox = started;
  desk = tab;
});

describe('the pointer clicked in Firefox ESR', () => {
  it(`names the shortcut that opens the sidebar (${SHORTCUT}), in its description from the start and when clicked`, async () => {
    await desk.goto(ZENDESK.url);
    await desk.waitForSelector(`${SIDEBAR}[data-state="ready"]`, { timeout: 15_000 });
    // Named for what it is, and described by how to open the sidebar, before any click: its click cannot open it.
    const count = (await desk.$eval(SIDEBAR, (el) => el.getAttribute('data-lessons') ?? '')).split(' ').filter(Boolean).length;
    const top = await desk.$eval(SIDEBAR, (host) => host.shadowRoot!.querySelector('button .title')?.textContent ?? '');
    const counted = count === 1 ? t('pointerSuggestionsOne') : t('pointerSuggestionsMany', String(count));
    expect(await pointerText(desk)).toEqual({ name: t('pointerNamed', counted, top), description: t('pointerShortcutKeysHow', SHORTCUT) });

    const at = await desk.$eval(SIDEBAR, (host) => {
      const box = host.shadowRoot!.querySelector('button')!.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    await desk.mouse.click(at.x, at.y); // a real click: the page's gesture, which Firefox does not let open the sidebar
    const hint = () => desk.$eval(SIDEBAR, (host) => host.shadowRoot!.querySelector('button .title')?.textContent ?? '');
    await expect.poll(hint, { timeout: 5_000 }).toBe(t('pointerShortcutKeysHint', SHORTCUT));
    // Whole in the button, not cut with an ellipsis (the longer line showed "Press Alt+Shift+M to open Extra …").
    expect(await desk.$eval(SIDEBAR, (host) => { const title = host.shadowRoot!.querySelector<HTMLElement>('button .title')!; return title.scrollWidth - title.clientWidth; })).toBeLessThanOrEqual(0);
  });

  it('names the new keys once the agent sets others for the shortcut, without a reload', async () => {
    const addon = await firefox.openExtensionPage('options.html');
    await addon.evaluate(async () => {
      const { browser } = globalThis as unknown as { browser: { commands: { update(detail: { name: string; shortcut: string }): Promise<void> } } };
      await browser.commands.update({ name: '_execute_sidebar_action', shortcut: 'Alt+Shift+K' });
    });
    await desk.bringToFront();
    await expect.poll(async () => (await pointerText(desk)).description, { timeout: 10_000 }).toBe(t('pointerShortcutKeysHow', 'Alt+Shift+K'));
    await addon.close();
  });
});

/** The pointer button's accessible name and the text of what describes it. */
function pointerText(page: Page): Promise<{ name: string; description: string }> {
  return page.$eval(SIDEBAR, (host) => {
    const button = host.shadowRoot!.querySelector('button')!;
    const described = button.getAttribute('aria-describedby');
    return { name: button.getAttribute('aria-label') ?? '', description: (described && host.shadowRoot!.getElementById(described)?.textContent) || '' };
  });
}
