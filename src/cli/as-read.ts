// The CLI ranks a ticket as the extension would read it: each message without what the desk readers leave out.
import { blankUnread } from '../adapters/clean/blank-unread';
import type { TicketText } from '../engine/index';

/** A ticket's text, or each of its messages (the subject is a line of its own), with what is not read blanked. */
export function asRead(ticket: string | TicketText): string | TicketText {
  return typeof ticket === 'string' ? blankUnread(ticket) : { ...ticket, messages: ticket.messages.map(blankUnread) };
}
