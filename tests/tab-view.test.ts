// The one reading of a view a content script sends (src/tab-view.ts), for the side panel and the popup alike: only our
// own content script's, in the top frame of the tab followed.
import { expect, it, vi } from 'vitest';
import { viewSentBy } from '../src/tab-view';
import type { TabView } from '../src/messages';

vi.mock('../src/browser', () => ({ default: { runtime: { id: 'extra-mile' } } }));

const view = { state: 'ready', suggestions: [] } as unknown as TabView;
const message = { type: 'extra-mile:tab-view', view };

it("takes the view the followed tab's top frame sent, and no other", () => {
  expect(viewSentBy(5, message, { id: 'extra-mile', tab: { id: 5 } as never, frameId: 0 })).toBe(view);
  expect(viewSentBy(5, message, { id: 'extra-mile', tab: { id: 6 } as never, frameId: 0 })).toBeUndefined();
  expect(viewSentBy(5, message, { id: 'extra-mile', tab: { id: 5 } as never, frameId: 3 })).toBeUndefined();
  expect(viewSentBy(5, message, { id: 'another-extension', tab: { id: 5 } as never, frameId: 0 })).toBeUndefined();
  expect(viewSentBy(5, { type: 'extra-mile:get-tab-view' }, { id: 'extra-mile', tab: { id: 5 } as never, frameId: 0 })).toBeUndefined();
  expect(viewSentBy(undefined, message, { id: 'extra-mile', tab: { id: 5 } as never, frameId: 0 })).toBeUndefined();
});
