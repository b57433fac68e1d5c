// A custom lesson pack as the tests write one: lessons on thanking a regular customer, each test naming their ids.
import type { LessonPack } from '../../src/lessons/schema';

export const regularsLesson = (id: string, title = 'Thank a regular by name') => ({
  id,
  title,
  topics: ['extra-mile'],
  advice: 'When a long-standing customer writes, say you noticed how long they have been with us.',
  phrases: ['Thank you for being with us all these years.', 'It means a lot that you came back to us.'],
  cues: ['regular customer', 'loyal customer'],
  source: { article: 'Team playbook', quote: 'Regulars are noticed.' },
});

export type TestLesson = ReturnType<typeof regularsLesson>;

/** A pack named "Pack <id>", with one lesson of its own unless given others; valid as written (tests that store it skip import). */
export const packOf = (id: string, lessons: TestLesson[] = [regularsLesson(`${id}-lesson`)]): LessonPack => ({ format: 'extra-mile-pack', version: 1, id, name: `Pack ${id}`, lessons }) as unknown as LessonPack;

/** The pack as a file holds it (indented, so errors have lines to name). */
export const packText = (id: string, lessons?: TestLesson[]) => JSON.stringify(packOf(id, lessons), null, 2);
