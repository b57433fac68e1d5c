// Freshdesk (https://<sub>.freshdesk.com/a/tickets/<id>), the agent app. The requester's description and each later
// conversation entry are items of one list; notes and replies by agents carry other markers.
//
// Evidence:
// - clockify/browser-extension `src/integrations/freshdesk.js` (2026-03-10): the open ticket's wrapper
//   `.app-main-wrapper:has(#ticket-details)`, subject `.sentiment-ticket-heading` (else the page title), number
//   `.breadcrumb__item.active`, the `/tickets/<id>` address.
// - Public Freshdesk userscripts (found in the research code index by `ticket-details__privatenote`; the index does
//   not name their repositories): entries `.ticket-details__item`; the requester's entries
//   `.ticket-details__requestor`; private notes `.ticket-details__privatenote`; replies from outside users carry both
//   markers (a third party answering a forwarded note), and agents' replies neither.
// - A public Freshdesk summariser content script (same index): conversations `div[data-test-id="conversation-wrapper"]`
//   with author `.user` and text `div[data-test-conversation="conversation-text"]`; the description
//   `div[data-album*="ticket_"] .text-content-wrapper`; older history folded behind `button[data-test-button="load-more"]`
//   (it clicks it; Extra Mile does not press the desk's buttons, so it says the older history was not read).
// The legacy /helpdesk/tickets/ pages have no public evidence: their selectors were dropped, and they read through
// the generic reader, which says so.
import { defineSelectorAdapter, idFromText, firstText, idFromUrl, parentElementOf, previousElementSiblingOf } from './read';

const ENTRY = '.ticket-details__item, [data-test-id="conversation-wrapper"]';
/** The requester's description where the list marker is missing, as the summariser reads it. */
const DESCRIPTION = 'div[data-album*="ticket_"]';

/**
 * The author link before the description within its own block: the siblings before it and before each of its
 * ancestors, up to the first ancestor that holds a conversation entry (the list: another entry's author, or the page's
 * header, is not the description's); at most AUTHOR_LEVELS up and AUTHOR_SIBLINGS back, so a page nested thousands
 * deep, or wide, costs no more. Walked through the DOM's own getters: a page's <form> answers `previousElementSibling`
 * with its field of that name, whose sibling before it is the form again, and the tab froze (a review, 2026-12-05).
 */
const AUTHOR_LEVELS = 6;
const AUTHOR_SIBLINGS = 50;
function authorBeside(description: Element): Element | null {
  let at: Element = description;
  for (let level = 0; level < AUTHOR_LEVELS; level++) {
    const parent = parentElementOf(at);
    if (!parent || parent.querySelector(ENTRY)) return null;
    let before = previousElementSiblingOf(at);
    for (let seen = 0; before && seen < AUTHOR_SIBLINGS; seen++, before = previousElementSiblingOf(before)) {
      const author = before.matches('a.user') ? before : before.querySelector('a.user');
      if (author) return author;
    }
    at = parent;
  }
  return null;
}

export default defineSelectorAdapter({
  id: 'freshdesk',
  label: 'Freshdesk',
  matches: ['https://*.freshdesk.com/a/*', 'https://*.freshdesk.com/helpdesk/tickets/*'],
  scope: [
    '.app-main-wrapper:has(#ticket-details)', // the wrapper holding the open ticket
  ],
  subject: ['.sentiment-ticket-heading'],
  // The tab's title where the heading is not in the page's own tree: "[#352179] Altitude+ cancellation : ViewLift"
  // (Pepperoni-mc/viewlift-userscripts `scripts/better-viewlift.user.js`, 2026-08-21: the subject moved into the
  // ticket-details element's shadow root, and the title is where it stays readable; clockify reads the title too).
  // Only a title that names this ticket's number, without it and the portal's name after the last " : ".
  subjectElsewhere: (doc, id) => {
    const title = /^\[#(\d+)\]\s*(.*?)(?:\s+:\s+[^:]*)?$/.exec(doc.title.trim());
    return title && title[1] === id ? (title[2] ?? '') : '';
  },
  ticketId: (url, doc) => idFromUrl(url, /\/(?:a\/tickets|helpdesk\/tickets)\/(\d+)/) ?? idFromText(firstText(doc, ['.breadcrumb__item.active'])),
  message: {
    item: [
      '#ticket-details .ticket-details__item', // the description, then each conversation entry
      // Where the list marker is missing: the description (outside any conversation wrapper, as the summariser
      // reads it) and the conversation entries, in page order.
      `${DESCRIPTION}, div[data-test-id="conversation-wrapper"]`,
    ],
    body: ['[data-test-conversation="conversation-text"]', '.text-content-wrapper'],
    // The requester's own entries; not a note (an outside user's reply to a forwarded note carries both markers). The
    // description read on its own is the requester's, unless the author beside it is an agent (an outbound email
    // ticket): Freshdesk's agent app links a contact at /a/contacts/<id>, an agent under /agents/ (structural).
    customerRule: () => (item) =>
      (item.classList.contains('ticket-details__requestor') && !item.classList.contains('ticket-details__privatenote')) ||
      (item.matches(DESCRIPTION) && !/\/agents\//.test(authorBeside(item)?.getAttribute('href') ?? '')),
    author: ['.user'],
    // Freshdesk's outgoing mail wraps the quoted conversation in freshdesk_quote (the project's reading of its mails).
    strip: ['.freshdesk_quote'],
    time: ['time[datetime]'],
  },
  order: 'oldest-first',
  olderHidden: ['button[data-test-button="load-more"]'],
  editor: [
    '.fr-element.fr-view[contenteditable="true"]', // Froala reply or note editor, once opened (the summariser inserts here)
  ],
});
