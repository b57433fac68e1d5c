// Cue statistics on the training split of our own corpus (the held-out split and every eval set are never read): the
// tool the cue lists were written with (see README.md here). After `npm run build`:
//   (<cues.json> is a file of {lessonId: [cue, …]}, or the word library for the bundled lessons' cues)
//   node dist/tools/cuestat.mjs stats <cues.json> [lessonId]      per cue: training matches, share whose labels include the lesson's topics
//   node dist/tools/cuestat.mjs cover <cues.json>                  per main topic: share of its training messages where a lesson of that topic has a cue
//   node dist/tools/cuestat.mjs uncovered <cues.json> <topic> <n>  n training messages of primary <topic> that no lesson of that topic finds a cue in
//   node dist/tools/cuestat.mjs try <topic,topic> "cue" ["cue" ...]  stats for candidate cues against the given topics
import { readFileSync } from 'node:fs';
import { BUILTIN_LESSONS } from '../../src/lessons/index';
import { readCorpus, split } from '../corpus';
import { tokenize } from '../../src/engine/cues/tokenize';
import { numberClass } from '../../src/engine/cues/stem';
import { matchKey } from '../../src/engine/cues/forms';
import { cueKeys } from '../../src/engine/cues/index';

const topicsOf = new Map(BUILTIN_LESSONS.map((l) => [l.id, l.topics]));
const { train } = split(readCorpus('training/corpus'));

// Each message as sentences of words, each word as its key (matchKey, as the engine reads it: "doesnt" as "doesn't",
// "disabled" apart from "disable") and (for numbers) its class. Unlike the engine, this counts no typos, reads no
// "not one" as "no", and counts negated and quoted matches in full: it tells where a cue's words occur, not how much
// they would weigh.
interface Word {
  key: string;
  number: string | undefined;
}
const sentencesOf = train.map((m) => {
  const bySentence = new Map<number, Word[]>();
  for (const t of tokenize(m.text)) {
    const s = bySentence.get(t.sentence) ?? [];
    s.push({ key: matchKey(t.word), number: numberClass(t.word) });
    bySentence.set(t.sentence, s);
  }
  return [...bySentence.values()];
});

/** The cue's words as the engine indexes them, or null for a cue it leaves out. */
function cueStems(cue: string): string[] | null {
  return cueKeys(cue)?.map((k) => k.key) ?? null;
}

function matches(i: number, stems: string[]): boolean {
  const phrase = stems.length > 1;
  for (const s of sentencesOf[i]!) {
    outer: for (let a = 0; a + stems.length <= s.length; a++) {
      for (let k = 0; k < stems.length; k++) {
        const word = s[a + k]!;
        if ((phrase ? word.number ?? word.key : word.key) !== stems[k]) continue outer;
      }
      return true;
    }
  }
  return false;
}

function hitsOf(cue: string): number[] | null {
  const stems = cueStems(cue);
  if (!stems) return null;
  const out: number[] = [];
  for (let i = 0; i < train.length; i++) if (matches(i, stems)) out.push(i);
  return out;
}

function labels(i: number): string[] {
  return [train[i]!.primary, ...train[i]!.also];
}

function stat(cue: string, topics: string[]): string {
  const hits = hitsOf(cue);
  if (!hits) return `${JSON.stringify(cue)}\tREJECTED (function words only, empty, or too many words)`;
  const inTopics = hits.filter((i) => labels(i).some((t) => topics.includes(t))).length;
  const primaryMain = hits.filter((i) => train[i]!.primary === topics[0]).length;
  const others = new Map<string, number>();
  for (const i of hits) if (!labels(i).some((t) => topics.includes(t))) others.set(train[i]!.primary, (others.get(train[i]!.primary) ?? 0) + 1);
  const top = [...others].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([t, n]) => `${t}:${n}`).join(' ');
  const share = hits.length ? (inTopics / hits.length).toFixed(2) : '-';
  return `${JSON.stringify(cue)}\tmatches=${hits.length}\tin-lesson-topics=${share}\tprimary-is-main=${primaryMain}\telsewhere: ${top}`;
}

const [cmd, ...args] = process.argv.slice(2);
// "library" reads the bundled lessons' own cues.
const readCues = (p: string): Record<string, string[]> =>
  p === 'library' ? Object.fromEntries(BUILTIN_LESSONS.filter((l) => l.cues.length).map((l) => [l.id, [...l.cues]])) : (JSON.parse(readFileSync(p, 'utf8')) as Record<string, string[]>);
if (cmd === 'stats') {
  const cues = readCues(args[0]!);
  for (const [id, list] of Object.entries(cues)) {
    if (args[1] && id !== args[1]) continue;
    const topics = topicsOf.get(id);
    if (!topics) { console.log(`UNKNOWN LESSON ${id}`); continue; }
    console.log(`## ${id} [${topics.join(', ')}] ${list.length} cues`);
    for (const c of list) console.log('  ' + stat(c, topics));
  }
} else if (cmd === 'cover' || cmd === 'uncovered') {
  const cues = readCues(args[0]!);
  const byTopic = new Map<string, string[][]>();
  for (const [id, list] of Object.entries(cues)) {
    const main = topicsOf.get(id)?.[0];
    if (!main) continue;
    const arr = byTopic.get(main) ?? [];
    for (const c of list) { const s = cueStems(c); if (s) arr.push(s); }
    byTopic.set(main, arr);
  }
  const found = (i: number, topic: string) => (byTopic.get(topic) ?? []).some((s) => matches(i, s));
  if (cmd === 'cover') {
    for (const topic of byTopic.keys()) {
      const mine = train.map((_, i) => i).filter((i) => train[i]!.primary === topic);
      const got = mine.filter((i) => found(i, topic)).length;
      console.log(`${topic}\ttraining messages with this primary=${mine.length}\twith a cue of this topic's lessons=${(got / mine.length).toFixed(2)}`);
    }
  } else {
    const topic = args[1]!;
    const n = Number(args[2] ?? 50);
    const mine = train.map((_, i) => i).filter((i) => train[i]!.primary === topic && !found(i, topic));
    // Spread the sample over the whole list (files are grouped by register).
    const step = Math.max(1, Math.floor(mine.length / n));
    console.log(`# ${mine.length} training messages of primary ${topic} without a cue of its lessons; showing ${Math.min(n, mine.length)}`);
    for (let k = 0; k < mine.length && k / step < n; k += step) console.log(JSON.stringify({ text: train[mine[k]!]!.text.slice(0, 600), also: train[mine[k]!]!.also }));
  }
} else if (cmd === 'try') {
  const topics = args[0]!.split(',');
  for (const c of args.slice(1)) console.log(stat(c, topics));
} else {
  console.log('usage: stats|cover|uncovered|try (see the head of cuestat.ts)');
}
