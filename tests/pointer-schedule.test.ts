// @vitest-environment jsdom
// When the in-page pointer is placed (content/pointer-schedule.ts), with the real layout (content/pointer-layout.ts) on
// a page whose hit tests are stood in for, as in tests/pointer-layout.test.ts: a desk's fixed action bar with "Submit as
// Open" in the window's bottom right, and a page so slow (a fresh load at 4× CPU throttling) that every placement is cut
// by its time budget before it has looked at one whole spot. Time is the test's own clock; looks and places are counted.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { PointerHandle } from '../content/pointer';
import { SEARCH_BUDGET_MS } from '../content/pointer-layout';
import { schedulePointer } from '../content/pointer-schedule';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const WIDTH = 200;
const HEIGHT = 48;
const BOTTOM_RIGHT = { left: 1024 - WIDTH - 12, top: 768 - HEIGHT - 12 };
const MIDDLE_RIGHT = { left: 1024 - WIDTH - 12, top: 384 - HEIGHT / 2 };
const SUBMIT = { left: 880, top: 716, right: 1016, bottom: 760 };
/** What one look at a point costs on the page (ms): more than the budget allows twelve of, the points of one spot. */
const COST_OF_A_LOOK = 1;

let looks = 0;
let spent = 0;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  vi.spyOn(performance, 'now').mockImplementation(() => Date.now() + spent);
  Object.assign(window, { innerWidth: 1024, innerHeight: 768 });
  looks = 0;
  spent = 0;
  const submit = document.createElement('button');
  submit.textContent = 'Submit as Open';
  submit.getClientRects = () => [{ ...SUBMIT, x: SUBMIT.left, y: SUBMIT.top, width: SUBMIT.right - SUBMIT.left, height: SUBMIT.bottom - SUBMIT.top }] as unknown as DOMRectList;
  document.body.append(submit);
  document.elementsFromPoint = (x, y) => {
    looks++;
    spent += COST_OF_A_LOOK;
    const over = x >= SUBMIT.left && x < SUBMIT.right && y >= SUBMIT.top && y < SUBMIT.bottom;
    return over ? [submit, document.body, document.documentElement] : [document.body, document.documentElement];
  };
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  document.body.replaceChildren();
});

it('a placement the time budget cuts goes on in later slices until the pointer stands where it covers no control', async () => {
  const { pointer, places, layout } = scheduledPointer(() => true);
  layout();
  await vi.advanceTimersByTimeAsync(5_000);
  // Before, the first slice put it on the first spot, unlooked, and nothing placed it again: over Submit.
  expect(places).not.toContainEqual(BOTTOM_RIGHT);
  expect(pointer.at).toEqual(MIDDLE_RIGHT);
  // Two spots looked at, each point once, over slices of the budget and one look more; placed once, when done.
  expect(looks).toBe(2 * 12);
  expect(places).toHaveLength(1);
});

it('a cut search, going on or left behind, holds none of the page nodes it looked at once the page dropped them', async () => {
  // A thread of 20 messages under every point; a single-page desk draws the next ticket's thread while a search is cut.
  const thread = () => {
    const el = document.createElement('div');
    for (let i = 0; i < 20; i++) el.append(Object.assign(document.createElement('p'), { textContent: `Message ${i}` }));
    return el;
  };
  let shown = thread();
  document.body.append(shown);
  document.elementsFromPoint = () => {
    looks++;
    spent += COST_OF_A_LOOK;
    return [shown, document.body, document.documentElement];
  };
  /** The desk draws the next thread: weak references to the messages it dropped. */
  const redraw = () => {
    const dropped = Array.from(shown.children, (p) => new WeakRef(p));
    const next = thread();
    shown.replaceWith(next);
    shown = next;
    return dropped;
  };
  let visible = true;
  const { places, layout } = scheduledPointer(() => visible);
  /** Starts a search and runs its first slice, which the budget cuts before one spot's twelve points. */
  const firstSlice = async () => {
    looks = 0;
    layout();
    while (!looks) await vi.advanceTimersByTimeAsync(1);
    expect(looks).toBeLessThan(12);
  };

  // Going on: it goes on over the new thread and ends where it would have, holding none of the old one.
  await firstSlice();
  expect(await reachable(redraw())).toBe(0);
  await vi.advanceTimersByTimeAsync(5_000);
  expect(places).toEqual([MIDDLE_RIGHT]);

  // Left behind: the pointer hidden mid-search (the next ticket has nothing to suggest), so the search never ends.
  await firstSlice();
  visible = false;
  const cutAt = looks;
  await vi.advanceTimersByTimeAsync(5_000);
  expect(looks).toBe(cutAt);
  expect(await reachable(redraw())).toBe(0);
});

/** The pointer's schedule on this page, with a pointer of our own that records where it is placed. */
function scheduledPointer(visible: () => boolean) {
  const own = document.createElement('extra-mile-sidebar');
  document.body.append(own);
  const places: Array<{ left: number; top: number }> = [];
  const pointer = {
    element: own,
    get visible() {
      return visible();
    },
    get at() {
      return places.at(-1) ?? { left: -1, top: -1 };
    },
    size: () => ({ width: WIDTH, height: HEIGHT }),
    place: (left: number, top: number) => places.push({ left, top }),
  } as unknown as PointerHandle;
  const ctx = { stopped: false, setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms), requestAnimationFrame: (fn: () => void) => window.requestAnimationFrame(fn) };
  return { pointer, places, layout: schedulePointer(ctx, window, { pointer: () => pointer, editor: () => null, saved: () => undefined }) };
}

/** How many of `refs` still reach their node after a full garbage collection (V8's, exposed to the test). */
async function reachable(refs: WeakRef<object>[]): Promise<number> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  // A WeakRef holds its target until the task that made it ends.
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  return refs.filter((r) => r.deref() !== undefined).length;
}

it("a page that scrolls something every frame has placements spaced by their cost, the agent's scrolling followed every frame", async () => {
  // The browser reports a script's scroll (a ticker's scrollTop, scrollIntoView) as trusted, as it does the agent's.
  const scroll = { isTrusted: true, type: 'scroll' } as Event;
  const wheel = { isTrusted: true, type: 'wheel' } as Event;
  const frames = 120;
  /** Time spent placing (the looks' cost) over `frames` frames of scrolling, as a share of the time they took. */
  const share = async (agentScrolls: boolean) => {
    const { layout } = scheduledPointer(() => true);
    const before = spent;
    const start = Date.now();
    for (let i = 0; i < frames; i++) {
      if (agentScrolls) layout(wheel);
      layout(scroll);
      await vi.advanceTimersByTimeAsync(16);
    }
    return (spent - before) / (Date.now() - start + spent - before);
  };
  const pageScrolls = await share(false);
  const agentScrolls = await share(true);
  expect(pageScrolls).toBeLessThanOrEqual(0.1);
  expect(agentScrolls).toBeGreaterThan(3 * pageScrolls);
});
