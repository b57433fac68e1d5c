// One fixture page per desk adapter, at the address it is read at: the page the tests that go through every desk
// (drift, the work a long thread costs) read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

export const DESK_FIXTURES: Record<string, { file: string; url: string }> = {
  zendesk: { file: 'zendesk/ticket-refund-after-return.html', url: 'https://outdoorco.zendesk.com/agent/tickets/5512' },
  freshdesk: { file: 'freshdesk/ticket-locked-out.html', url: 'https://tanaka.freshdesk.com/a/tickets/20418' },
  'help-scout': { file: 'help-scout/conversation-double-charge.html', url: 'https://secure.helpscout.net/conversation/2204981733/8817?folderId=1' },
  intercom: { file: 'intercom/conversation-angry-customer.html', url: 'https://app.intercom.com/a/inbox/abc123de/inbox/shared/all/conversation/190004821' },
  front: { file: 'front/conversation-broken-mug.html', url: 'https://app.frontapp.com/inboxes/teams/folders/12345/unassigned/cnv_4f2ab9c1' },
  gmail: { file: 'gmail/thread-missing-parcel.html', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTqMvWbXkRcDlGnHpJsLwNtVx' },
  'jira-service-management': { file: 'jira-service-management/request-app-crash.html', url: 'https://ledgerly.atlassian.net/jira/servicedesk/projects/HELP/queues/custom/1/HELP-231' },
  hubspot: { file: 'hubspot/inbox-discount-code.html', url: 'https://app.hubspot.com/help-desk/4812345/view/1234/ticket/98211/thread' },
  zammad: { file: 'zammad/ticket-warranty-claim.html', url: 'https://support.example.org/#ticket/zoom/412' },
  freescout: { file: 'freescout/conversation-pause-subscription.html', url: 'https://support.example.org/conversation/17?folder_id=3' },
  osticket: { file: 'osticket/ticket-wrong-item.html', url: 'https://support.example.org/scp/tickets.php?id=42' },
  'request-tracker': { file: 'request-tracker/update-change-address.html', url: 'https://support.example.org/Ticket/Update.html?id=7&QuoteTransaction=120&Action=Respond' },
  chatwoot: { file: 'chatwoot/conversation-late-delivery.html', url: 'https://chat.example.org/app/accounts/1/conversations/318' },
  'jira-data-center': { file: 'jira-data-center/issue-export-fails.html', url: 'https://jira.example.org/browse/SUP-88' },
  'zoho-desk': { file: 'zoho-desk/ticket-wrong-invoice.html', url: 'https://desk.zoho.eu/agent/brightlamps/support/tickets/details/431200000012345' },
  freshservice: { file: 'freshservice/ticket-laptop-docking.html', url: 'https://acme-it.freshservice.com/a/tickets/3107' },
  dixa: { file: 'dixa/conversation-missing-refund.html', url: 'https://nordicgear.dixa.com/conversation/48213' },
  'salesforce-service-cloud': { file: 'salesforce-service-cloud/case-feed-warranty-repair.html', url: 'https://brightcycle.lightning.force.com/lightning/r/Case/500Dn00000Kq7XhIAJ/view' },
  outlook: { file: 'outlook/conversation-standing-order.html', url: 'https://outlook.office.com/mail/inbox/id/AAQkAGE1NzM0ZmQ5LTk2ODMtNGZmYi1hN2RlLTk2ZTU2ZDBmYjFkMAAQAFuJ5pbPbAZJgWz%2BqZ3fS4M%3D' },
};

/** The desk's fixture page, parsed, and its address. */
export function loadDeskFixture(id: string): { dom: JSDOM; doc: Document; url: URL } {
  const page = DESK_FIXTURES[id]!;
  const dom = new JSDOM(readFileSync(path.join(__dirname, '../fixtures', page.file), 'utf8'), { url: page.url });
  return { dom, doc: dom.window.document, url: new URL(page.url) };
}
