// The adapter registry, in detection order: hosted desks (by URL), self-hosted desks (by DOM
// signature), and the generic fallback last.
import type { DeskAdapter } from './types';
import type { CustomSelectors } from '../settings/defaults';
import { matchesUrl } from '../match-pattern';
import { defineSelectorAdapter } from './read';
import zendesk from './zendesk';
import freshdesk from './freshdesk';
import helpScout from './help-scout';
import intercom from './intercom';
import front from './front';
import gmail from './gmail';
import jiraServiceManagement from './jira-service-management';
import hubspot from './hubspot';
import zammad from './zammad';
import freescout from './freescout';
import osticket from './osticket';
import requestTracker from './request-tracker';
import chatwoot from './chatwoot';
import zohoDesk from './zoho-desk';
import jiraDataCenter from './jira-data-center';
import outlook from './outlook';
import freshservice from './freshservice';
import dixa from './dixa';
import salesforceServiceCloud from './salesforce-service-cloud';
import generic from './generic';

export { matchesUrl, parseMatchPattern, type MatchPattern } from '../match-pattern';

export const adapters: readonly DeskAdapter[] = [
  zendesk,
  freshdesk,
  helpScout,
  intercom,
  front,
  gmail,
  jiraServiceManagement,
  hubspot,
  zammad,
  freescout,
  osticket,
  requestTracker,
  chatwoot,
  zohoDesk,
  jiraDataCenter,
  outlook,
  freshservice,
  dixa,
  salesforceServiceCloud,
  generic,
];

export { generic as genericAdapter };

/**
 * The adapter for a page: the first whose match patterns cover the URL, else the one whose DOM signature is on the
 * page, else the generic reader. Where two desks' signatures are on one page, one is most likely markup inside a
 * message (an HTML email can carry any class): the page is the desk whose reader finds the customer's words in its
 * own layout, so a customer's email cannot make the agent's desk read as another and show nothing.
 */
export function findAdapter(doc: Document, url: URL | string): DeskAdapter {
  const href = typeof url === 'string' ? url : url.href;
  for (const adapter of adapters) {
    if (adapter.matches?.some((pattern) => matchesUrl(pattern, href))) return adapter;
  }
  const detected = adapters.filter((adapter) => adapter !== generic && detects(adapter, doc));
  if (detected.length < 2) return detected[0] ?? generic;
  return detected.find((adapter) => readsOwnLayout(adapter, doc, href)) ?? (detected[0] as DeskAdapter);
}

function detects(adapter: DeskAdapter, doc: Document): boolean {
  try {
    return adapter.detect?.(doc) ?? false;
  } catch {
    return false; // a broken signature must not stop the others
  }
}

/** The adapter reads a customer's words here with its own selectors (not by handing the page to the generic reader). */
function readsOwnLayout(adapter: DeskAdapter, doc: Document, href: string): boolean {
  const ticket = adapter.read(doc, new URL(href));
  return ticket !== null && !ticket.fallback && ticket.messages.length > 0;
}

/**
 * An adapter made from the agent's own selectors, for a site where `findAdapter` gives the generic reader:
 * each customer message is one element matched by `messages`. Labelled with the site's host name.
 */
export function customAdapter(selectors: CustomSelectors, host: string): DeskAdapter {
  const list = (selector: string) => (selector.trim() ? [selector.trim()] : []);
  return defineSelectorAdapter({
    id: 'custom',
    label: host,
    subject: list(selectors.subject),
    ticketId: () => null,
    message: { item: list(selectors.messages), body: [] },
    order: 'oldest-first',
    editor: list(selectors.editor),
    // The agent's own selectors: matching nothing means nothing to read, not a desk that changed.
    fallback: false,
  });
}
