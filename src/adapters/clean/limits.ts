// How much of a page's text is kept, and cutting to it: a hostile page cannot flood the matcher.

/** Longest message kept, in characters. */
export const MAX_MESSAGE_CHARS = 20_000;
/** Longest ticket kept (all messages together); the newest messages win. */
export const MAX_TICKET_CHARS = 100_000;
/** Raw text read for one message body before it is cleaned (a message may have several, src/adapters/reader/messages.ts):
 * quoted history and signatures are cut only after reading. */
export const MAX_RAW_MESSAGE_CHARS = MAX_MESSAGE_CHARS * 4;
/**
 * Raw text read for a whole ticket in the desk's page, newest messages first: the page reads, the background cleans
 * (clean-ticket.ts) and keeps MAX_TICKET_CHARS of what the customer wrote. Four times that: a thread whose messages
 * each quote the whole history as "> " lines fills it sooner than the page's own cleaning did (60 messages of 450
 * characters, each quoting all before it: the newest 19 read, where all 60 were), and the panel says older messages
 * were not read. Bounded, where the page's cleaning read on until its cleaned text was full, however much it read.
 */
export const MAX_RAW_TICKET_CHARS = MAX_TICKET_CHARS * 4;

/**
 * Between the bodies of one message read raw (a MIME part each, Intercom's blocks): the background cleans each apart,
 * as it was cleaned before the cleaning left the page, so a reply header in one part does not cut the next. A control
 * character a page's text could hold too; there it only splits a body in two.
 */
export const BODY_BREAK = '\u001d';

/** A text read from the page with its own BODY_BREAKs made spaces: one would split a body where the background cleans
 * it, and part of its quoted history would escape the cut (a review, 2026-12-05). */
export const withoutBodyBreaks = (text: string): string => text.replaceAll(BODY_BREAK, ' ');

/** Cut text to at most `max` characters without splitting a surrogate pair. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}
