// The one place that touches extension storage. Everything else asks here, through these typed functions.
import browser from './browser';

/** Per-site choices, keyed by origin ("https://acme.zendesk.com"). */
export interface SiteSettings {
  /** The sidebar is open (true) or collapsed to its tab (false). */
  sidebarOpen: boolean;
}

export interface LessonFeedback {
  helpful: number;
  notRelevant: number;
}

const DEFAULT_SITE: SiteSettings = { sidebarOpen: true };
const siteKey = (origin: string) => `site:${origin}`;
const FEEDBACK_KEY = 'feedback';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Stored values may be corrupt or from another version: keep what is well-formed, default the rest. */
export async function siteSettings(origin: string): Promise<SiteSettings> {
  const stored = (await browser.storage.local.get(siteKey(origin)))[siteKey(origin)];
  const value = isRecord(stored) ? stored : {};
  return { sidebarOpen: typeof value.sidebarOpen === 'boolean' ? value.sidebarOpen : DEFAULT_SITE.sidebarOpen };
}

export async function updateSiteSettings(origin: string, change: Partial<SiteSettings>): Promise<void> {
  const current = await siteSettings(origin);
  await browser.storage.local.set({ [siteKey(origin)]: { ...current, ...change } });
}

export async function lessonFeedback(): Promise<Record<string, LessonFeedback>> {
  const stored = (await browser.storage.local.get(FEEDBACK_KEY))[FEEDBACK_KEY];
  const out: Record<string, LessonFeedback> = {};
  if (!isRecord(stored)) return out;
  for (const [id, value] of Object.entries(stored)) {
    if (!isRecord(value)) continue;
    const count = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : 0);
    out[id] = { helpful: count(value.helpful), notRelevant: count(value.notRelevant) };
  }
  return out;
}

export async function recordFeedback(lessonId: string, verdict: 'helpful' | 'not-relevant'): Promise<void> {
  const all = await lessonFeedback();
  const entry = all[lessonId] ?? { helpful: 0, notRelevant: 0 };
  if (verdict === 'helpful') entry.helpful++;
  else entry.notRelevant++;
  all[lessonId] = entry;
  await browser.storage.local.set({ [FEEDBACK_KEY]: all });
}

/** Agents' feedback as the matcher's per-lesson weights: helpful lifts a lesson a little, not relevant lowers it more. */
export function feedbackWeights(feedback: Readonly<Record<string, LessonFeedback>>): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const [id, { helpful, notRelevant }] of Object.entries(feedback)) {
    weights[id] = Math.min(2, Math.max(0.3, 1 + 0.1 * helpful - 0.15 * notRelevant));
  }
  return weights;
}

/** Calls back when feedback or this site's settings change in any tab or window. */
export function onSettingsChanged(origin: string, callback: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (FEEDBACK_KEY in changes || siteKey(origin) in changes)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
