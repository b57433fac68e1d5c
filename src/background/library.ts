// The lessons and checks in use, and the engine built from them: read once, shared by the tabs' context and the
// rankings, and read again only after settings change.
import type { LessonInPage } from '../messages';
import { bundledModel, createEngine, type Engine } from '../engine/index';
import { withModels } from '../coach/models';
import { VOCABULARY } from '../coach/vocabulary';
import { withSlots } from '../coach/slots';
import { BUILTIN_LESSONS } from '../lessons';
import type { Vocabulary } from '../coach/pattern';
import { activeLibrary } from '../settings';
import { sha256Hex } from '../digest';

export type Library = Awaited<ReturnType<typeof activeLibrary>> & { lessonsInPage: LessonInPage[]; vocabulary: Vocabulary; revision: string };

/**
 * The lessons and checks in use, for the tabs' context and the engine alike: read and validated once (every stored
 * pack), then kept until settings or packs change (forgetLibrary), so neither re-reads storage per tab.
 */
let library: Promise<Library> | null = null;

export function currentLibrary(): Promise<Library> {
  if (library) return library;
  // The bundled checks run with their learned models: joined here, as the tabs are sent them.
  const reading = activeLibrary().then(async ({ lessons, checks }) => {
    const lessonsInPage = lessons.map(({ id, title, phrases }) => ({ id, title, phrases }));
    const withTheirModels = withModels(checks);
    // With the blanks the lessons write (a pack's in use too), which a draft must not leave in: the built-in lessons'
    // all, hidden ones too, as the CLI reads them (a hidden lesson's phrase may be in a draft, and the verdicts agree).
    const vocabulary = withSlots(VOCABULARY, [...BUILTIN_LESSONS, ...lessons]);
    // Of the whole lessons, not only what the tabs are sent: a pack imported again with other cues ranks otherwise,
    // so its tabs rank again and the engine is built again.
    return { lessons, lessonsInPage, checks: withTheirModels, vocabulary, revision: await revisionOf({ lessons, checks: withTheirModels, vocabulary }) };
  });
  // A failed read is not kept: the next request tries again.
  reading.catch(() => {
    if (library === reading) library = null;
  });
  return (library = reading);
}

/**
 * The library in use, digested once per read (here, not in the desk page): a change of settings that leaves it as it
 * was (another site switched off, a disabled pack imported) gives the same revision, so the tabs keep what they show
 * and the engine is kept.
 */
function revisionOf(sent: object): Promise<string> {
  return sha256Hex(JSON.stringify(sent));
}

/**
 * The engine for the library in use (a ranking then costs only the ranking), built again only when a read of the
 * library brings another revision: 49 ms with the bundled lessons, about 250 ms with the largest pack.
 */
let lastBuilt: { revision: string; engine: Engine } | undefined;

export async function currentEngine(): Promise<Engine> {
  const { lessons, revision } = await currentLibrary();
  // Built synchronously here, so rankings waiting on the same read share one build.
  if (lastBuilt?.revision !== revision) lastBuilt = { revision, engine: createEngine(bundledModel(), lessons) };
  return lastBuilt.engine;
}


/** Settings or packs changed: the library is read again on next use, and the engine rebuilt if its revision moved. */
export function forgetLibrary(): void {
  library = null;
}
