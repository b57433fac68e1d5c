// Why a tab the side panel follows does not answer, read only when it does not: the tab's site and settings, judged by
// the decision the popup's status line uses (silent-tab.ts), so the two say the same of the tab. The background reads
// it for the panel ('extra-mile:tab-silence'), as it reads the panel's theme ('extra-mile:theme'): the settings and the
// policy's checks would make the panel's bundle several times its size.
import browser from './browser';
import { silenceOf, type Silence } from './silent-tab';
import { allHostedGranted, tabAccess } from './tab-access';

export async function tabSilence(tabId: number | undefined): Promise<Silence> {
  if (tabId === undefined) return 'not-read';
  // A tab closed meanwhile, or one whose URL the browser does not show Extra Mile (not a site it may read): not read.
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const silence = silenceOf(await tabAccess(tab).catch(() => tabAccess(undefined)), tab?.status === 'loading');
  // A page whose address is hidden may be a desk whose access the browser took back: the browser hides it for that
  // very reason, and the panel said only that Extra Mile does not read the page, in Firefox after the shortcut on a
  // Zendesk ticket whose access had been taken back (a review, 489).
  if (silence === 'not-read' && tab && tab.url === undefined && !(await allHostedGranted().catch(() => true))) return 'maybe-no-access';
  return silence;
}
