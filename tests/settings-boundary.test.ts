// src/settings/ is the only code that touches extension storage, and the rest reaches it only through its public
// entries: index.ts (the full API), light.ts (the popup's and the side panel's part) and defaults.ts (the content
// script's defaults and shared types, without imports).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const PUBLIC_ENTRIES = new Set(['settings', 'settings/index', 'settings/light', 'settings/defaults']);

/** The extension's and the CLI's sources, outside src/settings/. */
function sources(): string[] {
  return ['src', 'content', 'panel', 'popup', 'options']
    .flatMap((dir) => readdirSync(resolve(root, dir), { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file)))
    .filter((file) => /\.tsx?$/.test(file) && !file.startsWith(join('src', 'settings')));
}

describe('the settings boundary', () => {
  it('leaves extension storage to src/settings/', () => {
    const touching = sources().filter((file) => /\bstorage\s*\.\s*(sync|local|session|managed|onChanged)\b/.test(readFileSync(resolve(root, file), 'utf8')));
    expect(touching).toEqual([]);
  });

  it('is reached only through its public entries', () => {
    const around: string[] = [];
    for (const file of sources()) {
      // Static, side-effect and dynamic imports, in any quotes (a review: `import('../settings/x')` passed unseen).
      for (const [, , path] of readFileSync(resolve(root, file), 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*(['"`])([^'"`]*\/settings(?:\/[^'"`]*)?)\1/g)) {
        const target = relative(resolve(root, 'src'), resolve(root, file, '..', path!)).replace(/\\/g, '/');
        if (!PUBLIC_ENTRIES.has(target)) around.push(`${file}: ${path}`);
      }
    }
    expect(around).toEqual([]);
  });
});
