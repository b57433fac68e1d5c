// Front (https://app.frontapp.com/open/<cnv_id> or /inboxes/.../<id>). Styled-components class names
// carry a hash that changes per deploy, so only their stable prefixes are matched.
import { defineSelectorAdapter, idFromUrl } from './read';

export default defineSelectorAdapter({
  id: 'front',
  label: 'Front',
  matches: ['https://app.frontapp.com/*'],
  subject: [
    '[data-searchable-subject="true"] span', // 2023+
    '[class*="conversationSubjectWrapper__StyledSubjectContainerDiv"] > div > span', // 2021 – 2022
  ],
  ticketId: (url) => idFromUrl(url, /\/(cnv_[a-z0-9]+)/i) ?? idFromUrl(url, /\/(?:open|conversations?)\/([a-z0-9_]+)/i),
  message: {
    // Messages only; teammates' comments live in a different component and are never matched.
    item: ['[class*="messageViewer__StyledMessageViewerDiv"]'],
    body: ['[class*="viewer__StyledViewerDiv"]'],
    // Outbound messages (sent by a teammate) are marked with an outbound header; inbound ones are the customer's.
    isCustomer: (item) => !item.querySelector('[class*="messageViewerHeader__StyledOutbound"]'),
    author: ['[class*="messageViewerRecipient__StyledSenderName"]'],
    strip: ['[class*="quotedContent__"]'],
    time: ['time[datetime]'],
  },
  order: 'oldest-first',
  editor: [
    '[class*="draftEditor__StyledEditor"] [contenteditable="true"]', // reply composer
    '[class*="composer"] [contenteditable="true"]',
  ],
});
