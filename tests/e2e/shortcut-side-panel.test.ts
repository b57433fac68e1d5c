// The keyboard shortcut in real Chromium, pressed as a keyboard would: Chromium runs headed on an X display of its own
// (Xvfb) and xdotool presses the manifest's shortcut on its window (automation protocols send keys to the page, which
// never reach the browser's shortcuts). The side panel opens beside the desk, shows the tab's suggestions and has the
// keyboard, on the top lesson's Insert button: the next key pressed lands there, not in the reply editor.
// (Chromium moves the keyboard only into a panel it opens: when the panel is already open the shortcut leaves the
// keyboard where it is, and no extension API moves it; README, "The side panel and the pointer in the page".)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK_PAGES } from '../../scripts/desk-pages';
import { connectSidePanel, type PanelConnection } from '../../scripts/side-panel';
import { EXTENSION_DIR, launchWithExtension, sidebarLessons, startDeskServer, waitForSidebar, type Browser, type DeskServer } from './harness';
import { startDisplay, xdotoolKeys, type XDisplay } from './x-display';

const ZENDESK = DESK_PAGES.find((p) => p.file.endsWith('zendesk/ticket-refund-after-return.html'))!;
const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]';
const SHORTCUT: string = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8')).commands['toggle-sidebar'].suggested_key.default;

let display: XDisplay;
let server: DeskServer;
let browser: Browser;
let page: Page;
let panel: PanelConnection | undefined;

beforeAll(async () => {
  display = await startDisplay();
  process.env.DISPLAY = display.name; // this file's own worker: the headed Chromium draws on our display
  server = await startDeskServer([{ url: ZENDESK.url, file: ZENDESK.file }]);
  browser = await launchWithExtension(EXTENSION_DIR, server, { headless: false });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

afterAll(async () => {
  await panel?.detach();
  await browser?.close();
  await server?.close();
  await display?.close();
});

/** The extension's panel pages open in the browser (DevTools targets: the panel is not one of the context's pages). */
async function panelTargets(): Promise<string[]> {
  const cdp = await browser.context.newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.filter((t) => t.url.startsWith(`chrome-extension://${browser.extensionId}/panel.html`)).map((t) => t.url);
  } finally {
    await cdp.detach();
  }
}

/** Records every key that reaches this document, as "key→what had focus". */
const RECORD_KEYS = `(() => { window.__keys = []; addEventListener('keydown', (e) => window.__keys.push(e.key + '→' + (document.activeElement?.getAttribute('data-test-id') ?? document.activeElement?.className ?? '')), true); })()`;

describe('the keyboard shortcut in Chromium', () => {
  it(`(${SHORTCUT}) opens the side panel on the tab’s suggestions with the keyboard on the top lesson’s Insert`, async () => {
    await page.goto(ZENDESK.url);
    await waitForSidebar(page);
    const lessons = await sidebarLessons(page);
    expect(lessons.length).toBeGreaterThan(0);

    // The agent is writing a reply: a key pressed on the window lands in the editor.
    await page.click(EDITOR);
    await page.evaluate(RECORD_KEYS);
    const browserWindow = await display.window('chromium');
    await display.press(browserWindow, 'x');
    await expect.poll(() => page.evaluate('window.__keys')).toEqual(['x→omnicomposer-rich-text-ckeditor']);
    expect(await panelTargets()).toEqual([]);

    await display.press(browserWindow, xdotoolKeys(SHORTCUT));
    panel = await connectSidePanel(browser.context, page, 10_000);
    await expect.poll(() => panel!.evaluate(`Array.from(document.querySelectorAll('[data-lesson-id]'), (el) => el.getAttribute('data-lesson-id'))`)).toEqual(lessons);
    const top = `document.querySelector('[data-lesson-id="${lessons[0]}"] .phrase.best button.primary')`;
    await expect.poll(() => panel!.evaluate(`document.hasFocus() && document.activeElement === ${top}`)).toBe(true);

    // The next key goes to the panel's Insert button, not to the reply editor.
    await panel.evaluate(RECORD_KEYS);
    await display.press(browserWindow, 'y');
    await expect.poll(() => panel!.evaluate('window.__keys')).toEqual(['y→primary']);
    // The editor saw the shortcut's modifiers go down, and nothing after them.
    const inPage = (await page.evaluate<string[]>('window.__keys')).filter((k) => !/^(Alt|Shift|Control)→/.test(k));
    expect(inPage).toEqual(['x→omnicomposer-rich-text-ckeditor']);
  });
});
