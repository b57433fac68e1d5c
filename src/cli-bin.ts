// `node dist/cli.mjs ...`: wires the CLI to the process.
import { readFileSync } from 'node:fs';
import { main } from './cli';

process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => {
    if (process.stdin.isTTY) throw new Error('no FILE given and standard input is a terminal (pass FILE or pipe text in)');
    return readFileSync(0, 'utf8');
  },
});
