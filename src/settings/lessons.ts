// Which lessons apply: the built-in ones the agent did not hide (the `settings` item), then every enabled pack's.
import { BUILTIN_LESSONS } from '../lessons/index';
import type { Lesson } from '../lessons/schema';
import { listPacks } from './packs';
import { changeSettings, getSettings } from './stored-settings';

export async function setLessonHidden(lessonId: string, hidden: boolean): Promise<void> {
  await changeSettings((s) => {
    const rest = s.hiddenLessons.filter((id) => id !== lessonId);
    s.hiddenLessons = hidden ? [...rest, lessonId] : rest;
  });
}

/** The lessons that apply: built-in ones the agent did not hide, then every enabled pack's. */
export async function activeLessons(): Promise<Lesson[]> {
  const [settings, { packs }] = await Promise.all([getSettings(), listPacks()]);
  const hidden = new Set(settings.hiddenLessons);
  const seen = new Set<string>();
  const lessons: Lesson[] = [];
  for (const lesson of BUILTIN_LESSONS) {
    if (!hidden.has(lesson.id)) lessons.push(lesson);
    seen.add(lesson.id);
  }
  for (const { pack, enabled } of packs) {
    if (!enabled) continue;
    // A lesson whose id is taken (a built-in's, or an earlier pack's) replaces nothing: ids stay unique for feedback and
    // hiding. Import refuses both (lessons/pack.ts); packs installed before it refused the second can still meet here.
    for (const lesson of pack.lessons) if (!seen.has(lesson.id)) lessons.push(lesson), seen.add(lesson.id);
  }
  return lessons;
}
