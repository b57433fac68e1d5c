// Ranking a ticket a tab hands over: its messages cleaned to the customer's own words first (the tab reads them as the
// page shows them), then the engine in use, the agent's feedback and the lessons kept as not relevant for this ticket;
// and the shape a tab's ticket must have to be ranked at all.
import { cleanTexts } from '../adapters/clean/clean-ticket';
import type { RankReply } from '../messages';
import { analyse, type TicketText } from '../engine/index';
import { feedbackWeights, lessonFeedback, ticketHiddenLessons } from '../settings';
import { currentEngine } from './library';

/**
 * Ranks a ticket as read in a tab (each message as the page shows it), and says what its messages were cleaned to; with
 * `stored`, also leaves out (and names) the lessons kept as not relevant for it.
 */
export async function rankTicket(read: TicketText, limit: number, exclude: string[], stored?: { origin: string; ticket: string }): Promise<RankReply> {
  const cleaned = cleanTexts(read.subject ?? '', read.messages);
  const ticket: TicketText = { ...read, messages: cleaned.messages.filter(Boolean) };
  const [current, feedback, storedHidden] = await Promise.all([
    currentEngine(),
    // Unreadable storage costs the ranking the agents' feedback weights, or the tab its stored choices for now (it asks
    // again next time), not its suggestions.
    lessonFeedback().catch(() => ({})),
    stored ? ticketHiddenLessons(stored.origin, stored.ticket).catch(() => undefined) : undefined,
  ]);
  const { suggestions, notEnglish } = analyse(ticket, current, { limit, exclude: new Set([...exclude, ...(storedHidden ?? [])]), weights: feedbackWeights(feedback) });
  return { suggestions, cleaned, ...(storedHidden ? { storedHidden } : {}), ...(notEnglish ? { notEnglish } : {}) };
}

export function isStoredTicket(value: unknown): value is { origin: string; ticket: string } {
  const v = value as { origin?: unknown; ticket?: unknown } | null;
  return typeof v === 'object' && v !== null && typeof v.origin === 'string' && typeof v.ticket === 'string';
}

export function isTicket(value: unknown): value is TicketText {
  const t = value as TicketText | null;
  return typeof t === 'object' && t !== null && Array.isArray(t.messages) && t.messages.every((m) => typeof m === 'string') && (t.subject === undefined || typeof t.subject === 'string');
}

