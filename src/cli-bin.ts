// `node dist/cli.mjs ...`: wires the CLI to the process.
import { readFileSync } from 'node:fs';
import { setImmediate } from 'node:timers/promises';
import { main } from './cli';
import { textOf } from './utf16';

// A reader that stops early (`| head`, a closed pager) closes the pipe: the output it wanted has gone out, so the
// tool ends quietly with the exit code it already has, not with Node's "Unhandled 'error' event" stack trace. A
// stream of results (suggest --jsonl) sees it through `drained` and stops ranking; nothing more is written to it.
let stdoutClosed = false;
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    if (stream === process.stdout) stdoutClosed = true;
    else process.exit();
  });
}

/** Waits for a full pipe to take the output (or to close), and one turn of the event loop, where EPIPE is reported. */
async function drained(): Promise<boolean> {
  const out = process.stdout;
  if (out.writableNeedDrain && !stdoutClosed) {
    await new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done).off('error', done).off('close', done);
        resolve();
      };
      out.on('drain', done).on('error', done).on('close', done);
    });
  }
  await setImmediate();
  return !stdoutClosed;
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => {
    if (!stdoutClosed) process.stdout.write(text);
  },
  stderr: (text) => process.stderr.write(text),
  readStdin: () => {
    if (process.stdin.isTTY) throw new Error('no FILE given and standard input is a terminal (pass FILE or pipe text in)');
    return textOf(readFileSync(0));
  },
  drained,
});
