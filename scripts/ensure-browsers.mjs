// Run by `npm test` before vitest (and by `npm start`, for Chromium alone): the e2e tests drive Debian's Chromium at /usr/bin/chromium (or $CHROMIUM_PATH) and
// Debian's Firefox ESR at /usr/bin/firefox-esr (or $FIREFOX_PATH), and the shortcut tests run them headed on an X display
// (Debian's xvfb) and press keys with Debian's xdotool. When one is missing and we are root on Debian (CI on a fresh
// machine), install it with apt-get; otherwise fail with the command to run. A missing one never skips tests.
// Never `npx playwright install` or `npx puppeteer browsers install`: they download browsers, which these machines refuse.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

// The X tools, as tests/e2e/x-display.ts runs them: one list for both.
const xTools = JSON.parse(readFileSync(new URL('./x-tools.json', import.meta.url), 'utf8'));

const browsers = [
  { name: 'Chromium', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', env: 'CHROMIUM_PATH', debianPackage: 'chromium' },
  { name: 'Firefox ESR', path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', env: 'FIREFOX_PATH', debianPackage: 'firefox-esr' },
  // tests/e2e/x-display.ts: a display of their own for the headed browsers, and real key presses on their windows.
  xTools.xvfb,
  xTools.xdotool,
];

// `npm start` needs Chromium alone (`--chromium`): it opens the extension in it, headless where there is no display.
const forStart = process.argv.includes('--chromium');
const wanted = forStart ? browsers.filter((b) => b.debianPackage === 'chromium') : browsers;
const missing = wanted.filter((b) => !existsSync(b.path));
if (missing.length === 0) process.exit(0);

const install = ['apt-get update', `apt-get install -y ${missing.map((b) => b.debianPackage).join(' ')}`];
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');
const pinned = missing.filter((b) => b.env && process.env[b.env]);

if (pinned.length || !isRoot || !isDebian) {
  for (const b of missing) console.error(`ensure-browsers: no ${b.name} at ${b.path}; ${forStart ? 'npm start opens the extension in it' : 'the e2e tests (tests/e2e) need it'}.`);
  for (const b of pinned) console.error(`${b.env} is set: point it at an installed ${b.name}, or unset it to use the Debian package.`);
  if (!pinned.length && isDebian) console.error(`Install as root: sudo sh -c '${install.join(' && ')}'`);
  else if (!pinned.length) {
    const settable = missing.filter((b) => b.env);
    console.error(`Install ${missing.map((b) => b.name).join(' and ')} with your system package manager${settable.length ? ` and set ${settable.map((b) => b.env).join(' / ')} to the executable` : ''}.`);
  }
  process.exit(1);
}

console.log(`ensure-browsers: no ${missing.map((b) => `${b.name} at ${b.path}`).join(', ')}; installing Debian's packages as root:`);
for (const command of install) {
  console.log(`  $ ${command}`);
  execFileSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
const still = missing.filter((b) => !existsSync(b.path));
if (still.length) {
  console.error(`ensure-browsers: apt-get finished but ${still.map((b) => b.path).join(', ')} is still missing.`);
  process.exit(1);
}
console.log(`ensure-browsers: installed ${missing.map((b) => b.path).join(', ')}`);
