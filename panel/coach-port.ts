// The reply coach's channel from the followed tab: a port the panel opens to the tab's content script (top frame),
// which sends the checklist on it while it is open. Only the panel receives it (no broadcast to other extension
// contexts); the tab checks drafts only while a panel is connected.
import browser, { type Runtime } from '../src/browser';
import { COACH_PORT, type CoachState } from '../src/messages';

export interface CoachConnection {
  readonly tabId: number;
  readonly open: boolean;
  close(): void;
}

/** Connects to the tab's reply coach; `onState` gets each checklist, and null when the tab's page goes away. */
export function connectCoach(tabId: number, onState: (state: CoachState | null) => void): CoachConnection {
  let open = true;
  let port: Runtime.Port | undefined;
  try {
    port = browser.tabs.connect(tabId, { name: COACH_PORT, frameId: 0 });
    port.onMessage.addListener((state: unknown) => {
      if (open && isCoachState(state)) onState(state);
    });
    port.onDisconnect.addListener(() => {
      // A page that has just loaded has no content script yet to take the port; reading the error marks it handled,
      // or Chromium logs "Unchecked runtime.lastError" in the panel's console on every page load of the tab.
      void browser.runtime.lastError;
      if (!open) return;
      open = false;
      onState(null);
    });
  } catch {
    open = false;
  }
  return {
    tabId,
    get open() {
      return open;
    },
    close() {
      open = false;
      port?.disconnect();
    },
  };
}

function isCoachState(value: unknown): value is CoachState {
  const s = value as CoachState | null;
  return typeof s === 'object' && s !== null && typeof s.enabled === 'boolean' && typeof s.empty === 'boolean' && Array.isArray(s.lines);
}
