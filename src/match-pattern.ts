// WebExtension match patterns, read as browsers read them: the manifest's content-script matches, adapters'
// hosted URLs and the popup's site classification all use these.

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
