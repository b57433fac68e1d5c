// Chatwoot (self-hosted, or cloud at app.chatwoot.com): /app/accounts/<a>/conversations/<id>. A Vue app;
// the conversation panel lists messages with incoming (contact) ones on the left.
//
// Evidence: the desk's own source, chatwoot/chatwoot `app/javascript/dashboard/` (per DESKS.md): the conversation
// panel's `li.left` (incoming) and `li.right` (outgoing) bubbles, private notes `.bubble.is-private` (2.x – 3.x),
// `[data-message-id]` bubbles (4.x). Not checked against a running 4.x instance: a structural reading of its template.
// Replies and private notes are written in the same reply box, switched by its Reply / Private Note tabs: chatwoot/chatwoot
// `app/javascript/dashboard/components/widgets/conversation/ReplyBox.vue` (stored version 0031e5d5, read in the research
// code index 2026-12-02) gives `div.reply-box` the class `is-private` while the box writes a private note (`replyBoxClass`,
// `isPrivate`: the Private Note mode, or a conversation that can no longer be replied to); the index's other versions
// of that template (found by the string `'is-private': this.isPrivate,`, repositories not named) set the same class.
import { defineSelectorAdapter, hasAny, idFromUrl, queryOne } from './read';

function isIncoming(item: Element): boolean {
  // 2.x – 3.x: <li class="left"> is incoming, "right" outgoing; private notes are .bubble.is-private.
  if (item.localName === 'li') return item.classList.contains('left') && !queryOne(item, '.bubble.is-private');
  // 4.x: the bubble's variant class — "user" bubbles are bg-n-slate-4 / bg-n-solid-received; private notes amber.
  return queryOne(item, '.left-bubble.bg-n-slate-4, .left-bubble.bg-n-solid-received') !== null;
}

export default defineSelectorAdapter({
  id: 'chatwoot',
  label: 'Chatwoot',
  matches: ['https://app.chatwoot.com/*'],
  // The dashboard's conversation layout.
  detect: (doc) => hasAny(doc, ['.conversation-details-wrap', '.conversations-list-wrap']) && hasAny(doc, ['#app']),
  scope: ['.conversation-details-wrap'],
  // Chats have no subject; email conversations show the mail's subject in the first bubble's header.
  subject: ['.conversation-details-wrap [data-email-subject]', '.conversation-details-wrap .email-subject'],
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
