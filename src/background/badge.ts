import browser from '../browser';

/** The toolbar badge: how many suggestions the tab's ticket has (nothing where there are none). */
export function showCount(tabId: number, count: number): void {
  const text = count > 0 ? String(count) : '';
  void browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  if (text) void browser.action.setBadgeBackgroundColor({ tabId, color: '#0a5fcc' }).catch(() => undefined);
}
