// The theme the agent chose (options page: Auto, Light or Dark), for the popup and the side panel. Settings answer
// asynchronously (up to 500 ms while the organisation's policy is read), so the last choice is also kept in the
// extension pages' localStorage (one key for both) and painted at once: a Dark choice flashed white as the popup
// opened, and the side panel stayed white wherever it showed no ticket. Each page says how it reads the choice: the
// popup from the settings it bundles, the side panel from the background (its bundle holds no preferences' reader).
import { onSettingsChanged } from './settings/light';

export type ThemeChoice = 'auto' | 'light' | 'dark';

const REMEMBERED = 'extra-mile-theme';

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'auto' || value === 'light' || value === 'dark';
}

function remembered(): ThemeChoice {
  try {
    const theme = globalThis.localStorage?.getItem(REMEMBERED);
    return theme === 'light' || theme === 'dark' ? theme : 'auto';
  } catch {
    return 'auto'; // storage refused (a locked-down profile): the system's until the settings answer
  }
}

/**
 * Calls `apply` with the theme chosen: at once with the last one these pages saw, then with `read`'s answer, and again
 * whenever the settings change, until `signal` aborts. Only the latest read's answer counts (a quick Dark then Light
 * could end on Dark where an earlier read answered last).
 */
export function followThemeChoice(apply: (theme: ThemeChoice) => void, read: () => Promise<ThemeChoice>, signal: AbortSignal): void {
  let last = remembered();
  let reads = 0;
  apply(last);
  const ask = () => {
    const mine = ++reads;
    void read().then((theme) => {
      if (signal.aborted || mine !== reads || theme === last) return;
      last = theme;
      try {
        globalThis.localStorage?.setItem(REMEMBERED, theme);
      } catch {
        // kept for this page only
      }
      apply(theme);
    }, () => undefined);
  };
  ask();
  onSettingsChanged(ask, signal, { desks: false, feedback: false });
}
