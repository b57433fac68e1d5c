// The messages the background answers: from our own content scripts (a desk tab) and our own pages (the side panel,
// the popup, the options page), never from a page. A tab speaks only for the site it is on.
import browser, { type Runtime, type Scripting } from '../browser';
import { isMessage, REPLY_CHECKS_FILE } from '../messages';
import { preferences, recordFeedback, setPointerPlace, setTicketLessonHidden } from '../settings';
import { tabSilence } from '../tab-silence';
import { viewSentBy } from '../tab-view';
import { openSidePanel, panelIsOpen, panelShortcut } from '../side-panel';
import { showCount } from './badge';
import { contextFor } from './context';
import { isStoredTicket, isTicket, rankTicket } from './rank';

/**
 * Where the reply checks go: the document that asked, where the browser names it (Chromium's documentId), so a frame
 * that moved on to another page meanwhile does not get them; else the frame.
 */
function checksTarget(tabId: number, sender: Runtime.MessageSender): Scripting.InjectionTarget {
  return sender.documentId !== undefined ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };
}

export function answer(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  // Only our own content scripts and pages talk to us.
  if (!isMessage(message) || sender.id !== browser.runtime.id) return undefined;
  switch (message.type) {
    case 'extra-mile:get-context':
      return contextFor(senderOrigin(sender, message.origin), message.desk, message.has);
    case 'extra-mile:rank':
      if (!isTicket(message.ticket)) return undefined;
      return rankTicket(
        message.ticket,
        Math.max(1, Math.min(10, Math.floor(Number(message.limit) || 5))),
        Array.isArray(message.exclude) ? message.exclude.filter((id) => typeof id === 'string') : [],
        isStoredTicket(message.stored) ? { origin: senderOrigin(sender, message.stored.origin), ticket: message.stored.ticket } : undefined,
      );
    case 'extra-mile:feedback':
      return recordFeedback(message.lessonId, message.verdict, message.undo === true).then(() => true);
    case 'extra-mile:open-panel':
      // Called at once, inside the pointer's click: the browser opens its side panel only within a user gesture.
      if (sender.tab?.id === undefined) return undefined;
      return openPanelFor(sender.tab.id, sender.tab.windowId);
    case 'extra-mile:load-reply-checks':
      // The tab's reply coach has a draft to check for a side panel, or Insert must find where a draft ends: the checks
      // and the draft's text rules run in that frame, beside the content script that asked (content/reply-checks.ts),
      // so the draft stays in the tab.
      if (sender.tab?.id === undefined) return undefined;
      return browser.scripting
        .executeScript({ target: checksTarget(sender.tab.id, sender), files: [REPLY_CHECKS_FILE] })
        .then(
          () => true,
          () => false,
        );
    case 'extra-mile:set-ticket-hidden':
      if (typeof message.lessonId !== 'string' || typeof message.ticket !== 'string') return undefined;
      return setTicketLessonHidden(senderOrigin(sender, message.origin), message.ticket, message.lessonId, message.hidden === true).then(() => true);
    case 'extra-mile:set-pointer-place':
      return setPointerPlace(senderOrigin(sender, message.origin), message.place).then(() => true);
    case 'extra-mile:tab-silence':
      // The side panel's question about another tab: a content script (a page's tab) has no business asking it.
      return typeof message.tabId === 'number' && !sender.tab ? tabSilence(message.tabId) : undefined;
    case 'extra-mile:theme':
      return sender.tab ? undefined : preferences().then((prefs) => prefs.theme);
    case 'extra-mile:tab-view':
      // The page's own view, as the side panel and the popup take it (viewSentBy: frame 0), not a copy's in one of its frames.
      if (sender.tab?.id !== undefined && viewSentBy(sender.tab.id, message, sender)) showCount(sender.tab.id, message.view?.state === 'ready' ? (message.view.suggestions?.length ?? 0) : 0);
      return undefined;
    default:
      return undefined;
  }
}

/**
 * The pointer's click, answered: true where the panel opened, or is open already (Firefox says so: the shortcut would
 * close it); else the shortcut that opens it, for the pointer to name ("its shortcut" alone left the agent to find it
 * in the browser's menus), or false. openSidePanel is called before the first await, so still inside the click.
 */
async function openPanelFor(tabId: number, windowId: number | undefined): Promise<true | string | false> {
  if (await openSidePanel({ tabId, windowId })) return true;
  if (await panelIsOpen({ windowId })) return true;
  return panelShortcut();
}

/** The site a tab's message speaks for: the page it came from, where the browser says (a page cannot claim another). */
function senderOrigin(sender: Runtime.MessageSender & { origin?: string }, claimed: unknown): string {
  if (!sender.tab) return String(claimed);
  // Chrome gives the document's origin; Firefox may give only its address.
  if (typeof sender.origin === 'string' && sender.origin !== 'null') return sender.origin;
  try {
    if (sender.url) return new URL(sender.url).origin;
  } catch {
    // not a URL: what the tab said
  }
  return String(claimed);
}
