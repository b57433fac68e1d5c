// Choices an agent makes on one ticket, in storage.session, so they hold across page reloads and a side panel closed
// and opened again, and are gone when the browser closes. Keyed by a hash of where the ticket is and which it is; no
// ticket text is stored. Each choice arrives as a change (this lesson marked, or not), applied to what is stored, and
// reads and changes run in the order they were asked: a ranking asked after a click reads the list with that click,
// and a click made before the tab knew the list (a panel still showing the ticket as it reloads) adds to it instead of
// replacing it.
import browser from '../browser';
import { sha256Hex } from '../digest';
import { FEEDBACK_RESET_KEY, TICKET_HELPFUL_PREFIX, TICKET_HIDDEN_PREFIX } from './keys';
import { writeQueue } from './store';

/** Ticket choices' own queue and lock (store.ts): the background reads them on every ranking. */
const inOrder = writeQueue('extra-mile-ticket-choices');

// Reads go through the ticket choices' queue too (`inOrder`), after every change asked before them. The order asked
// is the order a tab's messages reach the background: both browsers deliver one frame's messages in the order sent,
// which this relies on (a click, then the ranking after it).

/** Lessons marked one way on one ticket: `where` says where the ticket is (a site, a tab), `ticket` which it is. */
function ticketLessons(prefix: string) {
  const keyOf = async (where: string, ticket: string) => prefix + (await sha256Hex(`${String(where)}\n${String(ticket)}`));
  const read = async (key: string): Promise<string[]> => {
    const stored = ((await browser.storage.session.get(key)) as Record<string, unknown>)[key];
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
  };
  return {
    /** The lessons marked on this ticket, in the order marked. */
    list: (where: string, ticket: string): Promise<string[]> => inOrder(async () => read(await keyOf(where, ticket)), { acrossContexts: false }),
    /** Marks one lesson on this ticket, or takes that back; the ticket's other choices stay. */
    set: (where: string, ticket: string, lessonId: string, marked: boolean): Promise<void> =>
      inOrder(async () => {
        const key = await keyOf(where, ticket);
        const lessonIds = (await read(key)).filter((id) => id !== lessonId);
        if (marked) lessonIds.push(lessonId);
        if (lessonIds.length) await browser.storage.session.set({ [key]: lessonIds });
        else await browser.storage.session.remove(key);
      }),
  };
}

/** Not relevant on one ticket of a site (`origin`): the background leaves those lessons out of its rankings. */
const hidden = ticketLessons(TICKET_HIDDEN_PREFIX);
export const ticketHiddenLessons = hidden.list;
export const setTicketLessonHidden = hidden.set;

/** Helpful pressed on one ticket in a tab (`where`: the tab and the site): the side panel shows it pressed when it
 * opens again, instead of counting a second press. */
const helpful = ticketLessons(TICKET_HELPFUL_PREFIX);
export const ticketHelpfulLessons = helpful.list;
export const setTicketLessonHelpful = helpful.set;

/**
 * Feedback reset (Options): Helpful pressed on any ticket is taken back with the counts, for one lesson or all, and
 * FEEDBACK_RESET_KEY changes so that an open side panel draws those buttons unpressed (a press there would otherwise
 * take back a count that is no longer there, and the next count twice).
 */
export function forgetHelpful(lessonId?: string): Promise<void> {
  return inOrder(async () => {
    const all = (await browser.storage.session.get(null)) as Record<string, unknown>;
    // Only the lists that held the lesson are written: another page (the side panel) may be saving a press meanwhile.
    const remove: string[] = [];
    const keep: Record<string, string[]> = {};
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(TICKET_HELPFUL_PREFIX)) continue;
      const ids = Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
      if (lessonId !== undefined && !ids.includes(lessonId)) continue;
      const left = lessonId === undefined ? [] : ids.filter((id) => id !== lessonId);
      if (left.length) keep[key] = left;
      else remove.push(key);
    }
    if (remove.length) await browser.storage.session.remove(remove);
    // A count, not a time: a value written again unchanged is no change, and the browser would not report it.
    const resets = all[FEEDBACK_RESET_KEY];
    await browser.storage.session.set({ ...keep, [FEEDBACK_RESET_KEY]: (typeof resets === 'number' ? resets : 0) + 1 });
  });
}

/** Calls back at each feedback reset (forgetHelpful), in any window, until `signal` aborts: an open side panel then
 * draws the Helpful it shows pressed as unpressed. */
export function onFeedbackReset(listener: () => void, signal: AbortSignal): void {
  const changed = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && FEEDBACK_RESET_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(changed);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(changed), { once: true });
}
