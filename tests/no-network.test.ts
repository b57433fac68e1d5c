// The built extension carries no way to reach the network and runs no code it did not ship: no fetch, XHR,
// WebSocket, sendBeacon, eval or new Function, and no remote script or style. (The e2e tests also watch the
// requests of a whole session.)
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = resolve(__dirname, '../dist/chrome');
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(js|html|css|json)$/.test(f));

const FORBIDDEN: Array<[string, RegExp]> = [
  ['fetch()', /(?<![\w$.])fetch\s*\(|\.fetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['EventSource', /EventSource/],
  ['sendBeacon', /sendBeacon/],
  ['eval()', /(?<![\w$.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*["'`]/],
  ['importScripts', /importScripts\s*\(/],
  ['remote script', /<script[^>]+src\s*=\s*["']?(?:https?:)?\/\//i],
  ['remote style', /<link[^>]+href\s*=\s*["']?(?:https?:)?\/\/|@import\s+(?:url\()?["']?(?:https?:)?\/\/|url\(\s*["']?(?:https?:)?\/\//i],
  ['remote module', /import\s*\(\s*["'`]https?:/],
];

describe('the built extension (npm test builds first)', () => {
  it('has files to check', () => {
    expect(files).toEqual(expect.arrayContaining(['manifest.json', 'content.js', 'background.js']));
  });

  it.each(files)('%s uses no network or dynamic-code API', (file) => {
    const text = readFileSync(join(dist, file), 'utf8');
    const found = FORBIDDEN.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
    expect(found).toEqual([]);
  });

  it('the checks would catch each forbidden call', () => {
    const samples = ['fetch("/x")', 'window.fetch(u)', 'new XMLHttpRequest()', 'new WebSocket(u)', 'new EventSource(u)', 'navigator.sendBeacon(u)', 'eval(code)', 'new Function("a", "b")', 'importScripts("x.js")', '<script src="https://cdn.example/x.js">', '<link rel=stylesheet href="//cdn.example/x.css">', '@import url("https://x/y.css")', 'import("https://x/y.js")'];
    for (const sample of samples) expect(FORBIDDEN.some(([, p]) => p.test(sample)), sample).toBe(true);
    for (const fine of ['prefetch(', 'isFunction(x)', 'evaluate(x)', 'https://*.zendesk.com/agent/*']) expect(FORBIDDEN.some(([, p]) => p.test(fine)), fine).toBe(false);
  });
});
