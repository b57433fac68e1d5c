// Which lessons and reply checks apply: the built-in lessons the agent did not hide (the `settings` item) and the
// bundled checks, then every enabled pack's.
import { checksInUse, type LeftOutCheck } from '../coach/checks-in-use';
import type { Check } from '../coach/schema';
import { lessonsInUse, type LeftOutLesson } from '../lessons/in-use';
import type { Lesson } from '../lessons/schema';
import { listPacks, type InstalledPack } from './packs';
import { changeSettings, getSettings } from './stored-settings';

export type { LeftOutLesson } from '../lessons/in-use';

export async function setLessonHidden(lessonId: string, hidden: boolean): Promise<void> {
  await changeSettings((s) => {
    const rest = s.hiddenLessons.filter((id) => id !== lessonId);
    s.hiddenLessons = hidden ? [...rest, lessonId] : rest;
  });
}

/** The lessons that apply: built-in ones the agent did not hide, then every enabled pack's. */
export async function activeLessons(): Promise<Lesson[]> {
  return (await activeLibrary()).lessons;
}

/**
 * The lessons that apply, and the reply checks: the bundled ones, then every enabled pack's, merged as the CLI's
 * check-reply --pack merges them (checksInUse). The stored packs are read and validated once for both.
 */
export async function activeLibrary(): Promise<{ lessons: Lesson[]; checks: Check[] }> {
  const [settings, { packs }] = await Promise.all([getSettings(), listPacks()]);
  const { lessons, checks } = libraryInUse(settings.hiddenLessons, packs);
  return { lessons, checks };
}

/**
 * The lessons in use (lessons/in-use.ts: the built-in ones the agent did not hide, then the enabled packs', the
 * policy's first; the first lesson of an id wins) with the checks, and the lessons and checks left out, which the
 * options page names with the one kept.
 */
export function libraryInUse(
  hiddenLessons: readonly string[],
  packs: readonly InstalledPack[],
): { lessons: Lesson[]; checks: Check[]; leftOut: LeftOutLesson[]; leftOutChecks: LeftOutCheck[] } {
  const enabled = packs.filter((installed) => installed.enabled).map((installed) => installed.pack);
  const { lessons, leftOut } = lessonsInUse(enabled, hiddenLessons);
  const { checks, leftOut: leftOutChecks } = checksInUse(enabled, leftOut);
  return { lessons, checks, leftOut, leftOutChecks };
}
