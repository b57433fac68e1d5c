// Reference data that lives beside the project in ../shared (its licences keep it out of this repository): the topic
// vocabulary, the seed articles, the real desk pages. A fresh clone has none of it, so the tests that read it skip,
// each saying in one line what is missing. Set EXTRA_MILE_SHARED=required (as a machine that has ../shared may) to
// make a missing folder a failure instead of a skip.
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { it } from 'vitest';

const PROJECT = resolve(__dirname, '../..');
export const SHARED_DIR = resolve(PROJECT, '../shared');

export interface SharedData {
  /** Absolute path of the file or folder. */
  path: string;
  /** "../shared/TOPICS.md is missing", or undefined when it is there. */
  missing: string | undefined;
}

const announced = new Set<string>();

/** A file or folder under ../shared, and whether it is there. Says once per file, in one line, when it is not. */
export function sharedData(name: string): SharedData {
  const path = resolve(SHARED_DIR, name);
  if (existsSync(path)) return { path, missing: undefined };
  const missing = `${relative(PROJECT, path)} is missing`;
  if (process.env.EXTRA_MILE_SHARED === 'required') throw new Error(`${missing} (EXTRA_MILE_SHARED=required)`);
  if (!announced.has(missing)) {
    announced.add(missing);
    console.warn(`skipped: ${missing}; the tests that read it run where ../shared sits beside the project`);
  }
  return { path, missing };
}

/** `it`, skipped (named with what is missing) unless every one of `names` is under ../shared. */
export function itWithShared(title: string, names: string[], test: (...paths: string[]) => void | Promise<void>): void {
  const data = names.map(sharedData);
  const missing = data.find((d) => d.missing)?.missing;
  if (missing) it.skip(`${title} (${missing})`, () => {});
  else it(title, () => test(...data.map((d) => d.path)));
}
