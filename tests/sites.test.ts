// Which kind of site a tab shows (the popup's switch), decided from the URL and the manifest's content-script matches.
import { describe, expect, it } from 'vitest';
import { originPattern, siteKind } from '../src/sites';
import { deskMatchPatterns } from '../src/adapters/hosts';

// The hosted desks' patterns, as the build writes them into the manifest's content-script matches.
const MATCHES = deskMatchPatterns();

describe('siteKind', () => {
  it('a page on a desk the manifest names is hosted, and says whether the content script runs on this very page', () => {
    expect(siteKind('https://outdoorco.zendesk.com/agent/tickets/5512', MATCHES)).toEqual({ kind: 'hosted', origin: 'https://outdoorco.zendesk.com', deskPage: true });
    // Same site, a page the content script does not run on (the help centre): still the hosted desk's switch.
    expect(siteKind('https://outdoorco.zendesk.com/hc/en-us', MATCHES)).toEqual({ kind: 'hosted', origin: 'https://outdoorco.zendesk.com', deskPage: false });
    expect(siteKind('https://mail.google.com/mail/u/0/#inbox', MATCHES)).toMatchObject({ kind: 'hosted', deskPage: true });
  });

  it('any other http(s) page is self-hosted, keyed by its origin (port included)', () => {
    expect(siteKind('https://freescout.example.org/conversation/17?folder_id=3', MATCHES)).toEqual({ kind: 'self-hosted', origin: 'https://freescout.example.org' });
    expect(siteKind('http://rt.intranet:8080/Ticket/Display.html?id=7', MATCHES)).toEqual({ kind: 'self-hosted', origin: 'http://rt.intranet:8080' });
    // A look-alike host is not the hosted desk.
    expect(siteKind('https://zendesk.com.evil.example/agent/', MATCHES)).toMatchObject({ kind: 'self-hosted' });
    // http on a host the manifest names only with https.
    expect(siteKind('http://mail.google.com/', MATCHES)).toMatchObject({ kind: 'self-hosted' });
  });

  it.each(['chrome://newtab/', 'about:blank', 'chrome-extension://abc/popup.html', 'moz-extension://x/popup.html', 'file:///home/a.html', 'view-source:https://a.example/', '', undefined, 'not a url'])(
    '%s is unsupported',
    (url) => {
      expect(siteKind(url, MATCHES)).toEqual({ kind: 'unsupported' });
    },
  );

  // A review (487): on the Web Store the popup offered the switch, granted and stored the site, then asked for a
  // reload that never helped: browsers let no extension read these pages.
  it.each([
    'https://chromewebstore.google.com/detail/extra-mile/abc',
    'https://chrome.google.com/webstore/detail/abc',
    'https://clients2.google.com/service/update2/crx',
    'https://addons.mozilla.org/en-GB/firefox/addon/x/',
    'https://accounts.firefox.com/signin',
  ])('%s is a page browsers keep from every extension', (url) => {
    expect(siteKind(url, MATCHES)).toEqual({ kind: 'unsupported', restricted: true });
  });

  it('keeps its restrictions to those hosts and paths', () => {
    expect(siteKind('https://chrome.google.com/intl/en/chrome/', MATCHES)).toMatchObject({ kind: 'self-hosted' });
    expect(siteKind('https://support.mozilla.org.evil.example/', MATCHES)).toMatchObject({ kind: 'self-hosted' });
    expect(siteKind('https://help.addons.mozilla.org.example/', MATCHES)).toMatchObject({ kind: 'self-hosted' });
  });

  it('a broad pattern in the matches (a test build) does not make every site hosted unless it covers the host', () => {
    expect(siteKind('https://freescout.example.org/x', [...MATCHES, 'https://*.example.org/*'])).toMatchObject({ kind: 'hosted', deskPage: true });
    expect(siteKind('https://support.acme.test/x', [...MATCHES, '<all_urls>', 'https://*/*'])).toMatchObject({ kind: 'self-hosted' });
  });
});

describe('originPattern', () => {
  it('asks for the host without its port (Firefox refuses ports; no port covers them all)', () => {
    expect(originPattern('https://freescout.example.org')).toBe('https://freescout.example.org/*');
    expect(originPattern('http://rt.intranet:8080')).toBe('http://rt.intranet/*');
  });
});
