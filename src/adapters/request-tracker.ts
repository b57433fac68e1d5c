// Request Tracker (self-hosted), /Ticket/Display.html?id=N. The history arrives by AJAX after the page
// loads; replies are written on Update.html, whose CKEditor sits in an iframe (RT 5; RT 6's CKEditor 5 does not).
// RT 6.0.0 checked against its own templates (bestpractical/rt, tag rt-6.0.0), not against a page it served: the
// transactions, .messagebody parts, "Ticket created" / "Comments added", data-transaction-id, the People box's rows,
// the history placeholders, #bpscredits and the Update Type class hold; what differs is noted where it is read.
//
// Evidence: the real Request Tracker 5 pages in ../shared/desk-pages/rt (rendered by RT itself, read exactly by
// tests/desk-pages.test.ts) and Debian's request-tracker5 package: `#header h1`, `.history-container .transaction.message`,
// `.messagebody`, the People box's requestors, the delayed history placeholder.
// Update.html writes a reply or a comment in one editor, by its "Update Type" select (`#UpdateType`: "private" is
// "Comments (Not sent to requestors)", "response" "Reply to requestors"): bestpractical/rt
// `share/html/Ticket/Update.html` wraps the message box in `div.messagebox-container.action-<type>`, and
// `share/static/js/event-registration.js` swaps that class to `action-` + the select's value when it changes (tag
// rt-5.0.3, 2022-07-13; the same in rt-6.0.0's `Ticket/Widgets/Update/Message`). A container set to `action-private`
// around the editor is a comment.
import { defineSelectorAdapter, elementText, hasAny, idFromUrl, idFromText, firstText, matchesSafe, orderBy, queryAll, queryOne, type Thread } from './read';

/**
 * RT 6 draws a user with an avatar, their initials, before the name (`<a class="rt-user-avatar">`, or the bare
 * `span.rt-user-avatar` where it does not link; share/html/Elements/ShowUser and ShowUserAvatar, rt-6.0.0): not the name.
 */
const AVATAR = '.rt-user-avatar';

/** A user's name as shown, without an avatar's initials. */
function userName(user: Element): string {
  return elementText(user, { skip: AVATAR }).replace(/\s+/g, ' ').trim();
}

/**
 * The customer's side in the People box: its requestors and its Cc watchers, one row each (`.requestors`, `.cc`; staff's
 * is `.admincc`; Ticket/Elements/ShowPeople, rt-5.0.3 and rt-6.0.0). RT's default scrips send correspondence to
 * "Requestors and Ccs" and comments to AdminCcs (etc/initialdata, rt-6.0.0): a Cc is someone copied in, not staff.
 */
const CUSTOMER_ROWS = ['.requestors', '.cc'].map((row) => `.ticket-info-people ${row} .user, .ticket-info-people ${row} a:not(${AVATAR})`).join(', ');
/**
 * A Cc may be staff: the Watch right is General, not Staff (lib/RT/Queue.pm), and $ParseNewMessageForTicketCcs makes
 * every address a first mail went to a Cc. RT 6 marks a staff user's avatar `rt-user-privileged`
 * (Elements/ShowUserAvatar, rt-6.0.0); RT 5 has no such mark, so there a staff Cc's replies read as the customer's. So
 * do RT 6's for a staff Cc with a profile image: ShowUser draws it as `img.rt-user-image`, with no mark of privilege
 * (Elements/ShowUserImage, 6.0-trunk 2025-06-05), and customers may upload one too (SelfServiceShowUserImages, on by
 * default), so an image does not say staff.
 */
const STAFF_CC = `.ticket-info-people .cc .user:has(.rt-user-privileged), .ticket-info-people .cc .user:has(.rt-user-privileged) a`;

/** Requestors' and Cc watchers' user ids and names, from the People box. */
function requestors(doc: Document): { ids: Set<string>; names: Set<string> } {
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const user of queryAll(doc, CUSTOMER_ROWS)) {
    if (matchesSafe(user, STAFF_CC)) continue;
    const id = user.getAttribute('data-user-id');
    if (id) ids.add(id);
    const name = userName(user);
    if (name) names.add(name);
  }
  return { ids, names };
}

/** The ticket's creator, from the history's "Ticket created" entry, or null. */
function creatorOf(doc: Document): Element | null {
  const created = queryAll(doc, '.history-container .transaction .metadata .description').find((d) => /Ticket created/i.test(d.textContent ?? ''));
  return created?.querySelector('.user') ?? null;
}

/**
 * The Comment transaction's "Comments added", as RT's history describes it after the user ("<user> - Kommentar
 * hinzugefügt"), by the word for a comment in each language RT ships (lib/RT/Transaction.pm, share/po/*.po; rt-6.0.0):
 * each of the 36 translations holds one of these, and none of "Correspondence added", "Ticket created", "Outgoing
 * email recorded" or "Status changed" does. RT 6's "Comments added for <date>" is untranslated.
 */
const COMMENT_WORD = /comment|komment|koment|коммент|комент|coment|iruzkin|تعليق|توضیحات|megjegyz|athugasemd|piezīm|yorum|コメント|注释|評論|σχόλι/i;

/** A transaction described as a comment, by what its description says after the user's name. */
function isComment(description: Element): boolean {
  return COMMENT_WORD.test(elementText(description, { skip: '.user' }));
}

/** Correspondence (not comments) from a requestor or a Cc in the People box, else, without one, from the ticket's creator. */
function requestorRule({ doc }: Thread): (item: Element) => boolean {
  const { ids, names } = requestors(doc);
  const people = ids.size > 0 || names.size > 0;
  const creator = people ? null : creatorOf(doc);
  return (item) => {
    const description = queryOne(item, '.metadata .description');
    if (!description) return false;
    // "Comments added" is an internal comment, whoever wrote it.
    if (isComment(description)) return false;
    const user = queryOne(description, '.user');
    const userId = user?.getAttribute('data-user-id') ?? null;
    const name = user ? userName(user) : '';
    if (people) return (userId !== null && ids.has(userId)) || (name !== '' && names.has(name));
    return creator !== null && creator.getAttribute('data-user-id') === userId;
  };
}

/** RT 6's <div> naming the page in .main-container, for an agent's page whose address holds `path`. */
function rt6Page(path: string): string {
  return `[hx-trigger^="mainContainerChanged"][hx-get*="${path}"]:not([hx-get*="/SelfService/"])`;
}

/**
 * A ticket's own page: <body> is named after the page's path, `comp-Ticket-Display` (rt-5.0.3
 * `share/html/Elements/Header`), where an admin page with an id= of its own is `comp-Admin-Queues-Modify`; and not RT's
 * error page at a ticket's address (a ticket that does not exist, 404, or one the agent may not see, 403), whose
 * `share/html/Elements/Error` puts a `div.error` in `#body` and keeps the ticket page's <body> id. Seen on Debian's
 * request-tracker5 5.0.3 on 127.0.0.1, 2026-12-02.
 * RT 6's <body hx-boost="true"> keeps the id of the page first loaded while htmx swaps each next page's .main-container
 * in, and each .main-container opens with a <div> whose hx-get is the page's own address (share/html/Elements/Header,
 * rt-6.0.0; the error page still puts its div.error in #body): RT 6's page is told by that address.
 */
const SUBJECT = [
  'body[id^="comp-Ticket-"]:not([hx-boost]):not(:has(#body>.error)) #header h1',
  `body[hx-boost] .main-container:has(>${rt6Page('/Ticket/')}):not(:has(#body>.error)) #header h1`,
];

/** RT 6's CKEditor 5 around the Update page's message box. */
const RT6_EDITOR = '#UpdateContent + .ck-editor';

/** Display.html's history waiting behind "Show ticket history" (the ShowHistory preference "click"; below). */
const HISTORY_BEHIND_A_CLICK = '#deferred_ticket_history:not(:has(.history-container))';

export default defineSelectorAdapter({
  id: 'request-tracker',
  label: 'Request Tracker',
  // RT names <body> after the component (comp-Ticket-Display) and prints Best Practical's credits.
  detect: (doc) => hasAny(doc, ['body[id^="comp-Ticket-"]', '#bpscredits', '#rt-header-container']),
  subject: SUBJECT, // 4.4 – 5.0: "#5: Subject"
  // "#5: Subject" on Display.html, "Update ticket #5: Subject" on Update.html, "Ticket #5 Jumbo update: Subject" on
  // ModifyAll.html (rt-5.0.3 `share/html/Ticket/ModifyAll.html`).
  subjectFrom: (text) => text.replace(/^[^#]*#\d+[^:]*:\s*/, ''),
  // No subject, no ticket: the id= of an admin page or of an error page is not a ticket's.
  ticketId: (url, doc) => {
    const heading = firstText(doc, SUBJECT);
    return heading ? (idFromUrl(url, /[?&;]id=(\d+)/) ?? idFromText(heading)) : null;
  },
  message: {
    // div.transaction.Ticket-transaction.message in .history-container, since 4.4 (share/html/Elements/ShowTransaction
    // and ShowHistoryHeader, tags rt-4.4.0 2016-01-08, rt-4.4.8, rt-5.0.3, rt-6.0.0).
    item: ['.history-container .transaction.message'],
    // One .messagebody per MIME part shown (empty parts are skipped), each after its download links, which name the file
    // of an attachment (`span.downloadfilename`; share/html/Elements/ShowTransactionAttachments, rt-5.0.3 and rt-6.0.0):
    // a named part is an attachment (a .txt shown inline), not the customer's words. A reply of named parts alone (a
    // photo; a body part Exchange named ATT00001.txt) reads as no message, not as the transaction's header (a review).
    body: ['.content .messagebody'],
    notBody: '.downloadattachment:has(.downloadfilename) + .messagebody',
    allBodies: true,
    customerRule: requestorRule,
    author: [`.metadata .description .user > a:not(${AVATAR})`, '.metadata .description .user'],
    // Quoted text is a stanza inside the part's own: folded (`closed`) behind a "Show quoted text" link, and `open` once
    // the agent unfolds it or at a deeper level (share/html/Elements/ShowMessageStanza, share/static/js/history-folding.js;
    // rt-5.0.3 and 6.0-trunk, 2025-06-05). Only those levels carry either class; the part's own stanza has neither.
    // RT's notices in place of a part it does not show ("Message body is not shown because it is too large.", "… because
    // sender requested not to inline it.") are a <p> right in the .messagebody, where the text it shows is always in
    // div.message-stanza (ShowTransactionAttachments, ShowMessageStanza; rt-5.0.3): RT's words, not the customer's.
    strip: ['.message-stanza-folder', '.message-stanza.closed', '.message-stanza.open', '.messagebody > p'],
  },
  // Oldest first unless the agent's OldestTransactionsFirst preference is off or "Reverse history order" was clicked
  // (ReverseTxns=DESC; share/html/Elements/ShowHistoryHeader, rt-5.0.3): told by the transactions' ids, which only
  // grow (`data-transaction-id`, share/html/Elements/ShowTransaction, since rt-4.4.0). Without them, oldest first.
  order: orderBy((item) => Number.parseInt(item.getAttribute('data-transaction-id') ?? '', 10)),
  editor: [
    '#cke_UpdateContent iframe.cke_wysiwyg_frame', // Update.html, CKEditor 4 in an iframe
    // RT 6: CKEditor 5 hides the textarea and draws its editor right after it (share/static/js/util.js
    // ReplaceAllTextareas, RichText5/ckeditor5.umd.min.js; rt-6.0.0), no iframe.
    `${RT6_EDITOR} .ck-editor__editable[contenteditable="true"]`,
    '#UpdateContent', // plain-text textarea when rich text is off
    'textarea[name="UpdateContent"]',
  ],
  // The message box of a comment (Update Type "Comments"), not a reply.
  // (RT 6's hidden textarea still sits in the container beside its CKEditor 5.)
  noteMode: ['.messagebox-container.action-private #cke_UpdateContent', '.messagebox-container.action-private #UpdateContent'],
  // The history is a placeholder ("Loading...") until its AJAX load fills it in: the ShowHistory preference "delay"
  // (`Ticket/Elements/DelayShowHistory`); "click", whose link empties the <div> to the text "Loading..." until the history
  // arrives (`Ticket/Elements/ClickToShowHistory`); and "scroll", whose empty .history-container holds a
  // span.loading-message until its first page arrives (`Ticket/Elements/ScrollShowHistory`; the later pages' are not
  // waited for). rt-5.0.3; each seen on Debian's request-tracker5 5.0.3 with the history request held, 2026-12-02.
  pending: [
    '#delayed_ticket_history:not(:has(.history-container))',
    '#deferred_ticket_history:not(:has(*))',
    '.history-container:not(:has(.transaction))>.loading-message',
    // RT 6 draws a ticket's page in a modern browser as placeholders, each widget fetched into its own <div> in place of
    // its spinner (share/html/Elements/ShowWidgets, Widgets/HTMXLoadStart; rt-6.0.0): the history, and the People box
    // that says whose it is. The first load of any page is a bare .main-container that fetches itself (Elements/Header).
    '.htmx-load-widget[hx-get$="/Ticket/Widgets/Display/History"]>.spinner',
    '.htmx-load-widget[hx-get$="/Ticket/Widgets/Display/People"]>.spinner',
    'body[hx-boost] .main-container[hx-trigger^="revealed"]',
  ],
  // Ticket pages drawn without the history, a subject and a form alone (rt-5.0.3 `share/html/Ticket/*.html`; <body>'s id
  // is "comp-" and the page's path, `share/html/Elements/Header`): Basics (Modify.html), Dates, People, Links, Jumbo
  // (ModifyAll.html) and Reminders; and Display.html with the ShowHistory preference "click", whose history waits
  // behind a "Show ticket history" link (`Ticket/Elements/ClickToShowHistory`), then loads into the same <div>, with
  // its .history-container. Each seen on Debian's request-tracker5 5.0.3 on 127.0.0.1, 2026-12-02.
  // RT 6 has no Modify.html (Basics), ModifyDates or ModifyLinks; Jumbo, People and Reminders remain, and its Update.html
  // shows no history: no Update widget draws one (Ticket/Update.html, Ticket/Widgets/Update/; rt-6.0.0).
  threadless: [
    'body[id^="comp-Ticket-Modify"]:not([hx-boost])',
    'body#comp-Ticket-Reminders:not([hx-boost])',
    `body[hx-boost] .main-container>${rt6Page('/Ticket/Modify')}`,
    `body[hx-boost] .main-container>${rt6Page('/Ticket/Reminders.html')}`,
    `body[hx-boost] .main-container>${rt6Page('/Ticket/Update.html')}`,
    HISTORY_BEHIND_A_CLICK,
  ],
  // And the ShowHistory preference "scroll": its "Load all history" link shows while pages of the history are still to
  // load; RT hides it (jQuery .hide(), an inline display: none) once the last page came or it was clicked
  // (share/html/Elements/ShowHistoryHeader, Ticket/Elements/ScrollShowHistory; rt-5.0.3, rt-6.0.0).
  olderHidden: [HISTORY_BEHIND_A_CLICK, '#LoadAllHistoryContainer:not([style*="none"])'],
});
