// Help Scout (https://secure.helpscout.net/conversation/<internal id>/<number>). Agents choose the
// thread order in their profile, so messages are put in time order from each entry's <time>.
//
// Evidence: clockify/browser-extension `src/integrations/helpscout.js` (2026-03-30): subject
// `[aria-label="Conversation Subject"]`, legacy `#subjectLine`, the `/conversation/<id>/<number>` address; DESKS.md:
// thread `[data-testid="ThreadContainer"]`, `ol[aria-label="Thread Items"] > li > div[id^="thread-"]`, the reply
// editor `[data-cy="ConvoEditor"]`. Checked 2026-12-02: helpscout/hsds-react (Help Scout's own UI kit)
// `src/components/EditableTextarea/EditableTextarea.jsx` (2022-02-21) gives `data-cy="EditableTextarea"`, which
// toggl/track-extension `src/content/helpscout.js` reads as the subject since 2024-09-25 (still at its 2026-04-22 head);
// trentslutzky/helpscout-thread-hider `threadhider.js` (2023-04-06): the legacy entries `article.thread.customer`, their
// `section.messageBody` and `section.threadHeader`. zackkatz/freescout-gpt-assistant `adapters/helpscoutAdapter.js`
// (2025-09-08; these selectors the same at its 2025-09-22 commit; it matches secure.helpscout.net): the `is-customer`
// class on each `li > div[id^="thread-"]` entry tells the customer's from the rest, `span[data-nocollapse="true"]` is
// the author, `[data-testid="reply-editor"]` and `[aria-label="Reply Editor"]` the editor; its selector map also names
// `.thread-content` for a body (its reading code takes the wide-layout div instead). Structural
// guesses: the body after the header block's `<hr>` (where none matches, the entry's bodies fall back to
// `.thread-content`), the `.name` under the legacy header, the quoted-text markers (where they are not, nothing is
// stripped) and the legacy `.redactor_editor` (the Redactor editor's own class).
import { defineSelectorAdapter, idFromUrl } from './read';

export default defineSelectorAdapter({
  id: 'help-scout',
  label: 'Help Scout',
  matches: ['https://secure.helpscout.net/*'],
  subject: [
    '[aria-label="Conversation Subject"]', // 2024+ React UI
    '[data-cy="EditableTextarea"]', // 2021 – 2023
    '#subjectLine', // legacy
  ],
  // The number agents see is the last path segment; the first is Help Scout's internal id.
  ticketId: (url) => idFromUrl(url, /\/conversation\/\d+\/(\d+)/) ?? idFromUrl(url, /\/conversation\/(\d+)/),
  message: {
    item: [
      '[data-testid="ThreadContainer"] ol[aria-label="Thread Items"] > li > div[id^="thread-"]', // 2024+
      'ol[aria-label="Thread Items"] > li > div[id^="thread-"]',
      'article.thread', // legacy: article.thread.{customer|message|note}
    ],
    // 2024+: the body is what follows the header block that ends with an <hr>.
    body: ['div:has(> hr) ~ div', 'section.messageBody', '.thread-content'],
    allBodies: true,
    // is-customer (2024+, the assistant's adapter above) / customer (legacy); teammates' replies and notes carry other classes.
    customerRule: () => (item) => item.classList.contains('is-customer') || (item.localName === 'article' && item.classList.contains('customer')),
    author: ['span[data-nocollapse="true"]', '.threadHeader .name'],
    strip: ['.quoted-text', '[data-testid="QuotedText"]'],
    time: ['time[datetime]'],
  },
  order: 'newest-first',
  editor: [
    '[data-cy="ConvoEditor"] [contenteditable="true"]', // 2024+
    '[data-testid="reply-editor"] [contenteditable="true"]',
    '[role="textbox"][aria-label="Reply Editor"]',
    '.redactor_editor', // legacy
  ],
});
