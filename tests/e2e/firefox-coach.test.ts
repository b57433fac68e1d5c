// The reply coach's channel in Debian's Firefox ESR (dist/firefox): Firefox opens its sidebar only from its own
// controls, so here one of the add-on's own pages (the options page) opens the port the side panel opens
// (tabs.connect to the desk tab, name COACH_PORT), and the agent types into the desk's reply editor: the content
// script sends the checklist on that port, ✗ with the words that broke the check, then ✓ once fixed, and never the draft.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK_PAGES } from '../../scripts/desk-pages';
import { COACH_PORT, type CoachState } from '../../src/messages';
import { SIDEBAR, startDeskServer, type DeskServer } from './harness';
import { FIREFOX_EXTENSION_DIR, launchFirefoxWithExtension, startLoopbackProxy, type FirefoxWithExtension, type LoopbackProxy } from './firefox-harness';

const ZENDESK = DESK_PAGES.find((p) => p.file.endsWith('zendesk/ticket-refund-after-return.html'))!;
const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]';
const BROKEN = 'Thanks for waiting. Please contact the courier about the parcel.';
const FIXED = 'Thanks for waiting. I have asked the courier myself and I will chase the parcel for you.';

let server: DeskServer;
let proxy: LoopbackProxy;
let firefox: FirefoxWithExtension;
let desk: Page;
let extensionPage: Page;

beforeAll(async () => {
  server = await startDeskServer([{ url: ZENDESK.url, file: ZENDESK.file }]);
  proxy = await startLoopbackProxy(server);
  firefox = await launchFirefoxWithExtension(FIREFOX_EXTENSION_DIR, proxy, { extensionPages: true });
  desk = await firefox.browser.newPage();
}, 60_000);

afterAll(async () => {
  await firefox?.close();
  await proxy?.close();
  await server?.close();
});

/** The checklists the content script has sent on the port so far. */
const received = () => extensionPage.evaluate(() => (window as unknown as { coach: CoachState[] }).coach);
const lastLine = async (id: string) => (await received()).at(-1)?.lines.find((l) => l.id === id);

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  let last: T | undefined;
  for (let tries = 0; tries < 100; tries++) {
    last = await read();
    if (ok(last)) return last;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${what}: last seen ${JSON.stringify(last)}`);
}

describe('the reply coach in Firefox ESR', () => {
  it('sends the checklist for what the agent types on the port an extension page opened, ✗ then ✓', async () => {
    await desk.goto(ZENDESK.url);
    await desk.waitForSelector(`${SIDEBAR}[data-state="ready"]`, { timeout: 15_000 });
    extensionPage = await firefox.openExtensionPage('options.html');
    const connected = await extensionPage.evaluate(
      async (url, name) => {
        const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id: number }>>; connect(id: number, o: object): { onMessage: { addListener(f: (m: unknown) => void): void } } } } }).browser;
        const [tab] = await api.tabs.query({ url });
        if (!tab) return false;
        const coach: unknown[] = [];
        (window as unknown as { coach: unknown[] }).coach = coach;
        api.tabs.connect(tab.id, { name, frameId: 0 }).onMessage.addListener((m) => coach.push(m));
        return true;
      },
      ZENDESK.url,
      COACH_PORT,
    );
    expect(connected).toBe(true);
    await until(received, (sent) => sent.length === 1, 'the checklist as the port opens');
    expect((await received())[0]).toEqual({ enabled: true, empty: true, lines: [] });

    await desk.bringToFront();
    await desk.click(EDITOR);
    await desk.keyboard.type(BROKEN);
    const broken = await until(() => lastLine('no-passing-on'), (l) => l?.ok === false, 'no-passing-on broken');
    expect(broken?.evidence?.toLowerCase()).toContain('contact the courier');
    // More words that change no verdict: checked again after the pause, but nothing new is sent.
    const before = (await received()).length;
    await desk.keyboard.type(' It left the depot.');
    await new Promise((done) => setTimeout(done, 1000));
    expect((await received()).length, 'an unchanged checklist is not sent again').toBe(before);

    await desk.evaluate((selector) => {
      const editor = document.querySelector(selector)!;
      window.getSelection()!.selectAllChildren(editor);
    }, EDITOR);
    await desk.keyboard.type(FIXED);
    await until(() => lastLine('no-passing-on'), (l) => l?.ok === true, 'no-passing-on kept');
    // No checklist carries the draft.
    expect(JSON.stringify(await received())).not.toContain('chase the parcel for you');
  });
});
