// The labelled threads of our own (tests/relevance/threads.jsonl), measured as the extension reads a ticket: subject
// and messages, the latest read beside the whole (src/engine/thread.ts). For `npm run eval` and tests/thread.test.ts.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { suggest, type Engine } from '../src/engine/index';
import { readJsonl, THREADS_FILE, type LabelledThread } from './corpus';
import { measure, type Figures } from './measure';

const SECOND_LABELS = 'tests/relevance/threads-second-labels.jsonl';

/** The threads with the first labeller's labels, and the same threads with the second's (empty without the file). */
export function readThreads(repo: string): { first: LabelledThread[]; second: LabelledThread[] } {
  const first = readJsonl<LabelledThread>(resolve(repo, THREADS_FILE));
  const byId = new Map(first.map((t) => [t.id, t]));
  const path = resolve(repo, SECOND_LABELS);
  const second = existsSync(path)
    ? readJsonl<Pick<LabelledThread, 'id' | 'primary' | 'also'>>(path).flatMap((l) => {
        const thread = byId.get(l.id);
        return thread ? [{ ...thread, primary: l.primary, also: l.also }] : [];
      })
    : [];
  return { first, second };
}

/** The engine's figures on the threads that need a lesson, the latest message at `latestShare`. */
export function threadFigures(engine: Engine, threads: readonly LabelledThread[], latestShare: number): Figures {
  const needing = threads.filter((t) => t.primary !== 'none');
  const byId = new Map(needing.map((t) => [t.id, t]));
  // measure() reads tickets as text: each thread goes by its id.
  const system = (id: string) => suggest(byId.get(id) as LabelledThread, engine, { latestShare }).map((s) => s.lesson.topics[0] as string);
  return measure(system, needing.map((t) => ({ id: t.id, text: t.id, primary: t.primary, also: t.also })));
}

/** How many of the threads that need nothing (labelled none) get no suggestion, of how many. */
export function quietOnNone(engine: Engine, threads: readonly LabelledThread[], latestShare: number): [number, number] {
  const none = threads.filter((t) => t.primary === 'none');
  return [none.filter((t) => suggest(t, engine, { latestShare }).length === 0).length, none.length];
}
