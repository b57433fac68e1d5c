// What decides whether Extra Mile runs in a tab, read from the browser and the settings: the kind of site at the tab's
// URL, the agent's and the policy's choice for it and, for a self-hosted desk, the browser's grant. The popup reads it
// for its switch and status line, the side panel for what to say of a tab whose page does not answer.
import browser, { type Tabs } from './browser';
import { siteLockedByPolicy, siteSettings } from './settings/light';
import { parseMatchPattern } from './match-pattern';
import { originPattern, siteKind, type SiteAccess, type SiteKind } from './sites';

/** The hosted desks: every match pattern of the manifest's content scripts. */
export function contentScriptMatches(): string[] {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
}

/** Whether the browser has granted Extra Mile this one origin (a self-hosted desk the agent switched on). */
export function originGranted(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] });
}

/** The content script's match patterns for a hosted desk's origin (its host's, whatever the path). */
export function hostedPatterns(origin: string): string[] {
  return contentScriptMatches().filter((pattern) => siteKind(`${origin}/`, [pattern]).kind === 'hosted');
}

/**
 * Whether the browser still lets Extra Mile read a hosted desk: granted at install, it can be taken back (Firefox's
 * add-on permissions, Chrome's site access "on click"), and then no content script runs there. Granted for the desk's
 * every site, or for this one alone: Firefox's "Always allow on outdoorco.zendesk.com" replaces the desk's pattern
 * with the site's, and the options page said Extra Mile could not run on a desk it was reading (a review, 489).
 */
export async function hostedGranted(origin: string): Promise<boolean> {
  const patterns = hostedPatterns(origin);
  if (!patterns.length || (await browser.permissions.contains({ origins: patterns }))) return true;
  // The site's host in each pattern (no port: match patterns take none).
  const { hostname, protocol } = new URL(origin);
  const forThisSite = patterns.map((pattern) => {
    const parsed = parseMatchPattern(pattern);
    return parsed ? `${parsed.scheme === '*' ? protocol.slice(0, -1) : parsed.scheme}://${hostname}${parsed.path}` : pattern;
  });
  return browser.permissions.contains({ origins: forThisSite });
}

/** Whether the browser still grants every hosted desk's patterns, as at install. */
export function allHostedGranted(): Promise<boolean> {
  return browser.permissions.contains({ origins: contentScriptMatches() });
}

/** Whether the browser lets Extra Mile read a web site: its origin's grant, or for a hosted desk its desk's patterns. */
export function siteGranted(site: Exclude<SiteKind, { kind: 'unsupported' }>): Promise<boolean> {
  return site.kind === 'self-hosted' ? originGranted(site.origin) : hostedGranted(site.origin);
}

/** The site at the tab's URL and whether Extra Mile may run there (a URL the browser hides reads as unsupported). */
export async function tabAccess(tab: Tabs.Tab | undefined): Promise<SiteAccess> {
  const site = siteKind(tab?.url, contentScriptMatches());
  if (site.kind === 'unsupported') return { site, enabled: undefined, locked: false, granted: false };
  const [settings, access] = await Promise.all([siteSettings(site.origin), siteAccess(site)]);
  return { ...access, enabled: settings.enabled };
}

/**
 * The policy's lock and the browser's grant for a web site; `enabled` left for the caller, who has read the site's
 * settings (siteSettings) already or reads them with this.
 */
export async function siteAccess(site: Exclude<SiteKind, { kind: 'unsupported' }>): Promise<Omit<SiteAccess, 'enabled'>> {
  const [locked, granted] = await Promise.all([siteLockedByPolicy(site.origin), siteGranted(site)]);
  return { site, locked, granted };
}
