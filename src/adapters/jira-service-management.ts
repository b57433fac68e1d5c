// Jira Service Management, agent view (https://<site>.atlassian.net/browse/KEY-1 or
// /jira/servicedesk/projects/KEY/queues/.../KEY-1). The request's description is the customer's first message;
// replies to the customer and internal notes are both comments.
//
// Evidence:
// - Public Jira userscripts and extensions (found in the research code index by `ui.comment.ak-comment.`; the index
//   does not name their repositories), 2025 – 2026: comments `issue-comment-base.ui.comment.ak-comment.<id>` with
//   `-header`, `-body` and `-footer` parts, listed in `issue.activity.comments-list` as `comment-base-item-<id>`;
//   a comment's author is the header's `h3` (or the profile card trigger
//   `[data-testid="profilecard-next.ui.profilecard.profilecard-trigger"] > span[role="presentation"]`); bodies are
//   `.ak-renderer-document`; the summary `[data-testid="issue-field-summary.ui.issue-field-summary-inline-edit--container"]`;
//   the description `[data-testid="issue.views.field.rich-text.description"]` (several; older builds `data-test-id`), a
//   field of `issue.views.field.rich-text.<field id>`. Inside it, the container
//   `[data-component-selector="jira-issue-view-rich-text-inline-edit-view-container"]` is every rich-text field's (one
//   extension reads it within any field's test id, another calls it all editable fields'): read alone, an agents'
//   field (Environment, a root cause) was read as the customer's until 2026-12-03.
// - DESKS.md (the project's research notes, unattributed): the summary heading
//   `h1[data-testid="issue.views.issue-base.foundation.summary.heading"]`, kept as the older alternative.
// The reporter's field `[data-testid="issue.views.field.user.reporter"]` is read by several public userscripts (the
// research code index, 2026-12-05, repositories not named), one of them from its name's own
// `issue.views.field.user.reporter.name.wrapper`, after the field's label; `…reporter.name` is our fixture's guess. A
// comment is the customer's when its author is the reporter; internal notes are written by agents, so they fall out
// with the agents' replies. Without a reporter name only the description is read.
// Structural guess: an internal note's header says so in a span of its own ("Internal note", the English UI), and is
// never the customer's, also where an agent raised the request and is its reporter; in another language such a note
// is read as the reporter's comments are.
import { defineSelectorAdapter, firstText, idFromUrl, queryAll, type Thread } from './read';

const DESCRIPTION = ['[data-testid="issue.views.field.rich-text.description"]', '[data-test-id="issue.views.field.rich-text.description"]'];
const COMMENT = '[data-testid^="issue-comment-base.ui.comment.ak-comment."]';
/** A field's own editor (the description's, open for editing): no reply box. */
const FIELD_EDITOR = '[data-testid^="issue.views.field.rich-text"]';
const AUTHOR = ['[data-testid$="-header"] h3', '[data-testid="profilecard-next.ui.profilecard.profilecard-trigger"] > span[role="presentation"]'];

const INTERNAL_NOTE_LABELS = ['internal note'];
const isInternalNote = (item: Element): boolean =>
  queryAll(item, '[data-testid$="-header"] span').some((span) => INTERNAL_NOTE_LABELS.includes((span.textContent ?? '').trim().toLowerCase()));

/** The description, and the comments whose author is the reporter, internal notes left out. */
function customerRule({ doc }: Thread): (item: Element) => boolean {
  const reporter = firstText(doc, [
    '[data-testid="issue.views.field.user.reporter.name.wrapper"]',
    '[data-testid="issue.views.field.user.reporter"] [data-testid$="name"]',
    '[data-testid="issue.views.field.user.reporter"] span',
  ]);
  return (item) =>
    DESCRIPTION.some((selector) => item.matches(selector)) || (reporter !== '' && firstText(item, AUTHOR) === reporter && !isInternalNote(item));
}

export default defineSelectorAdapter({
  id: 'jira-service-management',
  label: 'Jira Service Management',
  matches: ['https://*.atlassian.net/browse/*', 'https://*.atlassian.net/jira/*'],
  subject: [
    '[data-testid="issue-field-summary.ui.issue-field-summary-inline-edit--container"]', // 2025+
    'h1[data-testid="issue.views.issue-base.foundation.summary.heading"]', // 2019 – 2024
  ],
  ticketId: (url) => idFromUrl(url, /[?&]selectedIssue=([A-Z][A-Z0-9]+-\d+)/) ?? idFromUrl(url, /\/([A-Z][A-Z0-9]+-\d+)(?:[/?#]|$)/),
  message: {
    // The description first, then each comment's container (its -header/-body/-footer parts are read within it).
    item: [`${DESCRIPTION.join(', ')}, ${COMMENT}`],
    body: ['[data-testid$="-body"] .ak-renderer-document', '.ak-renderer-document', '[data-testid$="-body"]'],
    customerRule,
    author: AUTHOR,
    time: ['time[datetime]'],
  },
  order: 'oldest-first',
  // The Atlassian editor's contenteditable, #ak-editor-textarea (DESKS.md), in the comment box once opened:
  // `issue.activity.comment`, where the description open for editing holds the same editor in its field's
  // `issue.views.field.rich-text.editor-container` (a public field note measured on an issue page, 2026-10-06, in the
  // research code index, repository not named). Never inside a field: Insert there would rewrite the request.
  editor: [
    '[data-testid^="issue.activity.comment"] #ak-editor-textarea',
    `#ak-editor-textarea:not(${FIELD_EDITOR} *)`,
    `[data-testid="ak-editor-content-area"] [contenteditable="true"]:not(${FIELD_EDITOR} *)`,
  ],
});
