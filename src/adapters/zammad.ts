// Zammad (self-hosted, any host), in either of its agent views; the page's structure says which one is drawn.
//
// Evidence:
// - Classic view (/#ticket/zoom/<id>): the desk's own templates, zammad/zammad
//   `app/assets/javascripts/app/views/ticket_zoom/*` (per DESKS.md): `.ticketZoom-header .ticket-title`,
//   `.ticket-article-item` with the sender's class (customer / agent / system), `.textBubble-content`, the signature
//   marker `.js-signatureMarker` and the fold `.js-toggleFold`. Several tickets open as tasks; the active one is
//   `.content.active`. Folded articles keep their full text in the DOM.
// - New desktop view (Vue, /desktop/tickets/<id>): the desk's own components, zammad/zammad
//   `app/frontend/apps/desktop/pages/ticket/` as stored at these commits (copyright headers 2012-2026; the commits'
//   own dates were not available here): `views/TicketDetailView.vue` (004cffd6: the hidden `#wrapper-form-ticket-edit`
//   form), `components/TicketDetailView/ArticleList.vue` (1fa465c8: `section[role="feed"]` with `aria-busy` while
//   articles load, one `article#article-<key>` per row: a bubble, a "See more" row, a system or delivery message),
//   `ArticleBubble/ArticleBubble.vue` (1e17bef2: `data-test-id="article-bubble-container-<id>"`; a customer-sent
//   article sits on the right, `ltr:rounded-bl-xl`; an internal note carries `bg-stripes`, from
//   `useBubbleStyleGuide.ts`), `ArticleBubble/ArticleBubbleBody.vue` (11b14611: the body `Content--customer` /
//   `Content--agent`, the text `[data-test-id="article-content"] .inner-article-body`, the author line
//   `[aria-describedby="author-name-and-creation-date"]`), `ArticleMore.vue` (3148fadb: the "See more" row's
//   `.line-more`), `TicketDetailTopBar/TopBarHeader/TicketInformation.vue` (211d8ad4: the title is an inline edit
//   whose label has `role="heading"` `aria-level="2"`), `ArticleReply.vue` (00265cff: the reply form
//   `#ticketArticleReplyForm`).
//   Structural guess: the reply editor is the editable region inside `#ticketArticleReplyForm`; the ticket's id is
//   the one in the address (the desktop view shows the ticket number only in its breadcrumb). Articles folded behind
//   "See more" are not in the page: the reading says older history was not read.
// - Internal notes are written in the same editor as replies, in both views. Classic: zammad/zammad
//   `app/assets/javascripts/app/views/ticket_zoom/article_new.jst.eco` (stored version ada6efa3) renders the composer
//   as `form.article-add.is-internal` or `.is-public`, and `app/assets/javascripts/app/controllers/ticket_zoom/
//   article_new.coffee` (`setArticleInternal`, stored version 008cfeea, where a new article's type is a note by
//   default) swaps the two classes when the lock toggle or the article type changes. Desktop view: `ArticleReply.vue`
//   (00265cff, and bfa96f03) gives the panel `[data-test-id="article-reply-stripes-panel"]` the class `bg-stripes` (`border-stripes` when pinned) while the
//   form's article is internal (`hasInternalArticle` in `TicketDetailView.vue`). (Read in the research code index,
//   2026-12-02, which gives stored commits, not their dates.)
import { byLayout, defineSelectorAdapter, firstText, hasAny, idFromText, idFromUrl } from './read';

const classic = defineSelectorAdapter({
  id: 'zammad',
  label: 'Zammad',
  // The ticket zoom view of Zammad's single-page app.
  detect: (doc) => hasAny(doc, ['#app .ticketZoom', '.ticketZoom-header', '.ticket-article-item[data-id]']),
  scope: [
    '.content.active', // the active task (tab)
    '[data-id="{ticketId}"].content',
  ],
  subject: [
    '.ticketZoom-header .ticket-title-update', // 3.x – 6.x: contenteditable title
    '.ticketZoom-header .ticket-title',
  ],
  // The number agents see (with the ticket hook), else the id in the URL.
  ticketId: (url, _doc, scope) => idFromText(firstText(scope, ['.ticketZoom-header .ticket-number'])) ?? idFromUrl(url, /#ticket\/zoom\/(\d+)/),
  message: {
    item: ['.ticket-article .ticket-article-item'],
    body: ['.textBubble-content .richtext-content', '.textBubble-content', '.text-bubble'],
    // Sender "customer" (class), and not internal; agent and system articles are skipped.
    customerRule: () => (item) => item.classList.contains('customer') && !item.classList.contains('is-internal') && !item.querySelector('.internal-border.is-internal, .text-bubble.internal'),
    // Zammad marks where it detected a signature; everything after the marker is the signature.
    cutAt: ['.js-signatureMarker'],
    strip: ['.textBubble-overflowContainer', '.js-toggleFold'],
    author: ['.article-meta.top .article-meta-row:first-child .article-meta-value'],
  },
  order: 'oldest-first',
  editor: [
    '.content.active .articleNewEdit-body[contenteditable="true"]', // reply area
    '.content.active .js-textarea[contenteditable="true"]',
  ],
  // The active task's composer set to internal (the lock toggle, or a note's default).
  noteMode: ['.content.active form.article-add.is-internal'],
});

const BUBBLE = '[data-test-id^="article-bubble-container-"]';
/** The new desktop view's own markers: an article bubble, or the ticket view's hidden edit form. */
const DESKTOP = [BUBBLE, '#wrapper-form-ticket-edit'];

/** Sent by the customer (drawn on the right, customer-coloured body) and not an internal note. */
function isDesktopCustomer(bubble: Element): boolean {
  if (bubble.classList.contains('bg-stripes')) return false;
  const body = bubble.querySelector('[data-test-id^="article-bubble-body-"]');
  if (body?.classList.contains('Content--agent')) return false;
  return Boolean(body?.classList.contains('Content--customer')) || bubble.classList.contains('ltr:rounded-bl-xl');
}

const desktop = defineSelectorAdapter({
  id: 'zammad',
  label: 'Zammad',
  detect: (doc) => hasAny(doc, DESKTOP),
  subject: ['header [role="heading"][aria-level="2"]'],
  ticketId: (url) => idFromUrl(url, /\/desktop\/tickets\/(\d+)/),
  message: {
    item: [`section[role="feed"] ${BUBBLE}`],
    body: ['[data-test-id="article-content"] .inner-article-body', '[data-test-id="article-content"]'],
    customerRule: () => isDesktopCustomer,
    author: ['[aria-describedby="author-name-and-creation-date"] .font-bold'],
  },
  order: 'oldest-first',
  editor: ['#ticketArticleReplyForm [contenteditable="true"]'],
  // The reply panel striped for an internal article (unpinned, or pinned).
  noteMode: [
    '[data-test-id="article-reply-stripes-panel"].bg-stripes #ticketArticleReplyForm',
    '[data-test-id="article-reply-stripes-panel"].border-stripes #ticketArticleReplyForm',
  ],
  pending: ['section[role="feed"][aria-busy="true"]'],
  olderHidden: ['section[role="feed"] .line-more'],
});

export default byLayout([
  { adapter: desktop, drawn: (doc) => hasAny(doc, DESKTOP) },
  { adapter: classic, drawn: () => true },
]);
