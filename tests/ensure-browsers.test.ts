// scripts/ensure-browsers.mjs: `npm test` needs both browsers and the X tools, `npm start` Chromium alone. Pinned to
// paths that do not exist (as $CHROMIUM_PATH / $FIREFOX_PATH pin them), it names what is missing and installs nothing.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = resolve(__dirname, '../scripts/ensure-browsers.mjs');
const run = (args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', FIREFOX_PATH: '/nonexistent/firefox-esr' } });

describe('ensure-browsers', () => {
  it('for the tests, names both browsers missing', () => {
    const r = run([]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no Chromium at /nonexistent/chromium');
    expect(r.stderr).toContain('no Firefox ESR at /nonexistent/firefox-esr');
  });

  it('for npm start (--chromium), names Chromium alone', () => {
    const r = run(['--chromium']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no Chromium at /nonexistent/chromium; npm start opens the extension in it');
    expect(r.stderr).not.toContain('Firefox');
  });
});
