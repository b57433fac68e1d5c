// What the organisation pushes through storage.managed, as stored, with the wait for slow browser starts and the cache
// beside it. Read here without validating anything: policy.ts reads the whole policy from it, policy-sites.ts only
// the sites, so the popup switches a site without bundling the pack validator.
import browser from '../browser';
import { POLICY_CACHE_KEY } from './keys';
import { get, isRecord, set } from './store';

/** How long to wait for storage.managed before using the cached value (ms). */
export const MANAGED_WAIT_MS = 500;
let managedRead: Promise<Record<string, unknown>> | null = null;
/** The pending read already kept a caller waiting: until it answers, the next callers take the cache at once. */
let managedSlow = false;

/**
 * storage.managed's value. Chrome answers storage.managed only once it has loaded policies, which takes seconds
 * after the browser starts (and never, in some Edge builds: https://github.com/w3c/webextensions/issues/547), so
 * after MANAGED_WAIT_MS the last value read is used; when the real one arrives and differs, it is cached, which
 * onSettingsChanged reports, so every open page and tab reads the policy again.
 */
export async function managedValue(): Promise<Record<string, unknown>> {
  managedRead ??= readManaged().finally(() => {
    managedRead = null;
    managedSlow = false;
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), managedSlow ? 0 : MANAGED_WAIT_MS)));
  const managed = await Promise.race([managedRead, late]);
  clearTimeout(timer);
  if (managed) return managed;
  managedSlow = true;
  const cached = await get('local', POLICY_CACHE_KEY).catch(() => ({}) as Record<string, unknown>);
  const value = cached[POLICY_CACHE_KEY];
  return isRecord(value) ? value : {};
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
