// HubSpot help desk and conversations inbox (https://app.hubspot.com/help-desk/<portal>/.../ticket/<id>,
// /live-messages/<portal>/inbox/<thread id>). Messages carry their direction; comments are internal.
import { defineSelectorAdapter, idFromUrl } from './read';

export default defineSelectorAdapter({
  id: 'hubspot',
  label: 'HubSpot',
  matches: ['https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'],
  subject: [
    '[data-test-id="sticky-subject-header"]', // inbox thread header
    '[data-selenium-test="highlightTitle"]', // ticket record
  ],
  ticketId: (url) => idFromUrl(url, /\/ticket\/(\d+)/) ?? idFromUrl(url, /\/inbox\/(\d+)/) ?? idFromUrl(url, /\/thread\/(\d+)/),
  message: {
    item: ['[data-test-id="thread-history"] [data-message-id]'],
    body: ['[data-test-id="message-body"]', '.message-body'],
    // INCOMING messages are the visitor's or customer's; OUTGOING are agents'; COMMENT are internal.
    isCustomer: (item) => item.getAttribute('data-message-direction') === 'INCOMING' && item.getAttribute('data-message-type') !== 'COMMENT',
    author: ['[data-test-id="message-sender-name"]'],
    strip: ['[data-test-id="email-quoted-text"]', '.hs_reply'],
    time: ['time[datetime]'],
  },
  order: 'oldest-first',
  editor: [
    '[data-test-id="rich-text-editor"] [contenteditable="true"]', // inbox composer
    'iframe[data-test-id="email-editor-iframe"]', // email composer rendered in an iframe
  ],
});
