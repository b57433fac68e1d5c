// `node dist/cli.mjs ...`: wires the CLI to the process.
import { readFileSync } from 'node:fs';
import { main } from './cli';

// A reader that stops early (`| head`, a closed pager) closes the pipe: the output it wanted has gone out, so the
// tool ends quietly with the exit code it already has, not with Node's "Unhandled 'error' event" stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit();
    throw error;
  });
}

process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => {
    if (process.stdin.isTTY) throw new Error('no FILE given and standard input is a terminal (pass FILE or pipe text in)');
    return readFileSync(0, 'utf8');
  },
});
