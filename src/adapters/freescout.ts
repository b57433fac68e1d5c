// FreeScout (self-hosted), conversation page /conversation/N. Server-rendered; the thread is newest first.
//
// Evidence: the desk's own templates, freescout-helpdesk/freescout `resources/views/conversations/` (per DESKS.md), and
// the real FreeScout pages in ../shared/desk-pages/freescout (rendered by FreeScout itself, read exactly by
// tests/desk-pages.test.ts): `#conv-layout-main .thread`, `.thread-type-customer`, `.thread-content`,
// `.conv-subjtext > span`.
// - One editor writes both a reply and a note: freescout-helpdesk/freescout `resources/views/conversations/view.blade.php`
//   draws one `.conv-reply-block` form (Summernote `#body`, a hidden `is_note` input), and `public/js/main.js`
//   `showNoteForm()` shows it with the class `conv-note-block` added, `showReplyForm()` with it removed (the style
//   sheet `public/css/style.css` hides the recipients and the send button under `.conv-note-block`); read at the
//   stored snapshot, version 1.8.145 (commit 7c3e57aa, 2024-06-19), the version of the real pages. The `is_note`
//   input's value is set by script, not as an attribute, so only the class tells.
import { defineSelectorAdapter, hasAny, idFromText, idFromUrl, firstText } from './read';

export default defineSelectorAdapter({
  id: 'freescout',
  label: 'FreeScout',
  // The conversation layout, the body's conversation marker, or the footer credit.
  detect: (doc) => hasAny(doc, ['#conv-layout-main', 'body[data-conversation_id]', '.footer a[href*="freescout.net"]']),
  subject: [
    '.conv-subjtext > span', // 1.8
    '#conv-subj-value', // the inline editor's input, same text
  ],
  // The conversation number shown beside the subject ("# 1"), else the id in the URL.
  ticketId: (url, doc) => idFromText(firstText(doc, ['.conv-numnav strong'])) ?? idFromUrl(url, /\/conversation\/(\d+)/),
  message: {
    item: ['#conv-layout-main .thread'],
    body: ['.thread-content'],
    // thread-type-customer: the customer's mail; -message is an agent reply, -note an internal note.
    customerRule: () => (item) => item.classList.contains('thread-type-customer'),
    author: ['.thread-person strong'],
  },
  order: 'newest-first',
  editor: [
    '.conv-reply-block .note-editable', // Summernote, shown when the agent clicks Reply
    '.conv-reply-block textarea#body',
    'textarea#body',
  ],
  // The reply block opened by "Note" instead of "Reply".
  noteMode: ['.conv-reply-block.conv-note-block'],
});
