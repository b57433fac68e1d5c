// The service worker: hands the lesson library to content scripts and relays the keyboard shortcut to the
// active tab. It never receives ticket text. (The library lives here so the content script stays small.)
import browser from './browser';
import { BUILTIN_LESSONS } from './lessons/index';
import { GET_LESSONS, TOGGLE_SIDEBAR, isMessage, type LessonsReply, type Message } from './messages';

browser.runtime.onMessage.addListener((message: unknown) => {
  if (isMessage(message) && message.type === GET_LESSONS) {
    const reply: LessonsReply = { lessons: [...BUILTIN_LESSONS] };
    return Promise.resolve(reply);
  }
  return undefined;
});

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-sidebar') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const message: Message = { type: TOGGLE_SIDEBAR };
  await browser.tabs.sendMessage(tab.id, message).catch(() => {
    // No content script on this tab (not a desk, or switched off): nothing to toggle.
  });
});
