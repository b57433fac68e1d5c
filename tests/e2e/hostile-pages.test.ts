// Hostile and extreme pages, in a real Chromium with the production build: the host page stays in charge and the
// sidebar stays itself.
//   - A ticket whose customer wrote markup, scripts, javascript: links, event handlers, a 5,000-letter word, right-to-
//     left text, emoji and zero-width characters (tests/e2e/fixtures/zendesk-hostile-ticket.html, escaped as a desk
//     escapes it): the sidebar shows it as text, creates no element from it, runs nothing, wraps, and renders RTL.
//   - A lesson pack with markup in every field, imported on the options page: text in the preview and in the sidebar.
//   - A page with a strict Content-Security-Policy and Trusted Types required: the sidebar is drawn and styled, and
//     causes no violation (the page's own deliberate violations prove the listener hears them).
//   - A page with aggressive global CSS, and one that patches built-ins before the extension runs: the sidebar looks
//     and works as on the plain page (box, computed styles, suggestions, Copy, Insert), and the page's own code still
//     works as the page expects.
// The test reads the sidebar from an isolated world of its own (Page.createIsolatedWorld): the patched page's
// built-ins cannot disturb the measurements.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK_PAGES } from '../../scripts/desk-pages';
import { t } from '../../src/i18n';
import { PANEL_WIDTH } from '../../content/sidebar/styles';
import { EXTENSION_DIR, launchWithExtension, startDeskServer, waitForSidebar, type Browser, type DeskServer, type Route } from './harness';

const ZENDESK = DESK_PAGES.find((p) => p.file.endsWith('zendesk/ticket-refund-after-return.html'))!;
const at = (sub: string, id = '5512') => `https://${sub}.zendesk.com/agent/tickets/${id}`;
const URLS = {
  plain: at('plain'),
  strict: at('strict'),
  styled: at('styled'),
  patched: at('patched'),
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

/** The sidebar as drawn: its box, the computed styles of its parts, its lessons, and what elements it is made of. */
function snapshotSidebar(): Snapshot {
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
  const rect = host.getBoundingClientRect();
  const all = Array.from(root.querySelectorAll('*'));
  return {
    box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
    styles: {
      host: pick(host),
      panel: pick(root.querySelector('.panel')),
      title: pick(root.querySelector('h2')),
      card: pick(root.querySelector('.card')),
      lesson: pick(root.querySelector('.card h3')),
      button: pick(root.querySelector('.card button')),
      phrase: pick(root.querySelector('.phrase p')),
    },
    lessons: Array.from(root.querySelectorAll('[data-lesson-id]')).map((el) => el.getAttribute('data-lesson-id') ?? ''),
    tags: [...new Set(all.map((el) => el.localName))].sort(),
    attributes: [...new Set(all.flatMap((el) => Array.from(el.attributes).map((a) => a.name)))].sort(),
  };
}

/** The elements the sidebar itself is made of; anything else would have come from text. */
const OWN_TAGS = ['article', 'aside', 'button', 'div', 'h2', 'h3', 'h4', 'header', 'li', 'mark', 'ol', 'p', 'span', 'ul'];
const OWN_ATTRIBUTES = ['aria-expanded', 'aria-label', 'aria-labelledby', 'aria-pressed', 'class', 'data-lesson-id', 'data-open', 'data-side', 'data-theme', 'data-topic', 'dir', 'id', 'role', 'title', 'type'];

async function openDesk(url: string): Promise<Snapshot> {
  await page.goto(url);
  await waitForSidebar(page);
  await page.locator('extra-mile-sidebar [data-lesson-id]').first().waitFor();
  return inCleanWorld(page, snapshotSidebar);
}

async function expectOnlyOwnElements(snapshot: Snapshot): Promise<void> {
  expect(snapshot.tags.filter((tag) => !OWN_TAGS.includes(tag)), 'elements not of the sidebar’s own making').toEqual([]);
  expect(snapshot.attributes.filter((name) => !OWN_ATTRIBUTES.includes(name)), 'attributes not of the sidebar’s own making').toEqual([]);
}

/** Copy the first phrase of the first card, then Insert it; what reached the clipboard and the editor. */
async function copyAndInsert(): Promise<{ phrase: string; clipboard: string; editor: string }> {
  const card = page.locator('extra-mile-sidebar [data-lesson-id]').first();
  const phrase = (await card.locator('li.phrase p').first().textContent()) ?? '';
  await card.getByRole('button', { name: /^Copy phrase:/ }).first().click();
  await expect.poll(() => card.locator('li.phrase button').first().textContent()).toBe(t('copied'));
  const clipboard = await inCleanWorld(page, () => navigator.clipboard.readText());
  await card.getByRole('button', { name: new RegExp(`^${t('insertPhrase', '').trim()}`) }).first().click();
  const editor = await inCleanWorld(page, () => (document.querySelector('[data-test-id="omnicomposer-rich-text-ckeditor"]') as HTMLElement).textContent ?? '');
  return { phrase, clipboard, editor };
}

beforeAll(async () => {
  server = await startDeskServer([
    { url: URLS.plain, file: ZENDESK.file },
    { url: URLS.strict, file: ZENDESK.file, inject: '<script src="/strict-page.js"></script>', headers: STRICT_HEADERS },
    { url: 'https://strict.zendesk.com/strict-page.js', body: STRICT_PAGE_JS, headers: { 'content-type': 'text/javascript; charset=utf-8' } },
    { ...withBody(AGGRESSIVE_CSS), url: URLS.styled },
    { ...withBody(PATCHES), url: URLS.patched },
    { url: URLS.hostile, file: 'tests/e2e/fixtures/zendesk-hostile-ticket.html' },
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
  it('plain page: the reference sidebar', async () => {
    plain = await openDesk(URLS.plain);
    expect(plain.lessons.length).toBeGreaterThan(2);
    expect(plain.box.width).toBe(PANEL_WIDTH);
    expect(plain.styles.panel?.['background-color']).toBe('rgb(255, 255, 255)');
    expect(plain.styles.panel?.['font-size']).toBe('14px');
    expect(plain.styles.panel?.['font-family']).toMatch(/^system-ui/);
    await expectOnlyOwnElements(plain);
    const { phrase, clipboard, editor } = await copyAndInsert();
    expect(clipboard).toBe(phrase);
    expect(editor).toContain(phrase);
  });

  it('strict CSP and Trusted Types: drawn and styled by its stylesheet, with no violation of its own', async () => {
    consoleErrors.length = 0;
    const strict = await openDesk(URLS.strict);
    // Styled by the sidebar's stylesheet, not browser defaults: the same computed styles as on the plain page.
    expect(strict.styles).toEqual(plain.styles);
    expect(strict.box).toEqual(plain.box);
    expect(strict.lessons).toEqual(plain.lessons);
    const { phrase, clipboard, editor } = await copyAndInsert();
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
    // ...and nothing else, while the sidebar was drawn, used, and redrawn: no violation and no console error of ours.
    expect(consoleErrors.filter((e) => !/strict-page\.js|TrustedHTML|inline style/i.test(e))).toEqual([]);
    expect(consoleErrors.length).toBeLessThanOrEqual(2);
  });

  it('aggressive global CSS: the same box, styles and suggestions; Copy and Insert still work', async () => {
    const styled = await openDesk(URLS.styled);
    expect(styled.styles).toEqual(plain.styles);
    expect({ x: styled.box.x, y: styled.box.y, width: styled.box.width }).toEqual({ x: plain.box.x, y: plain.box.y, width: plain.box.width });
    expect(styled.box.height).toBeGreaterThanOrEqual(160);
    expect(styled.lessons).toEqual(plain.lessons);
    // Hit-testable where it is drawn: the top card's title is what a click there reaches.
    const hit = await inCleanWorld(page, () => {
      const root = document.querySelector('extra-mile-sidebar')!.shadowRoot!;
      const title = root.querySelector('.card h3')!;
      const r = title.getBoundingClientRect();
      return root.elementFromPoint(r.left + 5, r.top + r.height / 2) === title || title.contains(root.elementFromPoint(r.left + 5, r.top + r.height / 2));
    });
    expect(hit).toBe(true);
    const { phrase, clipboard, editor } = await copyAndInsert();
    expect(clipboard).toBe(phrase);
    expect(editor).toContain(phrase);
  });

  it('built-ins patched before the extension ran: the same sidebar, and the page’s own code still works as it expects', async () => {
    const patched = await openDesk(URLS.patched);
    expect(patched.styles).toEqual(plain.styles);
    expect(patched.box).toEqual(plain.box);
    expect(patched.lessons).toEqual(plain.lessons);
    await expectOnlyOwnElements(patched);
    const { phrase, clipboard, editor } = await copyAndInsert();
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
});

describe('hostile and extreme ticket text is shown inert and readable', () => {
  it('markup, scripts, javascript: links and handlers in the ticket are text in the sidebar; nothing runs', async () => {
    const snapshot = await openDesk(URLS.hostile);
    await expectOnlyOwnElements(snapshot);
    const texts = await inCleanWorld(page, () => {
      const root = document.querySelector('extra-mile-sidebar')!.shadowRoot!;
      return {
        subject: root.querySelector('.subject')?.textContent ?? '',
        excerpts: Array.from(root.querySelectorAll('.excerpt')).map((el) => el.textContent ?? ''),
      };
    });
    expect(texts.subject).toBe(`<b>Refund</b> <img src=x onerror="window.__pwned='subject';alert('subject')"> still not received`);
    // Each reason quotes the ticket around the words it names, as text (expectOnlyOwnElements: no element of the ticket's).
    expect(texts.excerpts.length).toBeGreaterThan(0);
    for (const excerpt of texts.excerpts) expect(excerpt.length).toBeGreaterThan(0);
    // Hover and click over everything the sidebar drew: no handler, no link.
    for (const excerpt of await page.locator('extra-mile-sidebar .excerpt').all()) await excerpt.hover();
    await page.locator('extra-mile-sidebar .subject').click();
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(page.url()).toBe(URLS.hostile);
  });

  it('a 5,000-letter word wraps inside the sidebar; right-to-left text reads right to left; emoji and zero-width characters stay', async () => {
    await openDesk(URLS.hostile);
    const layout = await inCleanWorld(page, () => {
      const host = document.querySelector('extra-mile-sidebar')!;
      const root = host.shadowRoot!;
      const hostBox = host.getBoundingClientRect();
      const body = root.querySelector('.body')!;
      const wider = Array.from(root.querySelectorAll('*')).filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > hostBox.right + 0.5 || r.left < hostBox.left - 0.5);
      });
      const excerpts = Array.from(root.querySelectorAll('.excerpt'));
      const arabic = excerpts.find((el) => /[\u0600-\u06FF]/.test(el.textContent ?? ''));
      const hebrew = excerpts.find((el) => /[\u0590-\u05FF]/.test(el.textContent ?? ''));
      const letters = excerpts.find((el) => /A{40}/.test(el.textContent ?? ''));
      const subject = root.querySelector('.subject')!;
      return {
        hostWidth: hostBox.width,
        bodyOverflow: body.scrollWidth - body.clientWidth,
        wider: wider.map((el) => el.localName + '.' + el.className),
        arabic: arabic ? { dir: getComputedStyle(arabic).direction, width: arabic.getBoundingClientRect().width } : null,
        hebrew: hebrew ? getComputedStyle(hebrew).direction : null,
        letters: letters ? { lines: Math.round(letters.getBoundingClientRect().height / parseFloat(getComputedStyle(letters).lineHeight)), width: letters.getBoundingClientRect().width } : null,
        subjectWidth: subject.getBoundingClientRect().width,
        all: excerpts.map((el) => el.textContent ?? '').join('\n'),
      };
    });
    expect(layout.hostWidth).toBe(PANEL_WIDTH);
    expect(layout.bodyOverflow, 'no horizontal scrolling inside the sidebar').toBe(0);
    expect(layout.wider, 'elements reaching outside the sidebar').toEqual([]);
    expect(layout.subjectWidth).toBeLessThanOrEqual(PANEL_WIDTH);
    expect(layout.arabic, 'an excerpt of the Arabic message').not.toBeNull();
    expect(layout.arabic!.dir).toBe('rtl');
    expect(layout.arabic!.width).toBeGreaterThan(50);
    expect(layout.hebrew).toBe('rtl');
    expect(layout.all).toMatch(/😡|💸/u);
  });

  it('a pack with markup in every field is text in the options page preview and in the sidebar', async () => {
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
    await options.getByText(t('optionsPackAdded', MARKUP_PACK.name, '1')).waitFor();
    await options.close();

    await page.bringToFront();
    const snapshot = await openDesk(URLS.hostile);
    expect(snapshot.lessons).toContain('markup-lesson');
    await expectOnlyOwnElements(snapshot);
    const card = await inCleanWorld(page, () => {
      const el = document.querySelector('extra-mile-sidebar')!.shadowRoot!.querySelector('[data-lesson-id="markup-lesson"]')!;
      const body = el.closest('.body')!;
      const panel = body.getBoundingClientRect();
      return {
        overflow: body.scrollWidth - body.clientWidth,
        title: el.querySelector('h3')?.textContent ?? '',
        advice: el.querySelector('h3 + p')?.textContent ?? '',
        steps: Array.from(el.querySelectorAll('.steps li')).map((li) => li.textContent ?? ''),
        phrases: Array.from(el.querySelectorAll('li.phrase p')).map((p) => p.textContent ?? ''),
        inside: Array.from(el.querySelectorAll('*')).every((child) => child.getBoundingClientRect().right <= panel.right + 0.5),
      };
    });
    const lesson = MARKUP_PACK.lessons[0]!;
    // Its long words wrap: nothing reaches past the sidebar, and nothing scrolls sideways.
    expect(card).toEqual({ overflow: 0, title: lesson.title, advice: lesson.advice, steps: lesson.steps, phrases: lesson.phrases, inside: true });
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(pageErrors).toEqual([]);
  });
});
