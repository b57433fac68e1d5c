// The one merge of the built-in lessons with the packs' own, for the extension (settings libraryInUse: the enabled
// packs, the policy's first) and the CLI (--pack files, in the order given), so both use the same lessons.
import { t } from '../i18n';
import { BUILTIN_LESSONS } from './index';
import type { Lesson, LessonPack } from './schema';

/** A pack's lesson that the merge leaves out, because a built-in lesson or an earlier pack's holds its id. */
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
 * The built-in lessons not in `hiddenLessons`, then each pack's in order, and the lessons left out: the first lesson
 * of an id wins, so ids stay unique for feedback and hiding (a hidden built-in lesson still holds its id). Import
 * refuses a taken id (lessons/pack/), but packs installed before it did, or two --pack files, can still meet here.
 */
export function lessonsInUse(packs: readonly LessonPack[], hiddenLessons: readonly string[] = []): { lessons: Lesson[]; leftOut: LeftOutLesson[] } {
  const hidden = new Set(hiddenLessons);
  const kept = new Map<string, { title: string; pack: LessonPack | null }>();
  const lessons: Lesson[] = [];
  const leftOut: LeftOutLesson[] = [];
  for (const lesson of BUILTIN_LESSONS) {
    if (!hidden.has(lesson.id)) lessons.push(lesson);
    kept.set(lesson.id, { title: lesson.title, pack: null });
  }
  for (const pack of packs) {
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
  return { lessons, leftOut };
}

/** “Greet a regular” (thank-regulars) is left out: same id as “Thank a regular by name” in “Pack first”. */
export function leftOutText(lesson: LeftOutLesson): string {
  return lesson.keptPack
    ? t('optionsPackLessonLeftOut', lesson.title, lesson.lessonId, lesson.keptTitle, lesson.keptPack.name)
    : t('optionsPackLessonLeftOutBuiltin', lesson.title, lesson.lessonId, lesson.keptTitle);
}
