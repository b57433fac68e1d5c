// Salesforce Service Cloud, a case in Lightning Experience or the Lightning service console
// (https://<domain>.lightning.force.com/lightning/r/Case/<id>/view): the case feed renders in the page; the email
// action's editor may sit in an iframe.
//
// Evidence:
// - sfc-gh-mskallet/FeedHighlighter `Active-Post-Highlighter.user.js` (v1.0.1): case pages
//   `https://<domain>.lightning.force.com/lightning/r/Case/*`, the feed's publisher
//   `div.forceChatterPublisherPresentationDesktop`.
// - A public case extractor script (feed markup "confirmed 2026-07"; found in the research code index by
//   `cuf-feedItem`; the index does not name its repository): the title "Case: <number>"; every feed post an
//   `article` (`article.cuf-feedItem`, replies nested inside their post); a post's text `.feedBodyInner`, else
//   `.cuf-feedBodyText`, `[class*='feedBody']`, with the "more" control `.cuf-more` left out; its author the post's
//   first link; posts shown newest first (it sorts them by time itself).
// - A public Salesforce extension's content script ("Salesforce Power-Up", same index): record fields as
//   `records-record-layout-item[field-label="<label>"] .test-id__field-value`.
// - A public Salesforce UI test (same index): the Chatter editor `div.ql-editor[contenteditable='true']`.
// Structural guess: the Subject and Contact Name fields by that field-label pattern; a post is the customer's when
// its author is the case's contact. The Description field is not read (on email-to-case it repeats the first email,
// which is in the feed). The email action's editor is its CKEditor iframe (`iframe.cke_wysiwyg_frame`). Degrades
// without a Contact Name on the page (no customer post: the generic reader takes over and says so), and in the
// console, where a background case tab's feed is still in the page unless hidden.
import { defineSelectorAdapter, firstText, idFromUrl, isVisible, type Thread } from './read';

const field = (label: string) => `records-record-layout-item[field-label="${label}"] .test-id__field-value`;

/** A visible post by the case's contact. */
function customerRule({ doc }: Thread): (item: Element) => boolean {
  const contact = firstText(doc, [field('Contact Name')]).toLowerCase();
  return (item) => contact !== '' && isVisible(item) && firstText(item, ['a']).toLowerCase() === contact;
}

export default defineSelectorAdapter({
  id: 'salesforce-service-cloud',
  label: 'Salesforce Service Cloud',
  // The whole Lightning app: the console opens cases without loading a page.
  matches: ['https://*.lightning.force.com/lightning/*'],
  subject: [field('Subject')],
  ticketId: (url, doc) => /Case:\s*(\d[\w-]*)/i.exec(doc.title)?.[1] ?? idFromUrl(url, /\/lightning\/r\/Case\/([A-Za-z0-9]{15,18})/),
  message: {
    item: ['article.cuf-feedItem', 'article'],
    body: ['.feedBodyInner', '.cuf-feedBodyText', "[class*='feedBody']"],
    customerRule,
    author: ['a'],
    strip: ['.cuf-more'],
  },
  order: 'newest-first',
  editor: [
    'iframe.cke_wysiwyg_frame', // the email action (structural guess)
    'div.forceChatterPublisherPresentationDesktop .ql-editor[contenteditable="true"]',
    'div.ql-editor[contenteditable="true"]',
  ],
});
