// The background injects the content script into desk tabs already open when Extra Mile is installed or updated
// (src/background.ts), which needs host access to them: manifest.json's host_permissions are exactly the content
// script's matches, no broader, so they add no site the content script did not already run on (and no new warning).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(resolve(__dirname, '../manifest.json'), 'utf8')) as {
  host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
};

describe('manifest.json host_permissions', () => {
  it('equal the content scripts’ matches, entry for entry', () => {
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
    expect(matches.length).toBeGreaterThan(0);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...new Set(matches)].sort());
  });
});
