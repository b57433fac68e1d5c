// One line of text for a narrow place (a checklist quote, a card's excerpt, a value an error quotes), shared by the
// tab, the panel and the pack and policy checks.

/** The text on one line, cut to `max` characters with an ellipsis, never in half a character (an emoji's pair). */
export function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '').trimEnd() + '…' : flat;
}

/** What JSON leaves as it is but a screen or terminal does not show as text: C1 controls (a terminal's escapes),
 * direction marks, embeddings, overrides and isolates, zero-width and other invisible format characters. */
const UNSHOWN = /[\u0080-\u009F\u00AD\u061C\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/g;

/**
 * Text someone else wrote, quoted in a message: on one line, clipped to `max` characters (before escaping), in double
 * quotes with quotes, backslashes and control characters escaped as JSON writes them (a terminal's colour codes stay
 * text), and what JSON leaves but would not show as text, or would reorder the rest of the line, escaped too.
 */
export function quoteValue(s: string, max: number): string {
  return JSON.stringify(clip(s, max)).replace(UNSHOWN, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
