// Organisation policy (storage.managed; see managed_schema.json and the README): read-only, refused parts listed.
import browser from '../browser';
import { formatPackError, validatePack, validatePolicyPackText } from '../lessons/pack';
import type { LessonPack } from '../lessons/schema';
import { DEFAULT_PREFERENCES, type Preferences } from './defaults';
import { POLICY_CACHE_KEY } from './keys';
import { isOrigin, PreferencesShape, readPreferences, RETIRED_PREFERENCES } from './shapes';
import { get, isRecord, set } from './store';

/** What an administrator set through the browser's managed storage. */
export interface Policy {
  packs: LessonPack[];
  /** Origins forced on or off. */
  sitesOn: string[];
  sitesOff: string[];
  /** Preferences fixed by policy; the options page shows them locked. */
  lockedPreferences: Partial<Preferences>;
  /** What in the policy was refused, for the options page to show. */
  problems: string[];
}

/** The keys a policy may set (managed_schema.json). Firefox passes any key through: a misspelt one is named, not lost. */
const POLICY_KEYS: ReadonlySet<string> = new Set(['packs', 'sitesOn', 'sitesOff', 'preferences']);

/** What each preference takes, for the problem a wrong value gets. */
const PREFERENCE_VALUES: Readonly<Record<keyof Preferences, string>> = {
  limit: 'a whole number from 1 to 10',
  theme: '"auto", "light" or "dark"',
  coach: 'true or false',
};

/** Reads a managed-storage value into a Policy; refused parts are listed in `problems`. Exported for tests. */
export function readPolicy(managed: Record<string, unknown>): Policy {
  const policy: Policy = { packs: [], sitesOn: [], sitesOff: [], lockedPreferences: {}, problems: [] };
  for (const key of Object.keys(managed)) {
    if (!POLICY_KEYS.has(key)) policy.problems.push(`${key}: not a policy key (the keys are ${[...POLICY_KEYS].join(', ')})`);
  }
  if (managed.packs !== undefined && !Array.isArray(managed.packs)) policy.problems.push('packs: expected a list of packs, [{…}], even for one pack');
  const packs = Array.isArray(managed.packs) ? managed.packs : [];
  packs.forEach((raw, i) => {
    // Chrome's policy editors often carry a pack as a JSON string: checked as the same pack given as an object, each
    // problem named at its line in that string ("packs[2]: line 4, lessons[0].title: …"), as an agent's import is.
    const verdict = typeof raw === 'string' ? validatePolicyPackText(raw) : validatePack(raw);
    // One pack of an id, as for installed packs: a second would be a second card, and its lessons left out anyway.
    const earlier = verdict.ok ? policy.packs.findIndex((pack) => pack.id === verdict.pack.id) : -1;
    if (verdict.ok && earlier >= 0) policy.problems.push(`packs[${i}]: "${verdict.pack.id}" is the id of an earlier pack in the policy; only the first is used`);
    else if (verdict.ok) policy.packs.push(verdict.pack);
    else policy.problems.push(`packs[${i}]: ${verdict.errors.map(formatPackError).join('; ')}`);
  });
  const origins = (value: unknown, name: string) => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      policy.problems.push(`${name}: expected a list of origins`);
      return [];
    }
    return value.filter((o): o is string => {
      const ok = typeof o === 'string' && isOrigin(o);
      if (!ok) policy.problems.push(`${name}: "${String(o)}" is not an origin like https://support.example.com`);
      return ok;
    });
  };
  policy.sitesOn = origins(managed.sitesOn, 'sitesOn');
  policy.sitesOff = origins(managed.sitesOff, 'sitesOff');
  // Off wins (settings/sites.ts); an origin in both lists is a slip the administrator should hear of.
  for (const origin of policy.sitesOn.filter((o) => policy.sitesOff.includes(o))) policy.problems.push(`sitesOn: "${origin}" is in sitesOff too; Extra Mile stays off there`);
  if (managed.preferences !== undefined && !isRecord(managed.preferences)) policy.problems.push('preferences: expected an object such as {"limit": 3}');
  if (isRecord(managed.preferences)) {
    const merged = readPreferences({ ...DEFAULT_PREFERENCES, ...managed.preferences });
    for (const key of Object.keys(managed.preferences) as Array<keyof Preferences>) {
      if (RETIRED_PREFERENCES.has(key)) continue; // set for an older version; Chrome drops it already (the schema no longer names it)
      if (!(key in PreferencesShape)) policy.problems.push(`preferences.${key}: not a preference`);
      else if (merged[key] !== managed.preferences[key]) policy.problems.push(`preferences.${key}: invalid value ${JSON.stringify(managed.preferences[key]) ?? String(managed.preferences[key])} (expected ${PREFERENCE_VALUES[key]})`);
      else (policy.lockedPreferences as Record<string, unknown>)[key] = merged[key];
    }
  }
  return policy;
}

/** How long to wait for storage.managed before using the cached value (ms). */
export const MANAGED_WAIT_MS = 500;
let managedRead: Promise<Record<string, unknown>> | null = null;
/** The pending read already kept a caller waiting: until it answers, the next callers take the cache at once. */
let managedSlow = false;

/**
 * The organisation's policy. Chrome answers storage.managed only once it has loaded policies, which takes seconds
 * after the browser starts (and never, in some Edge builds: https://github.com/w3c/webextensions/issues/547), so
 * after MANAGED_WAIT_MS the last value read is used; when the real one arrives and differs, it is cached, which
 * onSettingsChanged reports, so every open page and tab reads the policy again.
 */
export async function managedPolicy(): Promise<Policy> {
  managedRead ??= readManaged().finally(() => {
    managedRead = null;
    managedSlow = false;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), managedSlow ? 0 : MANAGED_WAIT_MS)));
  const managed = await Promise.race([managedRead, late]);
  clearTimeout(timer);
  if (managed) return readPolicy(managed);
  managedSlow = true;
  const cached = await get('local', POLICY_CACHE_KEY).catch(() => ({}) as Record<string, unknown>);
  const value = cached[POLICY_CACHE_KEY];
  return readPolicy(isRecord(value) ? value : {});
}

async function readManaged(): Promise<Record<string, unknown>> {
  let managed: Record<string, unknown>;
  try {
    // Firefox rejects when no policy is installed; Chrome resolves {} — both mean "no policy".
    const value: unknown = await browser.storage.managed.get(null);
    managed = isRecord(value) ? value : {};
  } catch {
    managed = {};
  }
  try {
    const cached = (await get('local', POLICY_CACHE_KEY))[POLICY_CACHE_KEY];
    if (JSON.stringify(cached ?? {}) !== JSON.stringify(managed)) await set('local', { [POLICY_CACHE_KEY]: managed });
  } catch {
    // Only a cache: the next read tries again.
  }
  return managed;
}
