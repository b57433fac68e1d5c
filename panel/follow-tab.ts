// Follows the active tab of the panel's window and what its content script shows: asks when the agent switches tabs
// or a tab loads, and listens for the views a content script sends as its ticket changes.
import browser, { type Runtime } from '../src/browser';
import type { TabView } from '../src/messages';
import { LOADING_HOLD_MS } from '../src/silent-tab';
import { askTabView, viewSentBy } from '../src/tab-view';

export interface FollowedTab {
  tabId: number | undefined;
  /**
   * The tab's view; null where no content script answers (not a page Extra Mile reads); undefined for a tab just
   * switched to that has not answered yet (what the last tab showed says nothing of it).
   */
  view: TabView | null | undefined;
  /**
   * Which page: another number for another tab or another address in the tab, as the browser names it when the tab is
   * asked (only where Extra Mile may read the page: leaving a desk for another site, the address goes). The same page
   * asked again (loaded once more, an iframe or pushState on a site not read) keeps its number, so what the panel says
   * of it can stay on show while it is asked.
   */
  page: number;
  /** The tab's address when its view was asked or sent, where the browser names it. */
  address?: string | undefined;
}

export { LOADING_HOLD_MS };

/** Calls `onChange` with the active tab and its view now and whenever either changes; stops when `signal` aborts. */
export async function followActiveTab(onChange: (tab: FollowedTab) => void, signal: AbortSignal): Promise<void> {
  const windowId = (await browser.windows.getCurrent()).id;
  let tabId: number | undefined;
  let page = 0;
  /** The followed tab's address when last asked, where the browser names it. */
  let address: string | undefined;
  let asked = 0;
  /** Asks alone, not pushes: the last ask knows the tab's latest address. */
  let asks = 0;
  let hold: ReturnType<typeof setTimeout> | undefined;
  /** What the panel was last told the tab shows. */
  let told: TabView | null | undefined;
  const tell = (tab: FollowedTab) => {
    told = tab.view;
    onChange(tab);
  };

  /** Asks the tab what it shows; `loading`: a page on its way in, whose silence says nothing yet. */
  async function ask(id: number | undefined, loading = false) {
    const mine = ++asked;
    const mineAsk = ++asks;
    clearTimeout(hold);
    const [now, view] = id === undefined ? [undefined, null] : await Promise.all([browser.tabs.get(id).then((tab) => tab.url, () => undefined), askTabView(id)]);
    if (id !== tabId || signal.aborted) return;
    // Overtaken by a view the tab pushed (a single-page desk's move sends one before this answer comes), the answer is
    // dropped, but not the address: the next load is told from the tab's address now, not the one before (a review,
    // 2026-12-05). The pushed view's sender names the address its script started at, not this one.
    if (mine !== asked) {
      if (mineAsk === asks && now !== undefined) address = now;
      return;
    }
    const another = now !== address;
    if (another) {
      address = now;
      page++;
    }
    // No content script answers a page still loading (the old one is gone, the new one not yet started): nothing is
    // said of it until the new one speaks, the page has loaded or LOADING_HOLD_MS have passed, instead of "Extra Mile
    // doesn't read this page" for as long as a desk takes to load each ticket. What was shown stays only where the
    // same page loads again: the last page's ticket (its cards' Insert and Copy live for seconds, a walk found on
    // 2026-12-05) or its reason for silence says nothing of another address.
    if (view === null && loading) {
      if (another && told !== undefined) tell({ tabId: id, view: undefined, page, address });
      hold = setTimeout(() => void ask(id), LOADING_HOLD_MS);
      return;
    }
    tell({ tabId: id, view, page, address });
  }

  async function switchTo(id: number | undefined) {
    const another = id !== tabId;
    tabId = id;
    if (another) page++;
    // Said at once: until the tab answers, the last tab's view (or its reason for silence) would stand for this one.
    if (another && !signal.aborted) tell({ tabId: id, view: undefined, page, address: undefined });
    await ask(id);
  }

  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (info.windowId === windowId) void switchTo(info.tabId);
  };
  const onUpdated = (id: number, change: { status?: string; url?: string }) => {
    if (id !== tabId) return;
    // A new page in the tab (no content script yet, or a fresh one), or something loading in it: asked as it starts
    // (an address that changed or went shows at once), and again once it has loaded.
    if (change.status !== undefined || change.url !== undefined) void ask(id, change.status !== 'complete');
  };
  const onMessage = (message: unknown, sender: Runtime.MessageSender) => {
    const view = viewSentBy(tabId, message, sender);
    if (!view || signal.aborted) return undefined;
    asked++; // a pushed view is newer than any answer still on its way
    clearTimeout(hold);
    // The address the view was read at is the sender's: one asked for (address) may not have come back yet.
    tell({ tabId, view, page, address: sender.url ?? address });
    return undefined;
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => {
    clearTimeout(hold);
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.runtime.onMessage.removeListener(onMessage);
  });

  const [active] = await browser.tabs.query({ active: true, windowId });
  await switchTo(active?.id);
}
