// Intercom inbox (https://app.intercom.com/a/inbox/<app>/inbox/.../conversation/<id>). A conversation
// is a stream of parts: the user's messages, teammates' replies, notes, and events.
import { defineSelectorAdapter, idFromUrl } from './read';

export default defineSelectorAdapter({
  id: 'intercom',
  label: 'Intercom',
  matches: ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'],
  scope: [
    '[data-conversation-id]', // the open conversation's pane
  ],
  subject: [
    '[data-inbox-conversation-header-title] span', // 2022+
    '.conversation__card__title__text', // 2019 – 2021
    '.inbox__card__header__title',
  ],
  ticketId: (url, _doc, scope) =>
    idFromUrl(url, /\/conversations?\/(\d+)/) ?? (scope instanceof Element ? scope.getAttribute('data-conversation-id') : null),
  message: {
    item: [
      '[data-intercom-target="conversation-stream-content-part"]', // 2022+
      '.conversation__part', // 2019 – 2021
    ],
    body: ['.intercom-interblocks', '.conversation__text'],
    // Parts by the end user carry "o__user"; teammates' replies "o__admin", notes "o__note", bots "o__bot".
    isCustomer: (item) => item.matches('.o__user, [data-part-author-type="user"], [data-part-author-type="lead"]') && !item.matches('.o__note, [data-part-type="note"]'),
    author: ['[data-intercom-target="conversation-part-author"]', '.conversation__part__author'],
    time: ['time[datetime]'],
  },
  order: 'oldest-first',
  editor: [
    '[data-intercom-target="inbox-composer"] [contenteditable="true"]', // 2022+ ProseMirror composer
    '.embercom-prosemirror-composer-editor[contenteditable="true"]',
    '.composer-inbox [contenteditable="true"]',
  ],
});
