// The blanks the lessons in use write in their phrases ("[what you did about the charges]", "[when]"): a bracket in a
// draft that holds one is a blank the agent left in, whatever its words, where the rules alone read some of them as an
// aside ("[when]" a condition, "[second step]" a note on the word before it). Taken from the lessons, built-in and
// installed packs' alike, so a pack's own blanks are known too.
import { squareNotABlank } from './detectors/placeholders';
import type { Vocabulary } from './pattern';
import { BLANKS } from '../lessons/blanks';

/**
 * As the lessons write a blank (src/lessons/blanks.ts, which the lesson schema holds them to), which may hold an
 * apostrophe or run longer than the placeholder rules' own brackets read ("[what you've done to make it right]"). The
 * drafts are searched for them with it too (detectors/placeholders.ts).
 */
export const LESSON_BLANK = BLANKS;

/** A blank's words as they are compared: lower case, one space between words, a curly apostrophe straight. */
export function slotKey(inside: string): string {
  return inside.trim().toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}

/** The blanks the lessons' phrases write, each once, as slotKey reads them. */
export function lessonSlots(lessons: readonly { readonly phrases: readonly string[] }[]): string[] {
  const slots = new Set<string>();
  for (const lesson of lessons) {
    for (const phrase of lesson.phrases) {
      for (const m of phrase.matchAll(LESSON_BLANK)) if (!squareNotABlank(phrase, m.index, m.index + m[0].length, m[1] ?? '')) slots.add(slotKey(m[1] ?? ''));
    }
  }
  slots.delete('');
  return [...slots].sort();
}

/** The vocabulary with the blanks of `lessons` (the lessons in use) for the checks to know. */
export function withSlots(vocabulary: Vocabulary, lessons: readonly { readonly phrases: readonly string[] }[]): Vocabulary {
  return { ...vocabulary, slots: lessonSlots(lessons) };
}
