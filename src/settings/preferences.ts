// The agent's preferences, with the organisation's locked ones on top.
import type { Preferences } from './defaults';
import { lockedPreferences } from './policy-preferences';
import { readPreferences } from './shapes';
import { SettingsError } from './store';
import { changeSettings, getSettings } from './stored-settings';

/** Preferences as they apply: the agent's, with the organisation's locked ones on top. */
export async function preferences(): Promise<Preferences> {
  const [settings, locked] = await Promise.all([getSettings(), lockedPreferences()]);
  return { ...settings.preferences, ...locked };
}

export async function updatePreferences(change: Partial<Preferences>): Promise<Preferences> {
  const fixed = await lockedPreferences();
  const locked = Object.keys(change).filter((key) => key in fixed);
  if (locked.length) throw new SettingsError(`Set by your organisation and locked: ${locked.join(', ')}.`);
  const settings = await changeSettings((s) => {
    s.preferences = readPreferences({ ...s.preferences, ...change });
  });
  return settings.preferences;
}
