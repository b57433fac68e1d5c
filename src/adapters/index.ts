// The adapter registry, in detection order: hosted desks (by URL), self-hosted desks (by DOM
// signature), and the generic fallback last.
import type { DeskAdapter } from './types';
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
import generic from './generic';

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
  generic,
];

export { generic as genericAdapter };

/**
 * The adapter for a page: the first whose match patterns cover the URL, else the first whose DOM
 * signature is on the page, else the generic reader.
 */
export function findAdapter(doc: Document, url: URL | string): DeskAdapter {
  const href = typeof url === 'string' ? url : url.href;
  for (const adapter of adapters) {
    if (adapter.matches?.some((pattern) => matchesUrl(pattern, href))) return adapter;
  }
  for (const adapter of adapters) {
    if (adapter === generic || !adapter.detect) continue;
    try {
      if (adapter.detect(doc)) return adapter;
    } catch {
      // A broken signature must not stop the others.
    }
  }
  return generic;
}

/** Selectors an agent saved for a desk no adapter knows (one CSS selector each; empty means none). */
export interface SelectorSet {
  subject: string;
  messages: string;
  editor: string;
}

/**
 * An adapter made from the agent's own selectors, for a site where `findAdapter` gives the generic reader:
 * each customer message is one element matched by `messages`. Labelled with the site's host name.
 */
export function customAdapter(selectors: SelectorSet, host: string): DeskAdapter {
  const list = (selector: string) => (selector.trim() ? [selector.trim()] : []);
  return defineSelectorAdapter({
    id: 'custom',
    label: host,
    subject: list(selectors.subject),
    ticketId: () => null,
    message: { item: list(selectors.messages), body: [] },
    order: 'oldest-first',
    editor: list(selectors.editor),
  });
}

/** A parsed WebExtension match pattern. */
export interface MatchPattern {
  /** "*" means http or https. */
  scheme: '*' | 'http' | 'https' | 'file' | 'ftp' | 'ws' | 'wss' | 'urn' | 'data';
  /** "*" any host, "*.example.com" the domain and its subdomains, else exact. */
  host: string;
  /** Glob over path + query, "*" matching any run of characters. */
  path: string;
  allUrls: boolean;
}

const SCHEMES = new Set(['*', 'http', 'https', 'file', 'ftp', 'ws', 'wss', 'urn', 'data']);

/**
 * Parse a match pattern as browsers do (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/Match_patterns),
 * or null when it is invalid. Ports are not allowed: Firefox ignores them and Chrome only added them late.
 */
export function parseMatchPattern(pattern: string): MatchPattern | null {
  if (pattern === '<all_urls>') return { scheme: '*', host: '*', path: '/*', allUrls: true };
  const match = /^([a-z*]+):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!match) return null;
  const [, scheme = '', host = '', path = ''] = match;
  if (!SCHEMES.has(scheme)) return null;
  if (scheme === 'file') {
    if (host !== '') return null;
  } else {
    if (!host) return null;
    if (host !== '*' && !/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*$/i.test(host)) return null;
  }
  return { scheme: scheme as MatchPattern['scheme'], host: host.toLowerCase(), path, allUrls: false };
}

/** True when the URL is covered by the match pattern. Invalid patterns match nothing. */
export function matchesUrl(pattern: string, url: string | URL): boolean {
  const parsed = parseMatchPattern(pattern);
  if (!parsed) return false;
  let target: URL;
  try {
    target = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  const scheme = target.protocol.replace(/:$/, '');
  if (parsed.allUrls) return ['http', 'https', 'file', 'ws', 'wss', 'ftp'].includes(scheme);
  if (parsed.scheme === '*' ? scheme !== 'http' && scheme !== 'https' : scheme !== parsed.scheme) return false;
  const host = target.hostname.toLowerCase();
  if (parsed.host !== '*') {
    if (parsed.host.startsWith('*.')) {
      const domain = parsed.host.slice(2);
      if (host !== domain && !host.endsWith(`.${domain}`)) return false;
    } else if (host !== parsed.host) {
      return false;
    }
  }
  return globMatch(parsed.path, `${target.pathname}${target.search}`);
}

function globMatch(glob: string, text: string): boolean {
  const source = glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(text);
}
