// One line of text for a narrow place (a checklist quote, a card's excerpt, a value an error quotes), shared by the
// tab, the panel and the pack and policy checks.

/** The text on one line, cut to `max` characters with an ellipsis, never in half a character (an emoji's pair). */
export function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '').trimEnd() + '…' : flat;
}

/** Characters that reorder the text after them on screen (bidi embeddings, overrides and isolates). */
const REORDERING = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Text someone else wrote, quoted in a message: on one line, clipped, in double quotes with quotes, backslashes and
 * control characters escaped as JSON writes them (a terminal's colour codes stay text), and characters that would
 * reorder the rest of the line escaped too.
 */
export function quoteValue(s: string, max: number): string {
  return JSON.stringify(clip(s, max)).replace(REORDERING, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
