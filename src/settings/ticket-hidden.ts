// Not relevant on one ticket: in storage.session, so it holds across page reloads and is gone when the browser
// closes. Keyed by a hash the background makes of the site and the ticket; no ticket text is stored.
import browser from '../browser';
import { TICKET_HIDDEN_PREFIX } from './keys';

export async function ticketHiddenLessons(ticketHash: string): Promise<string[]> {
  const key = TICKET_HIDDEN_PREFIX + ticketHash;
  const stored = ((await browser.storage.session.get(key)) as Record<string, unknown>)[key];
  return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
}

export async function setTicketHiddenLessons(ticketHash: string, lessonIds: readonly string[]): Promise<void> {
  const key = TICKET_HIDDEN_PREFIX + ticketHash;
  if (lessonIds.length) await browser.storage.session.set({ [key]: [...lessonIds] });
  else await browser.storage.session.remove(key);
}
