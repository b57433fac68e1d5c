// osTicket (self-hosted), agent panel /scp/tickets.php?id=N. Server-rendered; moving between tickets
// swaps #pjax-container in place, so the content script re-reads on DOM change.
//
// Evidence: the desk's own template, osTicket/osTicket `include/staff/templates/thread-entry.tmpl.php` (per DESKS.md),
// and the real osTicket pages in ../shared/desk-pages/osticket (read exactly by tests/desk-pages.test.ts):
// `#ticket_thread .thread-entry.{message|response|note}`, `.thread-body`, the pjax container.
// The reply and the internal note have separate forms (include/staff/ticket-view.inc.php, tag v1.18.1, commit 4689926b,
// 2023-10-25, the version of the real pages; the same `form#reply` / `textarea#response` since v1.9.0): the "Post Reply"
// tab's `form#reply` (`textarea#response`, its Redactor editor) and the "Post Internal Note" tab's `form#note`
// (`textarea#internal_note`), one of them hidden. The editor is only looked for in `#reply`; a task's "Post Update"
// form (`include/staff/templates/task-view.tmpl.php`: `form#task_reply`, `textarea#task-response`, also named
// `response`), shown in the ticket's Tasks tab and sent to agents, is not taken.
import { defineSelectorAdapter, hasAny, idFromText, idFromUrl, firstText, orderBy, timeOf } from './read';

/** When an entry was posted: the W3C datetime of the <time> in its header (thread-entry.tmpl.php, v1.18.1). */
const TIME = ['.header time[datetime]'];

export default defineSelectorAdapter({
  id: 'osticket',
  label: 'osTicket',
  // The staff panel's pjax container plus its ticket thread, or the tip namespace meta osTicket emits.
  detect: (doc) =>
    (hasAny(doc, ['#pjax-container']) && hasAny(doc, ['#ticket_thread', '#ticketThread', '.thread-entry'])) ||
    hasAny(doc, ['meta[name="tip-namespace"][content^="tickets"]']),
  subject: [
    '.tixTitle h3', // 1.10 – 1.18
    '#ticket_thread .thread-entry.message .header .title', // entry title, when the heading is missing
  ],
  // The ticket number agents see ("Ticket #928394"), else the internal id from the URL. The heading links to its ticket
  // (`tickets.php?id=N`, include/staff/ticket-view.inc.php); a queue's heading in the same place names the queue and
  // links without an id (include/staff/templates/queue-tickets.tmpl.php): "Tier 2" is not ticket #2.
  ticketId: (url, doc) => idFromText(firstText(doc, ['.flush-left h2 a[href*="tickets.php?id="]'])) ?? idFromUrl(url, /[?&]id=(\d+)/),
  message: {
    item: [
      '#ticket_thread .thread-entry', // 1.10 – 1.18: div.thread-entry.{message|response|note}
      '#ticket_thread table.thread-entry', // 1.9: table.thread-entry.{message|response|note}
    ],
    body: ['.thread-body'],
    // The entry's attachment list, drawn inside .thread-body after the message (`div.attachments`, file name and size;
    // thread-entry.tmpl.php, v1.18.1): file names are not the customer's words, and an entry of attachments alone
    // reads as no message. A direct child only: the customer's own HTML sits in the <div> before it.
    strip: ['.thread-body > .attachments'],
    // "message" is what the user sent; "response" is an agent reply, "note" an internal note.
    customerRule: () => (item) => item.classList.contains('message'),
    author: ['.header b', '.header .name'],
    time: TIME,
  },
  // Agents choose the thread's order ("Thread View Order", include/staff/profile.inc.php; ticket-view.inc.php sorts the
  // entries by it, v1.18.1): told by each entry's <time datetime> in its header (thread-entry.tmpl.php), and messages
  // put in time order. An entry without one (1.9's table layout) leaves the thread taken as oldest first.
  order: orderBy((item) => timeOf(item, TIME)),
  editor: [
    '#reply .redactor-in', // Redactor 3 (1.11+), contenteditable
    '#reply .redactor-editor', // Redactor 2 (1.10)
    '#reply textarea#response', // plain-text mode
    // No unscoped textarea[name="response"]: a task's Post Update box is one too (task-view.tmpl.php, #task-response).
  ],
});
