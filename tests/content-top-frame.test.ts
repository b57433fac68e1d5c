// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://acme.zendesk.com/agent/tickets/7001" }
// The content script runs in a page's top frame only, as the manifest registers it. The library that puts it into tabs
// already open on a granted origin puts it into every frame (webext-dynamic-content-scripts passes allFrames), and a
// copy in a desk's frame read that frame's own text, showed a pointer there and set the toolbar badge to its count (a
// review, 500, in Chromium: the badge said 4 where the ticket had 1).
import { afterEach, expect, it, vi } from 'vitest';
import { startInTopFrame, type ContentContext } from '../content/main';
import type { ContentContextReply } from '../src/messages';
import { DEFAULT_PREFERENCES } from '../src/settings/defaults';
import { rankReply } from './support/rank-reply';

const reply: ContentContextReply = { enabled: true, revision: 'library-1', library: { lessons: [], checks: [], vocabulary: { classes: {}, sets: {} } }, preferences: { ...DEFAULT_PREFERENCES } };
const fake = vi.hoisted(() => ({ asked: [] as string[] }));
vi.mock('../src/browser', () => ({
  default: {
    runtime: {
      id: 'fake-extension-id',
      sendMessage: (message: { type: string; ticket?: unknown }) => {
        fake.asked.push(message.type);
        if (message.type === 'extra-mile:get-context') return Promise.resolve(structuredClone(reply));
        if (message.type === 'extra-mile:rank') return Promise.resolve(rankReply(message.ticket, { suggestions: [] }));
        return Promise.resolve(true);
      },
      onMessage: { addListener: () => undefined, removeListener: () => undefined },
    },
  },
  extensionAlive: () => true,
}));

let context: ContentContext | null = null;
afterEach(() => {
  context?.stop();
  context = null;
  fake.asked.length = 0;
  document.body.innerHTML = '';
});

it('starts in the top frame, and nothing at all in a frame of the page', async () => {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const inner = frame.contentWindow!;
  inner.document.body.innerHTML = '<main><p>Help text in a frame: how do I reset my password, it says my order is missing.</p></main>';
  expect(startInTopFrame(inner)).toBeNull();
  await new Promise((done) => setTimeout(done, 50));
  expect(inner.document.querySelector('extra-mile-sidebar')).toBeNull();
  expect(fake.asked).toEqual([]);

  context = startInTopFrame(window);
  expect(context).not.toBeNull();
  await vi.waitFor(() => expect(fake.asked).toContain('extra-mile:get-context'));
});
