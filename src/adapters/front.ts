// Front (https://app.frontapp.com/open/<cnv_id>, /inboxes/.../<cnv_id>). Styled-components class names carry a
// hash that changes per deploy, so only their "file__Component" prefixes are matched.
//
// Evidence:
// - A public Front integration's content script ("Central", selectors stated "as of Feb 2026"; found in the research
//   code index by `messageHtml__StyledHtmlDiv`; the index does not name its repository): subject
//   `[data-searchable-subject="true"] span`; `viewer__StyledViewerDiv` (data-testid "viewer-<id>") is the whole
//   conversation viewer; messages `messageViewerBase__StyledMessageDiv` or `[role="article"]`; bodies
//   `messageHtml__StyledHtmlDiv`, else `messageViewerEmailBody__StyledEmailDiv`, a collapsed message's
//   `messageViewerCollapsed__StyledBlurbDiv`; sender `messageViewerRecipient__StyledDetailsWrapperDiv > div:first-child`
//   and handle `messageViewerRecipient__StyledHandleSpan` ("Name <address>").
// - clockify/browser-extension `src/integrations/front.js` (2023-01-04): the 2021–2022 subject
//   `conversationSubjectWrapper__StyledSubjectContainerDiv > div > span`.
// Structural guess (nothing public shows a message's direction): the conversation's first message is the
// customer's, and so is every message from the same sender handle. Degrades on a conversation a teammate started:
// the teammate's messages are then read as the customer's.
import { defineSelectorAdapter, firstText, sentByFirstSender } from './read';

const SENDER = ['[class*="messageViewerRecipient__StyledHandleSpan"]', '[class*="messageViewerRecipient__StyledDetailsWrapperDiv"] > div:first-child'];

/** A message's sender: the address in its handle ("Name <address>"), else the name shown. */
function senderOf(item: Element): string {
  const handle = firstText(item, SENDER);
  return (/<([^>]+)>/.exec(handle)?.[1] ?? handle).toLowerCase();
}

export default defineSelectorAdapter({
  id: 'front',
  label: 'Front',
  matches: ['https://app.frontapp.com/*'],
  scope: [
    '[class*="viewer__StyledViewerDiv"]', // 2026: the open conversation's viewer
  ],
  subject: [
    '[data-searchable-subject="true"] span', // 2023+
    '[class*="conversationSubjectWrapper__StyledSubjectContainerDiv"] > div > span', // 2021 – 2022
  ],
  // No ticket number: the evidence shows none on the page. The cnv_… in the address and the viewer's numeric
  // data-testid (viewer-<id>) are Front's internal conversation keys, which mean nothing to agent or customer, so the
  // panel shows none and "[ticket number]" stays a placeholder to fill.
  ticketId: () => null,
  message: {
    item: [
      '[class*="messageViewerBase__StyledMessageDiv"]', // 2026
      '[role="article"]', // the same messages by their role, when the class prefix changes
    ],
    body: [
      '[class*="messageHtml__StyledHtmlDiv"]',
      '[class*="messageViewerEmailBody__StyledEmailDiv"]',
      '[class*="messageViewerCollapsed__StyledBlurbDiv"]', // collapsed: only its blurb is in the page
    ],
    // The customer is whoever sent the conversation's first message (see the structural guess above).
    customerRule: ({ items }) => sentByFirstSender(items[0], senderOf),
    author: ['[class*="messageViewerRecipient__StyledDetailsWrapperDiv"] > div:first-child'],
    time: ['time[datetime]'],
  },
  order: 'oldest-first',
  editor: [
    '[class*="draftEditor__StyledEditor"] [contenteditable="true"]', // reply composer (structural guess)
    '[class*="composer"] [contenteditable="true"]',
    '[contenteditable="true"][role="textbox"]',
  ],
});
