// The background injects the content script into desk tabs already open when Extra Mile is installed or updated
// (src/background/open-tabs.ts), which needs host access to them: the built manifest's host_permissions are exactly the content
// script's matches, no broader, so they add no site the content script did not already run on (and no new warning).
// Both are written by the build from the adapters' patterns (src/adapters/hosts.ts).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe.each(['chrome', 'firefox'])('dist/%s/manifest.json host_permissions', (build) => {
  it('equal the content scripts’ matches, entry for entry', () => {
    const file = resolve(__dirname, '../dist', build, 'manifest.json');
    if (!existsSync(file)) throw new Error(`dist/${build} is missing: run "node build.mjs" first`);
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { host_permissions?: string[]; content_scripts?: { matches?: string[] }[] };
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
    expect(matches.length).toBeGreaterThan(0);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...new Set(matches)].sort());
  });
});
