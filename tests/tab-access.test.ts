// Whether the browser lets Extra Mile read a hosted desk's site (src/tab-access.ts), with permissions.contains as the
// browsers answer it: a pattern is held when a granted pattern covers it.
import { beforeEach, expect, it, vi } from 'vitest';
import { hostedGranted } from '../src/tab-access';
import { matchesUrl } from '../src/match-pattern';

const granted = vi.hoisted(() => ({ patterns: [] as string[] }));
vi.mock('../src/browser', () => ({
  default: {
    runtime: { getManifest: () => ({ content_scripts: [{ matches: ['https://*.zendesk.com/agent/*'] }] }) },
    permissions: {
      // Covered: a pattern's own URL (its path's "*" as "x") is one a granted pattern matches.
      contains: async ({ origins }: { origins: string[] }) => origins.every((pattern) => granted.patterns.some((held) => matchesUrl(held, pattern.replace(/\*/g, 'x')))),
    },
  },
}));

beforeEach(() => {
  granted.patterns = [];
});

it('holds a hosted desk granted for all its sites, as installed', async () => {
  granted.patterns = ['https://*.zendesk.com/agent/*'];
  expect(await hostedGranted('https://outdoorco.zendesk.com')).toBe(true);
});

// A review (489): Firefox's "Always allow on outdoorco.zendesk.com" replaces the desk's pattern with the site's own,
// and the options page said Extra Mile could not run on a desk it was reading.
it("holds a hosted desk granted for this site alone (Firefox's per-site allow), and not another site of the desk", async () => {
  granted.patterns = ['*://outdoorco.zendesk.com/*'];
  expect(await hostedGranted('https://outdoorco.zendesk.com')).toBe(true);
  expect(await hostedGranted('https://acme.zendesk.com')).toBe(false);
});

it('holds nothing where the grant was taken back', async () => {
  expect(await hostedGranted('https://outdoorco.zendesk.com')).toBe(false);
});
