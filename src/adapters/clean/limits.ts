// How much of a page's text is kept, and cutting to it: a hostile page cannot flood the matcher.

/** Longest message kept, in characters. */
export const MAX_MESSAGE_CHARS = 20_000;
/** Longest ticket kept (all messages together); the newest messages win. */
export const MAX_TICKET_CHARS = 100_000;
/** Raw text read for one message before it is cleaned: quoted history and signatures are cut only after reading. */
export const MAX_RAW_MESSAGE_CHARS = MAX_MESSAGE_CHARS * 4;

/** Cut text to at most `max` characters without splitting a surrogate pair. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}
