// @vitest-environment jsdom
// Where the in-page pointer goes (content/pointer-layout.ts), with the browser's hit tests and text boxes stood in for:
// jsdom lays nothing out. The page's text fills the window but for one spot; each look at a point advances a clock
// the test owns, so a slow page (a 5 MB thread) and a quick one differ only in what a look costs. Counted, never timed;
// the real placement on real pages is measured in tests/e2e/pointer-layout.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { choosePlace, placeFor, SEARCH_BUDGET_MS, type Look } from '../content/pointer-layout';

const WIDTH = 200;
const HEIGHT = 48;
/** The spots the pointer may take in the 1024×768 window, in the order it prefers them (see choosePlace). */
const BOTTOM_RIGHT = { left: 1024 - WIDTH - 12, top: 768 - HEIGHT - 12 };
const MIDDLE_RIGHT = { left: 1024 - WIDTH - 12, top: 384 - HEIGHT / 2 };
const BOTTOM_CENTRE = { left: 512 - WIDTH / 2, top: 768 - HEIGHT - 12 };
const CANDIDATES = 7;
const POINTS_PER_CANDIDATE = 12;

/** Text everywhere but a gap around the bottom centre spot (the last one the pointer would try) and most of the middle
 * right one. */
const MOSTLY_TEXT = [
  { left: 0, top: 0, right: 400, bottom: 768 },
  { left: 624, top: 0, right: 1024, bottom: 370 },
  { left: 624, top: 420, right: 1024, bottom: 768 },
  { left: 400, top: 0, right: 624, bottom: 700 },
];
/** Text everywhere but the bottom centre spot: the spots before it all cover as much. */
const EVEN_TEXT = [
  { left: 0, top: 0, right: 400, bottom: 768 },
  { left: 624, top: 0, right: 1024, bottom: 768 },
  { left: 400, top: 0, right: 624, bottom: 700 },
];
/** No text at the middle right spot (the second the pointer would try). */
const GAP_AT_MIDDLE_RIGHT = [
  { left: 0, top: 0, right: 1024, bottom: 350 },
  { left: 0, top: 420, right: 1024, bottom: 768 },
  { left: 0, top: 350, right: 700, bottom: 420 },
];
let text = MOSTLY_TEXT;

let looks = 0;
let clock = 0;
let costOfALook = 0;
let own: HTMLElement;
let paragraph: HTMLElement;

beforeEach(() => {
  Object.assign(window, { innerWidth: 1024, innerHeight: 768 });
  paragraph = document.createElement('p');
  paragraph.textContent = 'The customer wrote a long message that fills the page.';
  own = document.createElement('extra-mile-sidebar');
  document.body.append(paragraph, own);
  looks = 0;
  clock = 0;
  text = MOSTLY_TEXT;
  document.elementsFromPoint = () => {
    looks++;
    clock += costOfALook;
    return [paragraph, document.body, document.documentElement];
  };
  Range.prototype.getClientRects = () => text.map((r) => ({ ...r, x: r.left, y: r.top, width: r.right - r.left, height: r.bottom - r.top })) as unknown as DOMRectList;
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

const now = () => clock;
const search = (current?: { left: number; top: number }) => (current ? { now, current } : { now });

function editorAt(box: { left: number; top: number; right: number; bottom: number }): HTMLElement {
  const editor = document.createElement('div');
  editor.getBoundingClientRect = () => ({ ...box, x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top, toJSON: () => box });
  document.body.append(editor);
  return editor;
}

describe('the pointer on a quick page', () => {
  it('looks at every spot until one covers no text, and takes that one', () => {
    costOfALook = 0.01;
    expect(choosePlace(window, WIDTH, HEIGHT, null, own, search()).place).toEqual(BOTTOM_CENTRE);
    expect(looks).toBe(CANDIDATES * POINTS_PER_CANDIDATE);
  });

  it('stops at the first spot that covers no text', () => {
    costOfALook = 0.01;
    text = GAP_AT_MIDDLE_RIGHT;
    expect(choosePlace(window, WIDTH, HEIGHT, null, own, search()).place).toEqual(MIDDLE_RIGHT);
    expect(looks).toBe(2 * POINTS_PER_CANDIDATE);
  });

  it('leaves the spot it holds for one that covers less text', () => {
    costOfALook = 0.01;
    expect(choosePlace(window, WIDTH, HEIGHT, null, own, search(MIDDLE_RIGHT)).place).toEqual(BOTTOM_CENTRE);
  });

  it('keeps the spot it holds when no other covers less text', () => {
    costOfALook = 0.01;
    text = EVEN_TEXT.filter((r) => r.left !== 0).concat({ left: 0, top: 0, right: 400, bottom: 700 });
    // The bottom left and bottom centre spots cover nothing now; the pointer holds the bottom left.
    const BOTTOM_LEFT = { left: 12, top: 768 - HEIGHT - 12 };
    expect(choosePlace(window, WIDTH, HEIGHT, null, own, search(BOTTOM_LEFT)).place).toEqual(BOTTOM_LEFT);
    expect(looks).toBe(POINTS_PER_CANDIDATE);
    looks = 0;
    expect(choosePlace(window, WIDTH, HEIGHT, null, own, search()).place).toEqual(BOTTOM_LEFT);
    expect(looks).toBe(4 * POINTS_PER_CANDIDATE);
  });
});

describe('the pointer on a page whose hit tests are slow (a 5 MB thread)', () => {
  /** Looks made before the clock passes the budget, and the one that passes it. */
  const looksWithin = (cost: number) => Math.floor(SEARCH_BUDGET_MS / cost) + 1;

  it('stops looking once the frame’s budget is spent, and places a pointer not placed yet on no spot none looked at in full', () => {
    costOfALook = 1;
    expect(choosePlace(window, WIDTH, HEIGHT, null, own, search())).toEqual({ place: null, cut: true });
    expect(looks).toBe(looksWithin(1));
    expect(looks).toBeLessThan(POINTS_PER_CANDIDATE);
  });

  it('goes on in the next slice from the point it was cut at, each point looked at once, to the spot with no text', () => {
    costOfALook = 1;
    const progress = new Map<string, Look>();
    const slices: Array<{ place: unknown; cut: boolean }> = [];
    for (let cut = true; cut && slices.length < 50; ) {
      const placement = choosePlace(window, WIDTH, HEIGHT, null, own, { now, looks: progress });
      slices.push(placement);
      cut = placement.cut;
    }
    expect(slices.at(-1)).toEqual({ place: BOTTOM_CENTRE, cut: false });
    expect(looks, 'as many looks as one search that was never cut').toBe(CANDIDATES * POINTS_PER_CANDIDATE);
    expect(slices.length).toBe(Math.ceil(looks / looksWithin(1)));
  });

  it('leaves the spot it holds for the best spot looked at in full when the budget runs out on a later one', () => {
    costOfALook = 0.25;
    const place = choosePlace(window, WIDTH, HEIGHT, null, own, search(BOTTOM_RIGHT)).place;
    expect(looks).toBe(looksWithin(0.25));
    expect(looks).toBeGreaterThan(2 * POINTS_PER_CANDIDATE);
    expect(looks).toBeLessThan(3 * POINTS_PER_CANDIDATE);
    // Of the two looked at in full, the middle right covers less text than the bottom right.
    expect(place).toEqual(MIDDLE_RIGHT);
  });

  it('keeps the earlier of two spots that cover as much text', () => {
    costOfALook = 0.25;
    text = EVEN_TEXT;
    expect(choosePlace(window, WIDTH, HEIGHT, null, own, search(BOTTOM_RIGHT)).place).toEqual(BOTTOM_RIGHT);
    expect(looks).toBe(looksWithin(0.25));
  });

  it('keeps the spot it holds when the budget runs out before another was looked at in full', () => {
    costOfALook = 1;
    expect(choosePlace(window, WIDTH, HEIGHT, null, own, search(MIDDLE_RIGHT)).place).toEqual(MIDDLE_RIGHT);
    costOfALook = 0.25;
    text = EVEN_TEXT;
    expect(choosePlace(window, WIDTH, HEIGHT, null, own, search(MIDDLE_RIGHT)).place).toEqual(MIDDLE_RIGHT);
  });

  it('still keeps the reply editor clear: spots that touch it are not looked at, and not taken', () => {
    costOfALook = 1;
    const editor = editorAt({ left: 500, top: 640, right: 1024, bottom: 768 });
    // Standing where the editor now is: off it at once, to the first spot clear of it, and the search goes on.
    expect(choosePlace(window, WIDTH, HEIGHT, editor, own, search(BOTTOM_RIGHT))).toEqual({ place: MIDDLE_RIGHT, cut: true });
    expect(looks).toBe(looksWithin(1));
  });
});

describe('controls the agent clicks count as covered, as text does', () => {
  const SVG = 'http://www.w3.org/2000/svg';
  /** `el` with its box at `box` (jsdom lays nothing out). */
  const at = (el: Element, box: { left: number; top: number; right: number; bottom: number }) => {
    el.getClientRects = () => [{ ...box, x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top }] as unknown as DOMRectList;
    return { el, box };
  };
  const inside = (x: number, y: number, b: { left: number; top: number; right: number; bottom: number }) => x >= b.left && x < b.right && y >= b.top && y < b.bottom;

  beforeEach(() => {
    costOfALook = 0.01;
    text = []; // no text anywhere: only the controls tell the spots apart
  });

  it('keeps clear of an icon-only button (an SVG in a <button>, no text) at the first spot', () => {
    // As icon libraries nest it: the button is the fourth element under a point, its parent beyond the ones looked at.
    const send = at(document.createElement('button'), { left: 964, top: 708, right: 1008, bottom: 752 });
    const wrap = document.createElement('span');
    const icon = document.createElementNS(SVG, 'svg');
    const path = document.createElementNS(SVG, 'path');
    const composer = document.createElement('div');
    icon.append(path);
    wrap.append(icon);
    send.el.append(wrap);
    composer.append(send.el);
    document.body.append(composer);
    document.elementsFromPoint = (x, y) => {
      looks++;
      return inside(x, y, send.box) ? [path, icon, wrap, send.el, composer, document.body, document.documentElement] : [document.body, document.documentElement];
    };
    expect(choosePlace(window, WIDTH, HEIGHT, null, own, search()).place).toEqual(MIDDLE_RIGHT);
    expect(looks).toBe(2 * POINTS_PER_CANDIDATE);
  });

  it('never leaves a pointer on a spot over a Submit button when each slice is cut: it ends where it covers no control', () => {
    // A desk's fixed action bar ("Submit as Open") in the bottom right, where the first spot is; a page so slow (4×
    // CPU throttling on a fresh load) that no slice looks at a whole spot.
    costOfALook = 1;
    const submit = at(document.createElement('button'), { left: 880, top: 716, right: 1016, bottom: 760 });
    document.body.append(submit.el);
    document.elementsFromPoint = (x, y) => {
      looks++;
      clock += costOfALook;
      return inside(x, y, submit.box) ? [submit.el, document.body, document.documentElement] : [document.body, document.documentElement];
    };
    const progress = new Map<string, Look>();
    const places: unknown[] = [];
    for (let cut = true; cut && places.length < 50; ) {
      const placement = choosePlace(window, WIDTH, HEIGHT, null, own, { now, looks: progress });
      places.push(placement.place);
      cut = placement.cut;
    }
    expect(places).not.toContainEqual(BOTTOM_RIGHT);
    expect(places.at(-1)).toEqual(MIDDLE_RIGHT);
    expect(looks).toBe(2 * POINTS_PER_CANDIDATE);
  });

  it('finds a small icon between the points it looks at, beside the element it hit', () => {
    // The bottom right spot's points are 60 px apart; a 24 px button in a toolbar falls between two of them.
    const toolbar = at(document.createElement('div'), { left: 800, top: 700, right: 1024, bottom: 768 });
    const bold = at(document.createElement('span'), { left: 900, top: 720, right: 924, bottom: 744 });
    bold.el.setAttribute('role', 'button');
    toolbar.el.append(bold.el);
    document.body.append(toolbar.el);
    document.elementsFromPoint = (x, y) => {
      looks++;
      expect(inside(x, y, bold.box)).toBe(false);
      return inside(x, y, toolbar.box) ? [toolbar.el, document.body, document.documentElement] : [document.body, document.documentElement];
    };
    expect(choosePlace(window, WIDTH, HEIGHT, null, own, search()).place).toEqual(MIDDLE_RIGHT);
  });

  it('looks at each child once a spot, and not at all in a container of many (a long thread)', () => {
    /** How many elements one placement asks whether they are a control, with a thread of `n` messages under every point. */
    const checksWith = (n: number) => {
      const thread = document.createElement('div');
      thread.append(...Array.from({ length: n }, () => document.createElement('article')));
      document.body.replaceChildren(paragraph, own, thread);
      document.elementsFromPoint = () => [thread, document.body, document.documentElement];
      const matches = vi.spyOn(Element.prototype, 'matches');
      expect(choosePlace(window, WIDTH, HEIGHT, null, own, search()).place).toEqual(BOTTOM_RIGHT);
      const checks = matches.mock.calls.length;
      matches.mockRestore();
      return checks;
    };
    expect(checksWith(60) - checksWith(30), 'a message more: one check more a spot').toBe(30);
    expect(checksWith(1000), 'a thread of more than 64: not walked').toBe(checksWith(100));
  });
});

describe('placeFor: the pointer as the content script hands it over', () => {
  it('reads where the pointer stands and keeps that spot while no other covers less text', () => {
    costOfALook = 0.01;
    // placeFor times its search by the page's clock: the test's clock stands in, so a loaded machine changes nothing.
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    // The bottom left and bottom centre spots cover no text; the bottom left comes first.
    text = EVEN_TEXT.filter((r) => r.left !== 0).concat({ left: 0, top: 0, right: 400, bottom: 700 });
    const pointer = { element: own, at: { left: -1, top: -1 }, size: () => ({ width: WIDTH, height: HEIGHT }) };
    expect(placeFor(window, pointer, null).place, 'not placed yet: the first spot with no text').toEqual({ left: 12, top: 768 - HEIGHT - 12 });
    pointer.at = BOTTOM_CENTRE;
    expect(placeFor(window, pointer, null).place, 'standing at the bottom centre: it stays').toEqual(BOTTOM_CENTRE);
  });

  it('puts it where the agent dragged it on this site, unless that covers the reply editor', () => {
    const pointer = { element: own, at: BOTTOM_RIGHT, size: () => ({ width: WIDTH, height: HEIGHT }) };
    expect(placeFor(window, pointer, null, { x: 0.25, y: 0.5 }).place).toEqual({ left: 256, top: 384 });
    const editor = editorAt({ left: 200, top: 350, right: 600, bottom: 500 });
    expect(placeFor(window, pointer, editor, { x: 0.25, y: 0.5 }).place).not.toEqual({ left: 256, top: 384 });
  });
});
