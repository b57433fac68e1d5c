// The `settings` item with the sites beside it: read (carrying an older version over, once) and changed without
// losing what a newer version wrote.
import { DESKS_KEY, LEGACY_SITE_PREFIX, SETTINGS_KEY, SITE_PREFIX } from './keys';
import { readDesks } from './desks';
import { migrateSettings, SETTINGS_VERSION } from './migrations';
import { siteRecord, type Settings } from './shapes';
import { get, isRecord, remove, serially, set } from './store';

export async function getSettings(): Promise<Settings> {
  const [all, desks] = await Promise.all([get('sync', null), readDesks()]);
  const current = all[SETTINGS_KEY];
  const version = isRecord(current) && typeof current.version === 'number' ? current.version : 0;
  // Our version, or one above ours that a newer Extra Mile wrote (the agent went back a version): read what we understand.
  if (version >= SETTINGS_VERSION) return withDesks(migrateSettings(current, all), desks);
  // First run of this version: carry older settings over, once (version 0 kept its sites in storage.local).
  const local = await get('local', null);
  const legacy = Object.fromEntries(Object.entries(local).filter(([key]) => key.startsWith(LEGACY_SITE_PREFIX)));
  const migrated = migrateSettings(current, all, legacy);
  try {
    const items: Record<string, unknown> = {};
    for (const [origin, site] of Object.entries(migrated.sites)) items[SITE_PREFIX + origin] = siteRecord(site);
    await set('sync', { ...items, [SETTINGS_KEY]: settingsRecord(migrated) });
    const olderDesks = Object.fromEntries(Object.entries(migrated.sites).flatMap(([origin, site]) => (site.desk ? [[origin, site.desk]] : [])));
    if (Object.keys(olderDesks).length) await set('local', { [DESKS_KEY]: { ...olderDesks, ...desks } });
    if (Object.keys(legacy).length) await remove('local', Object.keys(legacy));
  } catch {
    // Reading must work even where writing does not (quota, a storage fault): the next write tries again.
  }
  return withDesks(migrated, desks);
}

function withDesks(settings: Settings, desks: Record<string, string>): Settings {
  for (const [origin, desk] of Object.entries(desks)) {
    const site = settings.sites[origin];
    if (site) site.desk = desk;
    else settings.sites[origin] = { desk };
  }
  return settings;
}

function settingsRecord(settings: Settings): Record<string, unknown> {
  return { version: SETTINGS_VERSION, preferences: settings.preferences, hiddenLessons: settings.hiddenLessons };
}

/** Changes preferences or hidden lessons (the `settings` item; sites have items of their own). */
export function changeSettings(change: (settings: Settings) => void): Promise<Settings> {
  return serially(async () => {
    const settings = await getSettings();
    change(settings);
    const raw = (await get('sync', SETTINGS_KEY))[SETTINGS_KEY];
    // Settings from a newer version keep their version and every field this one does not know, at any depth.
    const newer = isRecord(raw) && typeof raw.version === 'number' && raw.version > SETTINGS_VERSION;
    const record = newer
      ? { ...raw, preferences: { ...(isRecord(raw.preferences) ? raw.preferences : {}), ...settings.preferences }, hiddenLessons: settings.hiddenLessons }
      : settingsRecord(settings);
    await set('sync', { [SETTINGS_KEY]: record });
    return settings;
  });
}
