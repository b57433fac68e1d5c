// Not relevant on one ticket: in storage.session, so it holds across page reloads and is gone when the browser
// closes. Keyed by a hash of the site and the ticket; no ticket text is stored. A tab sends each choice as a change
// (this lesson hidden, or shown again), applied to what is stored, and reads and changes run in the order they were
// asked: a ranking asked after a click reads the list with that click, and a click made before the tab knew the list
// (a panel still showing the ticket as it reloads) adds to it instead of replacing it.
import browser from '../browser';
import { sha256Hex } from '../digest';
import { TICKET_HIDDEN_PREFIX } from './keys';
import { serially } from './store';

// Reads go through the settings' one queue too (`serially`), after every change asked before them. The order asked
// is the order a tab's messages reach the background: both browsers deliver one frame's messages in the order sent,
// which this relies on (a click, then the ranking after it).

async function keyOf(origin: string, ticket: string): Promise<string> {
  return TICKET_HIDDEN_PREFIX + (await sha256Hex(`${String(origin)}\n${String(ticket)}`));
}

async function read(key: string): Promise<string[]> {
  const stored = ((await browser.storage.session.get(key)) as Record<string, unknown>)[key];
  return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
}

/** The lessons marked not relevant on this ticket of this site, in the order marked. */
export function ticketHiddenLessons(origin: string, ticket: string): Promise<string[]> {
  return serially(async () => read(await keyOf(origin, ticket)));
}

/** Marks one lesson not relevant on this ticket (hidden), or takes that back; the ticket's other choices stay. */
export function setTicketLessonHidden(origin: string, ticket: string, lessonId: string, hidden: boolean): Promise<void> {
  return serially(async () => {
    const key = await keyOf(origin, ticket);
    const lessonIds = (await read(key)).filter((id) => id !== lessonId);
    if (hidden) lessonIds.push(lessonId);
    if (lessonIds.length) await browser.storage.session.set({ [key]: lessonIds });
    else await browser.storage.session.remove(key);
  });
}
