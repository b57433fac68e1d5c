// The reply coach's channel in Debian's Firefox ESR (dist/firefox), on two kinds of reply editor: Zendesk's
// contenteditable and Salesforce's CKEditor 4 in an iframe (rows of tests/e2e/desk-editors.ts). Firefox opens its
// sidebar only from its own controls, so here one of the add-on's own pages (the options page) opens the port the
// side panel opens (tabs.connect to the desk tab, name COACH_PORT), and the agent types into the desk's reply editor:
// the content script sends the checklist on that port, ✗ with the words that broke the check, then ✓ once fixed,
// never the draft, and never the same checklist twice in a row.
import type { Frame, KeyInput, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { COACH_PORT, type CoachState } from '../../src/messages';
import { DESK_EDITORS, DRAFTS, startIframeEditor, type DeskEditor } from './desk-editors';
import { SIDEBAR } from './harness';
import { firefoxOnDesks, type FirefoxWithExtension } from './firefox-harness';

/** One hosted desk (the production build matches it) per editor kind. */
const ROWS: DeskEditor[] = ['Zendesk', 'Salesforce Service Cloud'].map((name) => DESK_EDITORS.find((row) => row.page.name === name)!);

let firefox: FirefoxWithExtension;
let desk: Page;
let extensionPage: Page;

firefoxOnDesks(ROWS.map((row) => row.page), { extensionPages: true }, (started, tab) => {
  firefox = started;
  desk = tab;
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

/** Opens the coach port to the desk tab from the add-on's page, as the sidebar does, collecting what arrives on it. */
async function connectCoach(url: string): Promise<boolean> {
  extensionPage ??= await firefox.openExtensionPage('options.html');
  return extensionPage.evaluate(
    async (url, name) => {
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id: number }>>; connect(id: number, o: object): { onMessage: { addListener(f: (m: unknown) => void): void } } } } }).browser;
      const [tab] = await api.tabs.query({ url });
      if (!tab) return false;
      const coach: unknown[] = [];
      (window as unknown as { coach: unknown[] }).coach = coach;
      api.tabs.connect(tab.id, { name, frameId: 0 }).onMessage.addListener((m) => coach.push(m));
      return true;
    },
    url,
    COACH_PORT,
  );
}

async function withControl(keys: KeyInput[]): Promise<void> {
  await desk.keyboard.down('Control');
  for (const key of keys) await desk.keyboard.down(key);
  for (const key of keys.reverse()) await desk.keyboard.up(key);
  await desk.keyboard.up('Control');
}

describe('the reply coach in Firefox ESR', () => {
  it.each(ROWS)('$page.name ($kind): the checklist for what the agent types arrives on the port, ✗ then ✓', async (row) => {
    const drafts = DRAFTS[row.check];
    await desk.goto(row.page.url);
    await desk.waitForSelector(`${SIDEBAR}[data-state="ready"]`, { timeout: 15_000 });
    if (row.frame) await desk.evaluate(startIframeEditor, row.frame);
    expect(await connectCoach(row.page.url)).toBe(true);
    await until(received, (sent) => sent.length === 1, 'the checklist as the port opens');
    expect((await received())[0]).toEqual({ enabled: true, empty: true, lines: [] });

    await desk.bringToFront();
    const scope: Page | Frame = row.frame ? (await (await desk.waitForSelector(row.frame))!.contentFrame())! : desk;
    await scope.click(row.editor);
    await withControl(['Home']);
    await desk.keyboard.type(drafts.broken);
    const broken = await until(() => lastLine(row.check), (l) => l?.ok === false, `${row.check} broken`);
    expect(broken?.evidence?.toLowerCase()).toContain(drafts.breaks);

    await withControl(['Shift', 'Home']); // the draft, from the caret at its end to the editor's start
    await desk.keyboard.type(drafts.fixed);
    await until(() => lastLine(row.check), (l) => l?.ok === true, `${row.check} kept`);

    const sent = await received();
    // No checklist carries the draft (a broken check's quote is a few of its words), and none repeats the one before.
    for (const draft of [drafts.broken, drafts.fixed]) expect(JSON.stringify(sent)).not.toContain(draft);
    sent.slice(1).forEach((state, i) => expect(state, `checklist ${i + 1} repeats the one before`).not.toEqual(sent[i]));
  });
});
