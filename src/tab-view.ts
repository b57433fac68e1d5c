// The one question the side panel and the toolbar popup ask a tab's content script, what does it show, and the one
// reading of the views that content script sends them as its ticket changes.
import browser, { type Runtime } from './browser';
import { isMessage, type Message, type TabView } from './messages';

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

/** The view in `message` where it is one the top frame of tab `tabId` sent (our own content script), else undefined. */
export function viewSentBy(tabId: number | undefined, message: unknown, sender: Runtime.MessageSender): TabView | undefined {
  if (!isMessage(message) || message.type !== 'extra-mile:tab-view' || sender.id !== browser.runtime.id) return undefined;
  return sender.tab?.id === tabId && (sender.frameId ?? 0) === 0 ? message.view : undefined;
}
