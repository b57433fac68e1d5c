// The one question the side panel and the toolbar popup ask a tab's content script: what does it show?
import browser from './browser';
import type { Message, TabView } from './messages';

/** The tab's view (its top frame's content script), or null where no content script answers. */
export async function askTabView(tabId: number): Promise<TabView | null> {
  const request: Message = { type: 'extra-mile:get-tab-view' };
  try {
    const reply = (await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) as TabView | undefined;
    return reply && Array.isArray(reply.suggestions) ? reply : null;
  } catch {
    return null; // "Could not establish connection": nothing listens in that tab
  }
}
