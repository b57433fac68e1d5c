// The service worker. It holds the lesson library, the settings and the relevance engine (so the content script
// stays small and no desk page ever runs the model), answers the content script's requests, ranks the tickets it is
// handed (in memory: nothing is stored or sent anywhere), tells open tabs when settings change, opens the side panel
// (the in-page pointer's click, the keyboard shortcut) and shows each tab's number of suggestions on the toolbar badge.
// Self-hosted desks the agent switched on in the popup: this library registers the manifest's content scripts on every
// optional origin the browser granted (persisted across restarts, and injected into tabs already open there), and
// unregisters them when the permission is given back. https://github.com/fregante/webext-dynamic-content-scripts
// Each job has its file here: library.ts (lessons, checks and engine), context.ts (what a tab is told), rank.ts,
// router.ts (the messages answered), open-tabs.ts and badge.ts; this file only wires them to the browser's events.
import 'webext-dynamic-content-scripts';
import { onExtensionStart } from 'webext-events';
import browser, { type Runtime } from '../browser';
import { onSettingsChanged } from '../settings';
import { openSidePanel, panelOpensFromPage } from '../side-panel';
import { forgetLibrary } from './library';
import { injectIntoOpenTabs, tellTabsContextChanged, unregisterLeftovers } from './open-tabs';
import { answer } from './router';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => answer(message, sender));

// Settings changed (options page, popup, another window, policy): the library is read again on next use (the engine
// is rebuilt from it), and every open tab re-reads its context. Feedback is not such a change: each ranking reads it
// afresh, and tabs ignored the echo.
onSettingsChanged(() => {
  forgetLibrary();
  tellTabsContextChanged();
}, new AbortController().signal, { desks: false, feedback: false });

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

// Wakes the worker when the browser starts, so webext-dynamic-content-scripts re-registers the granted origins
// straight away.
browser.runtime.onStartup.addListener(() => undefined);

// Installed, updated, reloaded or switched off and on again while desk tabs are open: the copies running there belong
// to the old extension and step down once it is gone, and the browser injects the manifest's content script only into
// pages loaded from now on. So the new copy goes into the open tabs of the hosted desks now (manifest host_permissions,
// the same patterns as the content script's matches), where it takes over from the old one. Once per start of the
// extension, not per worker (webext-events keeps a flag in session storage, which each of those clears):
// runtime.onInstalled does not fire when the agent switches it back on, which left open tabs without it until reloaded
// (a review, 490). Tabs on self-hosted desks switched on in the popup get theirs from webext-dynamic-content-scripts,
// on the same event.
onExtensionStart.addListener(() => void injectIntoOpenTabs());

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
