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
  order: 'oldest-first',
  editor: [
    '.reply-box .ProseMirror[contenteditable="true"]', // ProseMirror reply box
    '.reply-box textarea',
  ],
  // The reply box set to Private Note.
  noteMode: ['.reply-box.is-private'],
});
