// Hostile and extreme pages, in a real Chromium with the production build: the host page stays in charge, the in-page
// pointer stays itself, and the side panel shows the page's text as text.
//   - A ticket whose customer wrote markup, scripts, javascript: links, event handlers, a 5,000-letter word, right-to-
//     left text, emoji and zero-width characters (tests/e2e/fixtures/zendesk-hostile-ticket.html, escaped as a desk
//     escapes it): the side panel shows it as text, creates no element from it, runs nothing, wraps, and renders RTL.
//   - A lesson pack with markup in every field, imported on the options page: text in the preview and in the panel.
//   - A page with a strict Content-Security-Policy and Trusted Types required: the pointer is drawn and styled, and
//     causes no violation (the page's own deliberate violations prove the listener hears them).
//   - A page with aggressive global CSS, and one that patches built-ins before the extension runs: the pointer looks
//     and works as on the plain page (box, computed styles, suggestions; Copy and Insert from the panel), and the
//     page's own code still works as the page expects.
//   - A page that defined `extra-mile-sidebar` as a custom element of its own, taking its shadow root: the same pointer.
//   - A page script that dispatches a drag on the pointer's button (its shadow root is open): nothing moves or is kept.
// The test reads the pointer from an isolated world of its own (Page.createIsolatedWorld): the patched page's
// built-ins cannot disturb the measurements.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK_PAGES } from '../../scripts/desk-pages';
import { lessonCount, t } from '../../src/i18n';
import { EXTENSION_DIR, launchWithExtension, openSidePanel, startDeskServer, waitForSidebar, type Browser, type DeskServer, type Route, type SidePanel } from './harness';

const ZENDESK = DESK_PAGES.find((p) => p.file.endsWith('zendesk/ticket-refund-after-return.html'))!;
const HUBSPOT = DESK_PAGES.find((p) => p.file.endsWith('hubspot/inbox-discount-code.html'))!; // read by its entries' shape
/** A Freshdesk ticket whose description is read on its own (its author found beside it), and where. */
const FRESHDESK = { url: 'https://shadowed.freshdesk.com/a/tickets/21044', file: 'tests/fixtures/freshdesk/ticket-wrapper-entries.html' };
const at = (sub: string, id = '5512') => `https://${sub}.zendesk.com/agent/tickets/${id}`;
const URLS = {
  plain: at('plain'),
  strict: at('strict'),
  styled: at('styled'),
  patched: at('patched'),
  defined: at('defined'),
  hostile: at('hostile', '6660'),
};
const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]';
const PAGE_BUTTON = '[data-test-id="omnichannel-channel-switcher-button"]';

/** The strict page's own script (allowed by script-src 'self'): it listens for violations, then commits one of each kind itself. */
const STRICT_PAGE_JS = `window.__violations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__violations.push({ directive: e.effectiveDirective, source: e.sourceFile, sample: e.sample });
});
var probe = document.createElement('div');
probe.setAttribute('style', 'color: red');
try { probe.innerHTML = '<b>a string into an HTML sink</b>'; } catch (e) { window.__trustedTypesRefused = String(e); }
`;
const STRICT_HEADERS = {
  'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'",
};

/** Global CSS a hostile or careless page might ship, matching the sidebar's host and everything around it. */
const AGGRESSIVE_CSS = `<style>
* { all: unset !important; }
div { display: inline !important; color: red !important; }
button { display: none !important; }
html, body { font: italic 30px/3 cursive !important; letter-spacing: 5px !important; word-spacing: 20px !important; text-transform: uppercase !important;
  text-indent: 40px !important; writing-mode: vertical-rl !important; direction: rtl !important; white-space: pre !important; cursor: wait !important; visibility: hidden !important; }
* { opacity: .6 !important; transform: rotate(3deg) !important; filter: blur(1px) invert(1) !important; pointer-events: none !important; box-sizing: content-box !important; }
</style>`;

/**
 * What a hostile page patches before any extension runs, keeping its own small script working: its button handler
 * relies on its own Array.prototype.includes, which now always says yes.
 */
const PATCHES = `<script>
(function () {
  var stringify = JSON.stringify;
  var addEventListener = EventTarget.prototype.addEventListener;
  window.__patches = {};
  Array.prototype.map = function () { return ['patched']; };
  Array.prototype.forEach = function () {};
  Array.prototype.filter = function () { return []; };
  Array.prototype.includes = function () { return true; };
  Array.from = function () { return []; };
  JSON.parse = function () { return { patched: true }; };
  JSON.stringify = function (value) { return 'PATCHED:' + stringify(value); };
  Object.keys = function () { return []; };
  customElements.define = function () { throw new Error('no custom elements on this page'); };
  Element.prototype.attachShadow = function () { throw new Error('no shadow roots on this page'); };
  Element.prototype.append = function () { throw new Error('append is not allowed here'); };
  Document.prototype.querySelectorAll = function () { return document.createDocumentFragment().childNodes; };
  window.MutationObserver = function () { return { observe: function () {}, disconnect: function () {}, takeRecords: function () { return []; } }; };
  window.getComputedStyle = function () { return {}; };
  window.requestAnimationFrame = function () { return 0; };
  performance.now = function () { return 0; };
  window.__listenersAdded = 0;
  EventTarget.prototype.addEventListener = function (type, listener, options) { window.__listenersAdded++; return addEventListener.call(this, type, listener, options); };
  window.__patches = { map: Array.prototype.map, includes: Array.prototype.includes, stringify: JSON.stringify, attachShadow: Element.prototype.attachShadow, define: customElements.define };
  window.__pageClicks = 0;
  document.querySelector('${PAGE_BUTTON}').addEventListener('click', function () {
    window.__pageClicks++;
    window.__pageSaw = [3, 1, 2].includes(9) ? 'its own includes' : 'the real includes';
  });
})();
</script>`;

/**
 * A page that defines Extra Mile's own tag as a custom element of its own, before the extension runs: its constructor
 * takes the element's one shadow root (closed) and counts how often the page's code ran inside Extra Mile's.
 */
const DEFINES_OUR_TAG = `<script>
window.__ourTagConstructed = 0;
customElements.define('extra-mile-sidebar', class extends HTMLElement {
  constructor() { super(); window.__ourTagConstructed++; this.attachShadow({ mode: 'closed' }); }
});
</script>`;

/** A pack with markup in every text field, cues from the hostile ticket, and long words within the schema's limits. */
const MARKUP_PACK = {
  format: 'extra-mile-pack',
  version: 1,
  id: 'markup-pack',
  name: '<img src=x onerror="window.__pwned=\'pack-name\'"> Pack <b>bold</b>',
  description: '<script>window.__pwned="pack-description"</script> A pack written to be rendered as text.',
  lessons: [
    {
      id: 'markup-lesson',
      title: '<img src=x onerror=alert(1)> Refund <b>now</b>',
      topics: ['keep-informed'],
      advice: `<script>window.__pwned="advice"</script> <a href="javascript:alert(2)">link</a> ${'W'.repeat(600)} then answer.`,
      steps: ['<b onclick="alert(3)">Step</b> one', '<iframe src="javascript:alert(4)"></iframe> two'],
      phrases: ['<img src=x onerror="window.__pwned=\'phrase\'"> I am sorry about the refund.', `<a href="javascript:alert(5)">Click</a> ${'P'.repeat(300)} here`],
      cues: ['not been refunded', 'third time i am asking', 'nobody can help', 'cancel my account', 'still no refund', 'reversed override', 'zero width joiners'],
      source: { article: '<i>An article</i>', quote: '<script>a quote</script> in a few words' },
    },
  ],
};

let server: DeskServer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];
const consoleErrors: string[] = [];

const withBody = (inject: string): Route => ({ url: '', file: ZENDESK.file, inject });

/** Runs `fn` (self-contained) in a fresh isolated world of the page: built-ins as the browser made them, the same DOM. */
async function inCleanWorld<T>(target: Page, fn: () => T | Promise<T>): Promise<T> {
  const cdp = await browser.context.newCDPSession(target);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'extra-mile-test' });
    const result = await cdp.send('Runtime.evaluate', { expression: `(${fn.toString()})()`, contextId: executionContextId, returnByValue: true, awaitPromise: true });
    if (result.exceptionDetails) throw new Error(`in the clean world: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    return result.result.value as T;
  } finally {
    await cdp.detach();
  }
}

interface Snapshot {
  box: { x: number; y: number; width: number; height: number };
  styles: Record<string, Record<string, string> | null>;
  lessons: string[];
  /** Tag names of every element in the shadow root. */
  tags: string[];
  /** Attributes of every element in the shadow root, names only. */
  attributes: string[];
}

/** The pointer as drawn: its box, the computed styles of its parts, the lessons it stands for, and what it is made of. */
function snapshotPointer(): Snapshot {
  const PROPS = ['display', 'position', 'visibility', 'opacity', 'transform', 'filter', 'font-family', 'font-size', 'font-style', 'font-weight', 'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-indent', 'white-space', 'writing-mode', 'direction', 'color', 'background-color', 'width', 'padding-top', 'border-left-width', 'cursor', 'pointer-events', 'box-sizing'];
  const host = document.querySelector('extra-mile-sidebar') as HTMLElement;
  const root = host.shadowRoot as ShadowRoot;
  const pick = (el: Element | null) => {
    if (!el) return null;
    const cs = getComputedStyle(el);
    const out: Record<string, string> = {};
    for (const p of PROPS) out[p] = cs.getPropertyValue(p);
    return out;
  };
  const rect = root.querySelector('button')!.getBoundingClientRect();
  const all = Array.from(root.querySelectorAll('*'));
  return {
    box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
    styles: { host: pick(host), button: pick(root.querySelector('button')), count: pick(root.querySelector('.count')), title: pick(root.querySelector('.title')) },
    lessons: (host.getAttribute('data-lessons') ?? '').split(' ').filter(Boolean),
    tags: [...new Set(all.map((el) => el.localName))].sort(),
    attributes: [...new Set(all.flatMap((el) => Array.from(el.attributes).map((a) => a.name)))].sort(),
  };
}

/** The elements the pointer itself is made of; anything else would have come from text. */
const OWN_TAGS = ['button', 'span'];
// aria-hidden and data-n: the number badge drawn by CSS; id and hidden: the description of how to open the panel where
// the pointer's click cannot (Firefox), named by aria-describedby.
const OWN_ATTRIBUTES = ['aria-describedby', 'aria-hidden', 'class', 'aria-label', 'data-n', 'hidden', 'id', 'role', 'title', 'type'];
/** The same for the side panel (its cards, folds and feedback). */
// The reply checklist (panel/checklist.tsx) and the reading notes (panel/reading-notes.tsx) add section, h2 and q.
const PANEL_TAGS = ['article', 'button', 'details', 'div', 'h1', 'h2', 'h3', 'h4', 'header', 'li', 'main', 'mark', 'ol', 'p', 'q', 'section', 'span', 'summary', 'ul'];
const PANEL_ATTRIBUTES = ['aria-hidden', 'aria-label', 'aria-labelledby', 'aria-pressed', 'class', 'data-check', 'data-fallback', 'data-lesson-id', 'data-ok', 'data-state', 'data-theme', 'data-topic', 'data-undo', 'dir', 'id', 'open', 'role', 'tabindex', 'title', 'type'];

/** Words only a customer leaving writes, which the they-want-to-leave lesson answers. */
const LEAVING = 'Cancel my account now. I am leaving for a competitor, this was the last straw.';

/** How many rankings the tab has shown. */
const rankCount = async (sidebar: Locator) => Number(await sidebar.getAttribute('data-rank-count'));

/** The page at `url` once its ticket is ranked: its pointer, and how many rankings it has shown. */
async function rankedPage(url: string): Promise<{ sidebar: Locator; ranked: number }> {
  await page.goto(url);
  const sidebar = page.locator('extra-mile-sidebar');
  await waitForSidebar(page);
  return { sidebar, ranked: await rankCount(sidebar) };
}

async function openDesk(url: string): Promise<Snapshot> {
  await page.goto(url);
  await waitForSidebar(page);
  await page.locator('extra-mile-sidebar button').waitFor({ state: 'visible' });
  return inCleanWorld(page, snapshotPointer);
}

async function expectOnlyOwnElements(snapshot: Snapshot): Promise<void> {
  expect(snapshot.tags.filter((tag) => !OWN_TAGS.includes(tag)), 'elements not of the pointer’s own making').toEqual([]);
  expect(snapshot.attributes.filter((name) => !OWN_ATTRIBUTES.includes(name)), 'attributes not of the pointer’s own making').toEqual([]);
}

/** Opens the side panel from the pointer; the panel follows this page's tab. */
async function panelFor(lessons: string[]): Promise<SidePanel> {
  const panel = await openSidePanel(browser, page);
  await expect.poll(() => panel.lessons()).toEqual(lessons);
  return panel;
}

/** The panel's own elements and attributes only, and no script of the ticket's ran in it. */
async function expectPanelInert(panel: SidePanel): Promise<void> {
  const made = await panel.evaluate<{ tags: string[]; attributes: string[]; pwned: unknown }>(`(() => {
    const all = Array.from(document.querySelectorAll('#root *'));
    return { tags: [...new Set(all.map((el) => el.localName))], attributes: [...new Set(all.flatMap((el) => Array.from(el.attributes, (a) => a.name)))], pwned: window.__pwned ?? null };
  })()`);
  expect(made.tags.filter((tag) => !PANEL_TAGS.includes(tag)), 'elements not of the panel’s own making').toEqual([]);
  expect(made.attributes.filter((name) => !PANEL_ATTRIBUTES.includes(name)), 'attributes not of the panel’s own making').toEqual([]);
  expect(made.pwned).toBeNull();
}

/** In the side panel, Copy the first card's phrase, then Insert it; what reached the clipboard and the desk's editor. */
async function copyAndInsert(lessons: string[]): Promise<{ phrase: string; clipboard: string; editor: string }> {
  const panel = await panelFor(lessons);
  try {
    const best = '.card .phrase.best';
    const phrase = await panel.evaluate<string>(`document.querySelector('${best} p').textContent`);
    await panel.click(`${best} button:not(.primary)`);
    await expect.poll(() => panel.evaluate<string>(`document.querySelector('${best} button:not(.primary)').textContent`)).toBe(t('copied'));
    const clipboard = await inCleanWorld(page, () => navigator.clipboard.readText());
    await panel.click(`${best} button.primary`);
    await expect.poll(() => panel.evaluate<string>(`document.querySelector('${best} button.primary').textContent`)).toBe(t('inserted'));
    const editor = await inCleanWorld(page, () => (document.querySelector('[data-test-id="omnicomposer-rich-text-ckeditor"]') as HTMLElement).textContent ?? '');
    return { phrase, clipboard, editor };
  } finally {
    await panel.detach();
  }
}

beforeAll(async () => {
  server = await startDeskServer([
    { url: URLS.plain, file: ZENDESK.file },
    { url: URLS.strict, file: ZENDESK.file, inject: '<script src="/strict-page.js"></script>', headers: STRICT_HEADERS },
    { url: 'https://strict.zendesk.com/strict-page.js', body: STRICT_PAGE_JS, headers: { 'content-type': 'text/javascript; charset=utf-8' } },
    { ...withBody(AGGRESSIVE_CSS), url: URLS.styled },
    { ...withBody(PATCHES), url: URLS.patched },
    { ...withBody(DEFINES_OUR_TAG), url: URLS.defined },
    { url: URLS.hostile, file: 'tests/e2e/fixtures/zendesk-hostile-ticket.html' },
    { url: HUBSPOT.url, file: HUBSPOT.file },
    { url: FRESHDESK.url, file: FRESHDESK.file },
  ]);
  browser = await launchWithExtension(EXTENSION_DIR, server);
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(8_000);
  browser.context.on('page', (p) => p.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss())));
  page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  // The browser's own favicon request (the desk server has none) is not the page's nor the extension's.
  page.on('console', (m) => void (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && consoleErrors.push(`${m.location().url}: ${m.text()}`)));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

let plain: Snapshot;

describe('the host page stays in charge', () => {
  it('plain page: the reference pointer, small, and Copy and Insert work from the panel', async () => {
    plain = await openDesk(URLS.plain);
    expect(plain.lessons.length).toBeGreaterThan(1);
    expect(plain.box.width).toBeLessThanOrEqual(280);
    expect(plain.box.height).toBeLessThanOrEqual(40);
    expect(plain.styles.button?.['background-color']).toBe('rgb(10, 95, 204)');
    expect(plain.styles.button?.['font-size']).toBe('13px');
    expect(plain.styles.button?.['font-family']).toMatch(/^system-ui/);
    await expectOnlyOwnElements(plain);
    const { phrase, clipboard, editor } = await copyAndInsert(plain.lessons);
    expect(clipboard).toBe(phrase);
    expect(editor).toContain(phrase);
  });

  it('strict CSP and Trusted Types: drawn and styled by its stylesheet, with no violation of its own', async () => {
    consoleErrors.length = 0;
    const strict = await openDesk(URLS.strict);
    // Styled by the pointer's stylesheet, not browser defaults: the same computed styles as on the plain page.
    expect(strict.styles).toEqual(plain.styles);
    expect(strict.box).toEqual(plain.box);
    expect(strict.lessons).toEqual(plain.lessons);
    const { phrase, clipboard, editor } = await copyAndInsert(strict.lessons);
    expect(clipboard).toBe(phrase);
    expect(editor).toContain(phrase);
    await page.waitForTimeout(300);
    const page_ = await page.evaluate(() => ({
      violations: (window as unknown as { __violations: { directive: string; source: string }[] }).__violations,
      refused: (window as unknown as { __trustedTypesRefused?: string }).__trustedTypesRefused,
    }));
    // The listener works: it heard the page's own two violations, one of each policy, from its own script...
    expect(page_.refused).toMatch(/TrustedHTML/);
    expect(page_.violations.map((v) => v.directive).sort()).toEqual(['require-trusted-types-for', 'style-src-attr']);
    for (const v of page_.violations) expect(v.source).toBe('https://strict.zendesk.com/strict-page.js');
    // ...and nothing else, while the pointer was drawn, used, and redrawn: no violation and no console error of ours.
    expect(consoleErrors.filter((e) => !/strict-page\.js|TrustedHTML|inline style/i.test(e))).toEqual([]);
    expect(consoleErrors.length).toBeLessThanOrEqual(2);
  });

  it('aggressive global CSS: the same box, styles and suggestions; a click reaches it; Copy and Insert still work', async () => {
    const styled = await openDesk(URLS.styled);
    expect(styled.styles).toEqual(plain.styles);
    expect(styled.box).toEqual(plain.box);
    expect(styled.lessons).toEqual(plain.lessons);
    // Hit-testable where it is drawn: the pointer's button is what a click there reaches.
    const hit = await inCleanWorld(page, () => {
      const root = document.querySelector('extra-mile-sidebar')!.shadowRoot!;
      const button = root.querySelector('button')!;
      const r = button.getBoundingClientRect();
      const at = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return at === button || button.contains(at);
    });
    expect(hit).toBe(true);
    const { phrase, clipboard, editor } = await copyAndInsert(styled.lessons);
    expect(clipboard).toBe(phrase);
    expect(editor).toContain(phrase);
  });

  it('built-ins patched before the extension ran: the same pointer, and the page’s own code still works as it expects', async () => {
    const patched = await openDesk(URLS.patched);
    expect(patched.styles).toEqual(plain.styles);
    expect(patched.box).toEqual(plain.box);
    expect(patched.lessons).toEqual(plain.lessons);
    await expectOnlyOwnElements(patched);
    const { phrase, clipboard, editor } = await copyAndInsert(patched.lessons);
    expect(clipboard).toBe(phrase);
    expect(editor).toContain(phrase);
    // The page's patches are still in place, untouched, and its own handler runs on a real click.
    await page.locator(PAGE_BUTTON).click();
    // (One string back: the page's patched Object.keys and JSON would garble an object on its way out of its world.)
    const state = await page.evaluate(() => {
      const w = window as unknown as { __patches: Record<string, unknown>; __pageClicks: number; __pageSaw: string };
      const same = w.__patches.map === Array.prototype.map && w.__patches.includes === Array.prototype.includes && w.__patches.stringify === JSON.stringify && w.__patches.attachShadow === Element.prototype.attachShadow && w.__patches.define === customElements.define;
      return `same: ${same} | stringify: ${JSON.stringify({ a: 1 })} | clicks: ${w.__pageClicks} | saw: ${w.__pageSaw}`;
    });
    expect(state).toBe('same: true | stringify: PATCHED:{"a":1} | clicks: 1 | saw: its own includes');
  });

  it('a page that defined extra-mile-sidebar itself (taking its shadow root): the same pointer, and the panel follows', async () => {
    const errorsBefore = pageErrors.length;
    const defined = await openDesk(URLS.defined);
    // The page's class still upgrades the element once it is in the page, and its constructor fails there, in the page.
    const errors = pageErrors.splice(errorsBefore);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => /attachShadow/.test(e)), errors.join('\n')).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __ourTagConstructed: number }).__ourTagConstructed)).toBeGreaterThan(0);
    expect(defined.styles).toEqual(plain.styles);
    expect(defined.lessons).toEqual(plain.lessons);
    await expectOnlyOwnElements(defined);
    expect(await page.locator('extra-mile-sidebar').getAttribute('data-desk')).toBe('Zendesk');
    const { phrase, editor } = await copyAndInsert(defined.lessons);
    expect(editor).toContain(phrase);
  });
});

describe('a page script cannot work the pointer', () => {
  it('a drag it dispatched in the open shadow root moves nothing and stores no spot for the site', async () => {
    await openDesk(URLS.plain);
    const spot = () => inCleanWorld(page, () => {
      const r = document.querySelector('extra-mile-sidebar')!.shadowRoot!.querySelector('button')!.getBoundingClientRect();
      return [r.left, r.top];
    });
    const before = await spot();
    await page.evaluate(() => {
      const button = document.querySelector('extra-mile-sidebar')!.shadowRoot!.querySelector('button')!;
      const r = button.getBoundingClientRect();
      const press = (type: string, x: number, y: number) => button.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerId: 7, button: 0, clientX: x, clientY: y }));
      press('pointerdown', r.left + 5, r.top + 5);
      press('pointermove', 600, 400);
      press('pointerup', 600, 400);
    });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await spot()).toEqual(before);
    const places = await browser.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } };
      return (await chrome.storage.local.get('pointer-places'))['pointer-places'] ?? {};
    });
    expect(places).not.toHaveProperty(new URL(URLS.plain).origin);
  });
});

describe('text the agent cannot see does not steer the suggestions', () => {
  it('a sentence hidden by a CSS escape ("disp\\lay:none") in the customer\'s message is not read; shown, it is', async () => {
    await openDesk(URLS.plain);
    const sidebar = page.locator('extra-mile-sidebar');
    const before = await sidebar.getAttribute('data-lessons');
    const ranked = Number(await sidebar.getAttribute('data-rank-count'));
    const add = (style: string) =>
      page.evaluate((style) => {
        const message = Array.from(document.querySelectorAll('p')).find((p) => p.textContent?.startsWith('It has now been two more days'))!;
        const words = document.createElement('p');
        words.setAttribute('style', style);
        words.textContent = 'Cancel my account now. I am leaving for a competitor, this was the last straw.';
        message.after(words);
        return (words as HTMLElement & { checkVisibility(): boolean }).checkVisibility();
      }, style);
    // The browser hides it (its own reading of the style), and Extra Mile reads the page as it was.
    expect(await add('disp\\lay:none')).toBe(false);
    await page.evaluate(() => new Promise((done) => setTimeout(done, 1500)));
    expect(await sidebar.getAttribute('data-lessons')).toBe(before);
    expect(Number(await sidebar.getAttribute('data-rank-count'))).toBe(ranked);
    // The same words on screen are read and change what is suggested: the check above could fail.
    expect(await add('color: inherit')).toBe(true);
    await expect.poll(() => sidebar.getAttribute('data-lessons'), { timeout: 10_000 }).toContain('they-want-to-leave');
  });
});

describe('a form whose fields are named like the DOM’s own properties', () => {
  // A <form> answers its fields' names for its own properties in every world, the content script's too
  // (HTMLFormElement is [LegacyOverrideBuiltIns]): `form.parentNode` is its <input name="parentNode">, whose parent is
  // the form again. Walking up through them froze the tab at the page's next change inside the form (a review).
  it('around the customer’s message: the page keeps answering and its next words are read', async () => {
    await openDesk(URLS.plain);
    const sidebar = page.locator('extra-mile-sidebar');
    const before = await sidebar.getAttribute('data-lessons');
    expect(before).not.toContain('they-want-to-leave');
    await page.evaluate(() => {
      const message = Array.from(document.querySelectorAll('p')).find((p) => p.textContent?.startsWith('It has now been two more days'))!;
      const form = document.createElement('form');
      for (const name of ['parentNode', 'parentElement', 'nodeName', 'nodeType', 'childNodes', 'host', 'getAttribute', 'hasAttribute', 'style', 'children', 'firstElementChild', 'firstChild']) {
        const field = document.createElement('input');
        field.type = 'hidden';
        field.name = name;
        form.append(field);
      }
      message.before(form);
      form.append(message);
      // The page's own view of its form, as a desk's script would meet it.
      if ((form.parentNode as Element).localName !== 'input') throw new Error('this browser does not let fields shadow a form’s properties');
    });
    // Its next change inside the form: read (the check could fail), and the page still answers.
    await page.evaluate(() => {
      const words = document.createElement('p');
      words.textContent = 'Cancel my account now. I am leaving for a competitor, this was the last straw.';
      document.querySelector('form > p')!.after(words);
    });
    await expect.poll(() => sidebar.getAttribute('data-lessons'), { timeout: 10_000 }).toContain('they-want-to-leave');
    expect(await page.evaluate(() => document.querySelectorAll('form > p').length)).toBe(2);
  });

  // A field associated by form="…" can stand anywhere: here right after its form, so that the form's
  // `previousElementSibling` is the field, whose sibling before it is the form again (a review, 2026-12-05: Freshdesk's
  // walk back to the description's author went round them for ever, and the tab froze).
  it('before a Freshdesk description, a field standing for the form’s sibling before it: the page answers, the ticket is read', async () => {
    const { sidebar, ranked } = await rankedPage(FRESHDESK.url);
    const shadowed = await page.evaluate(() => {
      const description = document.querySelector('div[data-album*="ticket_"]')!;
      const form = document.createElement('form');
      form.id = 'sibling-form';
      const field = document.createElement('input');
      field.type = 'hidden';
      field.name = 'previousElementSibling';
      field.setAttribute('form', 'sibling-form');
      description.before(form, field);
      return form.previousElementSibling === field && field.previousElementSibling === form;
    });
    expect(shadowed).toBe(true);
    await page.evaluate((text) => {
      const words = document.createElement('p');
      words.textContent = text;
      document.querySelector('div[data-album*="ticket_"] .text-content-wrapper')!.append(words);
    }, LEAVING);
    await expect.poll(() => rankCount(sidebar), { timeout: 10_000 }).toBeGreaterThan(ranked);
    expect(await page.evaluate(() => document.querySelectorAll('#sibling-form').length)).toBe(1);
  });

  it('inside a thread entry read by its shape, a field standing for the form’s first child points back up: still read', async () => {
    const { sidebar, ranked } = await rankedPage(HUBSPOT.url);
    // A <fieldset form="…"> is the form's field wherever it stands: here around the form, so that
    // `form.firstElementChild` is the fieldset, whose first child is the form again.
    const shadowed = await page.evaluate(() => {
      const item = document.querySelector('[role="article"], article')!;
      const fieldset = document.createElement('fieldset');
      fieldset.setAttribute('form', 'entry-form');
      fieldset.name = 'firstElementChild';
      const form = document.createElement('form');
      form.id = 'entry-form';
      const wrapper = document.createElement('div');
      wrapper.append(...Array.from(item.childNodes));
      form.append(wrapper);
      fieldset.append(form);
      item.append(fieldset);
      return form.firstElementChild === fieldset;
    });
    expect(shadowed).toBe(true);
    await page.evaluate((text) => {
      const words = document.createElement('p');
      words.textContent = text;
      // Beside the customer's own words, in the entry's body.
      const own = Array.from(document.querySelectorAll('#entry-form *')).find((el) => el.children.length === 0 && el.textContent?.includes('WELCOME15'))!;
      own.after(words);
    }, LEAVING);
    // Its new words read and ranked: the tab did not freeze on it.
    await expect.poll(() => rankCount(sidebar), { timeout: 10_000 }).toBeGreaterThan(ranked);
    expect(await sidebar.getAttribute('data-state')).toBe('ready');
  });
});

describe('hostile and extreme ticket text is shown inert and readable', () => {
  it('markup, scripts, javascript: links and handlers in the ticket are text in the side panel; nothing runs', async () => {
    const snapshot = await openDesk(URLS.hostile);
    await expectOnlyOwnElements(snapshot);
    const panel = await panelFor(snapshot.lessons);
    try {
      await panel.evaluate(`document.querySelectorAll('details').forEach((d) => { d.open = true; }), true`);
      await expectPanelInert(panel);
      const texts = await panel.evaluate<{ subject: string; excerpts: string[] }>(
        `({ subject: document.querySelector('h1').textContent, excerpts: Array.from(document.querySelectorAll('.excerpt'), (el) => el.textContent) })`,
      );
      expect(texts.subject).toBe(`<b>Refund</b> <img src=x onerror="window.__pwned='subject';alert('subject')"> still not received`);
      // Each reason quotes the ticket around the words it names, as text (no element of the ticket's).
      expect(texts.excerpts.length).toBeGreaterThan(0);
      for (const excerpt of texts.excerpts) expect(excerpt.length).toBeGreaterThan(0);
      // Click over what the panel drew from the ticket: no handler, no link.
      await panel.click('h1');
      await panel.click('.excerpt');
      await page.waitForTimeout(300);
      await expectPanelInert(panel);
    } finally {
      await panel.detach();
    }
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(page.url()).toBe(URLS.hostile);
  });

  it('a 5,000-letter word wraps inside the side panel; right-to-left text reads right to left; emoji and zero-width characters stay', async () => {
    const snapshot = await openDesk(URLS.hostile);
    const panel = await panelFor(snapshot.lessons);
    try {
      const layout = await panel.evaluate<{
        overflow: number;
        wider: string[];
        arabic: { dir: string; width: number } | null;
        hebrew: string | null;
        all: string;
      }>(`(() => {
        document.querySelectorAll('details').forEach((d) => { d.open = true; });
        const width = document.documentElement.clientWidth;
        const wider = Array.from(document.querySelectorAll('#root *')).filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5);
        });
        const excerpts = Array.from(document.querySelectorAll('.excerpt'));
        const arabic = excerpts.find((el) => /[\\u0600-\\u06FF]/.test(el.textContent));
        const hebrew = excerpts.find((el) => /[\\u0590-\\u05FF]/.test(el.textContent));
        return {
          overflow: document.documentElement.scrollWidth - width,
          wider: wider.map((el) => el.localName + '.' + el.className),
          arabic: arabic ? { dir: getComputedStyle(arabic).direction, width: arabic.getBoundingClientRect().width } : null,
          hebrew: hebrew ? getComputedStyle(hebrew).direction : null,
          all: excerpts.map((el) => el.textContent).join('\\n'),
        };
      })()`);
      expect(layout.overflow, 'no horizontal scrolling in the panel').toBe(0);
      expect(layout.wider, 'elements reaching outside the panel').toEqual([]);
      expect(layout.arabic, 'an excerpt of the Arabic message').not.toBeNull();
      expect(layout.arabic!.dir).toBe('rtl');
      expect(layout.arabic!.width).toBeGreaterThan(50);
      expect(layout.hebrew).toBe('rtl');
      expect(layout.all).toMatch(/😡|💸/u);
    } finally {
      await panel.detach();
    }
  });

  it('a pack with markup in every field is text in the options page preview and in the side panel', async () => {
    const options = await browser.context.newPage();
    options.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel(t('optionsLimitLabel')).selectOption('10');
    await options.getByLabel(t('optionsImportLabel')).setInputFiles({ name: 'markup-pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(MARKUP_PACK, null, 2)) });
    const preview = options.locator('[data-verdict="valid"]');
    await preview.waitFor();
    expect(await preview.locator('#pack-preview-name').textContent()).toBe(MARKUP_PACK.name);
    expect(await preview.locator('[data-lesson-id="markup-lesson"] .title').textContent()).toBe(MARKUP_PACK.lessons[0]!.title);
    expect(await options.locator('img, iframe, script:not([src]), a[href^="javascript"], [onerror], [onclick]').count()).toBe(0);
    await options.getByRole('button', { name: t('optionsPackAdd') }).click();
    await options.getByText(t('optionsPackAdded', MARKUP_PACK.name, lessonCount(1))).waitFor();
    await options.close();

    await page.bringToFront();
    const snapshot = await openDesk(URLS.hostile);
    expect(snapshot.lessons).toContain('markup-lesson');
    await expectOnlyOwnElements(snapshot);
    const panel = await panelFor(snapshot.lessons);
    try {
      await panel.evaluate(`document.querySelectorAll('details').forEach((d) => { d.open = true; }), true`);
      await expectPanelInert(panel);
      const card = await panel.evaluate<Record<string, unknown>>(`(() => {
        const el = document.querySelector('[data-lesson-id="markup-lesson"]');
        const width = document.documentElement.clientWidth;
        return {
          overflow: document.documentElement.scrollWidth - width,
          title: el.querySelector('h3').textContent,
          advice: el.querySelector('.gist').textContent,
          steps: Array.from(el.querySelectorAll('.steps li'), (li) => li.textContent),
          phrases: Array.from(el.querySelectorAll('.phrase p'), (p) => p.textContent),
          inside: Array.from(el.querySelectorAll('*')).every((child) => child.getBoundingClientRect().right <= width + 0.5),
        };
      })()`);
      const lesson = MARKUP_PACK.lessons[0]!;
      // Its long words wrap (or are cut off with an ellipsis, the gist): nothing reaches past the panel, and nothing scrolls sideways.
      expect(card).toEqual({ overflow: 0, title: lesson.title, advice: lesson.advice, steps: lesson.steps, phrases: lesson.phrases, inside: true });
    } finally {
      await panel.detach();
    }
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(pageErrors).toEqual([]);
  });
});

describe('a page that removes Extra Mile', () => {
  it('gets the element back a few times, then is left alone, and the status says why', async () => {
    await openDesk(URLS.plain);
    const remove = () => page.evaluate(() => document.querySelector('extra-mile-sidebar')?.remove());
    const present = () => page.evaluate(() => document.querySelectorAll('extra-mile-sidebar').length);
    for (let time = 1; time <= 3; time++) {
      await remove();
      await expect.poll(present, { message: `put back after removal ${time}` }).toBe(1);
      expect(await page.locator('extra-mile-sidebar').getAttribute('data-state')).toBe('ready');
    }
    await remove();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 200))));
    expect(await present()).toBe(0);
    const status = await browser.worker.evaluate(async (url) => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; sendMessage(id: number, m: unknown, o: { frameId: number }): Promise<unknown> } } };
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      return chrome.tabs.sendMessage(tab!.id!, { type: 'extra-mile:get-tab-view' }, { frameId: 0 });
    }, URLS.plain);
    expect(status).toMatchObject({ state: 'ready', stopped: 'page-removed' });
  });
});
