// Nothing of Extra Mile covers the desk: on every fixture and the nine real desk pages (../shared/desk-pages), at
// 1366×768 and 1024×700, at the top of the page and scrolled to its end, the in-page pointer covers none of the reply
// editor, no control a click at its centre would miss for the pointer, and at most 2 % of the customer messages' text
// boxes on screen. Measured in real Chromium with the test build.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAdapter } from '../../src/adapters/index';
import { DESK_PAGES } from '../../scripts/desk-pages';
import { sharedData } from '../support/shared';
import { ROOT, TEST_EXTENSION_DIR, engineAnswer, launchWithExtension, scrollAsAgent, startDeskServer, waitForSidebar, type Browser, type DeskServer } from './harness';

const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
];
/** Most of the customer messages' on-screen text the pointer may cover. */
const MAX_COVERED = 0.02;

interface LayoutCase {
  name: string;
  url: string;
  html: string;
  /** The customer's messages as the adapter reads them (the text whose boxes must stay visible). */
  messages: string[];
  editor: string[];
}

// Without ../shared (a fresh clone) only the fixtures are measured.
const REAL = sharedData('desk-pages');
const REAL_PAGES = REAL.path;
const realPages: LayoutCase[] = existsSync(REAL_PAGES)
  ? ['osticket', 'freescout', 'rt'].flatMap((folder) =>
      readdirSync(resolve(REAL_PAGES, folder))
        .filter((name) => name.endsWith('.html'))
        .map((name) => {
          const html = readFileSync(resolve(REAL_PAGES, folder, name), 'utf8');
          const path = /page URL path:\s*(\S+)/.exec(html)?.[1] ?? '/';
          const url = `https://${folder}-${name.replace(/\.html$/, '')}.example.org${path}`;
          const expected = JSON.parse(readFileSync(resolve(REAL_PAGES, folder, name.replace(/\.html$/, '.json')), 'utf8')) as { customer_messages: string[] };
          return { name: `real ${folder}/${name}`, url, html, messages: expected.customer_messages, editor: editorOf(html, url) };
        }),
    )
  : [];

const fixtures: LayoutCase[] = DESK_PAGES.filter((p) => !p.file.includes('display-history-loading')).map((p) => {
  const html = readFileSync(resolve(ROOT, p.file), 'utf8');
  return { name: `${p.desk} ${p.file.replace(/^tests\/fixtures\//, '')}`, url: p.url, html, messages: engineAnswer(p.file, p.url).ticket.messages.map((m) => m.text), editor: editorOf(html, p.url) };
});

// An icon-only Send button (an SVG in a <button>, no text) in the window's bottom right corner, where Front's composer
// keeps it: the pointer's first spot. Text was all the layout saw, so it sat over the button and took its clicks.
const SEND_BUTTON =
  '<div class="composer__StyledSendRow" style="position:fixed;right:16px;bottom:16px"><button type="button" aria-label="Send" style="display:block;width:44px;height:44px;padding:12px;border:0;border-radius:22px;background:#0a5fcc">' +
  '<svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true"><path d="M2 10 18 2 12 18 10 11z" fill="#fff"/></svg></button></div>';
const front = fixtures.find((c) => c.name.endsWith('front/conversation-broken-mug.html'))!;
fixtures.push({ ...front, name: `${front.name} with an icon-only Send button`, url: `${front.url}-send`, html: front.html.replace('</body>', `${SEND_BUTTON}</body>`) });

function editorOf(html: string, url: string): string[] {
  const dom = new JSDOM(html, { url });
  try {
    return findAdapter(dom.window.document, url).editor;
  } finally {
    dom.window.close();
  }
}

interface Measured {
  pointer: number[];
  editor: number[] | null;
  editorOverlap: number;
  messageArea: number;
  covered: number;
  /** Controls on screen whose centre the pointer takes: a click there would open the panel instead. */
  blocked: string[];
}

/** In the page: the pointer's box, the reply editor's, and how much of the customer messages' on-screen text boxes the pointer covers. */
function measure({ messages, editors }: { messages: string[]; editors: string[] }): Measured {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const texts = messages.map(norm);
  const overlap = (a: DOMRectReadOnly, b: DOMRectReadOnly) => {
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    return w > 0 && h > 0 ? w * h : 0;
  };
  const pointer = document.querySelector('extra-mile-sidebar')!.shadowRoot!.querySelector('button')!.getBoundingClientRect();
  let editor: DOMRect | null = null;
  const docs: Array<{ doc: Document; dx: number; dy: number }> = [{ doc: document, dx: 0, dy: 0 }];
  for (const frame of Array.from(document.querySelectorAll('iframe'))) {
    try {
      if (frame.contentDocument) docs.push({ doc: frame.contentDocument, dx: frame.getBoundingClientRect().left, dy: frame.getBoundingClientRect().top });
    } catch {
      // cross-origin: not the desk's editor
    }
  }
  search: for (const selector of editors) {
    for (const { doc, dx, dy } of docs) {
      for (const el of Array.from(doc.querySelectorAll(selector))) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) {
          editor = new DOMRect(r.left + dx, r.top + dy, r.width, r.height);
          break search;
        }
      }
    }
  }
  const screen = new DOMRect(0, 0, innerWidth, innerHeight);
  let messageArea = 0;
  let covered = 0;
  const range = document.createRange();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = norm(node.nodeValue ?? '');
    if (text.length < 4 || !texts.some((m) => m.includes(text))) continue;
    range.selectNodeContents(node);
    for (const r of Array.from(range.getClientRects())) {
      const visible = overlap(r, screen);
      if (!visible) continue;
      messageArea += visible;
      covered += overlap(r, pointer);
    }
  }
  const blocked: string[] = [];
  for (const el of Array.from(document.querySelectorAll('button, a[href], input, select, textarea, [role="button"]'))) {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (r.width && r.height && x >= 0 && y >= 0 && x < innerWidth && y < innerHeight && document.elementFromPoint(x, y)?.localName === 'extra-mile-sidebar') {
      blocked.push(`${el.localName}${el.getAttribute('aria-label') ? ` "${el.getAttribute('aria-label')}"` : ''} at ${[r.left, r.top, r.width, r.height].map(Math.round)}`);
    }
  }
  const box = (r: DOMRect) => [r.left, r.top, r.width, r.height].map(Math.round);
  return { pointer: box(pointer), editor: editor && box(editor), editorOverlap: editor ? overlap(editor, pointer) : 0, messageArea, covered, blocked };
}

let server: DeskServer;
const browsers: Browser[] = [];

beforeAll(async () => {
  server = await startDeskServer([...fixtures, ...realPages].map((c) => ({ url: c.url, body: c.html })));
});

afterAll(async () => {
  for (const b of browsers) await b.close();
  await server?.close();
});

it.skipIf(REAL.missing)(`finds the nine real desk pages${REAL.missing ? ` (${REAL.missing})` : ''}`, () => {
  expect(realPages.length).toBeGreaterThanOrEqual(9);
});

for (const viewport of VIEWPORTS) {
  describe(`${viewport.width}×${viewport.height}`, () => {
    let page: Page;
    beforeAll(async () => {
      const browser = await launchWithExtension(TEST_EXTENSION_DIR, server, { viewport });
      browsers.push(browser);
      page = browser.context.pages()[0] ?? (await browser.context.newPage());
    });

    for (const c of [...fixtures, ...realPages]) {
      it(`${c.name}: covers none of the reply editor, no control's centre and at most 2 % of the customer's text, at the top and at the end`, async () => {
        await page.goto(c.url);
        await waitForSidebar(page);
        await page.locator('extra-mile-sidebar button').waitFor({ state: 'visible' });
        for (const where of ['top', 'end']) {
          if (where === 'end') await scrollAsAgent(page, () => page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight)));
          const m = await page.evaluate(measure, { messages: c.messages, editors: c.editor });
          const what = `${where}: pointer ${m.pointer}, editor ${m.editor}`;
          expect(m.editorOverlap, what).toBe(0);
          expect(m.blocked, `${what}: controls under the pointer`).toEqual([]);
          expect(m.covered, `${what}: ${Math.round(m.covered)} of ${Math.round(m.messageArea)} px² of message text`).toBeLessThanOrEqual(m.messageArea * MAX_COVERED);
        }
      });
    }
  });
}
