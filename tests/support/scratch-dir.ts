// A folder for one test file's scratch files, removed when that file's tests end: CI machines and
// developers run the suite many times, and each run used to leave its folders in the system's temp.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** Call at a test file's or a describe's top level, not inside a test: the clean-up is an afterAll of that level. */
export function scratchDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `extra-mile-${name}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
