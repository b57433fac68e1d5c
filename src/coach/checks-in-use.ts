// The checks in use: the bundled ones, then each pack's. One merge for the CLI (check-reply --pack) and the extension
// (the background sends it to each tab with the lessons), so a pack's check runs in the panel as it does in the CLI.
import { t } from '../i18n';
import type { LeftOutLesson } from '../lessons/in-use';
import data from './checks.json';
import type { Check } from './schema';

/**
 * The bundled checks, without their learned models (models.ts joins those where checks run).
 * tests/coach-schema.test.ts validates them with the same schema packs use, so they are trusted here.
 * Marked pure so that a bundle that never reads them (the content script: the background sends it the checks) leaves
 * them out.
 */
export const BUILTIN_CHECKS: readonly Check[] = /* @__PURE__ */ bundledChecks();

function bundledChecks(): readonly Check[] {
  return (data as unknown as { checks: Check[] }).checks;
}

/**
 * A pack's check that the merge leaves out, because a bundled check or an earlier pack's holds its id, or because its
 * own lesson was left out (`lesson`: the pack's lesson of that id, whose id another lesson holds).
 */
export interface LeftOutCheck {
  packId: string;
  checkId: string;
  /** The pack whose check of that id is kept (null for the bundled checks), or, with `lesson`, whose lesson is kept. */
  keptPack: { id: string; name: string } | null;
  lesson?: string;
}

/** Reply check “no-internal-codes” is left out: a check of that id in “Pack first” is used. */
export function leftOutCheckText(check: LeftOutCheck): string {
  if (check.lesson !== undefined) {
    return check.keptPack ? t('optionsPackCheckLessonLeftOut', check.checkId, check.lesson, check.keptPack.name) : t('optionsPackCheckLessonLeftOutBuiltin', check.checkId, check.lesson);
  }
  return check.keptPack ? t('optionsPackCheckLeftOut', check.checkId, check.keptPack.name) : t('optionsPackCheckLeftOutBuiltin', check.checkId);
}

/** What the merge reads of a lesson left out (lessons/in-use.ts): its pack, its id and where the one kept is. */
type LeftOutLessonId = Pick<LeftOutLesson, 'packId' | 'lessonId' | 'keptPack'>;

/** What the merge reads of a pack: its checks, and its id and name to say where a check left out is kept. */
export interface PackChecks {
  readonly id: string;
  readonly name: string;
  readonly checks?: readonly Check[] | undefined;
}

/**
 * The bundled checks, then the checks of `packs` in the order given (the packs in use: the CLI's --pack files, the
 * extension's enabled packs), and the checks left out. A check whose id is taken, by a bundled check or an earlier
 * pack's, is left out, as a lesson is (lessons/in-use.ts): one check per id. Import refuses such a pack
 * (lessons/pack/); packs that still meet here are two policy packs, or a stored pack beside a policy pack that came
 * later, or one a newer built-in check or lesson took an id of. A check of its pack's own lesson that the lessons' merge
 * left out (`leftOutLessons`) is left out too: run, it would coach under the lesson kept in its place.
 */
export function checksInUse(packs: Iterable<PackChecks>, leftOutLessons: readonly LeftOutLessonId[] = []): { checks: Check[]; leftOut: LeftOutCheck[] } {
  const checks = [...BUILTIN_CHECKS];
  const holders = new Map<string, PackChecks | null>(checks.map((check) => [check.id, null]));
  const leftOut: LeftOutCheck[] = [];
  for (const pack of packs) {
    for (const check of pack.checks ?? []) {
      // Left out for another pack's lesson or a built-in one; a copy of this same pack (two --pack files of it) keeps it.
      const lessonLeftOut = leftOutLessons.find((lesson) => lesson.packId === pack.id && lesson.lessonId === check.lesson && lesson.keptPack?.id !== pack.id);
      if (lessonLeftOut) {
        leftOut.push({ packId: pack.id, checkId: check.id, keptPack: lessonLeftOut.keptPack, lesson: check.lesson });
        continue;
      }
      const holder = holders.get(check.id);
      if (holder !== undefined) {
        leftOut.push({ packId: pack.id, checkId: check.id, keptPack: holder && { id: holder.id, name: holder.name } });
        continue;
      }
      holders.set(check.id, pack);
      checks.push(check);
    }
  }
  return { checks, leftOut };
}

/** The checks in use alone (checksInUse without what it left out). */
export function checksWith(packs: Iterable<PackChecks>): Check[] {
  return checksInUse(packs).checks;
}
