// The service worker. It holds the lesson library and the settings (so the content script stays small), answers
// the content script's requests, tells open tabs when settings change, and relays the keyboard shortcut.
// It never receives ticket text.
import browser, { type Runtime } from './browser';
import { isMessage, type ContentContextReply, type Message } from './messages';
import { activeLessons, feedbackWeights, lessonFeedback, onSettingsChanged, preferences, recordFeedback, siteSettings, updateSiteSettings } from './settings';

async function contextFor(origin: string, desk: string): Promise<ContentContextReply> {
  const [site, prefs, lessons, feedback] = await Promise.all([siteSettings(origin), preferences(), activeLessons(), lessonFeedback()]);
  if (site.desk !== desk) await updateSiteSettings(origin, { desk }).catch(() => undefined);
  return {
    // Content scripts only run where the manifest or the agent put them: on unless switched off here.
    enabled: site.enabled !== false,
    lessons,
    preferences: prefs,
    sidebarOpen: site.sidebarOpen,
    weights: feedbackWeights(feedback),
  };
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only our own content scripts and pages talk to us.
  if (!isMessage(message) || sender.id !== browser.runtime.id) return undefined;
  switch (message.type) {
    case 'extra-mile:get-context':
      return contextFor(message.origin, message.desk);
    case 'extra-mile:set-sidebar-open':
      return updateSiteSettings(message.origin, { sidebarOpen: message.open }).then(() => true);
    case 'extra-mile:feedback':
      return recordFeedback(message.lessonId, message.verdict).then(() => true);
    default:
      return undefined;
  }
});

// Settings changed (options page, popup, another window, policy): every open tab re-reads its context.
onSettingsChanged(() => {
  void browser.tabs.query({}).then((tabs) => {
    const message: Message = { type: 'extra-mile:settings-changed' };
    for (const tab of tabs) if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
}, new AbortController().signal);

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-sidebar') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const message: Message = { type: 'extra-mile:toggle-sidebar' };
  await browser.tabs.sendMessage(tab.id, message).catch(() => {
    // No content script on this tab (not a desk, or switched off): nothing to toggle.
  });
});
