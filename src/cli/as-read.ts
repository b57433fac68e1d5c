// The CLI ranks a ticket as the extension would read it: each message without what the desk readers leave out, and
// its characters as the extension's cleaning leaves them (adapters/clean/whitespace.ts). Every offset the CLI prints
// still counts the file's own characters: what is left out is blanked with spaces, odd spaces become plain ones, and the
// zero-width characters the extension takes out are counted back by givenOffset.
import { blankUnread } from '../adapters/clean/blank-unread';
import { BODY_BREAK } from '../adapters/clean/limits';
import { ODD_SPACES, ZERO_WIDTH } from '../adapters/clean/whitespace';
import type { TicketText } from '../engine/index';

/** One of the zero-width characters the extension takes out (normalise). */
const HAS_ZERO_WIDTH = new RegExp(ZERO_WIDTH.source);

/**
 * A message as read: each of its bodies (BODY_BREAK between them, as a desk reader joins them) blanked on its own, as
 * the extension cleans each body apart (clean-ticket.ts), and kept apart by a line end of the same length.
 */
function readMessage(raw: string): string {
  return blankedMessage(raw).replace(ZERO_WIDTH, '');
}

/** A message with what is not read blanked and odd spaces made plain: one character for each of the file's. */
function blankedMessage(raw: string): string {
  return raw.split(BODY_BREAK).map(blankUnread).join('\n').replace(ODD_SPACES, ' ');
}

/** A ticket's text, or each of its messages (the subject is a line of its own), as the extension reads it. */
export function asRead(ticket: string | TicketText): string | TicketText {
  if (typeof ticket === 'string') return readMessage(ticket);
  const subject = ticket.subject === undefined ? {} : { subject: ticket.subject.replace(ODD_SPACES, ' ').replace(ZERO_WIDTH, '') };
  return { ...ticket, ...subject, messages: ticket.messages.map(readMessage) };
}

/** Text with nothing to read: spaces, line ends, body breaks and the zero-width characters the extension takes out. */
export function blank(text: string): boolean {
  return !text.replace(ZERO_WIDTH, '').replaceAll(BODY_BREAK, '').trim();
}

/**
 * Where an offset in a plain-text ticket as read falls in the text as given (`end`: an end, after the last character
 * counted, so a zero-width character after a word is not taken into it). Only the zero-width characters of what was read
 * were taken out (one in a line blanked as quoted history is a space by then, and counts); the rest is one for one.
 */
export function givenOffset(ticket: string, offset: number, end = false): number {
  // Most tickets have none: counted without blanking the ticket again for each offset.
  if (!HAS_ZERO_WIDTH.test(ticket) || (end && offset === 0)) return offset;
  const given = blankedMessage(ticket);
  let counted = 0;
  for (let i = 0; i < given.length; i++) {
    if (HAS_ZERO_WIDTH.test(given[i]!)) continue;
    if (end ? counted === offset - 1 : counted === offset) return end ? i + 1 : i;
    counted++;
  }
  return given.length;
}
