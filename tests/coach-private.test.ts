// The draft is the agent's unsent words: the coach's code can neither keep nor send it. It imports no storage,
// messaging or browser module and names no network or storage API; the only state it keeps is compiled patterns.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = resolve(__dirname, '../src/coach');
const sources = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);

describe('the reply coach keeps drafts private', () => {
  it('imports nothing that stores, sends or talks to the extension', () => {
    expect(sources.length).toBeGreaterThanOrEqual(6);
    for (const [file, text] of sources) {
      const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const spec of imports) expect(spec, file).not.toMatch(/settings|browser|messages|background|webextension|node:/);
    }
  });

  it('names no network or storage API', () => {
    const banned = /\b(?:fetch|XMLHttpRequest|WebSocket|sendBeacon|EventSource|localStorage|sessionStorage|indexedDB|caches|postMessage|chrome\.|browser\.)/;
    for (const [file, text] of sources) expect(text.replace(/^\s*\/\/.*$/gm, ''), file).not.toMatch(banned);
  });
});
