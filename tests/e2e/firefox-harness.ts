// Firefox for the e2e tests: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, with the Firefox
// build installed as a temporary add-on (what about:debugging → "Load Temporary Add-on" does).
//
// Firefox has no --host-resolver-rules. Instead every HTTP and HTTPS request it makes goes to a proxy in the test
// (the network.proxy.* prefs, "Manual proxy configuration" in Firefox's settings), and that proxy answers CONNECT only
// for the hostnames the desk server serves, by tunnelling to the desk server on 127.0.0.1; everything else gets a 403.
// So pages load from their real URLs (the production manifest's match patterns are what is tested), the self-signed
// certificate is accepted through BiDi's acceptInsecureCerts, and nothing leaves the machine: names are never looked
// up (an HTTP proxy is handed the name, not an address) and the proxy connects nowhere but loopback.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { ROOT, startDeskServer, type DeskServer } from '../../scripts/desk-server';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(ROOT, 'dist/firefox');

export function firefoxMissing(): string | null {
  if (existsSync(FIREFOX)) return null;
  return (
    `Firefox not found at ${FIREFOX}. Install Debian's firefox-esr: sudo apt-get update && sudo apt-get install -y firefox-esr ` +
    `(npm test does this itself when run as root; set FIREFOX_PATH to use another Firefox).`
  );
}

export interface LoopbackProxy {
  port: number;
  /** host:port of every CONNECT tunnelled to the desk server, in order. */
  tunnelled: string[];
  /** Every request refused (a host the desk server does not serve, or plain HTTP), in order. */
  refused: string[];
  close(): Promise<void>;
}

/** An HTTP proxy on 127.0.0.1 that tunnels HTTPS for the desk server's hostnames to it and refuses everything else. */
export async function startLoopbackProxy(desks: DeskServer): Promise<LoopbackProxy> {
  const tunnelled: string[] = [];
  const refused: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    refused.push(`${req.method} ${req.url}`);
    res.writeHead(403, { 'content-type': 'text/plain' }).end('the e2e proxy only tunnels to the desk server');
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const target = req.url ?? '';
    const [host, port] = [target.slice(0, target.lastIndexOf(':')), target.slice(target.lastIndexOf(':') + 1)];
    if (port !== '443' || !desks.hosts.includes(host)) {
      refused.push(`CONNECT ${target}`);
      client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    tunnelled.push(target);
    const upstream = connect(desks.port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    tunnelled,
    refused,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

/** Firefox prefs: every request through the proxy, no direct fallback, and none of the lookups that bypass a proxy. */
function prefs(proxyPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1, // manual configuration
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.socks': '',
    'network.proxy.no_proxies_on': '',
    'network.proxy.failover_direct': false,
    'network.trr.mode': 5, // no DNS over HTTPS
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.http3.enable': false, // QUIC would be UDP, beside the proxy
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'security.OCSP.enabled': 0,
  };
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox reports for the temporary install (the manifest's gecko id). */
  extensionId: string;
  /**
   * Opens one of the add-on's own pages (`options.html`, `popup.html?tab=-1`) in a new tab. Only with
   * `extensionPages: true`: WebDriver BiDi refuses to navigate a tab to moz-extension:// ("not allowed in this
   * context"), so the browser window itself opens the tab, as Firefox's own menus do, through BiDi's access to the
   * browser's chrome (--remote-allow-system-access). The page is then driven like any other.
   */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** Allow openExtensionPage (BiDi access to the browser window). */
  extensionPages?: boolean;
  /** More Firefox prefs for this run. */
  prefs?: Record<string, unknown>;
  /** Default true. Headed needs a display ($DISPLAY). */
  headless?: boolean;
}

/** The raw WebDriver BiDi connection under puppeteer-core's Browser (its public API reaches content tabs only). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { contexts?: { context: string; url: string }[]; result?: { type: string; value?: unknown } } }>;
}

async function openExtensionPage(browser: Browser, extensionId: string, path: string): Promise<Page> {
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  const windows = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result.contexts ?? [];
  const window = windows.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no browser window to open the page from (was Firefox started with extensionPages?)');
  const expression = `(() => {
    const url = WebExtensionPolicy.getByID(${JSON.stringify(extensionId)}).getURL(${JSON.stringify(path)});
    gBrowser.selectedTab = gBrowser.addTab(url, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
    return url;
  })()`;
  const opened = await bidi.send('script.evaluate', { target: { context: window.context }, expression, awaitPromise: false });
  const url = opened.result.result?.value;
  if (typeof url !== 'string') throw new Error(`could not open ${path}: ${JSON.stringify(opened.result)}`);
  for (let tries = 0; tries < 100; tries++) {
    const tabs = (await bidi.send('browsingContext.getTree', {})).result.contexts ?? [];
    const tab = tabs.find((c) => c.url === url);
    // puppeteer-core keeps the Page it made for the new tab, under the tab's BiDi context id.
    const page = tab && (await browser.pages()).find((p) => (p.mainFrame() as unknown as { _id: string })._id === tab.context);
    if (page) {
      await page.waitForFunction(() => document.readyState === 'complete');
      return page;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${url} did not open`);
}

/** Launches Debian's Firefox ESR (headless unless told otherwise), its requests sent to `proxy`, with `extensionDir` installed temporarily. Fails loudly when Firefox or the build is missing. */
export async function launchFirefoxWithExtension(extensionDir: string, proxy: LoopbackProxy, options: FirefoxOptions = {}): Promise<FirefoxWithExtension> {
  const missing = firefoxMissing();
  if (missing) throw new Error(missing);
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) throw new Error(`${extensionDir} has no manifest.json: run "node build.mjs" first`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: options.headless ?? true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: { ...prefs(proxy.port), ...options.prefs },
    ...(options.extensionPages ? { args: ['--remote-allow-system-access'] } : {}),
    timeout: 30_000,
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    return { browser, extensionId, openExtensionPage: (path) => openExtensionPage(browser, extensionId, path), close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * For one test file: a desk server for `pages`, its loopback proxy and Firefox ESR with the production build (one tab
 * open for the desk pages), started before the file's tests and closed after them. `started` hands them over.
 */
export function firefoxOnDesks(pages: ReadonlyArray<{ url: string; file: string }>, options: FirefoxOptions, started: (firefox: FirefoxWithExtension, desk: Page) => void): void {
  let server: DeskServer | undefined;
  let proxy: LoopbackProxy | undefined;
  let firefox: FirefoxWithExtension | undefined;
  beforeAll(async () => {
    server = await startDeskServer(pages.map(({ url, file }) => ({ url, file })));
    proxy = await startLoopbackProxy(server);
    firefox = await launchFirefoxWithExtension(FIREFOX_EXTENSION_DIR, proxy, options);
    started(firefox, await firefox.browser.newPage());
  }, 60_000);
  afterAll(async () => {
    await firefox?.close();
    await proxy?.close();
    await server?.close();
  });
}

/**
 * Whether Firefox's sidebar is open, and the lesson ids on the cards of each sidebar page, asked from one of the
 * add-on's pages (automation protocols cannot reach the sidebar itself).
 */
export function sidebarSeenFrom(addonPage: Page): Promise<{ open: boolean; lessons: Array<Array<string | null>> }> {
  return addonPage.evaluate(async () => {
    const { browser } = globalThis as unknown as {
      browser: { sidebarAction: { isOpen(details: object): Promise<boolean> }; extension: { getViews(filter: { type: string }): Window[] } };
    };
    const views = browser.extension.getViews({ type: 'sidebar' });
    return { open: await browser.sidebarAction.isOpen({}), lessons: views.map((view) => Array.from(view.document.querySelectorAll('[data-lesson-id]'), (el) => el.getAttribute('data-lesson-id'))) };
  });
}
