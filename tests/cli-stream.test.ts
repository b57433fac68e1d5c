// suggest --jsonl writes each line as it is ranked and stops ranking once the reader has gone (`| head -1`): the work
// is counted (tickets ranked), never timed. The built CLI's output shapes and exit codes are tests/cli.test.ts's.
import { spawn } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { watchedOutput } from '../src/cli/output';

vi.mock('../src/engine/index', async (importOriginal) => {
  const engine = await importOriginal<typeof import('../src/engine/index')>();
  return { ...engine, suggest: vi.fn(engine.suggest) };
});
const { suggest } = await import('../src/engine/index');
const { main } = await import('../src/cli');

const tickets = (count: number) => Array.from({ length: count }, (_, i) => JSON.stringify({ id: i, text: 'My refund never arrived and nobody replies.' })).join('\n') + '\n';

/** A run of the CLI on `input`, whose reader takes `wanted` lines of standard output and then closes it. */
async function run(args: string[], input: string, wanted = Infinity) {
  const out: string[] = [];
  const err: string[] = [];
  vi.mocked(suggest).mockClear();
  const code = await main(args, {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readStdin: () => input,
    drained: async () => out.join('').split('\n').length - 1 < wanted,
  });
  return { code, out: out.join(''), err: err.join(''), ranked: vi.mocked(suggest).mock.calls.length };
}

describe('suggest --jsonl into a reader that stops early', () => {
  it('ranks only what the reader took before it went, and ends with the exit code of a run', async () => {
    const all = await run(['suggest', '--jsonl', '-'], tickets(50));
    expect(all).toMatchObject({ code: 0, err: '', ranked: 50 });
    const first = await run(['suggest', '--jsonl', '-'], tickets(50), 1);
    expect(first).toMatchObject({ code: 0, err: '', ranked: 1 });
    expect(first.out).toBe(all.out.split('\n')[0] + '\n');
  });

  it('still refuses a bad line before writing or ranking anything', async () => {
    const r = await run(['suggest', '--jsonl', '-'], tickets(3) + '{"id": 3, "text":\n');
    expect(r).toMatchObject({ code: 3, out: '', ranked: 0 });
    expect(r.err).toMatch(/line 4: not valid JSON/);
  });
});

describe('standard output told of a reader that has gone', () => {
  it('says so once a real pipe is closed at the far end, and writes no more to it', async () => {
    // A reader that takes the first chunk and leaves: writes after that fail with EPIPE, as after `| head -1`.
    const reader = spawn(process.execPath, ['-e', 'process.stdin.once("data", () => process.exit(0))'], { stdio: ['pipe', 'ignore', 'ignore'] });
    const failures: Error[] = [];
    const output = watchedOutput(reader.stdin, (error) => failures.push(error));
    const limit = 100_000;
    let written = 0;
    while (written < limit && (await output.drained())) {
      output.write(`${'x'.repeat(100)}\n`);
      written++;
    }
    reader.kill();
    expect(written).toBeLessThan(limit);
    expect(await output.drained()).toBe(false);
    expect(failures).toEqual([]); // a reader gone is no failure
  });
});
