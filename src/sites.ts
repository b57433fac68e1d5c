// Which kind of site a tab shows, and whether Extra Mile runs there, for the popup's "On for this site" switch and the
// options page's list of sites alike. Pure: the manifest's content-script matches, the stored choice, the policy and
// the browser's grant come in as arguments (from the browser in the extension, from fixtures in tests).
import { matchesUrl, parseMatchPattern } from './match-pattern';

export type SiteKind =
  /**
   * A desk the manifest names (Zendesk, Freshdesk, …): granted at install, though the browser can take that back; the
   * switch stores the choice, and asks for the grant again where it was taken back.
   */
  | { kind: 'hosted'; origin: string; deskPage: boolean }
  /** Any other web page (a self-hosted desk on its own domain): switching on asks the browser for this origin. */
  | { kind: 'self-hosted'; origin: string }
  /**
   * Not a web page (chrome://, the new tab page, a PDF viewer, no URL at all), or one browsers let no extension read
   * (`restricted`: their add-on stores and account pages): nothing to switch.
   */
  | { kind: 'unsupported'; restricted?: true };

/**
 * Web pages no extension may read, whatever it is granted: Chromium's Web Store and a few Google service hosts, and
 * Firefox's restricted domains (the default of its pref extensions.webextensions.restrictedDomains). Listed in the
 * public note Lirkz/wiki Privileged-Pages.md, with its sources (chrome_extensions_client.cc, extension_urls.cc; Firefox's
 * revision 39e1311), and NoScript's src/lib/restricted.js (hackademix/noscript). A review (487) had the popup offer the
 * switch on the Web Store, grant and store it, and then ask for a reload that never helped. A host, or a host and the
 * start of a path.
 */
const RESTRICTED_SITES: readonly string[] = [
  'chromewebstore.google.com',
  'chrome.google.com/webstore',
  'clients.google.com',
  'sb-ssl.google.com',
  'accounts-static.cdn.mozilla.net',
  'accounts.firefox.com',
  'addons.cdn.mozilla.net',
  'addons.mozilla.org',
  'api.accounts.firefox.com',
  'content.cdn.mozilla.net',
  'discovery.addons.mozilla.org',
  'install.mozilla.org',
  'oauth.accounts.firefox.com',
  'profile.accounts.firefox.com',
  'support.mozilla.org',
  'sync.services.mozilla.com',
];

/** Whether browsers let no extension read the page at `url` (RESTRICTED_SITES; Chromium's clients1…99.google.com too). */
function restricted(url: URL): boolean {
  const at = `${url.hostname}${url.pathname}`;
  return /^clients\d+\.google\.com$/.test(url.hostname) || RESTRICTED_SITES.some((site) => at.startsWith(site.includes('/') ? site : `${site}/`));
}

/**
 * Classifies a tab's URL. `hosted` when the page's host is one a content-script match pattern names (whatever the
 * path: the switch is per site); `deskPage` says whether this very page is one the content script runs on.
 */
export function siteKind(url: string | undefined, contentScriptMatches: readonly string[]): SiteKind {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return { kind: 'unsupported' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { kind: 'unsupported' };
  if (restricted(parsed)) return { kind: 'unsupported', restricted: true };
  const origin = parsed.origin;
  const sameHost = contentScriptMatches.some((pattern) => {
    const p = parseMatchPattern(pattern);
    return p !== null && !p.allUrls && p.host !== '*' && matchesUrl(`${p.scheme}://${p.host}/*`, `${origin}/`);
  });
  if (!sameHost) return { kind: 'self-hosted', origin };
  return { kind: 'hosted', origin, deskPage: contentScriptMatches.some((pattern) => matchesUrl(pattern, parsed)) };
}

/** What decides whether Extra Mile runs on a site. */
export interface SiteAccess {
  site: SiteKind;
  /** The stored choice, with the policy's on top (as siteSettings() gives it): undefined is the default. */
  enabled: boolean | undefined;
  /** The organisation's policy decides for this site. */
  locked: boolean;
  /** The browser lets Extra Mile read this origin (a hosted desk's: it has not taken back what it granted at install). */
  granted: boolean;
}

/**
 * Whether Extra Mile runs on the site: where the manifest puts it unless switched off there; elsewhere only where
 * the browser grants the origin and it was switched on at this very origin (the popup stores the choice) or the policy
 * turns it on. The grant alone is not enough: it covers every port of the host (originPattern), and it can outlive
 * the choice (a site forgotten). Never without the grant, whatever the stored choice or the policy says.
 */
export function siteIsOn(access: SiteAccess): boolean {
  if (access.site.kind === 'unsupported') return false;
  if (access.site.kind === 'self-hosted') return access.granted && access.enabled === true;
  if (access.locked) return access.enabled === true;
  return access.enabled !== false;
}

/**
 * A hosted desk where Extra Mile would run, whose access the browser took back (Firefox's add-on permissions, Chrome's
 * site access "on click"): nothing runs there until switching on asks for it again (the popup, the options page).
 */
export function accessTakenBack(access: SiteAccess): boolean {
  return access.site.kind === 'hosted' && !access.granted && siteIsOn(access);
}

/** The policy turns Extra Mile on at a self-hosted site the browser has not granted: only the agent can allow it. */
export function policyNeedsGrant(access: SiteAccess): boolean {
  return access.site.kind === 'self-hosted' && access.locked && access.enabled === true && !access.granted;
}

/**
 * The host permission to ask for an origin. Without the port: Firefox refuses ports in match patterns, and a
 * pattern without one covers every port in both browsers.
 */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
