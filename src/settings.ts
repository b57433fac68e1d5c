// The one place that touches extension storage. Everything else asks here, through these typed functions.
//
// Where things live:
//   storage.sync   `settings`   preferences and hidden built-in lessons; `site:<origin>` the agent's choices per site
//                               (small; follows the agent; one item per site so many sites never fill one item)
//   storage.local  `pack:<id>`  one custom lesson pack each (large; never synced), `feedback` per-lesson counts,
//                  `desks`      the desk recognised on each origin
//   storage.managed             what an administrator pushes (packs, sites, locked preferences); read-only,
//                               its last value kept in storage.local `managed-cache` for slow browser starts
// Stored values may be corrupt, from an older version or from a newer one: reading keeps what is well-formed and
// defaults the rest, and never deletes a pack. Writes that fail (quota) throw a SettingsError and change nothing.
import * as v from 'valibot';
import browser from './browser';
import { BUILTIN_LESSONS } from './lessons/index';
import { validatePack, validatePackText, type PackError } from './lessons/pack';
import type { Lesson, LessonPack } from './lessons/schema';

/** 3: the `side` preference is gone (the guidance moved to the browser's side panel), `coach` came in. */
export const SETTINGS_VERSION = 3;

// ---------------------------------------------------------------------------------------------
// Shapes

export interface Preferences {
  /** How many suggestions the sidebar shows. */
  limit: number;
  /** The sidebar opens by itself on a new ticket (else it stays a slim tab until opened). */
  autoOpen: boolean;
  theme: 'auto' | 'light' | 'dark';
  /** The reply coach's checklist in the side panel, checking the draft as the agent types. */
  coach: boolean;
}

export const DEFAULT_PREFERENCES: Readonly<Preferences> = { limit: 5, autoOpen: true, theme: 'auto', coach: true };

/** Preferences an older version had that no longer do anything: dropped from stored settings, ignored in a policy. */
const RETIRED_PREFERENCES: ReadonlySet<string> = new Set(['side']);

/** Selectors the agent gave for a desk no adapter knows. */
export interface CustomSelectors {
  subject: string;
  messages: string;
  editor: string;
}

/** Per-site choices, keyed by origin ("https://acme.zendesk.com"). */
export interface SiteSettings {
  /** On or off here; undefined means the default (on for the desks the manifest names, off elsewhere). */
  enabled?: boolean;
  /** The sidebar is open (true) or collapsed to its tab (false). */
  sidebarOpen: boolean;
  /** The desk recognised there, remembered for the options page. */
  desk?: string;
  selectors?: CustomSelectors;
}

export interface Settings {
  version: number;
  preferences: Preferences;
  sites: Record<string, SiteSettings>;
  /** Built-in lesson ids the agent hid. */
  hiddenLessons: string[];
}

export interface InstalledPack {
  pack: LessonPack;
  enabled: boolean;
  importedAt: string;
  /** Pushed by the organisation's policy: shown, cannot be changed here. */
  managed: boolean;
}

export interface LessonFeedback {
  helpful: number;
  notRelevant: number;
}

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

export class SettingsError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'SettingsError';
  }
}

// ---------------------------------------------------------------------------------------------
// Reading what is stored, leniently

const SETTINGS_KEY = 'settings';
const FEEDBACK_KEY = 'feedback';
const PACK_PREFIX = 'pack:';
/** Version 2: one storage.sync item per site, so many sites never outgrow sync's 8 KB per item. */
const SITE_PREFIX = 'site:';
/** The desk recognised on each origin, in storage.local: the background notes it; it follows no one. */
const DESKS_KEY = 'desks';
/** Before version 1, open/closed state lived in storage.local under `site:<origin>`. */
const LEGACY_SITE_PREFIX = 'site:';

const PreferencesShape = {
  limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)),
  autoOpen: v.boolean(),
  theme: v.picklist(['auto', 'light', 'dark']),
  coach: v.boolean(),
};
const SelectorsSchema = v.object({ subject: v.string(), messages: v.string(), editor: v.string() });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Each field on its own: a bad value falls back to the default, the good ones stay. */
function readPreferences(value: unknown): Preferences {
  const stored = isRecord(value) ? value : {};
  const out = { ...DEFAULT_PREFERENCES };
  for (const key of Object.keys(PreferencesShape) as Array<keyof Preferences>) {
    const parsed = v.safeParse(PreferencesShape[key], stored[key]);
    if (parsed.success) (out as Record<string, unknown>)[key] = parsed.output;
  }
  return out;
}

function readSite(value: unknown): SiteSettings | null {
  if (!isRecord(value)) return null;
  const site: SiteSettings = { sidebarOpen: typeof value.sidebarOpen === 'boolean' ? value.sidebarOpen : true };
  if (typeof value.enabled === 'boolean') site.enabled = value.enabled;
  if (typeof value.desk === 'string' && value.desk.length <= 64) site.desk = value.desk;
  const selectors = v.safeParse(SelectorsSchema, value.selectors);
  if (selectors.success) site.selectors = selectors.output;
  return site;
}

/** What is stored in sync for a site: the agent's choices (the recognised desk is kept locally). */
function siteRecord(site: SiteSettings): Omit<SiteSettings, 'desk'> {
  const { desk: _desk, ...record } = site;
  return record;
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

/**
 * Brings stored settings of any version to the current shape. Exported for tests.
 * `stored` is the `settings` item; `siteItems` the sync items by key (version 2 keeps one per site);
 * `legacySites` version 0's storage.local items.
 */
export function migrateSettings(stored: unknown, siteItems: Record<string, unknown> = {}, legacySites: Record<string, unknown> = {}): Settings {
  const value = isRecord(stored) ? stored : {};
  const sites: Record<string, SiteSettings> = {};
  const add = (origin: string, raw: unknown) => {
    const site = readSite(raw);
    if (site && isOrigin(origin)) sites[origin] = site;
  };
  // Version 0: sidebar state per site in storage.local. Version 1: all sites inside `settings`. Version 2: a key each.
  // Version 3: preferences are read field by field, so a retired one (`side`) is not carried over.
  for (const [key, raw] of Object.entries(legacySites)) add(key.slice(LEGACY_SITE_PREFIX.length), raw);
  if (isRecord(value.sites)) for (const [origin, raw] of Object.entries(value.sites)) add(origin, raw);
  for (const [key, raw] of Object.entries(siteItems)) if (key.startsWith(SITE_PREFIX)) add(key.slice(SITE_PREFIX.length), raw);
  const hidden = Array.isArray(value.hiddenLessons) ? value.hiddenLessons.filter((id): id is string => typeof id === 'string') : [];
  return { version: SETTINGS_VERSION, preferences: readPreferences(value.preferences), sites, hiddenLessons: [...new Set(hidden)] };
}

async function get(area: 'sync' | 'local', keys: string | string[] | null): Promise<Record<string, unknown>> {
  try {
    return ((await browser.storage[area].get(keys)) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new SettingsError(`Could not read settings (${describe(error)}).`, error);
  }
}

async function set(area: 'sync' | 'local', items: Record<string, unknown>): Promise<void> {
  try {
    await browser.storage[area].set(items);
  } catch (error) {
    const text = describe(error);
    if (/quota|QUOTA_BYTES|exceeded/i.test(text)) {
      const where = area === 'sync' ? 'synced settings' : 'this browser’s extension storage';
      throw new SettingsError(`Not saved: ${where} is full (${text}). Nothing was changed; remove a pack or old sites and try again.`, error);
    }
    throw new SettingsError(`Not saved (${text}). Nothing was changed.`, error);
  }
}

async function remove(area: 'sync' | 'local', keys: string[]): Promise<void> {
  try {
    await browser.storage[area].remove(keys);
  } catch (error) {
    throw new SettingsError(`Not removed (${describe(error)}). Nothing was changed.`, error);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// Every read-modify-write in this context runs one after another, so two writes never undo each other (the
// background answers many tabs at once). Per-site and per-pack keys keep other contexts' writes apart.
let writes: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = writes.then(task, task);
  writes = run.catch(() => undefined);
  return run;
}

async function readDesks(): Promise<Record<string, string>> {
  const stored = (await get('local', DESKS_KEY))[DESKS_KEY];
  const desks: Record<string, string> = {};
  if (isRecord(stored)) for (const [origin, desk] of Object.entries(stored)) if (typeof desk === 'string' && desk.length <= 64) desks[origin] = desk;
  return desks;
}

export async function getSettings(): Promise<Settings> {
  const [all, desks] = await Promise.all([get('sync', null), readDesks()]);
  const current = all[SETTINGS_KEY];
  const version = isRecord(current) && typeof current.version === 'number' ? current.version : 0;
  const settings = migrateSettings(current, all);
  if (version < SETTINGS_VERSION) {
    // First run of this version: carry older settings over, once.
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
  // A version above ours was written by a newer Extra Mile (the agent went back a version): read what we understand.
  return withDesks(settings, desks);
}

function withDesks(settings: Settings, desks: Record<string, string>): Settings {
  for (const [origin, desk] of Object.entries(desks)) {
    const site = settings.sites[origin];
    if (site) site.desk = desk;
    else settings.sites[origin] = { sidebarOpen: true, desk };
  }
  return settings;
}

function settingsRecord(settings: Settings): Record<string, unknown> {
  return { version: SETTINGS_VERSION, preferences: settings.preferences, hiddenLessons: settings.hiddenLessons };
}

/** Changes preferences or hidden lessons (the `settings` item; sites have items of their own). */
function changeSettings(change: (settings: Settings) => void): Promise<Settings> {
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

// ---------------------------------------------------------------------------------------------
// Preferences and sites

/** Preferences as they apply: the agent's, with the organisation's locked ones on top. */
export async function preferences(): Promise<Preferences> {
  const [settings, policy] = await Promise.all([getSettings(), managedPolicy()]);
  return { ...settings.preferences, ...policy.lockedPreferences };
}

export async function updatePreferences(change: Partial<Preferences>): Promise<Preferences> {
  const policy = await managedPolicy();
  const locked = Object.keys(change).filter((key) => key in policy.lockedPreferences);
  if (locked.length) throw new SettingsError(`Set by your organisation and locked: ${locked.join(', ')}.`);
  const settings = await changeSettings((s) => {
    s.preferences = readPreferences({ ...s.preferences, ...change });
  });
  return settings.preferences;
}

export async function siteSettings(origin: string): Promise<SiteSettings> {
  const [settings, policy] = await Promise.all([getSettings(), managedPolicy()]);
  const site = { ...(settings.sites[origin] ?? { sidebarOpen: true }) };
  if (policy.sitesOn.includes(origin)) site.enabled = true;
  if (policy.sitesOff.includes(origin)) site.enabled = false;
  return site;
}

/** True when the organisation's policy forces Extra Mile on or off at this origin (the popup shows its switch locked). */
export async function siteLockedByPolicy(origin: string): Promise<boolean> {
  const policy = await managedPolicy();
  return policy.sitesOn.includes(origin) || policy.sitesOff.includes(origin);
}

export async function updateSiteSettings(origin: string, change: Partial<SiteSettings>): Promise<void> {
  if (!isOrigin(origin)) throw new SettingsError(`Not a web origin: ${origin}`);
  if (change.enabled !== undefined) {
    const policy = await managedPolicy();
    if (policy.sitesOn.includes(origin) || policy.sitesOff.includes(origin)) {
      throw new SettingsError(`Your organisation decides whether Extra Mile runs on ${origin}.`);
    }
  }
  const { desk, ...choices } = change;
  if (desk !== undefined) await recordDesk(origin, desk);
  if (!Object.keys(choices).length) return;
  await serially(async () => {
    await getSettings(); // migrates older settings first, so this site's item is the one that counts
    const stored = (await get('sync', SITE_PREFIX + origin))[SITE_PREFIX + origin];
    const next = readSite({ ...(readSite(stored) ?? { sidebarOpen: true }), ...choices });
    if (next) await set('sync', { [SITE_PREFIX + origin]: siteRecord(next) });
  });
}

/** Notes the desk recognised on an origin (for the options page). Local only, and written only when it changed. */
export function recordDesk(origin: string, desk: string): Promise<void> {
  return serially(async () => {
    const desks = await readDesks();
    if (desks[origin] === desk || !isOrigin(origin)) return;
    await set('local', { [DESKS_KEY]: { ...desks, [origin]: desk } });
  });
}

export function forgetSite(origin: string): Promise<void> {
  return serially(async () => {
    const desks = await readDesks();
    delete desks[origin];
    await remove('sync', [SITE_PREFIX + origin]);
    await set('local', { [DESKS_KEY]: desks });
  });
}

export async function setLessonHidden(lessonId: string, hidden: boolean): Promise<void> {
  await changeSettings((s) => {
    const rest = s.hiddenLessons.filter((id) => id !== lessonId);
    s.hiddenLessons = hidden ? [...rest, lessonId] : rest;
  });
}

// ---------------------------------------------------------------------------------------------
// Lesson packs

export type ImportResult = { ok: true; pack: LessonPack; replaced: boolean } | { ok: false; errors: PackError[] };

/** Validates a pack file's text; nothing is stored. For the options page's preview. */
export function previewPack(text: string): ImportResult {
  const verdict = validatePackText(text);
  return verdict.ok ? { ok: true, pack: verdict.pack, replaced: false } : verdict;
}

/** Validates and stores a pack (replacing one with the same id). A broken pack changes nothing. */
export async function importPack(text: string): Promise<ImportResult> {
  const verdict = validatePackText(text);
  if (!verdict.ok) return verdict;
  const { pack } = verdict;
  if (pack.id === BUILTIN_PACKID) return { ok: false, errors: [{ path: 'id', message: `"${pack.id}" is the built-in library’s id; choose another` }] };
  const policy = await managedPolicy();
  if (policy.packs.some((p) => p.id === pack.id)) return { ok: false, errors: [{ path: 'id', message: `"${pack.id}" is a pack your organisation manages` }] };
  return serially(async () => {
    const previous = (await get('local', PACK_PREFIX + pack.id))[PACK_PREFIX + pack.id];
    const enabled = isRecord(previous) && typeof previous.enabled === 'boolean' ? previous.enabled : true;
    await set('local', { [PACK_PREFIX + pack.id]: { pack, enabled, importedAt: new Date().toISOString() } });
    return { ok: true, pack, replaced: previous !== undefined };
  });
}

const BUILTIN_PACKID = 'extra-mile-core';

export interface PackProblem {
  key: string;
  message: string;
}

/** Installed packs (stored and managed). Stored entries that no longer validate are reported, not deleted. */
export async function listPacks(): Promise<{ packs: InstalledPack[]; problems: PackProblem[] }> {
  const [local, policy] = await Promise.all([get('local', null), managedPolicy()]);
  const packs: InstalledPack[] = policy.packs.map((pack) => ({ pack, enabled: true, importedAt: '', managed: true }));
  const problems: PackProblem[] = [];
  for (const [key, entry] of Object.entries(local)) {
    if (!key.startsWith(PACK_PREFIX)) continue;
    const verdict = validatePack(isRecord(entry) ? entry.pack : undefined);
    if (!verdict.ok) {
      problems.push({ key, message: `stored pack ${key.slice(PACK_PREFIX.length)} cannot be read (${verdict.errors[0]?.path} ${verdict.errors[0]?.message}); it is kept, unused` });
      continue;
    }
    if (policy.packs.some((p) => p.id === verdict.pack.id)) continue;
    const record = entry as Record<string, unknown>;
    packs.push({
      pack: verdict.pack,
      enabled: record.enabled !== false,
      importedAt: typeof record.importedAt === 'string' ? record.importedAt : '',
      managed: false,
    });
  }
  return { packs, problems };
}

async function storedPack(id: string): Promise<Record<string, unknown>> {
  const entry = (await get('local', PACK_PREFIX + id))[PACK_PREFIX + id];
  if (!isRecord(entry)) throw new SettingsError(`No pack "${id}" is installed (it may have been removed in another window).`);
  return entry;
}

export function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  return serially(async () => {
    const entry = await storedPack(id);
    await set('local', { [PACK_PREFIX + id]: { ...entry, enabled } });
  });
}

export function removePack(id: string): Promise<void> {
  return serially(async () => {
    await storedPack(id);
    await remove('local', [PACK_PREFIX + id]);
  });
}

/** The pack as a file's text, for export. */
export async function exportPack(id: string): Promise<string> {
  const { packs } = await listPacks();
  const found = packs.find((p) => p.pack.id === id);
  if (!found) throw new SettingsError(`No pack "${id}" is installed.`);
  return JSON.stringify(found.pack, null, 2) + '\n';
}

/** The lessons that apply: built-in ones the agent did not hide, then every enabled pack's. */
export async function activeLessons(): Promise<Lesson[]> {
  const [settings, { packs }] = await Promise.all([getSettings(), listPacks()]);
  const hidden = new Set(settings.hiddenLessons);
  const seen = new Set<string>();
  const lessons: Lesson[] = [];
  for (const lesson of BUILTIN_LESSONS) {
    if (!hidden.has(lesson.id)) lessons.push(lesson);
    seen.add(lesson.id);
  }
  for (const { pack, enabled } of packs) {
    if (!enabled) continue;
    // A pack lesson with a built-in's id replaces nothing: ids stay unique for feedback and hiding.
    for (const lesson of pack.lessons) if (!seen.has(lesson.id)) lessons.push(lesson), seen.add(lesson.id);
  }
  return lessons;
}

// ---------------------------------------------------------------------------------------------
// Feedback

export async function lessonFeedback(): Promise<Record<string, LessonFeedback>> {
  const stored = (await get('local', FEEDBACK_KEY))[FEEDBACK_KEY];
  const out: Record<string, LessonFeedback> = {};
  if (!isRecord(stored)) return out;
  const count = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : 0);
  for (const [id, value] of Object.entries(stored)) {
    if (isRecord(value)) out[id] = { helpful: count(value.helpful), notRelevant: count(value.notRelevant) };
  }
  return out;
}

export function recordFeedback(lessonId: string, verdict: 'helpful' | 'not-relevant'): Promise<void> {
  return serially(async () => {
    const all = await lessonFeedback();
    const entry = all[lessonId] ?? { helpful: 0, notRelevant: 0 };
    if (verdict === 'helpful') entry.helpful++;
    else entry.notRelevant++;
    all[lessonId] = entry;
    await set('local', { [FEEDBACK_KEY]: all });
  });
}

/** Forgets the feedback for one lesson, or for all. */
export function resetFeedback(lessonId?: string): Promise<void> {
  return serially(async () => {
    const all = lessonId === undefined ? {} : await lessonFeedback();
    if (lessonId !== undefined) delete all[lessonId];
    await set('local', { [FEEDBACK_KEY]: all });
  });
}

/** Agents' feedback as the matcher's per-lesson weights: helpful lifts a lesson a little, not relevant lowers it more. */
export function feedbackWeights(feedback: Readonly<Record<string, LessonFeedback>>): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const [id, { helpful, notRelevant }] of Object.entries(feedback)) {
    weights[id] = Math.min(2, Math.max(0.3, 1 + 0.1 * helpful - 0.15 * notRelevant));
  }
  return weights;
}

// ---------------------------------------------------------------------------------------------
// Organisation policy (storage.managed; see managed_schema.json and the README)

/** Reads a managed-storage value into a Policy; refused parts are listed in `problems`. Exported for tests. */
export function readPolicy(managed: Record<string, unknown>): Policy {
  const policy: Policy = { packs: [], sitesOn: [], sitesOff: [], lockedPreferences: {}, problems: [] };
  const packs = Array.isArray(managed.packs) ? managed.packs : [];
  packs.forEach((raw, i) => {
    // Chrome's policy editors often carry JSON as a string.
    let value: unknown = raw;
    if (typeof raw === 'string') {
      try {
        value = JSON.parse(raw);
      } catch {
        policy.problems.push(`packs[${i}]: not valid JSON`);
        return;
      }
    }
    const verdict = validatePack(value);
    if (verdict.ok) policy.packs.push(verdict.pack);
    else policy.problems.push(`packs[${i}]: ${verdict.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
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
  if (isRecord(managed.preferences)) {
    const merged = readPreferences({ ...DEFAULT_PREFERENCES, ...managed.preferences });
    for (const key of Object.keys(managed.preferences) as Array<keyof Preferences>) {
      if (RETIRED_PREFERENCES.has(key)) continue; // set for an older version; Chrome drops it already (the schema no longer names it)
      if (!(key in PreferencesShape)) policy.problems.push(`preferences.${key}: not a preference`);
      else if (merged[key] !== managed.preferences[key]) policy.problems.push(`preferences.${key}: invalid value`);
      else (policy.lockedPreferences as Record<string, unknown>)[key] = merged[key];
    }
  }
  return policy;
}

/** storage.local: the managed value last read, for while the browser is still loading policies. */
const POLICY_CACHE_KEY = 'managed-cache';
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

// ---------------------------------------------------------------------------------------------
// Changes

/** Calls back when any setting, pack or feedback changes, in any tab or window. */
/**
 * Calls back when settings, sites, packs, feedback or policy change, in any tab or window. With `desks: false`
 * the desks recognised on sites do not count (the background records those itself; telling every tab would echo).
 */
export function onSettingsChanged(callback: () => void, signal: AbortSignal, options: { desks?: boolean } = {}): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    const keys = Object.keys(changes);
    const relevant = (k: string) =>
      k === SETTINGS_KEY || k === FEEDBACK_KEY || k === POLICY_CACHE_KEY || k.startsWith(PACK_PREFIX) || (area === 'sync' && k.startsWith(SITE_PREFIX)) || (options.desks !== false && k === DESKS_KEY);
    if (area === 'managed' || keys.some(relevant)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

// ---------------------------------------------------------------------------------------------
// Not relevant on one ticket: in storage.session, so it holds across page reloads and is gone when the browser
// closes. Keyed by a hash the background makes of the site and the ticket; no ticket text is stored.

const TICKET_HIDDEN_PREFIX = 'ticket-hidden:';

export async function ticketHiddenLessons(ticketHash: string): Promise<string[]> {
  const key = TICKET_HIDDEN_PREFIX + ticketHash;
  const stored = ((await browser.storage.session.get(key)) as Record<string, unknown>)[key];
  return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : [];
}

export async function setTicketHiddenLessons(ticketHash: string, lessonIds: readonly string[]): Promise<void> {
  const key = TICKET_HIDDEN_PREFIX + ticketHash;
  if (lessonIds.length) await browser.storage.session.set({ [key]: [...lessonIds] });
  else await browser.storage.session.remove(key);
}

// ---------------------------------------------------------------------------------------------
// Where the agent moved the in-page pointer on each site (storage.local `pointer-places`): fractions of the window's
// width and height, so the place holds when the window is resized.

const POINTER_PLACES_KEY = 'pointer-places';

export interface PointerPlace {
  x: number;
  y: number;
}

const isFraction = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 1;

export async function pointerPlace(origin: string): Promise<PointerPlace | undefined> {
  const stored = (await get('local', POINTER_PLACES_KEY))[POINTER_PLACES_KEY];
  const place = isRecord(stored) ? stored[origin] : undefined;
  return isRecord(place) && isFraction(place.x) && isFraction(place.y) ? { x: place.x, y: place.y } : undefined;
}

/** Remembers where the agent put the pointer on `origin`; `null` forgets it (back to the measured place). */
export function setPointerPlace(origin: string, place: PointerPlace | null): Promise<void> {
  return serially(async () => {
    const stored = (await get('local', POINTER_PLACES_KEY))[POINTER_PLACES_KEY];
    const all: Record<string, unknown> = isRecord(stored) ? { ...stored } : {};
    if (place && isFraction(place.x) && isFraction(place.y)) all[origin] = { x: place.x, y: place.y };
    else delete all[origin];
    await set('local', { [POINTER_PLACES_KEY]: all });
  });
}
