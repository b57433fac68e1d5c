// The preferences the organisation's policy locks: the part of the policy the popup needs (the theme), read without
// the packs (and so without the pack validator and the reply coach's data), as policy-sites.ts reads the sites.
import { DEFAULT_PREFERENCES, type Preferences } from './defaults';
import { managedValue } from './managed';
import { PreferencesShape, readPreferences, RETIRED_PREFERENCES } from './shapes';
import { isRecord } from './store';

/** What each preference takes, for the problem a wrong value gets. */
const PREFERENCE_VALUES: Readonly<Record<keyof Preferences, string>> = {
  limit: 'a whole number from 1 to 10',
  theme: '"auto", "light" or "dark"',
  coach: 'true or false',
};

/** Reads the policy's `preferences`: the valid ones are locked; what is refused is added to `problems` (readPolicy lists them). */
export function readPolicyPreferences(managed: Record<string, unknown>, problems: string[] = []): Partial<Preferences> {
  const locked: Partial<Preferences> = {};
  if (managed.preferences !== undefined && !isRecord(managed.preferences)) problems.push('preferences: expected an object such as {"limit": 3}');
  if (!isRecord(managed.preferences)) return locked;
  const merged = readPreferences({ ...DEFAULT_PREFERENCES, ...managed.preferences });
  for (const key of Object.keys(managed.preferences) as Array<keyof Preferences>) {
    if (RETIRED_PREFERENCES.has(key)) continue; // set for an older version; Chrome drops it already (the schema no longer names it)
    if (!Object.hasOwn(PreferencesShape, key)) problems.push(`preferences.${key}: not a preference`);
    else if (merged[key] !== managed.preferences[key]) problems.push(`preferences.${key}: invalid value ${JSON.stringify(managed.preferences[key]) ?? String(managed.preferences[key])} (expected ${PREFERENCE_VALUES[key]})`);
    else (locked as Record<string, unknown>)[key] = merged[key];
  }
  return locked;
}

/** The preferences the organisation locks (managed.ts: the wait and the cache). */
export async function lockedPreferences(): Promise<Partial<Preferences>> {
  return readPolicyPreferences(await managedValue());
}
