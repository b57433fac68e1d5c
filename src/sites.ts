// Which kind of site a tab shows, for the popup's "On for this site" switch. Pure: the manifest's content-script
// matches come in as an argument (browser.runtime.getManifest() in the extension, a fixture in tests).
import { matchesUrl, parseMatchPattern } from './match-pattern';

export type SiteKind =
  /** A desk the manifest names (Zendesk, Freshdesk, …): always permitted; the switch only stores the choice. */
  | { kind: 'hosted'; origin: string; deskPage: boolean }
  /** Any other web page (a self-hosted desk on its own domain): switching on asks the browser for this origin. */
  | { kind: 'self-hosted'; origin: string }
  /** Not a web page (chrome://, the new tab page, a PDF viewer, no URL at all): nothing to switch. */
  | { kind: 'unsupported' };

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
  const origin = parsed.origin;
  const sameHost = contentScriptMatches.some((pattern) => {
    const p = parseMatchPattern(pattern);
    return p !== null && !p.allUrls && p.host !== '*' && matchesUrl(`${p.scheme}://${p.host}/*`, `${origin}/`);
  });
  if (!sameHost) return { kind: 'self-hosted', origin };
  return { kind: 'hosted', origin, deskPage: contentScriptMatches.some((pattern) => matchesUrl(pattern, parsed)) };
}

/**
 * The host permission to ask for an origin. Without the port: Firefox refuses ports in match patterns, and a
 * pattern without one covers every port in both browsers.
 */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}
