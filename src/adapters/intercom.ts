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
// - "Support Copilot for Intercom" (its content script and CHANGELOG in the research code index, 2026-04-27, repository
//   not named): a part group's `data-part-group-id` and its sender's kind in `data-part-group-category` (1 the
//   customer, 3 a teammate, 5 a bot, 20 the system); text `.interblocks-html`; the reply composer
//   `[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]`. Its changelog says Intercom renamed
//   `inbox2__` classes to `inbox-2__` in April 2026, which the composer's first selector below may predate.
// Structural guess: where no part says its sender's kind, bot answers (Fin, Operator) carry the same avatar-name marker
// as teammates, since Intercom treats bots as teammates; if they do not, a bot's answer is read as the customer's.
// Event parts (assignments) have no message text and are passed over.
import { defineSelectorAdapter, idFromUrl, queryOne } from './read';

const TEXT = '.intercom-interblocks-html, .interblocks-html';
/** The part group's sender kind, where Intercom writes it: "1" is the customer (others: teammate, bot, system). */
const CATEGORY = 'data-part-group-category';

function isCustomer(item: Element): boolean {
  const category = item.closest(`[${CATEGORY}]`)?.getAttribute(CATEGORY) ?? queryOne(item, `[${CATEGORY}]`)?.getAttribute(CATEGORY);
  if (queryOne(item, TEXT) === null) return false;
  if (category !== null && category !== undefined) return category === '1';
  return !queryOne(item, '[data-testid="admin-avatar-name"]');
}

export default defineSelectorAdapter({
  id: 'intercom',
  label: 'Intercom',
  matches: ['https://app.intercom.com/*', 'https://app.eu.intercom.com/*', 'https://app.au.intercom.com/*'],
  subject: [
    '[data-inbox-conversation-header-title] span', // 2022+
  ],
  ticketId: (url) => idFromUrl(url, /\/conversations?\/(\d+)/),
  message: {
    item: [
      'div[data-intercom-target="conversation-stream-content-part"]',
      '[data-part-group-id]', // where the parts carry no target (Support Copilot's first choice before April 2026)
    ],
    body: [TEXT],
    allBodies: true, // one block per paragraph group, image caption or quote
    customerRule: () => isCustomer,
    time: ['time[datetime]'],
  },
  order: 'oldest-first',
  editor: [
    '[data-conversation-reply-composer] .ProseMirror[contenteditable="true"]',
    '.inbox2__composer__container .ProseMirror.embercom-prosemirror-composer-editor[contenteditable="true"]',
    'div.ProseMirror.embercom-prosemirror-composer-editor',
  ],
});
