// The theme the agent chose (options page: Auto, Light or Dark), for the popup and the side panel. Settings answer
// asynchronously (up to 500 ms while the organisation's policy is read), so the last choice is also kept in the
// extension pages' localStorage (one key for both) and painted at once: a Dark choice flashed white as the popup
// opened, and the side panel stayed white wherever it showed no ticket.
import { onSettingsChanged, preferences } from './settings/light';

export type ThemeChoice = 'auto' | 'light' | 'dark';

const REMEMBERED = 'extra-mile-theme';

function remembered(): ThemeChoice {
  try {
    const theme = globalThis.localStorage?.getItem(REMEMBERED);
    return theme === 'light' || theme === 'dark' ? theme : 'auto';
  } catch {
    return 'auto'; // storage refused (a locked-down profile): the system's until the settings answer
  }
}

/**
 * Calls `apply` with the theme chosen: at once with the last one this page saw, then with the settings' answer, and
 * again whenever the options page changes it, until `signal` aborts.
 */
export function followThemeChoice(apply: (theme: ThemeChoice) => void, signal: AbortSignal): void {
  let last = remembered();
  apply(last);
  const read = () =>
    void preferences().then(({ theme }) => {
      if (signal.aborted || theme === last) return;
      last = theme;
      try {
        globalThis.localStorage?.setItem(REMEMBERED, theme);
      } catch {
        // kept for this page only
      }
      apply(theme);
    }, () => undefined);
  read();
  onSettingsChanged(read, signal, { desks: false, feedback: false });
}
