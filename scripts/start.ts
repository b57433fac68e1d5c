// `npm start`: see Extra Mile work in one command, with no help-desk account and no internet. Serves every desk
// fixture at its real address on a local HTTPS server, plus an index page at https://demo.example.org/, and opens
// Chromium with the test build (dist/chrome-test) loaded and the index open. Headed when there is a display;
// otherwise headless, with a screenshot of the Zendesk demo in dist/demo.png.
//   node dist/tools/start.mjs [--screenshot-only] [--headless]
import { resolve } from 'node:path';
import { DESK_PAGES, RT_DELAYED_HISTORY, rtHistoryLoader, type DeskPage } from './desk-pages';
import { EXTENSION_DIR, ROOT, TEST_EXTENSION_DIR, chromiumMissing, launchWithExtension, screenshotSidebar, startDeskServer, type Route } from './desk-server';

const INDEX_URL = 'https://demo.example.org/';
const SCREENSHOT = resolve(ROOT, 'dist/demo.png');

const args = new Set(process.argv.slice(2));
const screenshotOnly = args.has('--screenshot-only');
const headless = screenshotOnly || args.has('--headless') || !process.env.DISPLAY;

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function indexPage(pages: readonly (Pick<DeskPage, 'name' | 'url' | 'about' | 'build'>)[]): string {
  const rows = (build: DeskPage['build']) =>
    pages
      .filter((p) => p.build === build)
      .map((p) => `<li><a href="${escape(p.url)}">${escape(p.name)}</a> — ${escape(p.about)}<br><small>${escape(p.url)}</small></li>`)
      .join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Extra Mile demo desks</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem;color:#1f2328}small{color:#57606a}li{margin:.6rem 0}code{background:#f6f8fa;padding:0 .3em}</style>
</head><body>
<header><h1>Extra Mile: demo desks</h1>
<p>Each link opens a saved help-desk ticket page at the desk's real address. This browser sends those addresses to a
server on your own machine (nothing goes to the internet), and has the extension loaded from <code>dist/chrome-test</code>.
Open a ticket: Extra Mile reads it, a small pointer in the page gives the number of suggestions and the top lesson,
and the browser's side panel (click the pointer or the toolbar button, or press Alt+Shift+M) shows them. Try Insert,
Helpful, Not relevant (then Undo), and type a reply to see the checklist.</p></header>
<section><h2>Hosted desks</h2><ul>
${rows('chrome')}
</ul></section>
<section><h2>Self-hosted desks and any other page</h2>
<p>The store build only runs on these once the agent switches them on; the test build runs on every <code>*.example.org</code> page
(which is also why Extra Mile reads this index page, with the generic reader).</p><ul>
${rows('chrome-test')}
</ul></section>
</body></html>`;
}

async function main(): Promise<number> {
  const missing = chromiumMissing();
  if (missing) {
    console.error(`npm start: ${missing}`);
    console.error(`Or load the unpacked extension by hand: open chrome://extensions, turn on Developer mode, "Load unpacked", and pick ${EXTENSION_DIR}`);
    return 1;
  }

  const delayed = { name: RT_DELAYED_HISTORY.name, url: RT_DELAYED_HISTORY.url, about: RT_DELAYED_HISTORY.about, build: 'chrome-test' as const };
  const routes: Route[] = [
    ...DESK_PAGES.map((p) => ({ url: p.url, file: p.file })),
    // Request Tracker's ticket page loads its history a second after the page, as the real one does by AJAX.
    { url: RT_DELAYED_HISTORY.url, file: RT_DELAYED_HISTORY.file, inject: rtHistoryLoader(1000) },
    { url: RT_DELAYED_HISTORY.historyUrl, file: RT_DELAYED_HISTORY.historyFile },
    { url: INDEX_URL, body: indexPage([...DESK_PAGES, delayed]) },
  ];
  const server = await startDeskServer(routes);
  const browser = await launchWithExtension(TEST_EXTENSION_DIR, server, { headless, viewport: { width: 1280, height: 800 }, handleSignals: false });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await browser.close().catch(() => undefined);
    await server.close().catch(() => undefined);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(INDEX_URL);
  console.log(`Demo desks: ${INDEX_URL} (served on 127.0.0.1:${server.port}; Chromium maps the desks' real hostnames there)`);
  console.log(`Extension: ${TEST_EXTENSION_DIR} (store build: ${EXTENSION_DIR})`);

  if (headless) {
    const zendesk = DESK_PAGES.find((p) => p.desk === 'zendesk')!;
    await screenshotSidebar(browser.context, zendesk.url, SCREENSHOT);
    if (!process.env.DISPLAY) console.log('No display ($DISPLAY is not set), so Chromium runs headless.');
    console.log(`Screenshot of the Zendesk demo with the side panel: ${SCREENSHOT}`);
    if (screenshotOnly) {
      await stop(0);
      return 0;
    }
  } else {
    // Closing the browser window ends the demo.
    browser.context.on('close', () => void stop(0));
  }
  console.log('Running. Press Ctrl+C to stop.');
  return new Promise<number>(() => undefined); // until Ctrl+C
}

main().then(
  (code) => {
    if (code) process.exit(code);
  },
  (error: unknown) => {
    console.error('npm start failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
