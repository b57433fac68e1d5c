// Every desk fixture page and the real address it is served at, for the e2e tests, `npm start` and the screenshots.
// Hosted desks live at their real hostnames (the production manifest matches them); self-hosted desks and the
// generic reader at https://<desk>.example.org/, which only the test build (dist/chrome-test) matches.

export interface DeskPage {
  /** The adapter that must read it. */
  desk: string;
  /** The desk as agents know it. */
  name: string;
  /** Path under the project folder. */
  file: string;
  url: string;
  /** dist/chrome (production) for hosted desks, dist/chrome-test for self-hosted ones. */
  build: 'chrome' | 'chrome-test';
  /** What the customer wants, in a few words (the demo's index page). */
  about: string;
}

const hosted = (desk: string, name: string, file: string, url: string, about: string): DeskPage => ({ desk, name, file: `tests/fixtures/${file}`, url, build: 'chrome', about });
const selfHosted = (desk: string, name: string, file: string, path: string, about: string): DeskPage => ({
  desk,
  name,
  file: `tests/fixtures/${file}`,
  url: `https://${desk}.example.org${path}`,
  build: 'chrome-test',
  about,
});

export const DESK_PAGES: readonly DeskPage[] = [
  hosted('zendesk', 'Zendesk', 'zendesk/ticket-refund-after-return.html', 'https://outdoorco.zendesk.com/agent/tickets/5512', 'A refund for a returned jacket has not arrived; third time asking'),
  hosted('zendesk', 'Zendesk (two ticket tabs)', 'zendesk/two-ticket-tabs.html', 'https://outdoorco.zendesk.com/agent/tickets/5530', 'Wrong size boots delivered, with a second ticket open in a background tab'),
  hosted('freshdesk', 'Freshdesk', 'freshdesk/ticket-locked-out.html', 'https://tanaka.freshdesk.com/a/tickets/20418', 'Locked out after changing phones; the reset link expired'),
  hosted('freshdesk', 'Freshdesk (older history folded)', 'freshdesk/ticket-collapsed-history.html', 'https://woodline.freshdesk.com/a/tickets/20977', 'A desk motor clicks; the third delivery date given, older history folded'),
  hosted('help-scout', 'Help Scout', 'help-scout/conversation-double-charge.html', 'https://secure.helpscout.net/conversation/2204981733/8817?folderId=1', 'Charged twice for an annual plan'),
  hosted('intercom', 'Intercom', 'intercom/conversation-angry-customer.html', 'https://app.intercom.com/a/inbox/abc123de/inbox/shared/all/conversation/190004821', 'An angry customer: the app keeps logging them out'),
  hosted('front', 'Front', 'front/conversation-broken-mug.html', 'https://app.frontapp.com/inboxes/teams/folders/12345/unassigned/cnv_4f2ab9c1', 'A mug arrived broken'),
  hosted('front', 'Front (messages by role only)', 'front/conversation-articles-only.html', 'https://app.frontapp.com/inboxes/search?q=engraving', 'Change an engraving, and will it arrive by Friday?'),
  hosted('gmail', 'Gmail', 'gmail/thread-missing-parcel.html', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTqMvWbXkRcDlGnHpJsLwNtVx', 'Tracking says delivered, but no parcel'),
  hosted('jira-service-management', 'Jira Service Management', 'jira-service-management/request-app-crash.html', 'https://ledgerly.atlassian.net/jira/servicedesk/projects/HELP/queues/custom/1/HELP-231', 'The iPad app crashes when opening invoices'),
  hosted('hubspot', 'HubSpot', 'hubspot/inbox-discount-code.html', 'https://app.hubspot.com/help-desk/4812345/view/1234/ticket/98211/thread', 'A discount code is rejected at checkout'),
  hosted('hubspot', 'HubSpot (inbox chat)', 'hubspot/inbox-chat-live-messages.html', 'https://app.hubspot.com/live-messages/4812345/inbox/7310022', 'An express order still processing after five days'),
  hosted('hubspot', 'HubSpot (ticket in a record panel)', 'hubspot/ticket-record-panel.html', 'https://app.hubspot.com/contacts/4812345/record/0-5/55102', 'An invoice with the wrong VAT number'),
  hosted('zoho-desk', 'Zoho Desk', 'zoho-desk/ticket-wrong-invoice.html', 'https://desk.zoho.eu/agent/brightlamps/support/tickets/details/431200000012345', 'Charged for three lamps after ordering two'),
  hosted('freshservice', 'Freshservice', 'freshservice/ticket-laptop-docking.html', 'https://acme-it.freshservice.com/a/tickets/3107', 'A docking station ignores the second monitor; a board meeting tomorrow'),
  hosted('freshservice', 'Freshservice (legacy ticket page)', 'freshservice/legacy-original-request.html', 'https://acme-it.freshservice.com/helpdesk/tickets/1186', 'No access to the shared sales drive after joining the team'),
  hosted('dixa', 'Dixa', 'dixa/conversation-missing-refund.html', 'https://nordicgear.dixa.com/conversation/48213', 'A refund still not paid three weeks after the return'),
  hosted('salesforce-service-cloud', 'Salesforce Service Cloud', 'salesforce-service-cloud/case-feed-warranty-repair.html', 'https://brightcycle.lightning.force.com/lightning/r/Case/500Dn00000Kq7XhIAJ/view', 'An e-bike motor cuts out; the replacement part did not help'),
  hosted('outlook', 'Outlook on the web', 'outlook/conversation-standing-order.html', 'https://outlook.office.com/mail/inbox/id/AAQkAGE1NzM0ZmQ5LTk2ODMtNGZmYi1hN2RlLTk2ZTU2ZDBmYjFkMAAQAFuJ5pbPbAZJgWz%2BqZ3fS4M%3D', 'A standing order paused by mistake, still paused after the fix'),
  hosted('outlook', 'Outlook on the web (one mail in the reading pane)', 'outlook/reading-pane-single-mail.html', 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM3ZmYAZS1hNzU3LTk3NTYtMDACLTAwCgAQAMhF%2FYf1mUtCk8k6u1q3Gms%3D', 'A ferry booking moved to another day without asking'),
  hosted('chatwoot', 'Chatwoot Cloud', 'chatwoot/conversation-late-delivery.html', 'https://app.chatwoot.com/app/accounts/1/conversations/318', 'A late order and an impatient customer (Chatwoot Cloud)'),
  hosted('chatwoot', 'Chatwoot 4 (an email inbox)', 'chatwoot/v4-email-conversation.html', 'https://app.chatwoot.com/app/accounts/1/conversations/407', 'A blender jug cracked on first use, needed before a birthday'),
  selfHosted('zammad', 'Zammad', 'zammad/ticket-warranty-claim.html', '/#ticket/zoom/412', 'An air purifier rattles and switches off under warranty'),
  selfHosted('zammad', 'Zammad (desktop view)', 'zammad/desktop-view-grinder-descaling.html', '/desktop/tickets/418', 'A bakery’s grinder stopped after descaling; the reset tip did not help'),
  selfHosted('freescout', 'FreeScout', 'freescout/conversation-pause-subscription.html', '/conversation/17?folder_id=3', 'How to pause a coffee subscription'),
  selfHosted('osticket', 'osTicket', 'osticket/ticket-wrong-item.html', '/scp/tickets.php?id=42', 'A blue kettle arrived instead of the black one'),
  selfHosted('request-tracker', 'Request Tracker', 'request-tracker/update-change-address.html', '/Ticket/Update.html?id=7&QuoteTransaction=120&Action=Respond', 'Change the delivery address before dispatch'),
  selfHosted('jira-data-center', 'Jira Data Center', 'jira-data-center/issue-export-fails.html', '/browse/SUP-88', 'A CSV export is cut off at 40 MB; the workaround is not a fix'),
  selfHosted('chatwoot', 'Chatwoot (self-hosted)', 'chatwoot/conversation-late-delivery.html', '/app/accounts/1/conversations/318', 'A late order and an impatient customer'),
  selfHosted('generic', 'Any other page (generic reader)', 'generic/forum-thread-how-to-return.html', '/t/how-do-i-return-a-gift/4411', 'A forum thread: returning a gift without a receipt'),
];

/**
 * Request Tracker's ticket page before its history arrives by AJAX ("Loading..."), and the history the AJAX
 * request returns (an e2e-only fixture, modelled on RT 5.0.3's /Helpers/TicketHistory output).
 */
export const RT_DELAYED_HISTORY = {
  desk: 'request-tracker',
  name: 'Request Tracker (history loads late)',
  file: 'tests/fixtures/request-tracker/display-history-loading.html',
  url: 'https://request-tracker.example.org/Ticket/Display.html?id=9',
  historyFile: 'tests/e2e/fixtures/request-tracker-history-9.html',
  historyUrl: 'https://request-tracker.example.org/Helpers/TicketHistory',
  about: 'Is the bamboo cutting board dishwasher safe? (the history arrives by AJAX after the page loads)',
} as const;

/** What RT's page script does once the page has loaded: fetch the history and swap it in for "Loading...". */
export function rtHistoryLoader(delayMs: number): string {
  return `<script>setTimeout(() => fetch('/Helpers/TicketHistory?id=9').then((r) => r.text()).then((html) => { document.getElementById('delayed_ticket_history').innerHTML = html; }), ${delayMs});</script>`;
}
