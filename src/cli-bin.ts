// `node dist/cli.mjs ...`: wires the CLI to the process.
import { readFileSync } from 'node:fs';
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
// Standard error that cannot be written (`2>/dev/full`) loses its message, and nothing else: the run goes on and ends
// with the exit code the README names (2 for a usage error), not with 1 from an uncaught 'error' event.
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit();
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => output.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => {
    if (process.stdin.isTTY) throw new Error('standard input is a terminal: pipe the text in, or pass a FILE');
    return textOf(readFileSync(0));
  },
  drained: () => output.drained(),
});
