// No network, proven in a real browser: a whole working session with the production build (dist/chrome) — popup
// search, the options page importing a pack, five hosted desks with Copy, Insert and Helpful, switching tickets in
// Zendesk's two-tab desk — while every request is recorded twice over:
//
//   1. Playwright's context-level request events: the DevTools protocol's Network domain on every page target
//      (desk tabs, with their content scripts' requests; the popup and options pages) and on the extension's service
//      worker (Playwright attaches to it and enables Network too).
//   2. A proxy every connection of the browser goes through (--proxy-server): whatever the source, nothing reaches a
//      host without passing it, so it sees what no DevTools event would report.
//
// The only requests allowed are the documents the test itself opened, listed exactly, and the extension pages'
// own chrome-extension:// files. At the end, canaries prove each recorder sees each place the extension could send
// from: a fetch in the service worker, in an extension page and in the content script's world.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK_PAGES } from '../../scripts/desk-pages';
import { lessonCount, t } from '../../src/i18n';
import { EXTENSION_DIR, ROOT, launchWithExtension, openSidePanel, sidebarLessons, sidebarSource, startDeskServer, switchZendeskTab, waitForSidebar, type Browser, type DeskServer, type SidePanel } from './harness';

const byFile = (file: string) => DESK_PAGES.find((p) => p.file.endsWith(file))!;
const DESKS = [
  byFile('zendesk/ticket-refund-after-return.html'),
  byFile('freshdesk/ticket-locked-out.html'),
  byFile('help-scout/conversation-double-charge.html'),
  byFile('intercom/conversation-angry-customer.html'),
  byFile('front/conversation-broken-mug.html'),
];
const TABS = byFile('zendesk/two-ticket-tabs.html');
const PACK_FILE = resolve(ROOT, 'examples/team-pack.json');
/**
 * What Debian's Chromium contacts by itself with these flags, with or without any extension (measured with a bare
 * Chromium and the same proxy): its clock check, extension and component update checks, and Google account state.
 * No DevTools target reports them, since the browser process makes them. Allowed by exact host and path, nothing more.
 */
const CHROMIUM_ITSELF = [
  /^CONNECT (accounts\.google\.com|update\.googleapis\.com|clients2\.google\.com):443$/,
  /^GET http:\/\/clients2\.google\.com\/time\/1\/current\?/,
  /^POST http:\/\/update\.googleapis\.com\/service\/update2\/json\?/,
];
/** Flags that quiet some of Chromium's own traffic (autofill, hints, media router, translate, pings). */
const QUIET = ['--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,Translate', '--disable-domain-reliability', '--no-pings'];

interface Seen {
  url: string;
  method: string;
  type: string;
  navigation: boolean;
  /** Which tab or worker made it: "worker", "desk tab", "popup", "options", or "other page". */
  from: string;
}

/** A forward proxy that logs every request and tunnel and passes only tunnels to the desk server's hosts. */
async function startRecordingProxy(desk: DeskServer) {
  const log: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    log.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    log.push(`CONNECT ${req.url}`);
    const host = (req.url ?? '').replace(/:\d+$/, '');
    if (!desk.hosts.includes(host)) {
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = connect(desk.port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    log,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

let server: DeskServer;
let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
let browser: Browser;
let page: Page;
const seen: Seen[] = [];
/** Every document the test opened, in order. */
const opened: string[] = [];

const roles = new WeakMap<Page, string>();

function record(request: Request): void {
  let from = 'worker';
  if (!request.serviceWorker()) {
    try {
      from = roles.get(request.frame().page()) ?? 'other page';
    } catch {
      from = 'no frame';
    }
  }
  seen.push({ url: request.url(), method: request.method(), type: request.resourceType(), navigation: request.isNavigationRequest(), from });
}

async function open(target: Page, role: string, url: string): Promise<void> {
  roles.set(target, role);
  opened.push(url);
  await target.goto(url);
}

const extensionOrigin = () => `chrome-extension://${browser.extensionId}/`;
const web = (list: Seen[]) => list.filter((r) => !r.url.startsWith(extensionOrigin()));

beforeAll(async () => {
  server = await startDeskServer([...DESKS, TABS].map((p) => ({ url: p.url, file: p.file })));
  proxy = await startRecordingProxy(server);
  browser = await launchWithExtension(EXTENSION_DIR, server, { args: [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>', ...QUIET] });
  browser.context.on('request', record);
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(8_000);
});

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await server?.close();
});

describe('a whole session makes no request of its own', () => {
  it('popup search, options page with a pack import, five desks, ticket switches: the only requests are the documents the test opened', async () => {
    // The popup, in a tab of its own, acting on no tab: search with a typo, open the best match, copy a phrase.
    const popup = await browser.context.newPage();
    await open(popup, 'popup', `${extensionOrigin()}popup.html?tab=-1`);
    await popup.getByRole('searchbox').fill('refnd');
    await popup.locator('.lessons li button.result').first().waitFor();
    await popup.keyboard.press('Enter');
    await popup.getByRole('button', { name: /^Copy phrase:/ }).first().click();
    await popup.close();

    // The options page: import the example pack (preview, then add).
    const options = await browser.context.newPage();
    await open(options, 'options', `${extensionOrigin()}options.html`);
    await options.getByLabel(t('optionsImportLabel')).setInputFiles(PACK_FILE);
    await options.locator('[data-verdict="valid"]').waitFor();
    await options.getByRole('button', { name: t('optionsPackAdd') }).click();
    await options.getByText(t('optionsPackAdded', 'Our team playbook', lessonCount(3))).waitFor();

    // Five desks (in the front tab, as the agent sees them): the sidebar reads, ranks and draws; the agent copies a phrase, inserts one where there is an
    // editor, and marks a suggestion helpful (stored by the service worker).
    // The guidance is in the side panel, opened once from the first desk's pointer; it follows the tab.
    await page.bringToFront();
    let inserted = 0;
    let panel: SidePanel | null = null;
    for (const desk of DESKS) {
      await open(page, 'desk tab', desk.url);
      await waitForSidebar(page);
      panel ??= await openSidePanel(browser, page);
      const lessons = await sidebarLessons(page);
      await expect.poll(() => panel!.lessons()).toEqual(lessons);
      const card = `[data-lesson-id="${lessons[0]}"]`;
      await panel.click(`${card} .phrase.best button:not(.primary)`);
      if (await panel.evaluate<boolean>(`Boolean(document.querySelector('${card} .phrase.best button.primary'))`)) await panel.click(`${card} .phrase.best button.primary`), inserted++;
      await panel.click(`${card} .feedback button[aria-pressed]`);
    }
    await panel?.detach();

    expect(inserted, 'desks with a reply editor').toBeGreaterThanOrEqual(3);

    // Zendesk with two ticket tabs: switch back and forth without a page load.
    await open(page, 'desk tab', TABS.url);
    await waitForSidebar(page);
    for (const id of ['5498', '5530', '5498']) {
      await page.evaluate(switchZendeskTab, id);
      await expect.poll(() => sidebarSource(page)).toContain(`#${id}`);
      await waitForSidebar(page);
    }
    await options.close();
    await page.waitForTimeout(500); // anything the extension would send late

    // Requests outside the extension's own files: exactly the documents opened, in order, each a GET navigation.
    const outside = web(seen);
    expect(outside.map((r) => r.url)).toEqual(opened.filter((url) => !url.startsWith(extensionOrigin())));
    for (const r of outside) expect(r, 'a document the test navigated to').toMatchObject({ method: 'GET', type: 'document', navigation: true, from: 'desk tab' });
    // The service worker requested nothing at all; the extension pages only their own files.
    expect(seen.filter((r) => r.from === 'worker')).toEqual([]);
    expect(seen.filter((r) => r.from === 'other page' || r.from === 'no frame')).toEqual([]);
    const own = seen.filter((r) => r.from === 'popup' || r.from === 'options');
    for (const r of own) expect(r.url.startsWith(extensionOrigin()), r.url).toBe(true);
    // The popup loads as a module, in chunks of its own (their names hashed by the build): the files the build wrote.
    const builtChunks = new Set(readdirSync(resolve(EXTENSION_DIR, 'chunks')).map((name) => `/chunks/${name}`));
    const pathOf = (r: { url: string }) => new URL(r.url).pathname;
    expect(own.filter((r) => r.from === 'popup' && pathOf(r).startsWith('/chunks/')).every((r) => builtChunks.has(pathOf(r)))).toBe(true);
    expect([...new Set(own.map((r) => `${r.from} ${pathOf(r).startsWith('/chunks/') ? '/chunks/…' : pathOf(r)}`))].sort()).toEqual(
      ['options /options.css', 'options /options.html', 'options /options.js', 'popup /chunks/…', 'popup /popup.css', 'popup /popup.html', 'popup /popup.js'].sort(),
    );

    // The proxy saw the browser reach the desks' hosts, and otherwise only Chromium's own services.
    const hosts = [...new Set(opened.filter((u) => u.startsWith('https:')).map((u) => `${new URL(u).hostname}:443`))].sort();
    expect([...new Set(proxy.log.filter((entry) => !CHROMIUM_ITSELF.some((own) => own.test(entry))))].sort()).toEqual(hosts.map((h) => `CONNECT ${h}`));
  });

  it('the recorders would have caught a request from the service worker, an extension page or the content script', async () => {
    const before = { seen: seen.length, proxy: proxy.log.length };
    const canary = (where: string) => `https://canary-${where}.zendesk.com/extra-mile-canary`;

    await browser.worker.evaluate((url) => fetch(url).catch(() => undefined), canary('worker'));
    const extensionPage = await browser.context.newPage();
    roles.set(extensionPage, 'popup');
    await extensionPage.goto(`${extensionOrigin()}popup.html?tab=-1`);
    await extensionPage.evaluate((url) => fetch(url).catch(() => undefined), canary('extension-page'));
    await extensionPage.close();
    // In the content script's own world (an isolated world of the desk page), where a sidebar request would start.
    const cdp = await browser.context.newCDPSession(page);
    const worlds: { id: number; origin: string }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
    await cdp.send('Runtime.enable');
    const world = worlds.find((w) => w.origin === extensionOrigin().slice(0, -1));
    expect(world, 'the content script world').toBeDefined();
    await cdp.send('Runtime.evaluate', { expression: `fetch(${JSON.stringify(canary('content-script'))}).catch(() => 0)`, contextId: world!.id, awaitPromise: true });
    await cdp.detach();

    await expect.poll(() => seen.slice(before.seen).filter((r) => r.url.includes('canary')).map((r) => `${r.from} ${r.url}`).sort()).toEqual(
      [`desk tab ${canary('content-script')}`, `popup ${canary('extension-page')}`, `worker ${canary('worker')}`].sort(),
    );
    // Chromium's own services may call meanwhile (a CI run saw accounts.google.com here): allowed as in the test above.
    const ours = proxy.log.slice(before.proxy).filter((entry) => !CHROMIUM_ITSELF.some((own) => own.test(entry)));
    expect(ours.sort()).toEqual(['content-script', 'extension-page', 'worker'].map((w) => `CONNECT canary-${w}.zendesk.com:443`).sort());
  });
});

// The built files say the same (tests/no-network.test.ts): no fetch, XHR, WebSocket, sendBeacon or remote code.
it('the production manifest has no content security exception that would let remote code in', () => {
  const manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_security_policy?: unknown; externally_connectable?: unknown; web_accessible_resources?: unknown };
  expect(manifest.content_security_policy).toBeUndefined();
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.web_accessible_resources).toBeUndefined();
});
