// What decides whether Extra Mile runs in a tab, read from the browser and the settings: the kind of site at the tab's
// URL, the agent's and the policy's choice for it and, for a self-hosted desk, the browser's grant. The popup reads it
// for its switch and status line, the side panel for what to say of a tab whose page does not answer.
import browser, { type Tabs } from './browser';
import { siteLockedByPolicy, siteSettings } from './settings/light';
import { originPattern, siteKind, type SiteAccess } from './sites';

/** The hosted desks: every match pattern of the manifest's content scripts. */
function contentScriptMatches(): string[] {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
}

/** Whether the browser has granted Extra Mile this one origin (a self-hosted desk the agent switched on). */
export function originGranted(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] });
}

/** The site at the tab's URL and whether Extra Mile may run there (a URL the browser hides reads as unsupported). */
export async function tabAccess(tab: Tabs.Tab | undefined): Promise<SiteAccess> {
  const site = siteKind(tab?.url, contentScriptMatches());
  if (site.kind === 'unsupported') return { site, enabled: undefined, locked: false, granted: false };
  const [settings, locked, granted] = await Promise.all([
    siteSettings(site.origin),
    siteLockedByPolicy(site.origin),
    site.kind === 'self-hosted' ? originGranted(site.origin) : Promise.resolve(true),
  ]);
  return { site, enabled: settings.enabled, locked, granted };
}
