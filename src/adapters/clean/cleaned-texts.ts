// A ticket read in the desk's page, with the texts its messages were cleaned to (by the background, clean-ticket.ts):
// apart from the cleaning itself, because the content script puts them together too and must not carry its rules.
import type { Ticket } from '../types';

/** How a ticket's messages read once cleaned. */
export interface CleanedTexts {
  /** Each message's own words, in the order read: '' where none are left, or where the ticket was already full. */
  messages: string[];
  /** The ticket was full before its oldest words (MAX_TICKET_CHARS, the newest kept). */
  olderHidden: boolean;
}

/** Whether a value has CleanedTexts' shape for `count` messages (a reply from another context is checked, not trusted). */
export function isCleanedTexts(value: unknown, count: number): value is CleanedTexts {
  const v = value as Partial<CleanedTexts> | null;
  return typeof v === 'object' && v !== null && typeof v.olderHidden === 'boolean' && Array.isArray(v.messages) && v.messages.length === count && v.messages.every((m) => typeof m === 'string');
}

/** `read` with each message's text replaced by its cleaned one, and the messages with no words left out. */
export function withCleanedTexts(read: Ticket, cleaned: CleanedTexts): Ticket {
  const messages = read.messages.flatMap((message, i) => {
    const text = cleaned.messages[i];
    return text ? [text === message.text ? message : { ...message, text }] : [];
  });
  const ticket: Ticket = { ...read, messages };
  if (cleaned.olderHidden) ticket.olderHidden = true;
  return ticket;
}
