// Freshdesk (https://<sub>.freshdesk.com/a/tickets/<id>), the Ember agent app. The ticket view keeps
// the requester's first message apart from the later conversation entries.
import { defineSelectorAdapter, firstText, idFromText, idFromUrl } from './read';

export default defineSelectorAdapter({
  id: 'freshdesk',
  label: 'Freshdesk',
  matches: ['https://*.freshdesk.com/a/*', 'https://*.freshdesk.com/helpdesk/tickets/*'],
  scope: [
    '.app-main-wrapper:has(#ticket-details)', // current UI: the wrapper holding the open ticket
    '#Pagearea', // legacy helpdesk UI
  ],
  subject: [
    '.sentiment-ticket-heading', // current UI
    '.ticket-subject-heading', // mint (2018 – 2022)
    'h2.subject', // legacy helpdesk UI
  ],
  ticketId: (url, doc) =>
    idFromUrl(url, /\/(?:a\/tickets|helpdesk\/tickets)\/(\d+)/) ?? idFromText(firstText(doc, ['.breadcrumb__item.active', '#ticket-display-id'])),
  message: {
    item: [
      '#ticket-details .ticket-details__item', // current and mint: the description, then each conversation entry
      '#ticket_original_request, .conversation_thread .conversation', // legacy helpdesk UI
    ],
    body: ['.ticket-details__body', '.conversation__body', '.details', '.commentbox'],
    // The requester's description, or an incoming (customer) conversation; never a private note or an agent reply.
    isCustomer: (item) =>
      !item.matches('.is-private, .private-note, .conversation--note') &&
      (item.matches('.ticket-details__requestor, #ticket_original_request') || item.matches('.conversation--incoming, .incoming')),
    author: ['.user-info .user-name', '.user_name'],
    strip: ['.quoted-text', '.freshdesk_quote', '.show-quoted-text'],
    time: ['time[datetime]'],
  },
  order: 'oldest-first',
  editor: [
    '.reply-editor .fr-element[contenteditable="true"]', // Froala editor inline
    '.reply-editor iframe.fr-iframe', // Froala in iframe mode
    '#reply-editor [contenteditable="true"]',
    'textarea#reply-email-body',
  ],
  pending: ['#ticket-details .conversations-loading', '#ticket-details [data-test-id="conversation-loader"]'],
});

