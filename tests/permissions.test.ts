// What the built extension asks the browser for: every permission and host pattern of both store builds has its row in
// the README's Permissions table, and none is broader than the features need.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
}

const BUILDS = ['chrome', 'firefox'] as const;
const manifest = (build: string) => JSON.parse(readFileSync(resolve(ROOT, 'dist', build, 'manifest.json'), 'utf8')) as Manifest;

/** Everything a manifest asks for, as `key: entry`. */
function asks(m: Manifest): string[] {
  return [
    ...(m.permissions ?? []).map((p) => `permissions: ${p}`),
    ...(m.optional_permissions ?? []).map((p) => `optional_permissions: ${p}`),
    ...(m.host_permissions ?? []).map((p) => `host_permissions: ${p}`),
    ...(m.optional_host_permissions ?? []).map((p) => `optional_host_permissions: ${p}`),
    ...(m.content_scripts ?? []).flatMap((c) => c.matches.map((p) => `content_scripts matches: ${p}`)),
  ];
}

/** The README's Permissions table: each row's code spans in the first column, under the key named in the second (rows marked "Chrome only" count for Chrome's build alone). */
function readmeRows(build: (typeof BUILDS)[number]): string[] {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Permissions\n');
  expect(start, 'README has a "## Permissions" section').toBeGreaterThan(0);
  const section = readme.slice(start + 1, readme.indexOf('\n## ', start + 1));
  const spans = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => {
      const [, what = '', key = '', why = ''] = line.split('|').map((c) => c.trim());
      expect(why.length, `a reason for ${what}`).toBeGreaterThan(40);
      const keyName = spans(key).join(' ');
      if (build !== 'chrome' && /Chrome only/.test(key)) return [];
      return spans(what).map((entry) => `${keyName}: ${entry}`);
    });
}

describe.each(BUILDS)('dist/%s/manifest.json', (build) => {
  it('asks for nothing the README does not explain, and the README lists nothing it does not ask for', () => {
    expect([...new Set(asks(manifest(build)))].sort()).toEqual([...new Set(readmeRows(build))].sort());
  });

  it('grants no site at install beyond the hosted desks: broad patterns are optional only, and no all-sites or tabs permission', () => {
    const m = manifest(build);
    const installed = [...(m.host_permissions ?? []), ...(m.content_scripts ?? []).flatMap((c) => c.matches)];
    for (const pattern of installed) {
      expect(pattern, 'a named host, HTTPS').toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\//);
      expect(pattern).not.toMatch(/^https:\/\/\*\//);
    }
    expect(m.permissions ?? []).not.toEqual(expect.arrayContaining(['tabs']));
    expect(asks(m).some((a) => a.includes('<all_urls>'))).toBe(false);
    expect(m.optional_permissions ?? []).toEqual([]);
  });
});
