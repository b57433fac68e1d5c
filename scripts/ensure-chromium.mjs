// Run by `npm test` before vitest: the e2e tests drive Debian's Chromium at /usr/bin/chromium (or $CHROMIUM_PATH).
// When it is missing and we are root on Debian (CI on a fresh machine), install it with apt-get; otherwise fail
// with the command to run. Never `npx playwright install`: it downloads a browser, which these machines refuse.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) process.exit(0);

const install = ['apt-get update', 'apt-get install -y chromium'];
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');

if (process.env.CHROMIUM_PATH || !isRoot || !isDebian) {
  console.error(`ensure-chromium: no Chromium at ${chromium}; the e2e tests (tests/e2e) need it.`);
  if (process.env.CHROMIUM_PATH) console.error('CHROMIUM_PATH is set: point it at an installed Chromium, or unset it to use /usr/bin/chromium.');
  else if (isDebian) console.error(`Install it as root: sudo sh -c '${install.join(' && ')}'`);
  else console.error('Install Chromium with your system package manager and set CHROMIUM_PATH to its executable.');
  process.exit(1);
}

console.log(`ensure-chromium: no Chromium at ${chromium}; installing Debian's package as root:`);
for (const command of install) {
  console.log(`  $ ${command}`);
  execFileSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
if (!existsSync(chromium)) {
  console.error(`ensure-chromium: apt-get finished but ${chromium} is still missing.`);
  process.exit(1);
}
console.log(`ensure-chromium: installed ${chromium}`);
