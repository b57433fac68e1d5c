// Jira Data Center / Server (self-hosted, any host): the classic issue view /browse/KEY-1, where Jira Service
// Management on Data Center also shows requests to agents. Found by the page's signature, not by its address.
//
// Evidence:
// - clockify/browser-extension `src/integrations/atlassian.js` (2023-03-07): the classic issue page `#issue-content`.
// - Public Jira userscripts and extensions (found in the research code index by `.activity-comment .action-body`;
//   the index does not name their repositories): the summary `h1#summary-val` / `#summary-val`, user text
//   `.user-content-block`, comments `#issue_actions_container .activity-comment .action-body` ("Jira Server / Data
//   Center comments").
// Structural guess, from the same page's field naming (`#summary-val`): the description `#description-val`, the
// reporter `#reporter-val`, each comment's author `.action-details .user-hover`. The description and the reporter's
// own comments are the customer's; without a reporter name only the description is read.
import { defineSelectorAdapter, firstText, hasAny, idFromText, idFromUrl, type Thread } from './read';

/** The description, and the comments whose author is the reporter. */
function customerRule({ doc }: Thread): (item: Element) => boolean {
  const reporter = firstText(doc, ['#reporter-val .user-hover', '#reporter-val']);
  return (item) => item.id === 'description-val' || (reporter !== '' && firstText(item, ['.action-details .user-hover']) === reporter);
}

export default defineSelectorAdapter({
  id: 'jira-data-center',
  label: 'Jira Data Center',
  // The classic issue page and its summary field: Jira's own markup on any host.
  detect: (doc) => hasAny(doc, ['#issue-content']) && hasAny(doc, ['#summary-val']),
  subject: ['h1#summary-val', '#summary-val'],
  ticketId: (url, doc) => idFromUrl(url, /\/browse\/([A-Z][A-Z0-9]+-\d+)/) ?? idFromText(firstText(doc, ['#key-val'])),
  message: {
    // The description, then each comment (oldest first, Jira's default order).
    item: ['#description-val, #issue_actions_container .activity-comment'],
    body: ['.action-body', '.user-content-block'],
    customerRule,
    author: ['.action-details .user-hover'],
    // Jira renders {quote} as a plain <blockquote>: in a comment that is someone else's words being answered.
    strip: ['blockquote'],
    time: ['time[datetime]'],
  },
  order: 'oldest-first',
  editor: [
    '#comment-wiki-edit textarea#comment', // the comment box, plain-text mode (structural guess)
    '#addcomment [contenteditable="true"]',
    'textarea#comment',
  ],
});
