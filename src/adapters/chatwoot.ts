// Chatwoot (self-hosted, or cloud at app.chatwoot.com): /app/accounts/<a>/conversations/<id>. A Vue app;
// the conversation panel lists messages with incoming (contact) ones on the left.
//
// Evidence: the desk's own source, chatwoot/chatwoot `app/javascript/dashboard/` (per DESKS.md): the conversation
// panel's `li.left` (incoming) and `li.right` (outgoing) bubbles, private notes `.bubble.is-private` (2.x – 3.x),
// `[data-message-id]` bubbles (4.x). Not checked against a running 4.x instance: a structural reading of its templates,
// `components-next/message/` (read in the research code index 2026-12-03): Message.vue (47a51cc9) puts a message on the
// left unless an agent, a bot or the system sent it (private notes are agents'), and bubbles/Base.vue (72cfe5c6) gives
// the bubble `left-bubble` or `right-bubble` by that side alone, its colour by variant, where an email inbox's bubbles
// (the EMAIL variant) have none; bubbles/Email/EmailMeta.vue (3143ec98) writes the mail's subject as the last line of the
// email bubble's first section ("Subject: …", the label in the agent's language), under the From / To / Cc lines.
// Replies and private notes are written in the same reply box, switched by its Reply / Private Note tabs: chatwoot/chatwoot
// `app/javascript/dashboard/components/widgets/conversation/ReplyBox.vue` (stored version 0031e5d5, read in the research
// code index 2026-12-02) gives `div.reply-box` the class `is-private` while the box writes a private note (`replyBoxClass`,
// `isPrivate`: the Private Note mode, or a conversation that can no longer be replied to); the index's other versions
// of that template (found by the string `'is-private': this.isPrivate,`, repositories not named) set the same class.
// The contact's name, for "[name]": the conversation header's first part, inside the scope (ConversationBox.vue puts
// ConversationHeader first in div.conversation-details-wrap; the conversation list and 4.x's contact panel are its
// siblings). chatwoot/chatwoot `app/javascript/dashboard/components/widgets/conversation/ConversationHeader.vue`, read in
// two forks' copies of upstream history (cesar-carlos/chatwoot, md-riaz/chatwoot), 2026-12-03: 2.x (2.12.0 38f9c3940,
// 2.18.0 3054a4cb5) `h3.user--name` holding `{{ currentContact.name }}`; 3.x (3.16.0 3c93cdb8b) and 4.x (4.0.3 e4ea078e5,
// 4.4.0 d908c880d, the same at e13e3c873, 2026-01-19) an unclassed row, the first child of the element that holds
// `.conversation--header--actions`, whose text is the name alone. A contact with no name shows none (the header is
// empty); a web widget visitor's generated name ("silent-sea-123") or a phone number reads as no first name
// (content/first-name.ts), so "[name]" stays for the agent.
import { defineSelectorAdapter, hasAny, idFromUrl, queryOne } from './read';

function isIncoming(item: Element): boolean {
  // 2.x – 3.x: <li class="left"> is incoming, "right" outgoing; private notes are .bubble.is-private.
  if (item.localName === 'li') return item.classList.contains('left') && !queryOne(item, '.bubble.is-private');
  // 4.x: the side (an email's bubble has no colour; before 2026-12-03 no email of a contact was read), and not an
  // agent's, a private note's or a bot's colour (Base.vue), for builds whose side was the viewer's own messages against
  // everyone else's, where a colleague's reply or note sat on the left too (a colleague's email there cannot be told).
  return queryOne(item, '.left-bubble:not(.bg-n-solid-amber, .bg-n-solid-blue, .bg-n-solid-iris)') !== null;
}

/** EmailMeta's last line, where it is the subject: its label dropped; a From / To / Cc line (an address) is none. */
function emailSubject(line: string): string {
  if (line.includes('@')) return '';
  return line.replace(/^[^:：]{1,40}[:：]\s*/, '');
}

export default defineSelectorAdapter({
  id: 'chatwoot',
  label: 'Chatwoot',
  matches: ['https://app.chatwoot.com/*'],
  // The dashboard's conversation layout.
  detect: (doc) => hasAny(doc, ['.conversation-details-wrap', '.conversations-list-wrap']) && hasAny(doc, ['#app']),
  scope: ['.conversation-details-wrap'],
  // Chats have no subject; 4.x email conversations show the mail's in each email bubble's meta lines (a subject with an
  // "@" in it is not told from an address line: then none is read, and the messages still are).
  subject: ['.conversation-details-wrap [data-bubble-name="email"] > section:first-of-type > div:last-child'],
  subjectFrom: emailSubject,
  ticketId: (url) => idFromUrl(url, /\/conversations\/(\d+)/),
  message: {
    item: [
      '.conversation-panel > li', // 2.x – 3.x
      '[data-message-id]', // 4.x
    ],
    body: ['.text-content', '.message-text__wrap', '.prose-bubble', '[class*="prose"]'],
    customerRule: () => isIncoming,
    strip: ['.quoted-text', '[data-quoted]'],
  },
  contact: [
    'div:has(> .conversation--header--actions) > :first-child', // 3.x – 4.x
    '.user--name', // 2.x
  ],
  order: 'oldest-first',
  editor: [
    '.reply-box .ProseMirror[contenteditable="true"]', // ProseMirror reply box
    '.reply-box textarea',
  ],
  // The reply box set to Private Note.
  noteMode: ['.reply-box.is-private'],
});
