// Where the in-page pointer goes: a spot of the window that covers none of the reply editor and as little of the
// page's text (the customer's messages, the desk's toolbars) and controls (an icon-only Send button) as the window
// allows. Measured, not guessed per desk.

export interface Place {
  left: number;
  top: number;
}

/** Space between the pointer and the window's edge or the editor (px). */
const MARGIN = 12;
/** Where inside a candidate spot to look for the page's text and controls: a 4×3 grid. */
const GRID_X = [0.05, 0.35, 0.65, 0.95];
const GRID_Y = [0.1, 0.5, 0.9];
/** At each point, look at this many elements from the top of the stack, and none with more children than this. */
const MAX_DEPTH = 4;
const MAX_CHILDREN = 64;
/**
 * What an agent clicks, types in or reads as an icon. Covering one is in the way as much as covering text, and an
 * icon-only button has no text to find: a pointer over a Send button (an SVG in a <button>) took its clicks.
 */
const CONTROLS =
  'a[href], button, input, select, textarea, summary, img, svg, [contenteditable]:not([contenteditable="false"]), ' +
  '[role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="switch"], [role="tab"], [role="menuitem"], [role="option"], [role="combobox"], [role="textbox"]';
/**
 * After this long (ms), one placement starts no new look at a point (one look more may run past it). On a usual page
 * every candidate is looked at in a millisecond or two; on a 5 MB thread each look is slow (the browser's hit test
 * walks thousands of messages), and the seven candidates took 42 ms, on every scroll.
 */
export const SEARCH_BUDGET_MS = 8;

/** How one placement searches: the clock it is timed by, the spot the pointer holds now (if any), and what the earlier slices of this search saw. */
export interface Search {
  now?: () => number;
  current?: Place;
  /**
   * The spots looked at so far by a search SEARCH_BUDGET_MS cut, by "left,top": handed to the next slice, which goes on
   * from the point the last one stopped at instead of starting again at the first spot (bottom right, where desks put
   * Submit) and being cut there again.
   */
  looks?: Map<string, Look>;
}

/**
 * One spot's look: the points of the grid looked at so far, the area of text and controls they found, and the nodes
 * already counted. Held weakly: a cut search goes on over a page that re-renders (a single-page desk drawing the next
 * ticket); a node the page dropped is freed, and one it keeps to show again is still counted once.
 */
export interface Look {
  point: number;
  area: number;
  seen: WeakSet<Node>;
}

/** Where the pointer goes (nowhere yet: not placed before, and no spot looked at in full), and whether the budget cut the search. */
export interface Placement {
  place: Place | null;
  cut: boolean;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The best spot for a `width`×`height` box in the window: candidates along the right edge first (most desks keep the
 * thread to the left of it), then the left; only those that touch the editor least (not at all, where one can) are
 * looked at for text and controls, and the least covered wins. The spot the pointer holds is looked at first and kept
 * unless a spot looked at in full covers less, so it does not hop from frame to frame when SEARCH_BUDGET_MS cuts the
 * search short. A cut search is `cut`, to go on with in a later slice, and a pointer not placed yet is placed only
 * once a search ends (at 4× CPU throttling it sat on Zendesk's "Submit as Open" three loads in three: the first spot,
 * taken unlooked, and nothing placed it again).
 */
export function choosePlace(win: Window, width: number, height: number, editor: Element | null, own: Element, search: Search = {}): Placement {
  const now = search.now ?? (() => performance.now());
  const w = win.innerWidth;
  const h = win.innerHeight;
  const right = w - width - MARGIN;
  const bottom = h - height - MARGIN;
  const candidates: Place[] = [
    { left: right, top: bottom },
    { left: right, top: Math.round(h * 0.5 - height / 2) },
    { left: right, top: Math.round(h * 0.25) },
    { left: MARGIN, top: bottom },
    { left: right, top: MARGIN },
    { left: MARGIN, top: MARGIN },
    { left: Math.round(w / 2 - width / 2), top: bottom },
  ].map((p) => ({ left: Math.max(0, p.left), top: Math.max(0, p.top) }));
  const editorBox = editor ? expand(boxInWindow(editor), MARGIN / 2) : null;
  const boxes = candidates.map((place) => {
    const box = { left: place.left, top: place.top, right: place.left + width, bottom: place.top + height };
    return { place, box, editorArea: editorBox ? overlap(box, editorBox) : 0 };
  });
  // The editor first (cheap to measure): only the spots that touch it least are looked at for the rest.
  const leastEditor = Math.min(...boxes.map((b) => b.editorArea));
  const allowed = boxes.filter((b) => b.editorArea === leastEditor);
  const { current, looks = new Map<string, Look>() } = search;
  const held = current ? allowed.findIndex((b) => b.place.left === current.left && b.place.top === current.top) : -1;
  if (held > 0) allowed.unshift(...allowed.splice(held, 1));
  const started = now();
  const outOfTime = () => now() - started > SEARCH_BUDGET_MS;
  let best: { place: Place; area: number } | null = null;
  for (const { place, box } of allowed) {
    const key = `${place.left},${place.top}`;
    const look = looks.get(key) ?? { point: 0, area: 0, seen: new WeakSet<Node>() };
    looks.set(key, look);
    if (!covered(win.document, box, own, outOfTime, look)) {
      // Cut: a pointer not placed yet waits for the search's end (a spot looked at in full may still cover a control);
      // a placed one goes to the best spot looked at in full, else holds its spot (first of `allowed`: off the editor).
      return { place: current && current.left >= 0 ? (best ?? allowed[0]!).place : null, cut: true };
    }
    if (!best || look.area < best.area) best = { place, area: look.area };
    if (look.area === 0) break;
  }
  return { place: best!.place, cut: false };
}

/** The pointer as its layout sees it: its element (never counted as covered), where it stands, and its size. */
export interface PlacedPointer {
  readonly element: Element;
  /** Window px; left and top -1 before it was first placed. */
  readonly at: Place;
  size(): { width: number; height: number };
}

/**
 * Where the pointer goes now: where the agent put it on this site (fractions of the window), kept inside the window,
 * unless that spot now covers the reply editor; else the measured place, keeping the spot where the pointer stands
 * unless a better one is found (choosePlace), going on from `looks` where an earlier slice was cut.
 */
export function placeFor(win: Window, pointer: PlacedPointer, editor: Element | null, saved?: { x: number; y: number }, looks?: Map<string, Look>): Placement {
  const { width, height } = pointer.size();
  if (saved) {
    const left = Math.min(Math.max(0, win.innerWidth - width), Math.max(0, Math.round(saved.x * win.innerWidth)));
    const top = Math.min(Math.max(0, win.innerHeight - height), Math.max(0, Math.round(saved.y * win.innerHeight)));
    const box = { left, top, right: left + width, bottom: top + height };
    if (!editor || overlap(box, expand(boxInWindow(editor), MARGIN / 2)) === 0) return { place: { left, top }, cut: false };
  }
  return choosePlace(win, width, height, editor, pointer.element, looks ? { current: pointer.at, looks } : { current: pointer.at });
}

/** An element's box in the top window's coordinates (an editor inside a same-origin iframe is offset by the frame). */
export function boxInWindow(el: Element): Box {
  const r = el.getBoundingClientRect();
  let box: Box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  for (let frame = el.ownerDocument.defaultView?.frameElement; frame; frame = frame.ownerDocument.defaultView?.frameElement) {
    const f = frame.getBoundingClientRect();
    box = { left: box.left + f.left, top: box.top + f.top, right: box.right + f.left, bottom: box.bottom + f.top };
  }
  return box;
}

function expand(b: Box, by: number): Box {
  return { left: b.left - by, top: b.top - by, right: b.right + by, bottom: b.bottom + by };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Adds to `look` the area of the page's text and controls under `box`: the text and the controls found at a few points
 * inside it (the elements there, and the children of those that are not a control), from the point it stopped at;
 * false when time ran out before every point was looked at.
 */
function covered(doc: Document, box: Box, own: Element, outOfTime: () => boolean, look: Look): boolean {
  const { seen } = look;
  const range = doc.createRange();
  const add = (rects: DOMRectList) => {
    for (const r of Array.from(rects)) look.area += overlap(box, { left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  };
  for (; look.point < GRID_X.length * GRID_Y.length; look.point++) {
    if (outOfTime()) return false;
    const x = box.left + (box.right - box.left) * GRID_X[look.point % GRID_X.length]!;
    const y = box.top + (box.bottom - box.top) * GRID_Y[Math.floor(look.point / GRID_X.length)]!;
    let stack: Element[];
    try {
      stack = doc.elementsFromPoint(x, y);
    } catch {
      // A page that broke elementsFromPoint: every spot looks the same.
      look.point = Infinity;
      look.area = 0;
      return true;
    }
    const looked: Element[] = [];
    for (const el of stack) {
      if (el === own || own.contains(el)) continue;
      if (looked.length === MAX_DEPTH) break;
      looked.push(el);
    }
    // A control counts as its whole box, once: the outermost one here (the button, not the SVG inside it), whose
    // text and icons are then not counted again.
    let outside = 0;
    for (let i = looked.length - 1; i >= 0; i--) {
      const el = looked[i]!;
      if (!el.matches(CONTROLS)) continue;
      outside = i + 1;
      if (!seen.has(el)) add(el.getClientRects());
      seen.add(el);
      break;
    }
    // Text sits in the innermost elements; a container with many children (a 5,000-message thread) holds only
    // whitespace between them, and walking it at every point would cost more than the layout is worth. Its control
    // children are looked at in the same walk, so a small icon between the points is found too.
    for (const el of looked.slice(outside)) {
      if (el.childNodes.length > MAX_CHILDREN) break;
      for (const node of Array.from(el.childNodes)) {
        if (seen.has(node)) continue;
        seen.add(node); // each child is looked at once per spot, not at each of its points
        if (node.nodeType === 3 && node.textContent?.trim()) {
          range.selectNodeContents(node);
          add(range.getClientRects());
        } else if (node.nodeType === 1 && (node as Element).matches(CONTROLS)) {
          add((node as Element).getClientRects());
        }
      }
    }
  }
  range.detach();
  return true;
}
