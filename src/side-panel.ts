// Opening the side panel: Chrome's sidePanel, Firefox's sidebarAction. Both browsers open it only within the agent's
// own action (a click in an extension page, the toolbar button, the extension's shortcut), so the call is made at
// once, before any await; the background opens it for the in-page pointer and the shortcut, the popup for its button.
import browser from './browser';

export interface PanelTarget {
  tabId?: number;
  windowId?: number;
}

/** The side panel APIs the polyfill does not wrap: Chrome's sidePanel, Firefox's sidebarAction. */
interface PanelApis {
  chrome?: { sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> } };
}

/** Opens the side panel; false where the browser refused (no user action, or Firefox for a click in a web page). */
export function openSidePanel(target: PanelTarget): Promise<boolean> {
  const sidePanel = (globalThis as PanelApis).chrome?.sidePanel;
  try {
    if (sidePanel) {
      // The global panel (manifest side_panel), opened in this window: it stays open as the agent moves between tabs.
      if (target.windowId === undefined && target.tabId === undefined) return Promise.resolve(false);
      const where = target.windowId !== undefined ? { windowId: target.windowId } : { tabId: target.tabId };
      return sidePanel.open(where).then(
        () => true,
        () => false,
      );
    }
    const sidebarAction = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
    if (sidebarAction) {
      return sidebarAction.open().then(
        () => true,
        () => false,
      );
    }
  } catch {
    // Not allowed here (no user action): the caller says how to open it instead.
  }
  return Promise.resolve(false);
}

/**
 * Whether the window's panel is open already, where the browser says (Firefox's sidebarAction.isOpen); false where it
 * cannot say. A pointer's click in Firefox cannot open the sidebar, and naming the shortcut there while it is open sent
 * the agent to the key that closes it (a helper's walk in Firefox ESR, 2026-12-04).
 */
export function panelIsOpen(target: PanelTarget): Promise<boolean> {
  // Inside the promise, the API looked up too: where it is missing or throws, the answer is "not open", never an error.
  return Promise.resolve()
    .then(() => {
      const sidebarAction = (browser as unknown as { sidebarAction?: { isOpen?(details: { windowId?: number }): Promise<boolean> } }).sidebarAction;
      return sidebarAction?.isOpen ? sidebarAction.isOpen(target.windowId !== undefined ? { windowId: target.windowId } : {}) : false;
    })
    .then(
      (open) => open === true,
      () => false,
    );
}

/** Whether a click in a desk page, sent on to the background, can open the panel: Chrome's can, Firefox's cannot. */
export function panelOpensFromPage(): boolean {
  return Boolean((globalThis as PanelApis).chrome?.sidePanel);
}

/** The keys the agent set to open the panel (the manifest's command), or false where none is set. */
export function panelShortcut(): Promise<string | false> {
  // Inside a promise: where the API is missing, the answer is "none set", never an error thrown into the caller.
  return Promise.resolve()
    .then(() => browser.commands.getAll())
    .then(
      (commands) => commands.find((c) => c.name === '_execute_sidebar_action' || c.name === 'toggle-sidebar')?.shortcut || false,
      () => false,
    );
}
