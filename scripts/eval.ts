// `npm run eval`: relevance of the matcher against two baselines on real, labelled customer messages.
// The messages are read in place from ../shared/eval (their licence forbids copying them into the project).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { BUILTIN_LESSONS, type Lesson } from '../src/lessons/index';
import { buildIndex, rank } from '../src/matcher/index';

interface LabelledTicket {
  id: string;
  text: string;
  primary: string;
  also: string[];
}

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const fileArg = args.indexOf('--file');
const file = fileArg >= 0 ? resolve(args[fileArg + 1] ?? '') : resolve(repo, '../shared/eval/tickets-dev.jsonl');
const showMisses = args.includes('--misses');

if (!existsSync(file)) {
  console.error(`eval: ${file} not found. The evaluation set lives in ../shared/eval beside the project (see README).`);
  process.exit(3);
}
const tickets: LabelledTicket[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as LabelledTicket);

const lessons = BUILTIN_LESSONS.filter((l) => l.cues.length > 0);
type System = (text: string) => Lesson[];

const index = buildIndex(BUILTIN_LESSONS);
const matcher: System = (text) => rank(text, index).map((s) => s.lesson);

const lessonText = (l: Lesson) => ({ id: l.id, title: l.title, advice: l.advice, phrases: l.phrases.join(' '), cues: l.cues.join(' ') });
const fuse = new Fuse(lessons.map(lessonText), { keys: ['title', 'advice', 'phrases', 'cues'], includeScore: true, ignoreLocation: true });
const byId = new Map(lessons.map((l) => [l.id, l]));
const wholeTicketFuse: System = (text) => fuse.search(text, { limit: 5 }).map((r) => byId.get(r.item.id) as Lesson);

const mini = new MiniSearch({ fields: ['title', 'advice', 'phrases', 'cues'], storeFields: ['id'] });
mini.addAll(lessons.map(lessonText));
const bm25: System = (text) => mini.search(text).slice(0, 5).map((r) => byId.get(r.id as string) as Lesson);

interface Figures {
  hit1: number;
  hit3: number;
  precision3: number;
  none: number;
  ms: number;
}

function evaluate(system: System, misses?: string[]): Figures {
  let hit1 = 0;
  let hit3 = 0;
  let precisionSum = 0;
  let answered = 0;
  let none = 0;
  const started = performance.now();
  for (const t of tickets) {
    const top = system(t.text).slice(0, 3);
    const mains = top.map((l) => l.topics[0] as string);
    if (!top.length) none++;
    if (mains[0] === t.primary) hit1++;
    if (mains.includes(t.primary)) hit3++;
    else misses?.push(`${t.id} [${t.primary}${t.also.length ? ' + ' + t.also.join(', ') : ''}] got [${mains.join(', ')}]: ${t.text.slice(0, 140).replace(/\s+/g, ' ')}${misses && showMisses ? explain(t.text) : ''}`);
    if (top.length) {
      answered++;
      const labels = new Set([t.primary, ...t.also]);
      precisionSum += mains.filter((m) => labels.has(m)).length / top.length;
    }
  }
  const n = tickets.length;
  return { hit1: hit1 / n, hit3: hit3 / n, precision3: answered ? precisionSum / answered : 0, none: none / n, ms: (performance.now() - started) / n };
}

/** Why the matcher chose what it chose: each suggestion's lesson, score and matched cues. */
function explain(text: string): string {
  return rank(text, index, { limit: 3 })
    .map((s) => `\n    ${s.lesson.id} ${s.score}: ${s.evidence.map((e) => (e.kind === 'fuzzy' ? `${e.cue}~${e.text}` : e.cue) + (e.context === 'plain' ? '' : `(${e.context})`)).join(', ')}`)
    .join('');
}

const misses: string[] = [];
const rows: Array<[string, Figures]> = [
  ['extra-mile matcher', evaluate(matcher, misses)],
  ['baseline: fuse.js whole ticket', evaluate(wholeTicketFuse)],
  ['baseline: BM25 (minisearch)', evaluate(bm25)],
];

const f = (x: number) => x.toFixed(2);
console.log(`Relevance on ${tickets.length} labelled tickets (${relative(repo, file)}), ${BUILTIN_LESSONS.length} lessons\n`);
console.log(`${'system'.padEnd(32)} ${'hit@1'.padStart(6)} ${'hit@3'.padStart(6)} ${'prec@3'.padStart(7)} ${'none'.padStart(6)} ${'ms/ticket'.padStart(10)}`);
for (const [name, r] of rows) {
  console.log(`${name.padEnd(32)} ${f(r.hit1).padStart(6)} ${f(r.hit3).padStart(6)} ${f(r.precision3).padStart(7)} ${f(r.none).padStart(6)} ${r.ms.toFixed(2).padStart(10)}`);
}
console.log('\nhit@k: the primary topic is the main topic of one of the top k suggestions; prec@3: share of the top 3 (of those returned)');
console.log('whose main topic is labelled on the ticket, over tickets with a suggestion; none: share of tickets with no suggestion.');

const targets = rows[0]![1];
const met = targets.hit3 >= 0.9 && targets.hit1 >= 0.65 && targets.precision3 >= 0.6;
console.log(`\ntargets (hit@3 >= 0.90, hit@1 >= 0.65, prec@3 >= 0.60): ${met ? 'met' : 'NOT met'}`);
if (showMisses) console.log(`\nmisses at 3 (${misses.length}):\n` + misses.join('\n'));
