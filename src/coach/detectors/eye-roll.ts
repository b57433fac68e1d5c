import type { Span } from './span';

// Emoji that roll their eyes or sigh at the reader: 🙄 😒 😑 🤦 (any skin tone or gender).
const EYE_ROLL = /\u{1F644}|\u{1F612}|\u{1F611}|\u{1F926}/gu;

/** An eye-roll or face-palm: sarcasm no word pattern sees, since the tokenizer drops emoji. */
export function eyeRolls(text: string): Span[] {
  return [...text.matchAll(EYE_ROLL)].map((m) => [m.index, m.index + m[0].length] as Span);
}
