// The service worker. It holds the lesson library, the settings and the relevance engine (so the content script
// stays small and no desk page ever runs the model), answers the content script's requests, ranks the tickets it is
// handed (in memory: nothing is stored or sent anywhere), tells open tabs when settings change, opens the side panel
// (the in-page pointer's click, the keyboard shortcut) and shows each tab's number of suggestions on the toolbar badge.
// Self-hosted desks the agent switched on in the popup: this library registers the manifest's content scripts on every
// optional origin the browser granted (persisted across restarts, and injected into tabs already open there), and
// unregisters them when the permission is given back. https://github.com/fregante/webext-dynamic-content-scripts
import 'webext-dynamic-content-scripts';
import browser, { type Runtime, type Scripting } from './browser';
import { isMessage, REPLY_CHECKS_FILE, type ContentContextReply, type LessonInPage, type Message, type RankReply } from './messages';
import { analyse, bundledModel, createEngine, type Engine, type TicketText } from './engine/index';
import { withModels } from './coach/models';
import { VOCABULARY } from './coach/vocabulary';
import { withSlots } from './coach/slots';
import { BUILTIN_LESSONS } from './lessons';
import type { Vocabulary } from './coach/pattern';
import { activeLibrary, feedbackWeights, lessonFeedback, onSettingsChanged, preferences, recordDesk, recordFeedback, pointerPlace, setPointerPlace, setTicketLessonHidden, siteSettings, ticketHiddenLessons } from './settings';
import { sha256Hex } from './digest';
import { tabSilence } from './tab-silence';
import { openSidePanel, panelOpensFromPage, panelShortcut } from './side-panel';
import { siteIsOn, siteKind } from './sites';
import { contentScriptMatches, siteAccess } from './tab-access';

async function contextFor(origin: string, desk: string, has: unknown): Promise<ContentContextReply> {
  const kind = siteKind(`${origin}/`, contentScriptMatches());
  const [site, access, prefs, { lessonsInPage, checks, vocabulary, revision }, pointer, panelKeys] = await Promise.all([
    siteSettings(origin),
    // A grant the browser cannot tell of counts as none.
    kind.kind === 'unsupported' ? undefined : siteAccess(kind).catch(() => ({ site: kind, locked: false, granted: false })),
    preferences(),
    currentLibrary(),
    pointerPlace(origin).catch(() => undefined),
    panelOpensFromPage() ? undefined : panelShortcut().then((keys) => keys || ''),
  ]);
  // As the popup and the options page decide (src/sites.ts): a content script can outlive its site's grant (taken back
  // in the browser's menu) or its choice (the site forgotten), and a grant covers every port of its host.
  const enabled = access !== undefined && siteIsOn({ ...access, enabled: site.enabled });
  // A single-page desk reads as "generic" until it has drawn itself: that never overwrites a desk already seen. A site
  // that is off is not recorded: its card, once forgotten, would come back.
  if (enabled && site.desk !== desk && (desk !== 'generic' || !site.desk)) void recordDesk(origin, desk).catch(() => undefined);
  return {
    enabled,
    revision,
    // A tab that holds this revision already is not sent it again (about 440 KB to every desk tab on each change of
    // settings, most of which leave the library as it was).
    ...(has === revision ? {} : { library: { lessons: lessonsInPage, checks, vocabulary } }),
    preferences: prefs,
    // The agent's own selectors apply only where no adapter knows the desk.
    ...(desk === 'generic' && site.selectors ? { selectors: site.selectors } : {}),
    ...(pointer ? { pointer } : {}),
    // The pointer names how to open the panel where its click cannot (Firefox), not "Open the side panel".
    ...(panelKeys !== undefined ? { panelKeys } : {}),
  };
}

type Library = Awaited<ReturnType<typeof activeLibrary>> & { lessonsInPage: LessonInPage[]; vocabulary: Vocabulary; revision: string };

/**
 * The lessons and checks in use, for the tabs' context and the engine alike: read and validated once (every stored
 * pack), then kept until settings or packs change (onSettingsChanged below), so neither re-reads storage per tab.
 */
let library: Promise<Library> | null = null;

function currentLibrary(): Promise<Library> {
  if (library) return library;
  // The bundled checks run with their learned models: joined here, as the tabs are sent them.
  const reading = activeLibrary().then(async ({ lessons, checks }) => {
    const lessonsInPage = lessons.map(({ id, title, phrases }) => ({ id, title, phrases }));
    const withTheirModels = withModels(checks);
    // With the blanks the lessons write (a pack's in use too), which a draft must not leave in: the built-in lessons'
    // all, hidden ones too, as the CLI reads them (a hidden lesson's phrase may be in a draft, and the verdicts agree).
    const vocabulary = withSlots(VOCABULARY, [...BUILTIN_LESSONS, ...lessons]);
    // Of the whole lessons, not only what the tabs are sent: a pack imported again with other cues ranks otherwise,
    // so its tabs rank again and the engine is built again.
    return { lessons, lessonsInPage, checks: withTheirModels, vocabulary, revision: await revisionOf({ lessons, checks: withTheirModels, vocabulary }) };
  });
  // A failed read is not kept: the next request tries again.
  reading.catch(() => {
    if (library === reading) library = null;
  });
  return (library = reading);
}

/**
 * The library in use, digested once per read (here, not in the desk page): a change of settings that leaves it as it
 * was (another site switched off, a disabled pack imported) gives the same revision, so the tabs keep what they show
 * and the engine is kept.
 */
function revisionOf(sent: object): Promise<string> {
  return sha256Hex(JSON.stringify(sent));
}

/**
 * The engine for the library in use (a ranking then costs only the ranking), built again only when a read of the
 * library brings another revision: 49 ms with the bundled lessons, about 250 ms with the largest pack.
 */
let lastBuilt: { revision: string; engine: Engine } | undefined;

async function currentEngine(): Promise<Engine> {
  const { lessons, revision } = await currentLibrary();
  // Built synchronously here, so rankings waiting on the same read share one build.
  if (lastBuilt?.revision !== revision) lastBuilt = { revision, engine: createEngine(bundledModel(), lessons) };
  return lastBuilt.engine;
}

/** Ranks a ticket; with `stored`, also leaves out (and names) the lessons kept as not relevant for it. */
async function rankTicket(ticket: TicketText, limit: number, exclude: string[], stored?: { origin: string; ticket: string }): Promise<RankReply> {
  const [current, feedback, storedHidden] = await Promise.all([
    currentEngine(),
    lessonFeedback(),
    // Unreadable storage costs the tab its stored choices for now (it asks again next time), not its suggestions.
    stored ? ticketHiddenLessons(stored.origin, stored.ticket).catch(() => undefined) : undefined,
  ]);
  const { suggestions, notEnglish } = analyse(ticket, current, { limit, exclude: new Set([...exclude, ...(storedHidden ?? [])]), weights: feedbackWeights(feedback) });
  return { suggestions, ...(storedHidden ? { storedHidden } : {}), ...(notEnglish ? { notEnglish } : {}) };
}

/**
 * Where the reply checks go: the document that asked, where the browser names it (Chromium's documentId), so a frame
 * that moved on to another page meanwhile does not get them; else the frame.
 */
function checksTarget(tabId: number, sender: Runtime.MessageSender): Scripting.InjectionTarget {
  return sender.documentId !== undefined ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };
}

function isStoredTicket(value: unknown): value is { origin: string; ticket: string } {
  const v = value as { origin?: unknown; ticket?: unknown } | null;
  return typeof v === 'object' && v !== null && typeof v.origin === 'string' && typeof v.ticket === 'string';
}

function isTicket(value: unknown): value is TicketText {
  const t = value as TicketText | null;
  return typeof t === 'object' && t !== null && Array.isArray(t.messages) && t.messages.every((m) => typeof m === 'string') && (t.subject === undefined || typeof t.subject === 'string');
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
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
      // Where the browser refuses (Firefox opens its sidebar only from its own controls), the answer is the shortcut
      // that opens it, for the pointer to name: "its shortcut" alone left the agent to find it in the browser's menus.
      return openSidePanel({ tabId: sender.tab.id, windowId: sender.tab.windowId }).then((opened): Promise<true | string | false> => (opened ? Promise.resolve(true) : panelShortcut()));
    case 'extra-mile:load-reply-checks':
      // The tab's reply coach has a draft to check for a side panel: its checks run in that frame, beside the content
      // script that asked (content/reply-checks.ts), so the draft stays in the tab.
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
      if (sender.tab?.id !== undefined) showCount(sender.tab.id, message.view?.state === 'ready' ? (message.view.suggestions?.length ?? 0) : 0);
      return undefined;
    default:
      return undefined;
  }
});

// Settings changed (options page, popup, another window, policy): the library is read again on next use (the engine
// is rebuilt from it), and every open tab re-reads its context. Feedback is not such a change: each ranking reads it
// afresh, and tabs ignored the echo.
onSettingsChanged(() => {
  library = null;
  tellTabsContextChanged();
}, new AbortController().signal, { desks: false, feedback: false });

function tellTabsContextChanged(): void {
  void browser.tabs.query({}).then((tabs) => {
    const message: Message = { type: 'extra-mile:settings-changed' };
    for (const tab of tabs) if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
}

// The agent set other keys for the shortcut (Firefox says so; Chrome has no such event): the pointers that name the
// keys (where their click cannot open the panel) read them again with their context.
(browser.commands as { onChanged?: { addListener(listener: () => void): void } }).onChanged?.addListener(() => {
  if (!panelOpensFromPage()) tellTabsContextChanged();
});

// The shortcut opens the side panel in the window it was pressed in (Firefox opens its sidebar itself: the Firefox
// manifest binds the shortcut to _execute_sidebar_action). The command keeps the id `toggle-sidebar` from the retired
// in-page sidebar: browsers keep the keys an agent set for a command by its id, so a new id would drop them.
browser.commands.onCommand.addListener((command, tab) => {
  if (command !== 'toggle-sidebar' || tab?.windowId === undefined) return;
  void openSidePanel({ windowId: tab.windowId });
});

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

/** The toolbar badge: how many suggestions the tab's ticket has (nothing where there are none). */
function showCount(tabId: number, count: number): void {
  const text = count > 0 ? String(count) : '';
  void browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  if (text) void browser.action.setBadgeBackgroundColor({ tabId, color: '#0a5fcc' }).catch(() => undefined);
}

// Wakes the worker when the browser starts, so the library above re-registers the granted origins straight away.
browser.runtime.onStartup.addListener(() => undefined);

// Installed, updated or reloaded while desk tabs are open: the copies running there belong to the old extension and
// step down once it is gone, and the browser injects the manifest's content script only into pages loaded from now
// on. So the new copy goes into the open tabs of the hosted desks now (manifest host_permissions, the same patterns as
// the content script's matches), where it takes over from the old one. Tabs on self-hosted desks switched on in the
// popup get theirs from webext-dynamic-content-scripts, which injects into open tabs whenever the extension starts.
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install' || reason === 'update') void injectIntoOpenTabs();
});

async function injectIntoOpenTabs(): Promise<void> {
  for (const script of browser.runtime.getManifest().content_scripts ?? []) {
    if (!script.matches?.length || !script.js?.length) continue;
    const files = script.js;
    const tabs = await browser.tabs.query({ url: script.matches }).catch(() => []);
    await Promise.all(
      tabs.map(async (tab) => {
        // A discarded tab loads afresh, content script included, when the agent returns to it.
        if (tab.id === undefined || tab.discarded) return;
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files }).catch(() => {
          // Closed or navigating meanwhile, or an error page: the next page load gets the script anyway.
        });
      }),
    );
  }
}

// The library unregisters only what it registered since this worker started. Once the browser has stopped the idle
// worker, a permission given back would leave its registration behind: harmless (nothing is injected without the
// permission) but stale. So whatever is still registered only for the origins given back goes too, a task later so
// that the library's own calls go first.
browser.permissions.onRemoved.addListener(({ origins = [] }) => {
  if (!origins.length) return;
  setTimeout(() => void unregisterLeftovers(origins), 0);
});

// A grant given or taken back anywhere (the popup, the options page, the browser's own site-access menu): the open tabs
// read their context again, so a tab whose origin is no longer granted stops reading tickets without a reload.
for (const event of [browser.permissions.onAdded, browser.permissions.onRemoved]) {
  event.addListener(({ origins = [] }) => {
    if (origins.length) tellTabsContextChanged();
  });
}

async function unregisterLeftovers(origins: string[]): Promise<void> {
  try {
    const scripts = await browser.scripting.getRegisteredContentScripts();
    const ids = scripts.filter((script) => script.matches?.length && script.matches.every((m) => origins.includes(m))).map((script) => script.id);
    if (ids.length) await browser.scripting.unregisterContentScripts({ ids });
  } catch {
    // Already gone (the library was quicker): nothing left to do.
  }
}
