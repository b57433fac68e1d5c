// When the in-page pointer is placed (pointer-layout.ts says where): at most once a frame, what the page does on its
// own spaced by the placements' cost, and a search the time budget cut gone on with in a later slice.
import type { ContentScriptContext } from './context';
import type { PointerHandle } from './pointer';
import { placeFor, type Look } from './pointer-layout';

/**
 * After a placement of the pointer, the next waits at least this many times as long as it took: at most a tenth of
 * the page's main thread however busy the page is (a 1 ms placement still runs every frame).
 */
const LAYOUT_SPACING = 10;

/**
 * The agent's own input (`event` trusted) that scrolls: a scroll within this long (ms) of it is the agent's and is
 * followed every frame. Any other scroll is the page's (a ticker, a chat log scrolling itself, scrollIntoView), which
 * the browser reports as trusted too: followed every frame, a page that scrolled a ticker every frame had placements
 * take 55 % of its main thread on a 5 MB ticket (a review found it).
 */
export const INPUT_TYPES = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;
const INPUT_FOLLOWS_MS = 500;

/** What a placement reads: the pointer (none while nothing is shown), the reply editor, and the spot the agent dragged it to on this site. */
export interface PointerSource {
  pointer(): PointerHandle | null;
  editor(): Element | null;
  saved(): { x: number; y: number } | undefined;
}

/**
 * Keeps the pointer clear of the reply editor and the page's text as the page scrolls, resizes or changes: one check
 * per frame at most. The agent's scrolling (just after their input) and the window's resizing are followed every
 * frame; what the page does on its own (changes, scrolls, events it dispatched) is spaced by the checks' cost. On a 5 MB thread each check
 * looks for up to 8 ms, and a page that added and removed one element every 4 ms (or dispatched scroll events) had
 * it run every frame: three quarters of the page's main thread, for as long as the page kept it up. A check the 8 ms
 * cut goes on where it stopped, spaced alike, until it has looked at every spot or found a clear one: nothing else
 * placed the pointer again on a page that then sat still, and it stayed on the first spot, over the desk's Submit.
 * Returns the function to call on each such event (none: the page changed), and on the agent's input (INPUT_TYPES).
 */
export function schedulePointer(ctx: Pick<ContentScriptContext, 'stopped' | 'setTimeout' | 'requestAnimationFrame'>, win: Window, source: PointerSource): (event?: Event) => void {
  let frame = 0;
  /** A placement waiting for its turn (LAYOUT_SPACING), and when the last one started and how long it took (ms). */
  let timer = 0;
  let started = -Infinity;
  let cost = 0;
  /** What the slices of a cut search have looked at; the agent's scrolling or a resized window makes them stale. */
  const looks = new Map<string, Look>();
  /** When the agent last gave input that may scroll (INPUT_TYPES). */
  let input = -Infinity;

  function layout(event?: Event) {
    const trusted = event?.isTrusted === true;
    if (trusted && event.type !== 'scroll' && event.type !== 'resize') {
      input = performance.now();
      return;
    }
    const followed = trusted && (event.type === 'resize' || performance.now() - input < INPUT_FOLLOWS_MS);
    if (followed) looks.clear();
    if (frame || !source.pointer()?.visible || ctx.stopped) return;
    if (!followed) {
      if (timer) return;
      const wait = started + LAYOUT_SPACING * cost - performance.now();
      if (wait > 0) {
        timer = ctx.setTimeout(() => {
          timer = 0;
          layout();
        }, wait);
        return;
      }
    }
    frame = ctx.requestAnimationFrame(() => {
      frame = 0;
      const pointer = source.pointer();
      if (!pointer?.visible) return;
      started = performance.now();
      const { place, cut } = placeFor(win, pointer, source.editor(), source.saved(), looks);
      if (place) pointer.place(place.left, place.top);
      cost = performance.now() - started;
      if (cut) layout();
      else looks.clear();
    });
  }
  return layout;
}
