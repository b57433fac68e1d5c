// Where the agent types a reply on each desk fixture page, for the reply coach's e2e tests in Chromium
// (reply-coach-desks.test.ts, every row) and Firefox (firefox-coach.test.ts, one row per editor kind). Data only: each
// row says where the fixture draws its editor (in the fixture's own terms, not the adapter's selectors: the adapter
// must find that element for the checklist to appear), which always-run check a draft breaks and then keeps, and,
// where the desk puts quoted history in its editor below the agent's draft, that history.
import { DESK_PAGES, RT_DELAYED_HISTORY, type DeskPage } from '../../scripts/desk-pages';

/** The checks that run on every ticket whatever its suggestions, so each desk's draft is checked by the same rule. */
export type AlwaysCheck = 'no-passing-on' | 'blames-no-one' | 'stays-calm' | 'no-placeholders';

/** A draft that breaks the check, and the same reply written so that it keeps it (checked with `check-reply`). */
export const DRAFTS: Record<AlwaysCheck, { broken: string; breaks: string; fixed: string }> = {
  'no-passing-on': {
    broken: 'Thanks for waiting. Please contact the courier about the parcel.',
    breaks: 'contact the courier',
    fixed: 'Thanks for waiting. I have asked the courier myself and I will chase the parcel for you.',
  },
  'blames-no-one': {
    broken: "It is the courier's fault: they left it at the wrong depot.",
    breaks: "courier's fault",
    fixed: 'The parcel went to the wrong depot; I have had it sent back out to you today.',
  },
  'stays-calm': {
    broken: 'As I already said, the update fixes it.',
    breaks: 'as i already said',
    fixed: 'Thanks for bearing with us: the update fixes it, and I have checked it on your account.',
  },
  'no-placeholders': {
    broken: 'We will change it by [date] and write to you then.',
    breaks: '[date]',
    fixed: 'We will change it by Friday and write to you then.',
  },
};

export type EditorKind = 'contenteditable' | 'textarea' | 'iframe';

export interface DeskEditor {
  page: Pick<DeskPage, 'desk' | 'name' | 'file' | 'url'>;
  kind: EditorKind;
  /** The reply editor as the fixture draws it: a CSS selector in the page, or in the document of `frame`. */
  editor: string;
  /** The editor's iframe (CKEditor 4): its body is the reply. */
  frame?: string;
  check: AlwaysCheck;
  /**
   * Quoted history the desk puts in its reply editor below the agent's draft, as HTML appended to the editor; it
   * quotes an earlier reply that broke the same check, so a checklist that read it would never show ✓.
   */
  quote?: (earlier: string) => string;
}

const page = (file: string): DeskPage => {
  const found = DESK_PAGES.find((p) => p.file === `tests/fixtures/${file}`);
  if (!found) throw new Error(`no desk page serves ${file}`);
  return found;
};

/** Every fixture page with a reply editor, in DESK_PAGES order, and the one fixture only the unit tests served before. */
export const DESK_EDITORS: readonly DeskEditor[] = [
  { page: page('zendesk/ticket-refund-after-return.html'), kind: 'contenteditable', editor: '[data-test-id="omnicomposer-rich-text-ckeditor"]', check: 'no-passing-on' },
  // Two ticket tabs, each with its composer: the active tab's (5530) is the reply, the background one is not.
  { page: page('zendesk/two-ticket-tabs.html'), kind: 'contenteditable', editor: '[data-test-id="omnicomposer-rich-text-ckeditor"][data-pane="5530"]', check: 'blames-no-one' },
  { page: page('freshdesk/ticket-locked-out.html'), kind: 'contenteditable', editor: '.fr-element[contenteditable="true"]', check: 'stays-calm' },
  { page: page('help-scout/conversation-double-charge.html'), kind: 'contenteditable', editor: '[aria-label="Reply Editor"]', check: 'no-placeholders' },
  { page: page('intercom/conversation-angry-customer.html'), kind: 'contenteditable', editor: '.embercom-prosemirror-composer-editor', check: 'stays-calm' },
  { page: page('front/conversation-broken-mug.html'), kind: 'contenteditable', editor: '[contenteditable="true"][aria-label="Message body"]', check: 'blames-no-one' },
  { page: page('front/conversation-articles-only.html'), kind: 'contenteditable', editor: '[contenteditable="true"][aria-label="Message body"]', check: 'no-placeholders' },
  {
    page: page('gmail/thread-missing-parcel.html'),
    kind: 'contenteditable',
    editor: '[contenteditable="true"][aria-label="Message Body"]',
    check: 'no-passing-on',
    // Gmail's reply box holds the thread below the draft as .gmail_quote (shown by "Show trimmed content").
    quote: (earlier) =>
      `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 2 Mar 2026 at 09:12, Support &lt;support@example.com&gt; wrote:<br></div><blockquote class="gmail_quote">${earlier}</blockquote></div>`,
  },
  { page: page('jira-service-management/request-app-crash.html'), kind: 'contenteditable', editor: '#ak-editor-textarea', check: 'stays-calm' },
  { page: page('hubspot/inbox-discount-code.html'), kind: 'contenteditable', editor: '[contenteditable="true"][aria-label="Reply"]', check: 'no-passing-on' },
  { page: page('hubspot/inbox-chat-live-messages.html'), kind: 'contenteditable', editor: '[contenteditable="true"][aria-label="Reply"]', check: 'blames-no-one' },
  { page: page('zoho-desk/ticket-wrong-invoice.html'), kind: 'contenteditable', editor: '[contenteditable="true"][aria-label="Reply"]', check: 'no-placeholders' },
  { page: page('freshservice/ticket-laptop-docking.html'), kind: 'contenteditable', editor: '.fr-element[contenteditable="true"]', check: 'stays-calm' },
  { page: page('dixa/conversation-missing-refund.html'), kind: 'contenteditable', editor: '[aria-label="Write a reply"]', check: 'no-placeholders' },
  // The email action's CKEditor 4: the reply is the body of its iframe.
  { page: page('salesforce-service-cloud/case-feed-warranty-repair.html'), kind: 'iframe', frame: 'iframe[title="Email Body, Rich Text Editor"]', editor: 'body', check: 'blames-no-one' },
  {
    page: page('outlook/conversation-standing-order.html'),
    kind: 'contenteditable',
    editor: '[contenteditable="true"][aria-label^="Message body"]',
    check: 'no-passing-on',
    // Outlook's reply body: the draft, then #appendonsend, a rule, the reply header #divRplyFwdMsg and the earlier mail.
    quote: (earlier) =>
      `<div id="appendonsend"></div><hr><div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Support &lt;support@example.com&gt;<br><b>Sent:</b> Monday, March 2, 2026 9:12 AM<br><b>Subject:</b> Re: Standing order</div><div>${earlier}</div>`,
  },
  { page: page('chatwoot/conversation-late-delivery.html'), kind: 'contenteditable', editor: '.ProseMirror[contenteditable="true"]', check: 'stays-calm' },
  { page: page('chatwoot/v4-email-conversation.html'), kind: 'contenteditable', editor: '.ProseMirror[contenteditable="true"]', check: 'no-passing-on' },
  { page: page('zammad/ticket-warranty-claim.html'), kind: 'contenteditable', editor: '[data-name="body"][contenteditable="true"]', check: 'no-passing-on' },
  { page: page('zammad/desktop-view-grinder-descaling.html'), kind: 'contenteditable', editor: '#ticketArticleReplyForm .ProseMirror', check: 'blames-no-one' },
  { page: page('freescout/conversation-pause-subscription.html'), kind: 'contenteditable', editor: '.note-editable', check: 'stays-calm' },
  // The Post Reply tab's Redactor; the Post Internal Note tab's (redactor-in-1) is hidden.
  { page: page('osticket/ticket-wrong-item.html'), kind: 'contenteditable', editor: '.redactor-in-0', check: 'no-passing-on' },
  {
    page: page('request-tracker/update-change-address.html'),
    kind: 'iframe',
    frame: '#cke_UpdateContent iframe',
    editor: 'body',
    check: 'no-placeholders',
    // The page's address asks for a reply quoting transaction 120 (QuoteTransaction=120): RT puts it in the editor.
    quote: (earlier) => `<p>On Thu Jun 11 10:15:47 2026, Ines Duarte wrote:</p><blockquote>${earlier}</blockquote>`,
  },
  { page: page('jira-data-center/issue-export-fails.html'), kind: 'textarea', editor: 'textarea#comment', check: 'stays-calm' },
  { page: DESK_PAGES.find((p) => p.name === 'Chatwoot (self-hosted)')!, kind: 'contenteditable', editor: '.ProseMirror[contenteditable="true"]', check: 'no-placeholders' },
  { page: page('generic/forum-thread-how-to-return.html'), kind: 'textarea', editor: 'textarea[name="reply"]', check: 'blames-no-one' },
  {
    page: { desk: 'jira-service-management', name: 'Jira Service Management (older issue view)', file: 'tests/fixtures/jira-service-management/request-older-issue-view.html', url: 'https://acme-it.atlassian.net/browse/IT-77' },
    kind: 'contenteditable',
    editor: '#ak-editor-textarea',
    check: 'no-passing-on',
  },
];

/** Fixture pages that show no reply editor, and why: there is nothing to type into. */
export const NO_REPLY_EDITOR: Record<string, string> = {
  'tests/fixtures/freshdesk/ticket-collapsed-history.html': 'the reply editor is not opened',
  'tests/fixtures/freshdesk/ticket-wrapper-entries.html': 'the reply editor is not opened (the fallback layout is what it shows)',
  'tests/fixtures/hubspot/ticket-record-panel.html': "a ticket in a record's side panel, which has no composer",
  'tests/fixtures/freshservice/legacy-original-request.html': 'the legacy page before Reply is clicked',
  'tests/fixtures/outlook/reading-pane-single-mail.html': 'a mail in the reading pane, no reply opened',
  [RT_DELAYED_HISTORY.file]: 'the ticket display page; RT replies on Update.html',
  'tests/fixtures/request-tracker/modify-basics.html': 'the Basics page, a form of the ticket\'s fields; RT replies on Update.html',
  'tests/fixtures/request-tracker/display-error-no-ticket.html': "RT's error page at a ticket's address: no ticket, nothing to reply to",
  'tests/fixtures/request-tracker/admin-queue-modify.html': "an admin page (a queue's configuration), not a ticket",
};

/** What CKEditor 4 does when it starts: it writes its iframe's document with an editable body (the fixtures carry no scripts). */
export function startIframeEditor(frameSelector: string): void {
  const doc = document.querySelector<HTMLIFrameElement>(frameSelector)!.contentDocument!;
  doc.open();
  doc.write('<!doctype html><html><body contenteditable="true"><p><br></p></body></html>');
  doc.close();
}

/** Appends `html` to the editor (in its iframe's document for an iframe editor), as the desk puts quoted history there. */
export function appendToEditor([frameSelector, selector, html]: [string | null, string, string]): void {
  const doc = frameSelector ? document.querySelector<HTMLIFrameElement>(frameSelector)!.contentDocument! : document;
  doc.querySelector(selector)!.insertAdjacentHTML('beforeend', html);
}
