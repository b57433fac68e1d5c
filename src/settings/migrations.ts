// Stored settings of any version, brought to the current shape: each older version's place for the sites, in order.
import { LEGACY_SITE_PREFIX, SITE_PREFIX } from './keys';
import type { SiteSettings } from './defaults';
import { isOrigin, readPreferences, readSite, type Settings } from './shapes';
import { isRecord } from './store';

/**
 * 3: the `side` preference is gone (the guidance moved to the browser's side panel), `coach` came in.
 * 4: the `autoOpen` preference and each site's `sidebarOpen` are gone: the side panel opens only when the agent opens it.
 */
export const SETTINGS_VERSION = 4;

interface StoredItems {
  /** The `settings` item. */
  settings: Record<string, unknown>;
  /** storage.sync's items by key. */
  siteItems: Record<string, unknown>;
  /** Version 0's storage.local items. */
  legacySites: Record<string, unknown>;
}

/** Where each version kept the sites, oldest first: for an origin in several, the newest version's record wins. */
const SITE_SOURCES: ReadonlyArray<(stored: StoredItems) => Array<[origin: string, raw: unknown]>> = [
  // 0: the sidebar's open/closed state per site, in storage.local.
  ({ legacySites }) => Object.entries(legacySites).map(([key, raw]) => [key.slice(LEGACY_SITE_PREFIX.length), raw]),
  // 1: all sites inside `settings`.
  ({ settings }) => (isRecord(settings.sites) ? Object.entries(settings.sites) : []),
  // 2: one sync item per site.
  ({ siteItems }) => Object.entries(siteItems).flatMap(([key, raw]): Array<[string, unknown]> => (key.startsWith(SITE_PREFIX) ? [[key.slice(SITE_PREFIX.length), raw]] : [])),
  // 3 moved no site: preferences are read field by field, so the retired `side` is not carried over.
  // 4 moved no site either: sites are read field by field too, so each one's item is rewritten without `sidebarOpen`.
];

/**
 * Brings stored settings of any version to the current shape (getSettings reads through it).
 * `stored` is the `settings` item; `siteItems` the sync items by key (version 2 keeps one per site);
 * `legacySites` version 0's storage.local items.
 */
export function migrateSettings(stored: unknown, siteItems: Record<string, unknown> = {}, legacySites: Record<string, unknown> = {}): Settings {
  const settings = isRecord(stored) ? stored : {};
  const sites: Record<string, SiteSettings> = {};
  for (const source of SITE_SOURCES) {
    for (const [origin, raw] of source({ settings, siteItems, legacySites })) {
      const site = readSite(raw);
      if (site && isOrigin(origin)) sites[origin] = site;
    }
  }
  const hidden = Array.isArray(settings.hiddenLessons) ? settings.hiddenLessons.filter((id): id is string => typeof id === 'string') : [];
  return { version: SETTINGS_VERSION, preferences: readPreferences(settings.preferences), sites, hiddenLessons: [...new Set(hidden)] };
}
