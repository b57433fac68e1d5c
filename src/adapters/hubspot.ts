// HubSpot help desk (https://app.hubspot.com/help-desk/<portal>/.../ticket/<id>/thread), a ticket opened in a
// record's side panel, and the conversations inbox (/live-messages/<portal>/inbox/<thread id>).
//
// Evidence: clockify/browser-extension `src/integrations/hubspot.js` (2026-03-10) reads only the frame of the page:
// the help desk app `[data-application-name="svh-help-desk"]` or a ticket panel `[data-layer-for="Panel"]`, the
// ticket's name `[data-test-id="ticket-header-name-link"] span`, its contact
// `[data-selenium-test="contact-chicklet-title-link"]`, a record's title `[data-selenium-test="highlightTitle"]`, the
// `/ticket/<id>/thread` address, and in the inbox the selected thread's contact
// `[data-test-id=thread-list-member-row][data-selected=true] [data-test-id="member-header"] [data-content="true"]`
// beside `[data-test-id="close-thread-button"]`.
// Nothing public shows how the thread itself is built, so it is read by structure with the shared reader
// (reader/entries.ts; a structural guess, proved on three layouts in tests/fixtures/hubspot/): entries are the first of
// `[role="article"]`, `article`, `[role="listitem"]` in the ticket's pane; an entry's body is its largest block of
// text, its header the rest; an entry is the customer's when its header opens with the ticket's contact (the sender
// comes first in each layout proved). Replies, comments and notes by teammates open with a teammate. Degrades when the contact's name is not on the page (no customer message: the generic reader takes
// over and says so) or when a teammate shares the contact's name.
import { defineSelectorAdapter, firstText, headerText, idFromUrl, structuralThread, type Thread } from './read';

const CONTACT = [
  '[data-selenium-test="contact-chicklet-title-link"]', // help desk and ticket records
  '[data-test-id=thread-list-member-row][data-selected=true] [data-test-id="member-header"] [data-content="true"]', // inbox
];

/**
 * An entry whose header opens with the ticket's contact as its sender (after an avatar's initials, if any), the name
 * whole: a teammate's "Zara Ahmed to Oliver Grant" names the contact too, and was read as the customer's until
 * 2026-12-03, as was a teammate whose name held the contact's.
 */
function customerRule({ doc }: Thread): (item: Element) => boolean {
  const contact = firstText(doc, CONTACT).toLowerCase();
  return (item) => {
    if (contact === '') return false;
    const header = headerText(item).toLowerCase();
    const initials = /^\p{L}{1,3}\s+/u.exec(header)?.[0] ?? '';
    return [header, header.slice(initials.length)].some((text) => text.startsWith(contact) && !/^[\p{L}\p{N}]/u.test(text.slice(contact.length)));
  };
}

export default defineSelectorAdapter({
  id: 'hubspot',
  label: 'HubSpot',
  matches: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'],
  scope: [
    '[data-application-name="svh-help-desk"]', // help desk
    '[data-layer-for="Panel"]', // a ticket opened in a record's side panel
    '[role="main"]', // inbox (structural guess: the page's main region)
    'main',
  ],
  subject: [
    '[data-test-id="ticket-header-name-link"] span', // help desk ticket
    '[data-layer-for="Panel"] [data-selenium-test="highlightTitle"]', // ticket record panel
  ],
  ticketId: (url) => idFromUrl(url, /\/ticket\/(\d+)/) ?? idFromUrl(url, /\/inbox\/(\d+)/) ?? idFromUrl(url, /\/thread\/(\d+)/),
  // The contact is the sender of every customer entry (customerRule): named so, a chat with no subject is titled by them.
  message: { ...structuralThread(customerRule), customerAuthor: ({ doc }) => firstText(doc, CONTACT) },
  order: 'oldest-first',
  editor: [
    // Structural guess: the reply box is the pane's editable text box.
    '[data-application-name="svh-help-desk"] [contenteditable="true"][role="textbox"]',
    '[data-layer-for="Panel"] [contenteditable="true"][role="textbox"]',
    '[role="main"] [contenteditable="true"][role="textbox"]',
    'main [contenteditable="true"][role="textbox"]',
  ],
});
