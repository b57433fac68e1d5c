// Zammad (self-hosted, classic desktop UI: /#ticket/zoom/<id>). Several tickets open as tasks; the
// active one is `.content.active`. Long articles are folded with a fixed height, but the full text is
// in the DOM, so reading the body gets all of it.
//
// Evidence: the desk's own templates, zammad/zammad `app/assets/javascripts/app/views/ticket_zoom/*` (per DESKS.md):
// `.ticketZoom-header .ticket-title`, `.ticket-article-item` with the sender's class (customer / agent / system),
// `.textBubble-content`, the signature marker `.js-signatureMarker` and the fold `.js-toggleFold`. This is the classic
// desktop UI; Zammad's new desktop view (Vue, /desktop/) is not read by this adapter.
import { defineSelectorAdapter, firstText, hasAny, idFromText, idFromUrl } from './read';

export default defineSelectorAdapter({
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
    isCustomer: (item) => item.classList.contains('customer') && !item.classList.contains('is-internal') && !item.querySelector('.internal-border.is-internal, .text-bubble.internal'),
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
});
