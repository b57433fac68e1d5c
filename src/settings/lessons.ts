// Which lessons and reply checks apply: the built-in lessons the agent did not hide (the `settings` item) and the
// bundled checks, then every enabled pack's.
import { checksWith } from '../coach/checks-in-use';
import type { Check } from '../coach/schema';
import { BUILTIN_LESSONS } from '../lessons/index';
import type { Lesson, LessonPack } from '../lessons/schema';
import { listPacks, type InstalledPack } from './packs';
import { changeSettings, getSettings } from './stored-settings';

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

/** A lesson of an enabled pack that the merge leaves out, because a built-in lesson or an earlier pack's holds its id. */
export interface LeftOutLesson {
  /** The pack whose lesson is left out. */
  packId: string;
  lessonId: string;
  title: string;
  /** The lesson kept under that id, and its pack: null for the built-in library. */
  keptTitle: string;
  keptPack: { id: string; name: string } | null;
}

/**
 * The lessons that apply, and the reply checks: the bundled ones, then every enabled pack's, merged as the CLI's
 * check-reply --pack merges them (checksWith). The stored packs are read and validated once for both.
 */
export async function activeLibrary(): Promise<{ lessons: Lesson[]; checks: Check[] }> {
  const [settings, { packs }] = await Promise.all([getSettings(), listPacks()]);
  const { lessons, checks } = libraryInUse(settings.hiddenLessons, packs);
  return { lessons, checks };
}

/**
 * The one merge of the built-in lessons the agent did not hide with the enabled packs', in order (the policy's packs
 * first), with the checks, and the lessons it leaves out: the first lesson of an id wins, so ids stay unique for
 * feedback and hiding. Import refuses a taken id (lessons/pack.ts); packs installed before it did can still meet here,
 * and the options page says which lesson was left out and why.
 */
export function libraryInUse(hiddenLessons: readonly string[], packs: readonly InstalledPack[]): { lessons: Lesson[]; checks: Check[]; leftOut: LeftOutLesson[] } {
  const enabled = packs.filter((installed) => installed.enabled).map((installed) => installed.pack);
  const hidden = new Set(hiddenLessons);
  const kept = new Map<string, { title: string; pack: LessonPack | null }>();
  const lessons: Lesson[] = [];
  const leftOut: LeftOutLesson[] = [];
  for (const lesson of BUILTIN_LESSONS) {
    if (!hidden.has(lesson.id)) lessons.push(lesson);
    kept.set(lesson.id, { title: lesson.title, pack: null });
  }
  for (const pack of enabled) {
    for (const lesson of pack.lessons) {
      const holder = kept.get(lesson.id);
      if (holder) {
        const keptPack = holder.pack && { id: holder.pack.id, name: holder.pack.name };
        leftOut.push({ packId: pack.id, lessonId: lesson.id, title: lesson.title, keptTitle: holder.title, keptPack });
        continue;
      }
      lessons.push(lesson);
      kept.set(lesson.id, { title: lesson.title, pack });
    }
  }
  return { lessons, checks: checksWith(enabled), leftOut };
}
