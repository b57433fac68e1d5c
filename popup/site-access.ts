// The popup's dealings with the browser about the tab it acts on: which tab, what its content script shows, and
// switching Extra Mile on or off for the tab's site. Settings are read and written through src/settings/ only.
import browser, { type Runtime, type Tabs } from '../src/browser';
import type { TabView } from '../src/messages';
import { forgetSite, grantNeededElsewhere, managedSites, siteLockedIn, siteSettings, updateSiteSettings, type PolicySites } from '../src/settings/light';
import { originPattern, siteKind, type SiteKind } from '../src/sites';
import { contentScriptMatches, hostedPatterns, tabAccess } from '../src/tab-access';
import { askTabView, viewSentBy } from '../src/tab-view';
import type { SiteFacts } from './site-view';

export type WebSite = Exclude<SiteKind, { kind: 'unsupported' }>;

/**
 * The tab the popup acts on: the active tab of its window (its URL readable through the activeTab permission).
 * `popup.html?tab=<tabId>` picks that tab instead; only the e2e tests use it, because a popup page opened in a tab
 * is itself the active tab and is not bound to the desk tab beside it.
 */
export async function targetTab(search: string): Promise<Tabs.Tab | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null) {
    const id = Number(param);
    // Chrome throws on an id it cannot take (negative, past 2^31) rather than rejecting: an uncaught error, a blank status.
    return Number.isInteger(id) && id >= 0 ? Promise.resolve(id).then((tabId) => browser.tabs.get(tabId)).catch(() => undefined) : undefined;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * What the tab's content script shows, with its ranked suggestions: the same answer the side panel gets (top frame
 * only), or null where no content script answers (none runs there).
 */
export function tabView(tabId: number | undefined): Promise<TabView | null> {
  return tabId === undefined ? Promise.resolve(null) : askTabView(tabId);
}

/**
 * Asks the tab again until `done` holds for its answer: the content script reacts to a switch within moments, or
 * seconds on a loaded machine (CI, 2026-12-05: the tab took the switch after the popup's two seconds were up, and the
 * popup said "off" beside the tab's lessons until it was opened again).
 */
export async function awaitView(tabId: number | undefined, done: (view: TabView | null) => boolean, timeoutMs = 10_000, wanted: () => boolean = () => true): Promise<TabView | null> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const view = await tabView(tabId);
    // Not asked on once no one waits for it (the popup gone, or its tab moved on).
    if (done(view) || Date.now() >= until || !wanted()) return view;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * How long the tab's answer is waited for before the site's switch is shown without it: a page busy in a long task, or
 * showing an alert, answers only once it is free, and the switch stayed blank and unusable until then (a review, 487).
 */
const VIEW_WAIT_MS = 1_000;

/**
 * What decides whether Extra Mile runs in the tab, and what its content script shows there. The two are read apart:
 * settings that cannot be read (synced storage failing) leave the tab's ticket and suggestions shown, with the reason
 * in `settingsError`, where together both were lost and the popup stayed blank.
 */
export async function siteFacts(tab: Tabs.Tab | undefined): Promise<SiteFacts> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const viewing = Promise.race([tabView(tab?.id), new Promise<'busy'>((busy) => (timer = setTimeout(() => busy('busy'), VIEW_WAIT_MS)))]).finally(() => clearTimeout(timer));
  const access = await tabAccess(tab).catch((failure: unknown) => ({
    site: siteKind(tab?.url, contentScriptMatches()),
    enabled: undefined,
    locked: false,
    granted: false,
    settingsError: failure instanceof Error ? failure.message : String(failure),
  }));
  const view = await viewing;
  // Not answering yet: shown as a page still loading, and asked again (popup.tsx) until it does.
  return { ...access, view: view === 'busy' ? null : view, loading: view === 'busy' || tab?.status === 'loading' };
}

/**
 * Follows the tab while the popup is open, as the side panel follows its tab (panel/follow-tab.ts): a new address or
 * load in it reads the tab and its facts again (`moved`), and a view its content script pushes is passed on (`viewed`).
 * Read once, a popup opened while the tab went on to the next ticket, or another desk, kept the last one: Copy filled
 * in the last customer's name, and the switch acted on the last site (a review, 487). Until `signal` aborts.
 */
export function followTab(tabId: number, moved: (tab: Tabs.Tab, facts: SiteFacts) => void, viewed: (view: TabView) => void, signal: AbortSignal): void {
  let asked = 0;
  /** A view the tab pushed while its facts were being read: newer than the one read with them. */
  let pushed: TabView | undefined;
  const onUpdated = (id: number, change: { status?: string; url?: string }) => {
    if (id !== tabId || (change.status === undefined && change.url === undefined)) return;
    const mine = ++asked;
    pushed = undefined;
    void browser.tabs
      .get(tabId)
      .then(async (tab) => ({ tab, facts: await siteFacts(tab) }))
      .then(({ tab, facts }) => {
        if (mine === asked && !signal.aborted) moved(tab, pushed ? { ...facts, view: pushed } : facts);
      })
      .catch(() => undefined); // the tab closed: the popup closes with it
  };
  const onMessage = (message: unknown, sender: Runtime.MessageSender) => {
    const view = viewSentBy(tabId, message, sender);
    if (!view || signal.aborted) return undefined;
    pushed = view;
    viewed(view);
    return undefined;
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.runtime.onMessage.removeListener(onMessage);
  });
}

/**
 * The choice before a refused switch-on, put back. A site with no choice before, and nothing else stored, is forgotten:
 * an empty record is listed by the options page as a site not yet visited, which Add a site then refuses as listed
 * (a review). Only where it is empty: the site may have been switched on elsewhere meanwhile (Firefox's prompt leaves
 * the browser usable).
 */
async function putBack(origin: string, previous: boolean | undefined, policy: PolicySites): Promise<void> {
  await updateSiteSettings(origin, { enabled: previous }, policy);
  if (previous === undefined && Object.keys(await siteSettings(origin)).length === 0) await forgetSite(origin);
}

/**
 * Switches Extra Mile on or off for a site; resolves with whether it is on afterwards. Call it straight from the
 * click handler: on a self-hosted site it asks the browser for that one origin first, synchronously, since browsers
 * grant host permissions only inside the user's gesture. webext-dynamic-content-scripts (in the background) then
 * registers the content script there and injects it into the open tabs; giving the permission back unregisters it.
 * On a hosted desk only the stored choice changes; the background tells the tab, whose pointer goes or comes back.
 * A hosted desk whose access the browser took back (`granted` false) is asked for it again first, as a self-hosted one.
 */
export function switchSite(site: WebSite, on: boolean, previous: boolean | undefined, hasAccess = true): Promise<boolean> {
  if (site.kind === 'hosted' && (hasAccess || !on)) return updateSiteSettings(site.origin, { enabled: on }).then(() => on);
  const origins = site.kind === 'hosted' ? hostedPatterns(site.origin) : [originPattern(site.origin)];
  if (!on) {
    return (async () => {
      await updateSiteSettings(site.origin, { enabled: false });
      // The grant is the host's: another port switched on keeps it.
      if (!(await grantNeededElsewhere(site.origin))) await browser.permissions.remove({ origins });
      return false;
    })();
  }
  const granted = browser.permissions.request({ origins });
  // Stored now rather than after the answer: the popup may close while the browser's prompt is open, and the
  // choice (which the options page lists) must not be lost with it. Taken back below if the browser says no.
  // Where the policy turns the site on, the choice is the policy's: only the browser's grant was missing. The policy's
  // sites are read once here and passed to both writes. Resolves with that policy when the choice was stored, else null.
  const stored: Promise<PolicySites | null> = managedSites().then(async (policy) => {
    if (siteLockedIn(policy, site.origin)) return null;
    await updateSiteSettings(site.origin, { enabled: true }, policy);
    return policy;
  });
  return (async () => {
    let ok = false;
    try {
      ok = await granted;
    } finally {
      const wrote = await stored.catch(() => null);
      if (!ok && wrote) await putBack(site.origin, previous, wrote).catch(() => undefined);
    }
    try {
      await stored;
    } catch (failure) {
      // The choice not stored ("Nothing was changed"): a grant this switch gave goes back too, or the site ran unasked
      // and the status said off (a review, 487). A grant there before stays, as does one another port needs.
      if (ok && !hasAccess && !(await grantNeededElsewhere(site.origin).catch(() => true))) await browser.permissions.remove({ origins }).catch(() => undefined);
      throw failure;
    }
    return ok;
  })();
}
