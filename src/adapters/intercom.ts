// Intercom inbox (https://app.intercom.com/a/inbox/<app>/inbox/.../conversation/<id>). A conversation is a stream
// of parts: the customer's messages, teammates' replies and notes, bot answers, and events.
//
// Evidence:
// - clockify/browser-extension `src/integrations/intercom.js` (2026-03-10): the subject
//   `[data-inbox-conversation-header-title] span`; the toolbar `[data-intercom-target="conversation-toolbar"]`.
// - A public Intercom reply-helper content script (v4.2; found in the research code index by
//   `intercom-interblocks-html`; the index does not name its repository): parts
//   `div[data-intercom-target="conversation-stream-content-part"]`; a part is the customer's when it has no teammate
//   avatar name `[data-testid="admin-avatar-name"]`; its text `.intercom-interblocks-html`; the composer
//   `div.ProseMirror.embercom-prosemirror-composer-editor` inside `div.inbox2__composer__container`.
// Structural guess: bot answers (Fin, Operator) carry the same avatar-name marker as teammates, since Intercom
// treats bots as teammates; if they do not, a bot's answer is read as the customer's. Event parts (assignments)
// have no message text and are passed over.
import { defineSelectorAdapter, idFromUrl, queryOne } from './read';

const TEXT = '.intercom-interblocks-html';

export default defineSelectorAdapter({
  id: 'intercom',
  label: 'Intercom',
  matches: ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'],
  subject: [
    '[data-inbox-conversation-header-title] span', // 2022+
  ],
  ticketId: (url) => idFromUrl(url, /\/conversations?\/(\d+)/),
  message: {
    item: ['div[data-intercom-target="conversation-stream-content-part"]'],
    body: [TEXT],
    allBodies: true, // one block per paragraph group, image caption or quote
    customerRule: () => (item) => !queryOne(item, '[data-testid="admin-avatar-name"]') && queryOne(item, TEXT) !== null,
    time: ['time[datetime]'],
  },
  order: 'oldest-first',
  editor: [
    '.inbox2__composer__container .ProseMirror.embercom-prosemirror-composer-editor[contenteditable="true"]',
    'div.ProseMirror.embercom-prosemirror-composer-editor',
  ],
});
