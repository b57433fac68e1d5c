// The extension's background as a content-script test needs it: the context with no lessons, rankings answered with
// no suggestions and the messages cleaned as the real background cleans them, and what the tab sends kept to look at.
import { BUILTIN_CHECKS } from '../../src/coach/index';
import { VOCABULARY } from '../../src/coach/vocabulary';
import type { ContentContextReply, TabView } from '../../src/messages';
import { DEFAULT_PREFERENCES } from '../../src/settings/defaults';
import { rankReply } from './rank-reply';

export interface FakeBackground {
  /** Each view the tab sent, in order. */
  views: TabView[];
  /** Each ticket the tab asked to rank, as it sent it. */
  ranked: unknown[];
}

const context: ContentContextReply = { enabled: true, revision: 'library-1', library: { lessons: [], checks: [...BUILTIN_CHECKS], vocabulary: VOCABULARY }, preferences: { ...DEFAULT_PREFERENCES } };

/** The module `src/browser` as the content script sees it, answering as the background would, into `fake`. */
export function browserModule(fake: FakeBackground) {
  return {
    default: {
      runtime: {
        id: 'fake-extension-id',
        sendMessage: async (message: { type: string; ticket?: unknown; view?: TabView }) => {
          if (message.type === 'extra-mile:tab-view' && message.view) fake.views.push(message.view);
          if (message.type === 'extra-mile:get-context') return structuredClone(context);
          if (message.type === 'extra-mile:rank') {
            fake.ranked.push(message.ticket);
            return rankReply(message.ticket, { suggestions: [] });
          }
          return true;
        },
        onMessage: { addListener: () => undefined, removeListener: () => undefined },
      },
    },
    extensionAlive: () => true,
  };
}
