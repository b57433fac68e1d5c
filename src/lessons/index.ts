// The bundled lesson library. tests/lessons.test.ts validates it with the pack schema, so it is trusted here.
import library from './library.json';
import type { Lesson, LessonPack } from './schema';

export const BUILTIN_PACK = library as unknown as LessonPack;
export const BUILTIN_LESSONS: readonly Lesson[] = BUILTIN_PACK.lessons;

export type { Lesson, LessonPack } from './schema';
