// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://app.intercom.com/a/inbox/abc/inbox/shared/all/conversation/111" }
// A ranking that fails (the background's storage unreadable for a moment, its worker stopped mid-answer) left the panel
// on the last ticket's cards, or on "Reading this ticket…", for good: the ticket counted as read and was never asked
// for again (a review, 2026-12-05). It is now asked for again, and the last ticket's cards do not stay meanwhile.
import { afterEach, expect, it, vi } from 'vitest';
import { start, type ContentContext } from '../content/main';
import { BUILTIN_CHECKS } from '../src/coach/index';
import { VOCABULARY } from '../src/coach/vocabulary';
import type { ContentContextReply } from '../src/messages';
import { DEFAULT_PREFERENCES } from '../src/settings/defaults';
import { rankReply } from './support/rank-reply';

const reply: ContentContextReply = { enabled: true, revision: 'library-1', library: { lessons: [], checks: [...BUILTIN_CHECKS], vocabulary: VOCABULARY }, preferences: { ...DEFAULT_PREFERENCES } };
interface Shown {
  state: string;
  id: string | null | undefined;
  subject: string | undefined;
}
const fake = vi.hoisted(() => ({ views: [] as Shown[], failRanks: 0, ranks: 0, answerNothing: false }));
vi.mock('../src/browser', () => ({
  default: {
    runtime: {
      id: 'fake-extension-id',
      sendMessage: async (message: { type: string; ticket?: unknown; view?: { state: string; ticket?: { id: string | null; subject: string } } }) => {
        const { view } = message;
        if (message.type === 'extra-mile:tab-view' && view) fake.views.push({ state: view.state, id: view.ticket?.id, subject: view.ticket?.subject });
        if (message.type === 'extra-mile:get-context') return structuredClone(reply);
        if (message.type === 'extra-mile:rank') {
          fake.ranks++;
          if (fake.failRanks > 0) {
            fake.failRanks--;
            if (fake.answerNothing) return undefined;
            throw new Error('Could not read settings (IO error).');
          }
          return rankReply(message.ticket, { suggestions: [] });
        }
        return true;
      },
      onMessage: { addListener: () => undefined, removeListener: () => undefined },
    },
  },
  extensionAlive: () => true,
}));

const conversation = (subject: string, text: string) => `<div data-inbox-conversation-header-title><span>${subject}</span></div>
<div data-intercom-target="conversation-stream-content-part"><div class="intercom-interblocks-html"><p>${text}</p></div></div>`;

let context: ContentContext | null = null;
afterEach(() => {
  context?.stop();
  context = null;
  fake.views.length = 0;
  fake.failRanks = 0;
  fake.ranks = 0;
  fake.answerNothing = false;
  document.body.innerHTML = '';
});

for (const answerNothing of [false, true]) {
  it(`asks again for a ranking that ${answerNothing ? 'came back empty' : 'failed'}, showing no other ticket's cards meanwhile`, async () => {
    fake.answerNothing = answerNothing;
    history.replaceState(null, '', '/a/inbox/abc/inbox/shared/all/conversation/111');
    document.body.innerHTML = `<main id="conversation">${conversation('Refund for order 111', 'Where is my refund for order 111?')}</main>`;
    context = start(window, { yieldToPage: async () => undefined });
    await vi.waitFor(() => expect(fake.views.at(-1)).toMatchObject({ state: 'empty', id: '111' }));

    fake.failRanks = 1;
    const ranksBefore = fake.ranks;
    history.pushState(null, '', '/a/inbox/abc/inbox/shared/all/conversation/222');
    document.getElementById('conversation')!.innerHTML = conversation('Cancel my plan', 'Please cancel my plan 222.');
    // The failed ranking: the last ticket's view does not stay; then the same page, unchanged, is ranked again.
    await vi.waitFor(() => expect(fake.views.at(-1)).toMatchObject({ state: 'empty', id: '222', subject: 'Cancel my plan' }), { timeout: 5_000 });
    expect(fake.ranks - ranksBefore).toBe(2);
    const afterMove = fake.views.slice(fake.views.findIndex((v) => v.state === 'reading' && v.id === undefined));
    expect(afterMove.length).toBeGreaterThan(1); // the stale view was taken down before the retry showed 222
    expect(afterMove.filter((v) => v.id === '111')).toEqual([]);
  });
}
