// `node dist/cli.mjs ...`: wires the CLI to the process.
import { readSync } from 'node:fs';
import { isatty } from 'node:tty';
import { EXIT, main } from './cli';
import { watchedOutput } from './cli/output';
import { textOf } from './utf16';

// A reader that stops early (`| head`, a closed pager) closes the pipe: the output it wanted has gone out, so the
// tool ends quietly with the exit code it already has, not with Node's "Unhandled 'error' event" stack trace. A
// stream of results (suggest --jsonl) sees it through `drained` and stops ranking; nothing more is written to it.
// Output that cannot be written at all (a full disk, `> /dev/full`) ends the run in one line, with its own exit code.
const output = watchedOutput(process.stdout, (error) => {
  process.stderr.write(`extra-mile: cannot write the output: ${error.message}\n`);
  process.exit(EXIT.output);
});
// Standard error that cannot be written (`2>/dev/full`, or a reader that has left) loses its message, and nothing else:
// the run goes on and ends with the exit code the README names (2 for a usage error), not with 1 from an uncaught
// 'error' event. Never an exit from here: one on a closed pipe ended a `suggest --jsonl` stream after its first line,
// with exit 0.
process.stderr.on('error', () => undefined);

/**
 * All of standard input, read as it comes. Not readFileSync(0): on a pipe Node had opened as process.stdin (to ask
 * isTTY) the descriptor is non-blocking, and a writer that had not written yet ("(sleep 1; echo …) | extra-mile") made
 * it fail with EAGAIN, exit 3. Here the descriptor is never opened as a stream, and where another process left it
 * non-blocking, an empty read waits 10 ms and tries again.
 */
function readAllStdin(): Buffer {
  const chunks: Buffer[] = [];
  const chunk = Buffer.alloc(1 << 16);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    let read: number;
    try {
      read = readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break;
      throw error;
    }
    if (read === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, read)));
  }
  return Buffer.concat(chunks);
}

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => output.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => {
    if (isatty(0)) throw new Error('standard input is a terminal: pipe the text in, or pass a FILE');
    return textOf(readAllStdin());
  },
  drained: () => output.drained(),
});
