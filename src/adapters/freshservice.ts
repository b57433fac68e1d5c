// Freshservice (https://<sub>.freshservice.com/a/tickets/<id>, the agent app since 2023; the legacy
// /helpdesk/tickets/<id> page), Freshworks' IT service desk: the requester's request and later replies, beside
// agents' replies and private notes.
//
// Evidence:
// - clockify/browser-extension `src/integrations/freshservice.js` (2026-03-10): the new UI ("March 2023") ticket tabs
//   `.ticket-tabs .multitab-navlist`, the number `[data-test-id="ticket-human-display-id"]`, the subject
//   `[data-test-id="subject-text"]`; the legacy page's header `#sticky_header.tkt-details-sticky`, its subject
//   `#ticket_original_request_section .subject` and number `.ticket_header span`.
// - toggl/track-extension `src/content/freshservice.js` (2025-03-28): the subject `.summary-content .subject-text`.
// - A public Freshservice helper extension's content script (found in the research code index by
//   `ticket-human-display-id`; the index does not name its repository): the same number and subject test ids and the
//   requester's address `#primary_email` in the requester panel.
// Structural guess (nothing public shows how the conversation is built): on the legacy page the original request is
// `#ticket_original_request_section`; in the agent app the thread's entries are the `article` / `[role="article"]`
// elements of the main region, each entry's body its largest block of text and its header the rest. The first entry
// is the request, the requester's; a later entry is the requester's when its header shows the requester's address
// before any "to" / "cc" (an agent's reply may name the requester as its recipient).
// Degrades: where headers show only names, the request alone is read (a requester's later reply is missed); where
// no entry matches, the generic reader takes over and says so. Reply editor: Freshworks' Froala editor (as in
// Freshdesk's evidence), else the main region's editable box.
import { defineSelectorAdapter, firstText, headerText, idFromText, idFromUrl, structuralThread, type Thread } from './read';

const ENTRIES = [
  '#ticket_original_request_section', // legacy page: the original request
  '[role="main"] [role="article"]',
  '[role="main"] article',
  'main article',
];

/** The request (the first entry, or the legacy original-request section), or a later entry naming the requester. */
function customerRule({ items, doc }: Thread): (item: Element) => boolean {
  const request = items[0];
  const requester = firstText(doc, ['#primary_email']).toLowerCase();
  return (item) => {
    if (item === request || item.id === 'ticket_original_request_section') return true;
    if (!requester.includes('@')) return false;
    // The sender comes first: an agent's reply may show the requester's address after "to".
    const header = headerText(item).toLowerCase();
    const at = header.indexOf(requester);
    const to = header.search(/\b(?:to|cc|bcc)\b/);
    return at >= 0 && (to < 0 || at < to);
  };
}

export default defineSelectorAdapter({
  id: 'freshservice',
  label: 'Freshservice',
  matches: ['https://*.freshservice.com/a/tickets/*', 'https://*.freshservice.com/helpdesk/tickets/*'],
  subject: [
    '[data-test-id="subject-text"]', // agent app, 2023+
    '.summary-content .subject-text',
    '#ticket_original_request_section .subject', // legacy page
  ],
  // The number agents see ("INC-42", "SR-7"), else the id in the address.
  ticketId: (url, doc) =>
    idFromText(firstText(doc, ['[data-test-id="ticket-human-display-id"]', '.ticket_header span'])) ??
    idFromUrl(url, /\/(?:a|helpdesk)\/tickets\/(\d+)/),
  // Read by structure like any such thread, from the desk's own entries; the legacy request section shows its subject.
  message: { ...structuralThread(customerRule), item: ENTRIES, strip: ['.subject'] },
  order: 'oldest-first',
  editor: ['.fr-element.fr-view[contenteditable="true"]', '[role="main"] [contenteditable="true"]'],
});
