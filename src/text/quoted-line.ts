// A line of quoted mail, as the desk readers and the engine's cue matcher both tell it.

/**
 * A line quoted with ">"; not one the writer framed for emphasis (">>> URGENT: … <<<", a reading round, 2026-12-05).
 * Two tests, not one pattern with a look-ahead: that one tried a line of 80,000 ">" in 5.8 s (a review).
 */
export const QUOTED_LINE = { test: (line: string): boolean => /^\s*>/.test(line) && !isFramed(line) };

/**
 * A line that opens quoted mail by its header: a reply header (ending in ":" with a mail address or a time in it: "On
 * Mon, 5 Jan 2026 at 10:00, Ana <ana@example.com> wrote:") or a header block's first field ("From: Ana <ana@…>",
 * "Von:", "De :"). A small test for the desk page's side, where the cleaning's own rules (src/adapters/clean/) do not
 * run: what a selection opens with, where a ticket's first message ends for its identity.
 */
export function opensQuotedMail(line: string): boolean {
  const text = line.trim();
  return (/[:：]$/.test(text) && /@|\d:\d\d/.test(text)) || MAIL_FIELD.test(text);
}
const MAIL_FIELD = /^(?:from|von|de|da|van|od|från|fra|kimden)\s?:\s*\S+/i;

/** A line the writer framed with ">>" and "<<" for emphasis. */
const isFramed = (line: string): boolean => /^\s*>>/.test(line) && line.trimEnd().endsWith('<<');
