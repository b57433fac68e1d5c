// Dixa (https://<org>.dixa.com/conversation/<id>), the agent app: one conversation per view, across channels
// (email, chat, messaging).
//
// Evidence:
// - clockify/browser-extension `src/integrations/dixa.js` (2023-01-04) and toggl/track-extension
//   `src/content/dixa.js` (2022-01-13): the open conversation `.conversation-view__main`, its header
//   `[class^=conversationHeader__]` with the title `[class^=headline__] p`, the conversation number
//   `.conversation-view__main button span`.
// - TMetric's Dixa integration (found in the research code index by `conversation-view__main`; the index does not name
//   its repository): the same selectors, pages `*://*.dixa.com/conversation/*`.
// Structural guess (nothing public shows the thread): entries are the first of `[role="article"]`, `article`,
// `[role="listitem"]` in the conversation; an entry's body is its largest block of text, its header the rest, read as
// "sender · time · channel"; whoever sent the first entry is the customer (an inbound conversation starts with them)
// and so is every entry from the same sender. Degrades on an outbound conversation (the agent's entries are then read
// as the customer's) and where no entry matches (the generic reader takes over and says so). Reply editor: the
// conversation's editable box.
import { defineSelectorAdapter, firstText, headerText, idFromText, idFromUrl, sentByFirstSender, structuralThread } from './read';

const CONVERSATION = '.conversation-view__main';

/** The entry's sender: its header up to the first separator. */
function senderOf(item: Element): string {
  return (headerText(item).split(/[·•|\n]/)[0] ?? '').trim().toLowerCase();
}

export default defineSelectorAdapter({
  id: 'dixa',
  label: 'Dixa',
  matches: ['https://*.dixa.com/conversation/*'],
  scope: [CONVERSATION],
  subject: ['[class^=conversationHeader__] [class^=headline__] p'],
  ticketId: (url, _doc, scope) => idFromText(firstText(scope, ['button span'])) ?? idFromUrl(url, /\/conversation\/(\d+)/),
  message: structuralThread(({ items }) => sentByFirstSender(items[0], senderOf)),
  order: 'oldest-first',
  editor: [`${CONVERSATION} [contenteditable="true"]`, `${CONVERSATION} textarea`],
});
