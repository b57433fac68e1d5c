// The store packages `node build.mjs` writes: dist/extra-mile-chrome.zip (Chrome Web Store) holds exactly dist/chrome,
// dist/extra-mile-firefox.zip (addons.mozilla.org) exactly dist/firefox. Neither carries the e2e tests' hosts, a source
// map, or a path of the machine that built it, and the Firefox manifest differs from Chrome's only where Firefox
// reads manifests differently.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deskMatchPatterns } from '../src/adapters/hosts';

const ROOT = resolve(__dirname, '..');
const dist = (path: string) => resolve(ROOT, 'dist', path);
const TEST_HOST = '*.example.org';

type Manifest = Record<string, unknown> & {
  background: { service_worker?: string; scripts?: string[] };
  content_scripts: { matches: string[] }[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  browser_specific_settings?: { gecko?: Record<string, unknown>; gecko_android?: Record<string, unknown> };
};

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

const PACKAGES = [
  { name: 'extra-mile-chrome.zip', dir: 'chrome' },
  { name: 'extra-mile-firefox.zip', dir: 'firefox' },
] as const;

const unzipped = new Map<string, ReturnType<typeof unzipSync>>(PACKAGES.map((p) => [p.name, unzipSync(readFileSync(dist(p.name)))]));
const entries = (name: string) => unzipped.get(name)!;
const manifestOf = (name: string) => JSON.parse(new TextDecoder().decode(entries(name)['manifest.json'])) as Manifest;

/** Strings that would name the build machine: the project folder, the home and temp folders, and absolute paths in general. */
const MACHINE_PATHS = [ROOT, homedir(), tmpdir(), resolve(ROOT, 'node_modules')].filter((p) => p.length > 1);
/** A machine path as a path, not as four letters inside base64 data (the model's bytes), where "/tmp" turns up by chance. */
const machinePath = (path: string) => new RegExp(`(?<![A-Za-z0-9+/])${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const ABSOLUTE_PATH = /(?:file:\/\/\/|(?<![\w.:/])\/(?:home|root|tmp|work|Users|var|opt|builds?|runner|github)\/|[A-Z]:\\\\)/;

describe.each(PACKAGES)('$name', ({ name, dir }) => {
  it(`holds exactly the files of dist/${dir}, byte for byte, with manifest.json at the top`, () => {
    const zip = entries(name);
    expect(Object.keys(zip).sort()).toEqual(filesIn(dist(dir)));
    expect(zip['manifest.json']).toBeDefined();
    for (const [file, bytes] of Object.entries(zip)) expect(Buffer.from(bytes).equals(readFileSync(join(dist(dir), file))), file).toBe(true);
  });

  it('has no source map and no reference to one', () => {
    const zip = entries(name);
    expect(Object.keys(zip).filter((f) => f.endsWith('.map'))).toEqual([]);
    const referencing = Object.entries(zip).filter(([, bytes]) => /sourceMappingURL|sourceURL=/.test(new TextDecoder().decode(bytes)));
    expect(referencing.map(([f]) => f)).toEqual([]);
  });

  it('names no path of the machine that built it', () => {
    for (const [file, bytes] of Object.entries(entries(name))) {
      const text = new TextDecoder().decode(bytes);
      for (const path of MACHINE_PATHS) expect(machinePath(path).test(text), `${file} contains ${path}`).toBe(false);
      expect(text.match(ABSOLUTE_PATH)?.[0], `${file} contains an absolute path`).toBeUndefined();
      expect(text.includes('node_modules'), `${file} names node_modules`).toBe(false);
    }
  });

  it("carries none of the e2e tests' hosts (dist/chrome-test's *.example.org)", () => {
    const manifest = manifestOf(name);
    const patterns = [...manifest.content_scripts.flatMap((c) => c.matches), ...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
    expect(patterns.filter((p) => p.includes('example.org'))).toEqual([]);
    for (const [file, bytes] of Object.entries(entries(name))) expect(new TextDecoder().decode(bytes).includes(TEST_HOST), file).toBe(false);
    // The test build really has them, so the check above is looking at the right thing.
    expect(readFileSync(dist('chrome-test/manifest.json'), 'utf8')).toContain(TEST_HOST);
  });
});

describe('the per-browser manifests', () => {
  const source = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as Manifest;
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
  const chrome = manifestOf('extra-mile-chrome.zip');
  const firefox = manifestOf('extra-mile-firefox.zip');

  it("Chrome's is manifest.json with the package's version and the desks' hosts from the adapters", () => {
    const desks = deskMatchPatterns();
    const [script, ...others] = source.content_scripts;
    expect(chrome).toEqual({ ...source, version: pkg.version, host_permissions: desks, content_scripts: [{ ...script, matches: desks }, ...others] });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it("Firefox's differs from Chrome's only where Firefox reads it differently", () => {
    const { minimum_chrome_version, storage, background, side_panel, permissions, commands, action, ...common } = chrome;
    expect(minimum_chrome_version).toBeDefined();
    expect(storage).toEqual({ managed_schema: 'managed_schema.json' });
    const { browser_specific_settings, background: firefoxBackground, sidebar_action, permissions: firefoxPermissions, commands: firefoxCommands, action: firefoxAction, ...firefoxCommon } = firefox;
    expect(firefoxCommon).toEqual(common);
    // The side panel is Firefox's sidebar (the same page), which only Firefox's own UI opens: the shortcut opens it.
    expect(sidebar_action).toEqual({ default_panel: (side_panel as { default_path: string }).default_path, default_title: (chrome.action as { default_title: string }).default_title, open_at_install: false });
    // The toolbar button starts on the toolbar, not in the Extensions menu, so its badge is seen.
    expect(firefoxAction).toEqual({ ...(action as object), default_area: 'navbar' });
    expect(firefoxPermissions).toEqual((permissions as string[]).filter((p) => p !== 'sidePanel'));
    expect(firefoxCommands).toEqual({ _execute_sidebar_action: (commands as Record<string, unknown>)['toggle-sidebar'] });
    // An event page: Firefox ignores service_worker (web-ext lint warns about it), so only the script is named.
    expect(firefoxBackground).toEqual({ scripts: [background.service_worker] });
    expect(browser_specific_settings).toEqual({
      gecko: { id: expect.any(String), strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  it('gives Firefox an add-on id in the form addons.mozilla.org accepts', () => {
    expect(firefox.browser_specific_settings?.gecko?.id).toMatch(/^[a-zA-Z0-9-._]*@[a-zA-Z0-9-._]+$/);
  });

  it('leaves the policy schema, which only Chrome reads, out of the Firefox package; every other file is the same', () => {
    const chromeFiles = Object.keys(entries('extra-mile-chrome.zip')).sort();
    const firefoxFiles = Object.keys(entries('extra-mile-firefox.zip')).sort();
    expect(chromeFiles.filter((f) => !firefoxFiles.includes(f))).toEqual(['managed_schema.json']);
    expect(firefoxFiles.filter((f) => !chromeFiles.includes(f))).toEqual([]);
    // Same code in both: what tests/no-network.test.ts and tests/bundle.test.ts prove of dist/chrome holds for Firefox.
    for (const file of firefoxFiles.filter((f) => f !== 'manifest.json')) {
      expect(Buffer.from(entries('extra-mile-firefox.zip')[file]!).equals(Buffer.from(entries('extra-mile-chrome.zip')[file]!)), file).toBe(true);
    }
  });
});
