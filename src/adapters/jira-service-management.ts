// Jira Service Management, agent view (https://<site>.atlassian.net/browse/KEY-1 or
// /jira/servicedesk/projects/KEY/queues/.../KEY-1). The request's description is the customer's first
// message; replies to the customer and internal notes are both comments.
import { defineSelectorAdapter, firstText, idFromUrl, queryOne } from './read';

/** The reporter's display name, from the people field in the side panel. */
function reporter(doc: Document): string {
  return firstText(doc, [
    '[data-testid="issue.views.field.user.reporter"] [data-testid="issue.views.field.user.reporter.name"]',
    '[data-testid="issue.views.field.user.reporter"] [data-testid$="user-avatar-name"]',
  ]);
}

function isCustomer(item: Element, doc: Document): boolean {
  if (item.matches('[data-testid="issue.views.field.rich-text.description"]')) return true;
  // Internal notes carry the "Internal note" lozenge; only the reporter's own comments are the customer's.
  if (queryOne(item, '[data-testid$="internal-comment-lozenge"], [data-testid$="internal-note-lozenge"]')) return false;
  const author = (queryOne(item, '[data-testid$=".author"], [data-testid$="-author"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const name = reporter(doc);
  return name !== '' && author === name;
}

export default defineSelectorAdapter({
  id: 'jira-service-management',
  label: 'Jira Service Management',
  matches: ['https://*.atlassian.net/browse/*', 'https://*.atlassian.net/jira/*'],
  subject: [
    'h1[data-testid="issue.views.issue-base.foundation.summary.heading"]', // cloud issue view 2019+
    '#summary-val', // legacy issue view
  ],
  ticketId: (url) => idFromUrl(url, /[?&]selectedIssue=([A-Z][A-Z0-9]+-\d+)/) ?? idFromUrl(url, /\/([A-Z][A-Z0-9]+-\d+)(?:[/?#]|$)/),
  message: {
    // The description first, then the activity feed's comments (oldest first is Jira's default).
    item: [
      '[data-testid="issue.views.field.rich-text.description"], [data-testid^="issue-comment-base.ui.comment.ak-comment."][data-comment-id]',
    ],
    body: ['.ak-renderer-document'],
    isCustomer,
    author: ['[data-testid$=".author"]', '[data-testid$="-author"]'],
    time: ['time[datetime]'],
  },
  order: 'oldest-first',
  editor: [
    '#ak-editor-textarea', // Atlassian editor's contenteditable (comment box, once opened)
    '[data-testid="ak-editor-content-area"] [contenteditable="true"]',
  ],
});
