// A real X display for the e2e tests that press real keys: Debian's Xvfb on a display number of its own choosing
// (-displayfd, so tests running side by side never share one), and xdotool to find the browser's window and press keys
// on it. Browser automation protocols send keys to the page, not to the browser window, so they never reach the
// browser's own shortcuts (the extension's commands); keys pressed on the X window do. Fails loudly, never skips.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
// Where Debian puts them, and their packages: scripts/ensure-browsers.mjs installs them from the same list.
import xTools from '../../scripts/x-tools.json';

const run = promisify(execFile);
const XVFB = xTools.xvfb.path;
const XDOTOOL = xTools.xdotool.path;

export interface XDisplay {
  /** ":N", for the browser's DISPLAY. */
  name: string;
  /** The id of the first visible window whose class matches `windowClass` (waits up to 15 s for it to appear). */
  window(windowClass: string): Promise<string>;
  /** Presses `keys` (xdotool names: "alt+shift+m", "x") on `window`, as a keyboard would. */
  press(window: string, keys: string): Promise<void>;
  /** A real left click at (x, y) on the screen. */
  click(x: number, y: number): Promise<void>;
  close(): Promise<void>;
}

function missingTools(): string | null {
  const missing = [xTools.xvfb, xTools.xdotool].filter((tool) => !existsSync(tool.path));
  if (!missing.length) return null;
  const packages = missing.map((tool) => tool.debianPackage);
  return (
    `${missing.map((tool) => tool.path).join(' and ')} not found: this test presses real keys in a browser window on an X display. ` +
    `Install Debian's ${packages.join(' and ')}: sudo apt-get install -y ${packages.join(' ')} ` +
    `(npm test does this itself when run as root).`
  );
}

/** Starts Xvfb at 1366×768 and resolves once it accepts clients; rejects with Xvfb's own words when it cannot start. */
export async function startDisplay(): Promise<XDisplay> {
  const missing = missingTools();
  if (missing) throw new Error(missing);
  // fd 3: Xvfb writes the display number there once it is ready for clients.
  const xvfb: ChildProcess = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1366x768x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let stderr = '';
  xvfb.stderr!.on('data', (chunk) => (stderr += chunk));
  const name = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => fail(`no display number after 15 s`), 15_000);
    function fail(why: string) {
      clearTimeout(timer);
      xvfb.kill();
      reject(new Error(`the X display could not start (${why}): ${stderr.trim() || 'Xvfb printed nothing'}`));
    }
    xvfb.on('error', (error) => fail(error.message));
    xvfb.on('exit', (code, signal) => fail(`Xvfb exited with ${signal ?? code}`));
    xvfb.stdio[3]!.on('data', (chunk) => {
      out += chunk;
      const number = /^(\d+)\n/.exec(out)?.[1];
      if (number === undefined) return;
      clearTimeout(timer);
      xvfb.removeAllListeners('exit');
      resolve(`:${number}`);
    });
  });
  const env = { ...process.env, DISPLAY: name };
  const xdotool = async (...args: string[]) => (await run(XDOTOOL, args, { env, timeout: 20_000 })).stdout.trim();
  return {
    name,
    async window(windowClass) {
      // --sync waits until such a window is mapped; the timeout turns a window that never shows into an error.
      const ids = await run(XDOTOOL, ['search', '--sync', '--onlyvisible', '--class', windowClass], { env, timeout: 15_000 }).then(
        (r) => r.stdout.trim().split('\n'),
        (error: Error) => {
          throw new Error(`no visible ${windowClass} window on ${name} within 15 s: ${error.message}`);
        },
      );
      return ids[0]!;
    },
    async press(window, keys) {
      await xdotool('key', '--window', window, keys);
    },
    async click(x, y) {
      await xdotool('mousemove', '--sync', String(Math.round(x)), String(Math.round(y)), 'click', '1');
    },
    close: () =>
      new Promise<void>((done) => {
        if (xvfb.exitCode !== null || xvfb.signalCode !== null) return done();
        xvfb.once('exit', () => done());
        xvfb.kill();
      }),
  };
}

/** A manifest shortcut ("Alt+Shift+M") as xdotool names its keys ("alt+shift+m"). */
export function xdotoolKeys(shortcut: string): string {
  return shortcut
    .split('+')
    .map((key) => ({ Ctrl: 'ctrl', Alt: 'alt', Shift: 'shift', MacCtrl: 'ctrl', Command: 'super' })[key] ?? key.toLowerCase())
    .join('+');
}
