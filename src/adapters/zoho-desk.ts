// Zoho Desk (https://desk.zoho.<region>/agent/<portal>/<department>/tickets/details/<id>), the agent app.
//
// Evidence:
// - clockify/browser-extension `src/integrations/zohodesk.js` (2025-04-23): the open ticket's view
//   `.zd_v2-ticketdetailview-container`, its number `.zd_v2-ticketsubject-ticketIdText`, subject
//   `[data-id="caseSubjectText"]`.
// - A public Zoho Desk ticket-context extension's tests (2026; found in the research code index by `zd_v2-`; the index
//   does not name its repository): each open ticket keeps a container `.zd_v2-ticketdetailview-container` marked
//   `data-id="subTab_<id>"`, several at once during a switch (the one for the address's id is the ticket on screen);
//   the request's text `.zd_v2-conversationlistcommon-contentWrapper[data-id="threadContent"]`; other threads and
//   notes `... [data-id="content"]`, which it reads without telling the customer's from the agents'.
// What is read: the subject and the customer's request (the ticket's first thread). Nothing public shows which later
// threads are the customer's, so they are left out rather than guessed; a follow-up from the customer is missed.
// Structural guess: the reply editor is the ticket view's editable region.
import { defineSelectorAdapter, firstText, idFromText, idFromUrl } from './read';

export default defineSelectorAdapter({
  id: 'zoho-desk',
  label: 'Zoho Desk',
  matches: ['https://desk.zoho.com/agent/*', 'https://desk.zoho.eu/agent/*', 'https://desk.zoho.in/agent/*', 'https://desk.zoho.com.au/agent/*'],
  scope: [
    '.zd_v2-ticketdetailview-container[data-id="subTab_{ticketId}"]', // the ticket in the address
    '.zd_v2-ticketdetailview-container', // one ticket open, not marked
  ],
  subject: ['[data-id="caseSubjectText"]'],
  ticketId: (url, _doc, scope) => idFromUrl(url, /\/tickets\/details\/(\d+)/) ?? idFromText(firstText(scope, ['.zd_v2-ticketsubject-ticketIdText'])),
  message: {
    item: ['.zd_v2-conversationlistcommon-contentWrapper[data-id="threadContent"]'],
    body: [],
  },
  order: 'oldest-first',
  editor: ['.zd_v2-ticketdetailview-container [contenteditable="true"]'],
});
