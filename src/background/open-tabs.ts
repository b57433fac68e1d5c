// The open tabs: told to read their context again when settings or grants change, given the new content script when
// the extension is installed or updated, and the registrations of origins given back cleared.
import browser from '../browser';
import type { Message } from '../messages';

/** Every open tab reads its context again (and so its site's switch, grant and library). */
export function tellTabsContextChanged(): void {
  void browser.tabs.query({}).then((tabs) => {
    const message: Message = { type: 'extra-mile:settings-changed' };
    for (const tab of tabs) if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
}

/** The manifest's content script, injected into the open tabs it matches (see index.ts for when and why). */
export async function injectIntoOpenTabs(): Promise<void> {
  for (const script of browser.runtime.getManifest().content_scripts ?? []) {
    if (!script.matches?.length || !script.js?.length) continue;
    const files = script.js;
    const tabs = await browser.tabs.query({ url: script.matches }).catch(() => []);
    await Promise.all(
      tabs.map(async (tab) => {
        // A discarded tab loads afresh, content script included, when the agent returns to it.
        if (tab.id === undefined || tab.discarded) return;
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files }).catch(() => {
          // Closed or navigating meanwhile, or an error page: the next page load gets the script anyway.
        });
      }),
    );
  }
}

/** Whatever is still registered only for the origins given back (see index.ts for why). */
export async function unregisterLeftovers(origins: string[]): Promise<void> {
  try {
    const scripts = await browser.scripting.getRegisteredContentScripts();
    const ids = scripts.filter((script) => script.matches?.length && script.matches.every((m) => origins.includes(m))).map((script) => script.id);
    if (ids.length) await browser.scripting.unregisterContentScripts({ ids });
  } catch {
    // Already gone (the library was quicker): nothing left to do.
  }
}
