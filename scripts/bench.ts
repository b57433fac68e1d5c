// `npm run bench`: how fast rank() is and how it grows with the ticket, against a bare tokenising pass and the
// naive whole-ticket fuse.js query, on tickets built from the dev set's real texts. Prints figures; asserts nothing.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import { BUILTIN_LESSONS } from '../src/lessons/index';
import { buildIndex, rank } from '../src/matcher/index';
import { tokenize } from '../src/matcher/tokenize';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const evalFile = resolve(repo, '../shared/eval/tickets-dev.jsonl');
if (!existsSync(evalFile)) {
  console.error(`bench: ${evalFile} not found; the benchmark builds its tickets from the dev set's texts.`);
  process.exit(3);
}
const texts = readFileSync(evalFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

/** Distinct tickets of about `size` characters: dev-set texts joined as messages, each ticket starting elsewhere. */
function tickets(size: number, count: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const parts: string[] = [];
    let length = 0;
    for (let i = (k * 7) % texts.length; length < size; i = (i + 1) % texts.length) {
      const t = texts[i] ?? '';
      parts.push(t);
      length += t.length + 2;
    }
    out.push(parts.join('\n\n').slice(0, size));
  }
  return out;
}

function time(fn: () => unknown, runs: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return samples;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const ms = (x: number) => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0));

const gc = (globalThis as { gc?: () => void }).gc;
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`);
console.log(`Lessons: ${BUILTIN_LESSONS.length}, cues: ${BUILTIN_LESSONS.reduce((n, l) => n + l.cues.length, 0)}\n`);

// Index: build time and the heap it holds.
const builds = time(() => buildIndex(BUILTIN_LESSONS), 30);
let heapNote = 'run with --expose-gc to measure';
if (gc) {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = Array.from({ length: 20 }, () => buildIndex(BUILTIN_LESSONS));
  gc();
  const after = process.memoryUsage().heapUsed;
  heapNote = `${((after - before) / kept.length / 1024).toFixed(0)} KB per index (mean of ${kept.length})`;
}
console.log(`index build: median ${ms(quantile(builds, 0.5))} ms, p95 ${ms(quantile(builds, 0.95))} ms; heap held: ${heapNote}`);

const index = buildIndex(BUILTIN_LESSONS);
const coldTicket = tickets(2_000, 1)[0] ?? '';
const cold = time(() => rank(coldTicket, buildIndex(BUILTIN_LESSONS)), 5);
console.log(`first 2 KB ticket on a fresh index (cold word cache, includes the build): median ${ms(quantile(cold, 0.5))} ms`);
const naive = new Fuse(
  BUILTIN_LESSONS.map((l) => ({ title: l.title, advice: l.advice, phrases: l.phrases.join(' '), cues: l.cues.join(' ') })),
  { keys: ['title', 'advice', 'phrases', 'cues'], ignoreLocation: true },
);

// Warm the word cache on texts other than those measured, as a browser session would have after a few tickets.
for (const t of tickets(2_000, 20)) rank(t, index);
const afterWarm = index.wordCache.size;

const sizes: Array<[string, number, number, number]> = [
  // label, characters, distinct tickets, runs
  ['2 KB', 2_000, 50, 400],
  ['20 KB', 20_000, 20, 100],
  ['200 KB', 200_000, 5, 20],
  ['2 MB', 2_000_000, 2, 6],
];
console.log(`word cache after warm-up: ${afterWarm} words\n`);
console.log(`${'ticket'.padEnd(8)} ${'rank median'.padStart(12)} ${'p95'.padStart(9)} ${'tokenise'.padStart(9)} ${'rank/tok'.padStart(9)} ${'naive fuse'.padStart(11)} ${'naive/rank'.padStart(11)}`);
const medians = new Map<string, number>();
for (const [label, size, count, runs] of sizes) {
  const set = tickets(size, count);
  let k = 0;
  const rankSamples = time(() => rank(set[k++ % set.length] ?? '', index), runs);
  k = 0;
  const tokenSamples = time(() => tokenize(set[k++ % set.length] ?? ''), runs);
  const median = quantile(rankSamples, 0.5);
  medians.set(label, median);
  const tok = quantile(tokenSamples, 0.5);
  let naiveCell = 'skipped';
  let ratio = '';
  if (size <= 20_000) {
    k = 0;
    const naiveSamples = time(() => naive.search(set[k++ % set.length] ?? ''), size <= 2_000 ? 10 : 2);
    const n = quantile(naiveSamples, 0.5);
    naiveCell = `${ms(n)} ms`;
    ratio = `${(n / median).toFixed(0)}×`;
  }
  console.log(
    `${label.padEnd(8)} ${(ms(median) + ' ms').padStart(12)} ${(ms(quantile(rankSamples, 0.95)) + ' ms').padStart(9)} ${(ms(tok) + ' ms').padStart(9)} ${(median / tok).toFixed(1).padStart(8)}× ${naiveCell.padStart(11)} ${ratio.padStart(11)}`,
  );
}
const growth = (medians.get('200 KB') ?? NaN) / (medians.get('20 KB') ?? NaN);
console.log(`\ngrowth 200 KB / 20 KB: ${growth.toFixed(1)}× for 10× the text (linear is 10)`);
console.log('naive fuse: the whole ticket as one fuse.js query over the lessons (skipped above 20 KB: it takes seconds).');
console.log('targets: 2 KB median < 2 ms; 200 KB median < 100 ms; 200 KB / 20 KB <= 12.');
