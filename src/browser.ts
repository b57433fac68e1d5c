// The only module that imports webextension-polyfill: one promise-based `browser` API for Chrome and Firefox.
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Scripting, Storage, Tabs } from 'webextension-polyfill';

/** False once the extension has been reloaded or removed under a live page (its APIs then throw). */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}
