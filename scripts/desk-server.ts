// Real browser, real hostnames, no internet: fixture pages are served over HTTPS on loopback and Chromium's
// host resolver maps the desks' real hostnames there, so the production manifest's match patterns are what is tested.
// Shared by the e2e tests (tests/e2e/harness.ts), `npm start` (scripts/start.ts) and scripts/screenshots.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { connectSidePanel } from './side-panel';

/** The project folder: the nearest package.json above this file (scripts/ in tests, dist/tools/ when bundled). */
export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(ROOT, 'dist/chrome');
/** The production extension plus content-script matches and host access for https://*.example.org/* (self-hosted desks). */
export const TEST_EXTENSION_DIR = resolve(ROOT, 'dist/chrome-test');

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '..');
  }
}

/** One page the desk server serves: a fixture file (or literal HTML) at a real desk URL. */
export interface Route {
  url: string;
  /** Path under the project folder. */
  file?: string;
  /** The page itself, when it is not a file (the demo's index page). */
  body?: string;
  /** HTML added just before </body>: a desk's own late script (an AJAX load, say). */
  inject?: string;
  /** Extra response headers (a strict CSP, for instance). */
  headers?: Record<string, string>;
  /** Sends the page but ends the response only after this long: a page still loading, shown but not yet parsed to
   * its end, where no content script has started. */
  stallMs?: number;
  /** Closes the connection without a response: Chromium shows its error page (ERR_EMPTY_RESPONSE), where no
   * extension runs, at the desk's URL. */
  empty?: boolean;
}

export interface DeskServer {
  port: number;
  /** Hostnames the server answers for, for Chromium's --host-resolver-rules. */
  hosts: string[];
  /** Adds or replaces the page at a URL while the server runs (a desk changing under the agent). */
  set(route: Route): void;
  close(): Promise<void>;
}

function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'extra-mile-cert-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=extra-mile-test', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function page(route: Route): string {
  const html = route.body ?? readFileSync(resolve(ROOT, route.file ?? ''), 'utf8');
  if (!route.inject) return html;
  const end = html.lastIndexOf('</body>');
  return end < 0 ? html + route.inject : html.slice(0, end) + route.inject + html.slice(end);
}

/** Serves the routes over HTTPS on 127.0.0.1 (a random port), with a throwaway self-signed certificate. */
export async function startDeskServer(routes: Route[]): Promise<DeskServer> {
  const table = new Map<string, Route>();
  const key = (url: URL) => `${url.hostname}${url.pathname}`;
  const set = (route: Route) => table.set(key(new URL(route.url)), route);
  routes.forEach(set);
  const server: Server = createServer(selfSignedCertificate(), (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
    const route = table.get(key(url));
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture for ${url.href}`);
      return;
    }
    if (route.empty) {
      req.socket.destroy();
      return;
    }
    try {
      const body = page(route);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...route.headers });
      if (route.stallMs) {
        res.write(body);
        setTimeout(() => res.end(), route.stallMs);
      } else res.end(body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    get hosts() {
      return [...new Set([...table.values()].map((r) => new URL(r.url).hostname))];
    },
    set,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export function chromiumMissing(): string | null {
  if (existsSync(CHROMIUM)) return null;
  return (
    `Chromium not found at ${CHROMIUM}. Install Debian's chromium: sudo apt-get update && sudo apt-get install -y chromium ` +
    `(npm test does this itself when run as root; set CHROMIUM_PATH to use another Chromium). Never "npx playwright install".`
  );
}

export interface LaunchOptions {
  /** Default true. Headed needs a display ($DISPLAY). */
  headless?: boolean;
  /** Hostnames to map to the server besides those it already serves. */
  extraHosts?: string[];
  viewport?: { width: number; height: number };
  /** Let Playwright close Chromium on Ctrl+C (the default); false when the caller handles the signals itself. */
  handleSignals?: boolean;
  /** A profile folder to use and keep, to relaunch the same browser later; by default a fresh one, removed on close. */
  profile?: string;
  /** More Chromium flags. */
  args?: string[];
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker (the current one, after a reload): chrome.* APIs can be called in it. */
  readonly worker: Worker;
  close(): Promise<void>;
}

/** Launches Debian's Chromium with the unpacked extension; fails loudly when Chromium or the build is missing. */
export async function launchWithExtension(extensionDir: string, server: DeskServer, options: LaunchOptions = {}): Promise<Browser> {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`${extensionDir} has no manifest.json: run "node build.mjs" first`);
  const keepProfile = options.profile !== undefined;
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'extra-mile-profile-'));
  // Developer mode, as for anyone loading an unpacked build: without it chrome.runtime.reload() disables a
  // command-line extension (DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION) instead of reloading it.
  if (!existsSync(join(profile, 'Default', 'Preferences'))) {
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  }
  const hosts = [...new Set([...server.hosts, ...(options.extraHosts ?? [])])];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: options.headless ?? true,
      handleSIGINT: options.handleSignals ?? true,
      handleSIGTERM: options.handleSignals ?? true,
      ignoreHTTPSErrors: true,
      viewport: options.viewport ?? { width: 1280, height: 720 },
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(', ')}, EXCLUDE localhost`,
        ...(options.args ?? []),
      ],
    });
  } catch (error) {
    if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const extensionId = new URL(first.url()).host;
  return {
    context,
    extensionId,
    get worker() {
      return context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ?? first;
    },
    async close() {
      try {
        await context.close();
      } finally {
        if (!keepProfile) rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}

/**
 * A screenshot of a desk page with Extra Mile's side panel beside it, as the agent sees them: the panel is opened from
 * the in-page pointer and captured over the DevTools protocol (it is not one of the context's pages) at the size the
 * browser gives it; the page takes the rest of `width`, at the panel's height, and the two are laid side by side.
 */
export async function screenshotSidebar(context: BrowserContext, url: string, file: string, viewport = { width: 1280, height: 800 }): Promise<void> {
  const page = await context.newPage();
  const sheet = await context.newPage();
  try {
    await page.setViewportSize(viewport);
    await page.bringToFront();
    await page.goto(url);
    const pointer = page.locator('extra-mile-sidebar[data-state="ready"] button');
    await pointer.waitFor({ state: 'visible', timeout: 15_000 });
    await pointer.click();
    const panel = await connectSidePanel(context, page);
    let panelPng: string;
    let size: { width: number; height: number };
    try {
      const ready = `document.querySelectorAll('[data-lesson-id]').length > 0 && innerWidth > 0 ? { width: innerWidth, height: innerHeight } : null`;
      for (const started = Date.now(); !(size = (await panel.evaluate<{ width: number; height: number } | null>(ready))!); await page.waitForTimeout(50)) {
        if (Date.now() - started > 10_000) throw new Error('the side panel showed no suggestions');
      }
      await panel.evaluate('document.fonts.ready.then(() => true)');
      panelPng = (await panel.call<{ data: string }>('Page.captureScreenshot', { format: 'png' })).data;
    } finally {
      await panel.detach();
    }
    // The desk gets what the panel leaves of the window; the pointer re-places itself on the next frames.
    await page.setViewportSize({ width: viewport.width - size.width, height: size.height });
    await page.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))));
    const deskPng = (await page.screenshot()).toString('base64');
    await sheet.setViewportSize({ width: viewport.width, height: size.height });
    await sheet.setContent(
      `<body style="margin:0;display:flex;background:#fff"><img src="data:image/png;base64,${deskPng}" width="${viewport.width - size.width}" height="${size.height}">` +
        `<img src="data:image/png;base64,${panelPng}" width="${size.width}" height="${size.height}" style="box-sizing:border-box;border-left:1px solid #c8ccd0"></body>`,
    );
    mkdirSync(dirname(file), { recursive: true });
    await sheet.screenshot({ path: file });
  } finally {
    await sheet.close();
    await page.close();
  }
}
