// The Firefox build (dist/firefox, the manifest as Firefox reads it) in Debian's Firefox ESR, installed as a temporary
// add-on: on every hosted desk fixture, at the desk's real address, the sidebar appears, names the desk, and shows
// exactly the lessons the engine ranks for the same ticket in node (as tests/e2e/desks.test.ts proves for Chromium).
// The lessons come from the background script, so this also proves the event page runs in Firefox. A page that
// defined Extra Mile's tag as its own custom element still gets the pointer.
// How Firefox reaches the fixtures without the internet: see tests/e2e/firefox-harness.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { adapters } from '../../src/adapters/index';
import { DESK_PAGES } from '../../scripts/desk-pages';
import { SIDEBAR, engineAnswer, recordSidebarStates, startDeskServer, type DeskServer } from './harness';
import { FIREFOX_EXTENSION_DIR, launchFirefoxWithExtension, startLoopbackProxy, type FirefoxWithExtension, type LoopbackProxy } from './firefox-harness';

const HOSTED = DESK_PAGES.filter((p) => p.build === 'chrome');

let server: DeskServer;
let proxy: LoopbackProxy;
let firefox: FirefoxWithExtension;
let page: Page;

beforeAll(async () => {
  server = await startDeskServer(HOSTED.map((p) => ({ url: p.url, file: p.file })));
  proxy = await startLoopbackProxy(server);
  firefox = await launchFirefoxWithExtension(FIREFOX_EXTENSION_DIR, proxy);
  page = await firefox.browser.newPage();
  await page.evaluateOnNewDocument(recordSidebarStates);
});

afterAll(async () => {
  await firefox?.close();
  await proxy?.close();
  await server?.close();
});

/** What the content script shows on the page, read from the outside-check element's attributes in the page's own world. */
async function shown(p: Page) {
  return p.evaluate((tag) => {
    const host = document.querySelector(tag);
    const list = (name: string) => (host?.getAttribute(name) ?? '').split(' ').filter(Boolean);
    return {
      hosts: document.querySelectorAll(tag).length,
      desk: host?.getAttribute('data-desk') ?? null,
      lessons: list('data-lessons'),
      topics: list('data-topics'),
      messages: Number(host?.getAttribute('data-messages')),
      log: (window as unknown as { __sidebarLog?: string[] }).__sidebarLog ?? [],
    };
  }, SIDEBAR);
}

describe('Firefox ESR with dist/firefox', () => {
  it('installs the add-on under its gecko id', () => {
    expect(firefox.extensionId).toMatch(/@/);
  });

  for (const desk of HOSTED) {
    it(`${desk.name} at ${desk.url}: the ${desk.desk} adapter's reading, ranked exactly as the engine ranks it in node`, async () => {
      const engine = engineAnswer(desk.file, desk.url);
      expect(engine.lessons.length).toBeGreaterThan(0);
      await page.goto(desk.url);
      await page.waitForSelector(`${SIDEBAR}[data-state="ready"]`, { timeout: 10_000 });
      const view = await shown(page);
      expect(view.hosts).toBe(1);
      expect(view.desk, 'data-desk: the desk as agents name it').toBe(adapters.find((a) => a.id === desk.desk)!.label);
      expect(view.lessons).toEqual(engine.lessons);
      expect(view.topics).toEqual(engine.topics);
      expect(view.messages).toBe(engine.ticket.messages.length);
      expect(view.log, 'never no-ticket on the way').not.toContain('no-ticket');
    });
  }

  it("leaves the host open to the page's own scripts (a desk walking its DOM must not hit 'Permission denied')", async () => {
    const desk = HOSTED[0]!;
    await page.goto(desk.url);
    await page.waitForSelector(`${SIDEBAR}[data-state="ready"]`, { timeout: 10_000 });
    const walked = await page.evaluate((tag) => {
      const errors: string[] = [];
      let seen = 0;
      for (const el of Array.from(document.querySelectorAll('*'))) {
        try {
          void [el.nodeType, el.localName, el.parentNode, el.getAttribute('class'), el.matches('div'), (el as HTMLElement).offsetWidth, el.shadowRoot];
          seen++;
        } catch (error) {
          errors.push(`${String(error)}`);
        }
      }
      const host = document.querySelector(tag);
      return { seen, errors, hostIsElement: host instanceof HTMLElement, shadow: Boolean(host?.shadowRoot) };
    }, SIDEBAR);
    expect(walked.errors).toEqual([]);
    expect(walked.seen).toBeGreaterThan(10);
    expect(walked.hostIsElement).toBe(true);
    expect(walked.shadow).toBe(true);
  });

  it('draws the pointer on a page that defined extra-mile-sidebar itself, taking its shadow root', async () => {
    const desk = HOSTED[0]!;
    const engine = engineAnswer(desk.file, desk.url);
    const other = await firefox.browser.newPage();
    try {
      // Before the page's own scripts, as a desk's bundle would run: Extra Mile's tag, defined by the page.
      await other.evaluateOnNewDocument(() => {
        customElements.define(
          'extra-mile-sidebar',
          class extends HTMLElement {
            constructor() {
              super();
              this.attachShadow({ mode: 'closed' });
            }
          },
        );
      });
      await other.goto(desk.url);
      await other.waitForSelector(`${SIDEBAR}[data-state="ready"]`, { timeout: 10_000 });
      expect((await shown(other)).lessons).toEqual(engine.lessons);
      expect(await other.evaluate((tag) => Boolean(document.querySelector(tag)?.shadowRoot?.querySelector('button')), SIDEBAR)).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('sent nothing off the machine: pages came through the loopback tunnel, everything else was refused', () => {
    const tunnelledHosts = new Set(proxy.tunnelled.map((target) => target.replace(/:443$/, '')));
    expect([...tunnelledHosts].sort()).toEqual([...new Set(HOSTED.map((p) => new URL(p.url).hostname))].sort());
    // Whatever else Firefox tried (its own update and settings services) got a 403 and no connection.
    expect(proxy.refused.filter((r) => [...tunnelledHosts].some((h) => r.includes(h)))).toEqual([]);
  });
});
