// Ids a custom pack may not take: the library's, and those the packs already installed hold.
import builtinChecks from '../../coach/checks.json';
import { BUILTIN_PACK } from '../index';
import type { LessonPack } from '../schema';

/** Ids a custom pack may not take, so that none of its lessons is silently dropped beside the library's. */
export interface Reserved {
  packId: string;
  lessonTitles: ReadonlyMap<string, string>;
  /** How many phrases each built-in lesson has, for a check naming one of them by number. */
  lessonPhraseCounts?: ReadonlyMap<string, number>;
  checkIds: ReadonlySet<string>;
  /** Lesson ids other installed packs hold: only one lesson of an id is used, so a second pack's would be dropped. */
  installedLessons?: ReadonlyMap<string, ReadonlyArray<{ packId: string; packName: string; title: string }>>;
  /** Check ids other installed packs hold: likewise only one check of an id runs (coach/checks-in-use.ts). */
  installedChecks?: ReadonlyMap<string, ReadonlyArray<{ packId: string; packName: string }>>;
  /** False for a pack already in place: the library's lesson and check ids are not refused (BUILTIN_IDS_IN_PLACE). */
  libraryIdsTaken?: boolean;
}

export const BUILTIN_IDS: Reserved = {
  packId: BUILTIN_PACK.id,
  lessonTitles: new Map(BUILTIN_PACK.lessons.map((lesson) => [lesson.id, lesson.title])),
  lessonPhraseCounts: new Map(BUILTIN_PACK.lessons.map((lesson) => [lesson.id, lesson.phrases.length])),
  checkIds: new Set(builtinChecks.checks.map((check) => check.id)),
};

/**
 * For a pack already in place (stored, or the organisation's policy): the library's lessons are known, so a check may
 * name one, but their ids and the bundled checks' are not refused. An update of the extension that adds a built-in
 * lesson or check of a pack's id then leaves that one out (lessons/in-use.ts, coach/checks-in-use.ts, both named on
 * the options page) where refusing it dropped the whole pack for every agent, with a "choose another" no agent can
 * act on. The library's own pack id is still refused: that pack would hide the library's.
 */
export const BUILTIN_IDS_IN_PLACE: Reserved = { ...BUILTIN_IDS, libraryIdsTaken: false };

/** The library's ids and the lesson and check ids of the packs already installed (a pack of the same id is being replaced). */
export function reservedBeside(installed: readonly LessonPack[]): Reserved {
  const installedLessons = new Map<string, Array<{ packId: string; packName: string; title: string }>>();
  const installedChecks = new Map<string, Array<{ packId: string; packName: string }>>();
  const hold = <T>(map: Map<string, T[]>, id: string, holder: T) => map.set(id, [...(map.get(id) ?? []), holder]);
  for (const other of installed) {
    for (const lesson of other.lessons) hold(installedLessons, lesson.id, { packId: other.id, packName: other.name, title: lesson.title });
    for (const check of other.checks ?? []) hold(installedChecks, check.id, { packId: other.id, packName: other.name });
  }
  return { ...BUILTIN_IDS, installedLessons, installedChecks };
}
