// The side panel keeps one reply-coach port on the tab it follows (panel/coach-follower.ts), whatever order the browser
// reports a page change in: the new page's views may come before the old page's port closes.
import { describe, expect, it } from 'vitest';
import { CoachFollower } from '../panel/coach-follower';
import type { CoachConnection } from '../panel/coach-port';
import type { CoachState } from '../src/messages';

const EMPTY: CoachState = { enabled: true, empty: true, lines: [] };

/** Ports as the panel sees them: each can deliver a checklist, or close as its page goes away. */
function fakeTabs() {
  const ports: Array<CoachConnection & { send(state: CoachState): void; pageGone(): void }> = [];
  const connect = (tabId: number, onState: (state: CoachState | null) => void) => {
    let open = true;
    const port = {
      tabId,
      get open() {
        return open;
      },
      close() {
        open = false;
      },
      /** A checklist arrives: on an open port, or one already on its way when the port was closed. */
      send: (state: CoachState) => onState(state),
      pageGone() {
        if (!open) return;
        open = false;
        onState(null);
      },
    };
    ports.push(port);
    return port;
  };
  return { ports, connect };
}

describe('the reply coach port the panel keeps', () => {
  it('connects to the new page when the old page\'s port closes only after the new page\'s first view', () => {
    const { ports, connect } = fakeTabs();
    const shown: Array<CoachState | null> = [];
    const follower = new CoachFollower(connect, (s) => shown.push(s));
    follower.follow(7, true);
    ports[0]!.send(EMPTY);
    follower.follow(7, true); // the new page's first view: the old port is still open, so it is kept for now
    expect(ports).toHaveLength(1);
    ports[0]!.pageGone();
    expect(ports).toHaveLength(2);
    expect(ports[1]!.tabId).toBe(7);
    ports[1]!.send(EMPTY);
    expect(shown).toEqual([EMPTY, null, EMPTY]);
  });

  it('waits for the next page\'s view when the port closes first, and does not retry a port that fails at once', () => {
    const { ports, connect } = fakeTabs();
    const follower = new CoachFollower(connect, () => undefined);
    follower.follow(7, true);
    ports[0]!.pageGone(); // the page went away; no view since
    expect(ports).toHaveLength(1);
    follower.follow(7, true); // the next page's view
    expect(ports).toHaveLength(2);
    ports[1]!.pageGone(); // no content script answered yet: no loop of retries
    expect(ports).toHaveLength(2);
    follower.follow(7, true);
    expect(ports).toHaveLength(3);
  });

  it('keeps one open port per tab, moves with the tab, and opens none where no content script answers', () => {
    const { ports, connect } = fakeTabs();
    const shown: Array<CoachState | null> = [];
    const follower = new CoachFollower(connect, (s) => shown.push(s));
    follower.follow(7, true);
    follower.follow(7, true);
    expect(ports).toHaveLength(1);
    follower.follow(8, true);
    expect(ports.map((p) => [p.tabId, p.open])).toEqual([[7, false], [8, true]]);
    ports[0]!.send(EMPTY); // a checklist still on its way from the tab left behind is not shown
    follower.follow(9, false);
    expect(ports.map((p) => p.open)).toEqual([false, false]);
    expect(shown).toEqual([null, null]);
  });
});
