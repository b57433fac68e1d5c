// What a stored value may look like, read leniently: stored values may be corrupt, from an older version or from a
// newer one, so each field is checked on its own and a bad one falls back to its default.
import * as v from 'valibot';
import { DEFAULT_PREFERENCES, type Preferences, type SiteSettings } from './defaults';
import { isRecord } from './store';

export interface Settings {
  version: number;
  preferences: Preferences;
  sites: Record<string, SiteSettings>;
  /** Built-in lesson ids the agent hid. */
  hiddenLessons: string[];
}

// Every schema call is marked pure, so a bundle that imports the settings API without reading a stored value (the
// side panel, through light.ts) leaves these schemas, and valibot, out.
export const PreferencesShape = {
  limit: /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.number(), /* @__PURE__ */ v.integer(), /* @__PURE__ */ v.minValue(1), /* @__PURE__ */ v.maxValue(10)),
  theme: /* @__PURE__ */ v.picklist(['auto', 'light', 'dark']),
  coach: /* @__PURE__ */ v.boolean(),
};
const SelectorsSchema = /* @__PURE__ */ v.object({ subject: /* @__PURE__ */ v.string(), messages: /* @__PURE__ */ v.string(), editor: /* @__PURE__ */ v.string() });

/** Preferences an older version had that no longer do anything: dropped from stored settings, ignored in a policy. */
export const RETIRED_PREFERENCES: ReadonlySet<string> = new Set(['side', 'autoOpen']);

/** Each field on its own: a bad value falls back to the default, the good ones stay. */
export function readPreferences(value: unknown): Preferences {
  const stored = isRecord(value) ? value : {};
  const out = { ...DEFAULT_PREFERENCES };
  for (const key of Object.keys(PreferencesShape) as Array<keyof Preferences>) {
    const parsed = v.safeParse(PreferencesShape[key], stored[key]);
    if (parsed.success) (out as Record<string, unknown>)[key] = parsed.output;
  }
  return out;
}

export function readSite(value: unknown): SiteSettings | null {
  if (!isRecord(value)) return null;
  // Field by field, so an older version's `sidebarOpen` (the in-page sidebar's state) is not carried over.
  const site: SiteSettings = {};
  if (typeof value.enabled === 'boolean') site.enabled = value.enabled;
  if (typeof value.desk === 'string' && value.desk.length <= 64) site.desk = value.desk;
  const selectors = v.safeParse(SelectorsSchema, value.selectors);
  if (selectors.success) site.selectors = selectors.output;
  return site;
}

/** The fields readSite reads, and the older version's it leaves behind on purpose. */
const SITE_FIELDS = new Set(['enabled', 'desk', 'selectors', 'sidebarOpen']);

/** A site record's fields neither this version nor an older one wrote: a newer version's, kept when this one changes
 * the record (sync follows the agent to machines on other versions). */
export function newerSiteFields(value: unknown): Record<string, unknown> {
  return isRecord(value) ? Object.fromEntries(Object.entries(value).filter(([field]) => !SITE_FIELDS.has(field))) : {};
}

/** What is stored in sync for a site: the agent's choices (the recognised desk is kept locally). */
export function siteRecord(site: SiteSettings): Omit<SiteSettings, 'desk'> {
  const { desk: _desk, ...record } = site;
  return record;
}

/**
 * The origin someone most likely meant by a value that is none: a page's address ("https://desk.acme.com/a/",
 * "https://Desk.Acme.com/"), or a host with no scheme ("desk.acme.com", taken as https; "localhost:8080"). Null when
 * nothing near: no web address; a host with no scheme and no dot; a wildcard (Chromium reads "*" as "%2A", a host
 * that matches nothing); a mail address ("agent@acme.com" is no site of acme.com's). A trailing dot goes.
 */
export function originMeant(value: string): string | null {
  const written = value.trim();
  if (!written || /\s/.test(written)) return null;
  const schemed = written.includes('://');
  // The host as written (up to the path, query or fragment): a ticket's address may hold "%", "@" or "*" after it.
  const host = (schemed ? written.slice(written.indexOf('://') + 3) : written).split(/[/?#]/)[0] ?? '';
  if (/[*%@]/.test(host)) return null;
  try {
    const url = new URL(schemed ? written : `https://${written}`);
    const bare = url.hostname.replace(/\.+$/, '');
    if (!bare) return null;
    url.hostname = bare;
    const { origin, hostname } = url;
    return isOrigin(origin) && (schemed || hostname.includes('.') || hostname === 'localhost') ? origin : null;
  } catch {
    return null; // not an address at all
  }
}

export function isOrigin(value: string): boolean {
  // A wildcard is no origin, though Node's URL parser keeps "*" in a host where Chromium's makes it "%2A".
  if (/[*%]/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}
