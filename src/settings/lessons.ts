// Which lessons and reply checks apply: the built-in lessons the agent did not hide (the `settings` item) and the
// bundled checks, then every enabled pack's.
import { checksWith } from '../coach/checks-in-use';
import type { Check } from '../coach/schema';
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
  return (await activeLibrary()).lessons;
}

/**
 * The lessons that apply, and the reply checks: the bundled ones, then every enabled pack's, merged as the CLI's
 * check-reply --pack merges them (checksWith). The stored packs are read and validated once for both.
 */
export async function activeLibrary(): Promise<{ lessons: Lesson[]; checks: Check[] }> {
  const [settings, { packs }] = await Promise.all([getSettings(), listPacks()]);
  const enabled = packs.filter((installed) => installed.enabled).map((installed) => installed.pack);
  const hidden = new Set(settings.hiddenLessons);
  const seen = new Set<string>();
  const lessons: Lesson[] = [];
  for (const lesson of BUILTIN_LESSONS) {
    if (!hidden.has(lesson.id)) lessons.push(lesson);
    seen.add(lesson.id);
  }
  for (const pack of enabled) {
    // A lesson whose id is taken (a built-in's, or an earlier pack's) replaces nothing: ids stay unique for feedback and
    // hiding. Import refuses both (lessons/pack.ts); packs installed before it refused the second can still meet here.
    for (const lesson of pack.lessons) if (!seen.has(lesson.id)) lessons.push(lesson), seen.add(lesson.id);
  }
  return { lessons, checks: checksWith(enabled) };
}
