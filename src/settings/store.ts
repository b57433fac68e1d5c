// Reads and writes of extension storage, one write after another, and the one listener for changes.
// Writes that fail (quota) throw a SettingsError and change nothing.
import browser from '../browser';
import { DESKS_KEY, FEEDBACK_KEY, PACK_PREFIX, POLICY_CACHE_KEY, SETTINGS_KEY, SITE_PREFIX } from './keys';

export class SettingsError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'SettingsError';
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function get(area: 'sync' | 'local', keys: string | string[] | null): Promise<Record<string, unknown>> {
  try {
    return ((await browser.storage[area].get(keys)) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new SettingsError(`Could not read settings (${describe(error)}).`, error);
  }
}

export async function set(area: 'sync' | 'local', items: Record<string, unknown>): Promise<void> {
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

export async function remove(area: 'sync' | 'local', keys: string[]): Promise<void> {
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
// background answers many tabs at once). Across contexts (two options tabs, the popup, the background) the extension's
// Web Lock does the same: without it, Dark chosen in one options tab and a limit in another could each read the
// settings before the other wrote, and one choice was lost. Per-site and per-pack keys keep most writes apart anyway.
/**
 * A queue of read-modify-writes under one lock name. A read that writes nothing (`acrossContexts: false`) needs only
 * this context's order (its own writes first), not the lock.
 */
export function writeQueue(lockName: string) {
  let writes: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>, { acrossContexts = true }: { acrossContexts?: boolean } = {}): Promise<T> => {
    const locked = acrossContexts ? () => withLock(lockName, task) : task;
    const run = writes.then(locked, locked);
    writes = run.catch(() => undefined);
    return run;
  };
}

/** Settings, sites, packs, feedback and desks. Ticket choices (storage.session) have a queue of their own, so that
 * the background's rankings, which read them, never wait for a pack import's validation in an options tab. */
export const serially = writeQueue('extra-mile-settings');

/**
 * Runs `task` holding the extension's lock `name`, where there is one to hold: only on the extension's own pages and
 * its background (a lock taken in a desk's page would be the page's, which it could hold forever).
 */
function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: { request<R>(name: string, callback: () => Promise<R>): Promise<R> } } | undefined)?.locks;
  const ours = /^(?:chrome|moz|safari-web)-extension:$/.test(globalThis.location?.protocol ?? '');
  return locks && ours ? locks.request(name, task) : task();
}

/**
 * Calls back when settings, sites, packs, feedback or policy change, in any tab or window. With `desks: false`
 * the desks recognised on sites do not count (the background records those itself; telling every tab would echo);
 * with `feedback: false` neither do the agents' Helpful and Not relevant counts (read afresh at each ranking).
 */
export function onSettingsChanged(callback: () => void, signal: AbortSignal, options: { desks?: boolean; feedback?: boolean } = {}): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    const keys = Object.keys(changes);
    const relevant = (k: string) =>
      k === SETTINGS_KEY || (options.feedback !== false && k === FEEDBACK_KEY) || k === POLICY_CACHE_KEY || k.startsWith(PACK_PREFIX) || (area === 'sync' && k.startsWith(SITE_PREFIX)) || (options.desks !== false && k === DESKS_KEY);
    if (area === 'managed' || keys.some(relevant)) callback();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
