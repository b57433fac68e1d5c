// The agent's choices per site (storage.sync `site:<origin>`), with the organisation's forced sites on top.
import type { SiteSettings } from './defaults';
import { readDesks, recordDesk } from './desks';
import { DESKS_KEY, SITE_PREFIX } from './keys';
import { managedSites, type PolicySites } from './policy-sites';
import { isOrigin, newerSiteFields, readSite, siteRecord } from './shapes';
import { get, remove, serially, set, SettingsError } from './store';
import { getSettings } from './stored-settings';
import { originPattern } from '../sites';

export async function siteSettings(origin: string): Promise<SiteSettings> {
  const [settings, policy] = await Promise.all([getSettings(), managedSites()]);
  const site = { ...(settings.sites[origin] ?? {}) };
  if (policy.sitesOn.includes(origin)) site.enabled = true;
  if (policy.sitesOff.includes(origin)) site.enabled = false;
  return site;
}

/** True when the policy forces Extra Mile on or off at this origin. */
export function siteLockedIn(policy: PolicySites, origin: string): boolean {
  return policy.sitesOn.includes(origin) || policy.sitesOff.includes(origin);
}

/** True when the organisation's policy forces Extra Mile on or off at this origin (the popup shows its switch locked). */
export async function siteLockedByPolicy(origin: string): Promise<boolean> {
  return siteLockedIn(await managedSites(), origin);
}

/**
 * Stores the agent's choices for a site. Switching it on or off is refused where the policy decides; a caller that
 * has just read the policy passes it as `policy`, so it is not read again.
 */
export async function updateSiteSettings(origin: string, change: Partial<SiteSettings>, policy?: PolicySites): Promise<void> {
  if (!isOrigin(origin)) throw new SettingsError(`Not a web origin: ${origin}`);
  if (change.enabled !== undefined && siteLockedIn(policy ?? (await managedSites()), origin)) {
    throw new SettingsError(`Your organisation decides whether Extra Mile runs on ${origin}.`);
  }
  const { desk, ...choices } = change;
  if (desk !== undefined) await recordDesk(origin, desk);
  if (!Object.keys(choices).length) return;
  await serially(async () => {
    await getSettings(); // migrates older settings first, so this site's item is the one that counts
    const stored = (await get('sync', SITE_PREFIX + origin))[SITE_PREFIX + origin];
    const next = readSite({ ...(readSite(stored) ?? {}), ...choices });
    if (next) await set('sync', { [SITE_PREFIX + origin]: { ...newerSiteFields(stored), ...siteRecord(next) } });
  });
}

/** Forgets a site's choices and recognised desk, both or neither: a write that fails puts back what went before it. */
export function forgetSite(origin: string): Promise<void> {
  return serially(async () => {
    const desks = await readDesks();
    const desk = desks[origin];
    delete desks[origin];
    if (desk !== undefined) await set('local', { [DESKS_KEY]: desks });
    try {
      await remove('sync', [SITE_PREFIX + origin]);
    } catch (error) {
      if (desk !== undefined) await set('local', { [DESKS_KEY]: { ...desks, [origin]: desk } }).catch(() => undefined);
      throw error;
    }
  });
}

/**
 * Whether another origin on this one's host is on (switched on there, or by the policy): the browser's grant covers
 * every port of a host (originPattern), so giving it back for this origin would switch that one off too.
 */
export async function grantNeededElsewhere(origin: string): Promise<boolean> {
  const [settings, policy] = await Promise.all([getSettings(), managedSites()]);
  const on = [...Object.keys(settings.sites).filter((o) => settings.sites[o]?.enabled === true), ...policy.sitesOn];
  return on.some((other) => other !== origin && !policy.sitesOff.includes(other) && originPattern(other) === originPattern(origin));
}
