// Insert in Debian's Firefox ESR (dist/firefox) with no caret in the reply editor (the agent has not clicked into it):
// the phrase goes into the editor's last paragraph, as Chromium puts it. Firefox types where the caret is put, and
// the end of the editor is after its last paragraph: the phrase used to land there, under the empty first line of a
// new editor or as loose text below the draft. A fresh iframe editor's document holds a caret of Firefox's own before
// its empty paragraph, and the phrase went there, before the paragraph, until that caret was moved into it. The
// panel's Insert is the message sent here from one of the add-on's pages (Firefox opens its sidebar only from its own
// controls), to the desk tab's content script.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { DESK_PAGES } from '../../scripts/desk-pages';
import { DESK_EDITORS, startIframeEditor } from './desk-editors';
import type { Message } from '../../src/messages';
import { SIDEBAR } from './harness';
import { firefoxOnDesks, type FirefoxWithExtension } from './firefox-harness';

const ZENDESK = DESK_PAGES.find((p) => p.file.endsWith('zendesk/ticket-refund-after-return.html'))!;
const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]';
const PHRASE = 'Sorry for the wait.';
/** Salesforce's reply editor: CKEditor 4, a contenteditable body in an iframe. */
const SALESFORCE = DESK_EDITORS.find((row) => row.page.name === 'Salesforce Service Cloud')!;

let firefox: FirefoxWithExtension;
let desk: Page;
let extensionPage: Page;

firefoxOnDesks([ZENDESK, SALESFORCE.page], { extensionPages: true }, (started, tab) => {
  firefox = started;
  desk = tab;
});

/** Sends the panel's Insert to the desk tab, from the add-on's page, as the panel does; true when the tab put it in. */
async function insert(url: string, phrase: string): Promise<unknown> {
  extensionPage ??= await firefox.openExtensionPage('options.html');
  return extensionPage.evaluate(
    async (url, message) => {
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id: number }>>; sendMessage(id: number, m: unknown, o: object): Promise<unknown> } } }).browser;
      const [tab] = await api.tabs.query({ url });
      return tab ? api.tabs.sendMessage(tab.id, message, { frameId: 0 }) : 'no tab';
    },
    url,
    { type: 'extra-mile:insert', phrase } satisfies Message,
  );
}

describe('Insert with no caret in the reply editor, in Firefox ESR', () => {
  it.each([
    ['an empty editor: the phrase is its first line', null, `<p>${PHRASE}</p>`],
    ['a typed draft: the phrase goes in its last paragraph, a blank line below', '<p>Hi Sam,</p><p>Thanks for writing.</p>', `<p>Hi Sam,</p><p>Thanks for writing.<br><br>${PHRASE}</p>`],
  ])('%s', async (_, draft, expected) => {
    await desk.goto(ZENDESK.url);
    await desk.waitForSelector(`${SIDEBAR}[data-state="ready"]`, { timeout: 15_000 });
    if (draft) await desk.$eval(EDITOR, (el, html) => (el.innerHTML = html), draft);
    await desk.evaluate(() => getSelection()?.removeAllRanges());
    expect(await insert(ZENDESK.url, PHRASE)).toBe(true);
    expect(await desk.$eval(EDITOR, (el) => el.innerHTML)).toBe(expected);
  });

  it("a fresh iframe editor (Salesforce's CKEditor 4), whose caret Firefox holds before its empty paragraph: the phrase is its first line", async () => {
    await desk.goto(SALESFORCE.page.url);
    await desk.waitForSelector(`${SIDEBAR}[data-state="ready"]`, { timeout: 15_000 });
    await desk.evaluate(startIframeEditor, SALESFORCE.frame!);
    const body = (await (await desk.waitForSelector(SALESFORCE.frame!))!.contentFrame())!;
    expect(await insert(SALESFORCE.page.url, PHRASE)).toBe(true);
    expect(await body.$eval(SALESFORCE.editor, (el) => el.innerHTML)).toBe(`<p>${PHRASE}</p>`);
  });
});
