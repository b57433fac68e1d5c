// The keyboard shortcut in Debian's Firefox ESR, pressed as a keyboard would: Firefox runs headed on an X display of its
// own (Xvfb) and xdotool presses the manifest's shortcut (_execute_sidebar_action) on its window while the agent is
// in the reply editor. Firefox opens the sidebar itself, and it shows the tab's suggestions; the sidebar is read
// through extension.getViews from one of the add-on's pages (automation protocols cannot reach the sidebar).
// Firefox opens the sidebar without the keyboard, and no add-on API moves it there (README, "Firefox").
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK_PAGES } from '../../scripts/desk-pages';
import { SIDEBAR, startDeskServer, type DeskServer } from './harness';
import { FIREFOX_EXTENSION_DIR, launchFirefoxWithExtension, sidebarSeenFrom, startLoopbackProxy, type FirefoxWithExtension, type LoopbackProxy } from './firefox-harness';
import { startDisplay, xdotoolKeys, type XDisplay } from './x-display';

const ZENDESK = DESK_PAGES.find((p) => p.file.endsWith('zendesk/ticket-refund-after-return.html'))!;
const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]';
const SHORTCUT: string = JSON.parse(readFileSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')).commands._execute_sidebar_action.suggested_key.default;

let display: XDisplay;
let server: DeskServer;
let proxy: LoopbackProxy;
let firefox: FirefoxWithExtension;
let desk: Page;
let extensionPage: Page;

beforeAll(async () => {
  display = await startDisplay();
  process.env.DISPLAY = display.name; // this file's own worker: the headed Firefox draws on our display
  server = await startDeskServer([{ url: ZENDESK.url, file: ZENDESK.file }]);
  proxy = await startLoopbackProxy(server);
  firefox = await launchFirefoxWithExtension(FIREFOX_EXTENSION_DIR, proxy, { extensionPages: true, headless: false });
  desk = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
}, 60_000);

afterAll(async () => {
  await firefox?.close();
  await proxy?.close();
  await server?.close();
  await display?.close();
});

const sidebar = () => sidebarSeenFrom(extensionPage);

const deskKeys = () => desk.evaluate(() => (window as unknown as { keys: string[] }).keys);

describe('the keyboard shortcut in Firefox ESR', () => {
  it(`(${SHORTCUT}) opens the sidebar on the tab’s suggestions`, async () => {
    await desk.goto(ZENDESK.url);
    await desk.waitForSelector(`${SIDEBAR}[data-state="ready"]`, { timeout: 15_000 });
    const lessons = (await desk.$eval(SIDEBAR, (el) => el.getAttribute('data-lessons') ?? '')).split(' ').filter(Boolean);
    expect(lessons.length).toBeGreaterThan(0);
    extensionPage = await firefox.openExtensionPage('options.html');
    await desk.bringToFront();
    expect(await sidebar()).toEqual({ open: false, lessons: [] });

    // The agent clicks into the reply editor (a real click, which moves the browser's focus into the page) and types.
    const at = await desk.$eval(EDITOR, (el) => {
      el.scrollIntoView({ block: 'center' });
      const box = el.getBoundingClientRect();
      const screen = window as unknown as { mozInnerScreenX: number; mozInnerScreenY: number };
      (window as unknown as { keys: string[] }).keys = [];
      addEventListener('keydown', (e) => (window as unknown as { keys: string[] }).keys.push(e.key), true);
      return { x: screen.mozInnerScreenX + box.left + box.width / 2, y: screen.mozInnerScreenY + box.top + Math.min(box.height / 2, 20) };
    });
    const browserWindow = await display.window('firefox');
    await display.click(at.x, at.y);
    await display.press(browserWindow, 'x');
    await expect.poll(deskKeys).toEqual(['x']);

    await display.press(browserWindow, xdotoolKeys(SHORTCUT));
    await expect.poll(sidebar).toEqual({ open: true, lessons: [lessons] });
  });
});
