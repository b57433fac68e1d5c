// The one element Extra Mile puts into a desk page: <extra-mile-sidebar>, present wherever the content script runs.
// Its data-* attributes say what was read and ranked (outside checks read them); inside its shadow root, a small
// pointer (how many suggestions, the top lesson's title) that opens the browser's side panel, shown only where a
// ticket was read and ranked. The guidance itself lives in the side panel (panel/), never over the desk.
import { t } from '../src/i18n';
import type { TabView } from '../src/messages';

export const SIDEBAR_TAG = 'extra-mile-sidebar';

const CSS = `
:host{all:initial}
@media print{:host{display:none!important}}
button{all:unset;box-sizing:border-box;display:flex;touch-action:none;align-items:center;gap:8px;max-width:280px;height:32px;padding:0 12px 0 4px;
border-radius:16px;background:#0a5fcc;color:#fff;font:600 13px/1 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;
box-shadow:0 2px 8px rgba(0,0,0,.25);cursor:pointer;white-space:nowrap;direction:ltr}
button:hover{background:#084ea8}
button:focus-visible{outline:2px solid #fff;outline-offset:-4px}
.count{flex:none;min-width:24px;height:24px;border-radius:12px;background:#fff;color:#0a5fcc;display:flex;align-items:center;justify-content:center;padding:0 6px;box-sizing:border-box}
.count::before{content:attr(data-n)}
.title{overflow:hidden;text-overflow:ellipsis;font-weight:500}
.said{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

export interface PointerHandle {
  readonly element: HTMLElement;
  /** Writes the view into the attributes, and shows the pointer where there is something to point at. */
  update(view: TabView, ranked: number, openHint?: string): void;
  /** Moves the visible pointer to `left`,`top` (window px). */
  place(left: number, top: number): void;
  /** Where it is now (window px): where it was placed or dragged; left and top -1 before either. */
  readonly at: { left: number; top: number };
  /** The pointer's size when shown, for the layout. */
  size(): { width: number; height: number };
  readonly visible: boolean;
  /** Briefly says how to open the panel where the page may not (Firefox lets only its own UI open the sidebar). */
  hint(text: string): void;
  destroy(): void;
}

/** A colour with nothing of the page behind it ("rgb(10, 95, 204)", not "rgba(…, 0)" or "transparent"). */
const SOLID = /^rgb\(/;

/** A press that travels less than this is a click, not a move (px). */
const DRAG_SLOP = 5;

/**
 * Mounts the element (replacing any an earlier copy left behind). `onOpen` runs in the click, within its gesture;
 * `onMoved` when the agent dragged the pointer somewhere else (its new left and top, window px).
 */
export function mountPointer(doc: Document, onOpen: () => void, onMoved: (left: number, top: number) => void = () => undefined): PointerHandle {
  for (const stale of Array.from(doc.querySelectorAll(SIDEBAR_TAG))) stale.remove();
  // Made in a document of its own, which no page script can define our tag in: a page that defined
  // `extra-mile-sidebar` itself ran its constructor inside doc.createElement, and one that attached a shadow root there
  // left no pointer and no outside-check element at all. Its shadow root is ours before the page's class can upgrade it.
  const host = doc.implementation.createHTMLDocument('').createElement(SIDEBAR_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const button = doc.createElement('button');
  button.type = 'button';
  const count = doc.createElement('span');
  count.className = 'count';
  // A badge drawn from its data-n (CSS generated content), not text: the number is said in the name ("3 suggestions"),
  // and the button's one text is the top lesson's title, which the name holds whole. axe-core's label-in-name check
  // reads text nodes, so it passes; the "3" a sighted agent sees is in the name, though not next to the title.
  count.setAttribute('aria-hidden', 'true');
  const title = doc.createElement('span');
  title.className = 'title';
  button.append(count, title);
  // The button's aria-label (count and top lesson) overrides its text, so a hint shown in place of the title is said
  // here: a polite status beside the button, there from the start so that what it says is announced.
  const said = doc.createElement('span');
  said.className = 'said';
  said.setAttribute('role', 'status');
  // Where the click cannot open the panel (Firefox), how to open it: the button's description, not part of its name.
  const how = doc.createElement('span');
  how.id = 'how';
  how.hidden = true;
  shadow.append(button, said, how);
  // The agent may drag the pointer out of the way; a press that does not travel is a click that opens the panel.
  let drag: { id: number; dx: number; dy: number; x: number; y: number; moved: boolean } | null = null;
  let dragged = false;
  // Move and release are listened to only while the button is pressed.
  const onMove = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    if (!drag.moved && Math.hypot(e.clientX - drag.x, e.clientY - drag.y) < DRAG_SLOP) return;
    drag.moved = true;
    const view = doc.defaultView;
    const r = button.getBoundingClientRect();
    const maxLeft = Math.max(0, (view?.innerWidth ?? 0) - r.width);
    const maxTop = Math.max(0, (view?.innerHeight ?? 0) - r.height);
    at = { left: Math.min(maxLeft, Math.max(0, e.clientX - drag.dx)), top: Math.min(maxTop, Math.max(0, e.clientY - drag.dy)) };
    style();
  };
  const onEnd = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    dragged = drag.moved;
    drag = null;
    button.removeEventListener('pointermove', onMove);
    button.removeEventListener('pointerup', onEnd);
    button.removeEventListener('pointercancel', onEnd);
    if (dragged) onMoved(at.left, at.top);
  };
  // Only the agent's own presses and clicks (isTrusted, which no page can forge): the shadow root is open, and a page
  // script that dispatched a press, a move and a release there moved the pointer and had the spot stored for its site.
  button.addEventListener('pointerdown', (e) => {
    if (e.button !== 0 || !e.isTrusted) return;
    if (!asDrawn()) return style();
    const r = host.getBoundingClientRect();
    drag = { id: e.pointerId, dx: e.clientX - r.left, dy: e.clientY - r.top, x: e.clientX, y: e.clientY, moved: false };
    button.addEventListener('pointermove', onMove);
    button.addEventListener('pointerup', onEnd);
    button.addEventListener('pointercancel', onEnd);
    try {
      button.setPointerCapture(e.pointerId);
    } catch {
      // an old engine without pointer capture: the move still follows while over the button
    }
  });
  button.addEventListener('click', (e) => {
    e.stopPropagation(); // the desk's own click handlers (close a menu, leave the ticket) are not for this click
    if (!e.isTrusted) return; // a page's button.click(), run inside any click of the agent's, opened the side panel
    // A pointer the page moved or made unseen: the click was meant for what the agent saw there.
    if (!asDrawn()) {
      dragged = false;
      return redraw();
    }
    if (dragged) {
      dragged = false; // the end of a move, not a click
      return;
    }
    onOpen();
  });

  /**
   * Whether the pointer stands as it was drawn: the host's inline style as its style() wrote it, but for custom
   * properties (another extension may add its own: Dark Reader's variables), and its button inside it and seen. A page
   * may reach the host's style or the button (the shadow root is open), and one that moved the pointer under the
   * agent's mouse and made it unseen took the click meant for the desk (a review found it). No coordinates: under a
   * zoomed page the rectangles are scaled and the style is not.
   */
  function asDrawn(): boolean {
    // Where it was put, and still in the top layer where it went there: a page that moved it into a wrapper of its own
    // (taking it out of the top layer) could hide it by the wrapper's opacity and slide it under the mouse by the
    // wrapper's transform, leaving its own style as written (a review, 2026-12-05).
    if (host.parentNode !== home || leftTopLayer()) return false;
    const box = host.getBoundingClientRect();
    const shown = button.getBoundingClientRect();
    const seen = getComputedStyle(button);
    return (
      ownStyle(host.style.cssText) === ownStyle(written) &&
      shown.left >= box.left - 1 &&
      shown.top >= box.top - 1 &&
      shown.right <= box.right + 1 &&
      shown.bottom <= box.bottom + 1 &&
      seen.opacity === '1' &&
      seen.visibility === 'visible' &&
      seen.filter === 'none' &&
      seen.clipPath === 'none' &&
      seen.mixBlendMode === 'normal' &&
      // Its own colours, solid: a stylesheet put in the shadow root can make them transparent.
      SOLID.test(seen.backgroundColor) &&
      SOLID.test(seen.color)
    );
  }

  /** An inline style's text without its custom properties, as the browser writes it back. */
  const probe = doc.createElement('span');
  function ownStyle(css: string): string {
    probe.style.cssText = css;
    for (const name of Array.from(probe.style)) if (name.startsWith('--')) probe.style.removeProperty(name);
    return probe.style.cssText;
  }

  let visible = false;
  let written = '';
  let at = { left: -1, top: -1 };
  let topTitle = '';
  let hintTimer: ReturnType<typeof setTimeout> | undefined;

  function style() {
    // Inline and !important, which no rule of the page outranks; set through the CSSOM, which a strict style-src allows.
    const layout: Record<string, string> = {
      all: 'initial',
      direction: 'ltr',
      display: visible ? 'block' : 'none',
      // Until first placed (pointer-schedule.ts: a search that was cut goes on first), where it stands was never looked at.
      visibility: at.left < 0 ? 'hidden' : 'visible',
      position: 'fixed',
      'z-index': '2147483000',
      // A popover's default inset would centre it: only left and top place it.
      right: 'auto',
      bottom: 'auto',
      left: `${Math.round(at.left)}px`,
      top: `${Math.round(at.top)}px`,
      width: 'auto',
      height: 'auto',
      contain: 'layout paint style',
      margin: '0',
      padding: '0',
      border: '0',
      background: 'transparent',
      overflow: 'visible',
    };
    const css = Object.entries(layout)
      .map(([p, v]) => `${p}:${v}!important`)
      .join(';');
    if (host.style.cssText !== css) host.style.cssText = css;
    written = host.style.cssText;
  }

  /** Shown in the top layer at mount, and no longer there (the page moved it, or closed it as a popover). */
  const leftTopLayer = () => inTopLayer && !popoverOpen(host);

  /** Put back as drawn: in its place, in the top layer where it went there, its own style. */
  function redraw(): void {
    if (host.parentNode !== home) home.append(host);
    if (leftTopLayer()) showInTopLayer(host);
    style();
  }

  style();
  const home = doc.documentElement ?? doc.body;
  home.append(host);
  // Once in the page's document: a constructed stylesheet is adopted only into the document that made it.
  adoptStyles(doc, shadow);
  const inTopLayer = showInTopLayer(host);

  return {
    element: host,
    get visible() {
      return visible;
    },
    update(view, ranked, openHint) {
      const lessons = view.state === 'ready' ? view.suggestions : [];
      setAttr(host, 'data-state', view.state);
      setAttr(host, 'data-desk', deskName(view.desk));
      setAttr(host, 'data-messages', String(view.ticket?.customerMessages ?? 0));
      setAttr(host, 'data-lessons', lessons.map((s) => s.lesson.id).join(' '));
      setAttr(host, 'data-topics', lessons.map((s) => s.lesson.topics[0] ?? '').join(' '));
      setAttr(host, 'data-rank-count', String(ranked));
      visible = lessons.length > 0;
      if (visible) {
        const n = lessons.length;
        const label = n === 1 ? t('pointerSuggestionsOne') : t('pointerSuggestionsMany', String(n));
        topTitle = lessons[0]!.lesson.title;
        count.dataset.n = String(n);
        if (hintTimer === undefined) title.textContent = topTitle;
        // Named for what a click does: opens the panel; where it cannot (Firefox), described by how to open it.
        button.setAttribute('aria-label', openHint === undefined ? t('pointerOpen', label, topTitle) : t('pointerNamed', label, topTitle));
        button.title = openHint === undefined ? t('pointerOpen', label, topTitle) : t('pointerOpenHow', label, topTitle, openHint);
        how.textContent = openHint ?? '';
        if (openHint === undefined) button.removeAttribute('aria-describedby');
        else button.setAttribute('aria-describedby', 'how');
      }
      style();
    },
    get at() {
      return at;
    },
    place(left, top) {
      if (drag?.moved) return; // the agent is moving it
      at = { left, top };
      style();
    },
    size() {
      const r = button.getBoundingClientRect();
      return { width: Math.ceil(r.width) || 200, height: Math.ceil(r.height) || 32 };
    },
    hint(text) {
      title.textContent = text;
      said.textContent = text;
      clearTimeout(hintTimer);
      hintTimer = setTimeout(() => {
        hintTimer = undefined;
        title.textContent = topTitle;
        said.textContent = '';
      }, 4000);
    },
    destroy() {
      clearTimeout(hintTimer);
      host.remove();
    },
  };
}

/**
 * The outside-check name of what read the page: the desk's product name ("Zendesk", "Zoho Desk"); "generic" where the
 * generic reader read it (no desk recognised, or a recognised desk's layout was not); "custom" for the agent's selectors.
 */
export function deskName(desk: TabView['desk']): string {
  if (desk.generic) return 'generic';
  return desk.id === 'custom' ? 'custom' : desk.label;
}

function setAttr(el: Element, name: string, value: string) {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** Constructable stylesheets pass strict page CSPs that block <style>; the <style> is for environments without them (jsdom). */
function adoptStyles(doc: Document, root: ShadowRoot): void {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  try {
    if (Sheet && 'adoptedStyleSheets' in root && typeof Sheet.prototype.replaceSync === 'function') {
      const sheet = new Sheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return;
    }
  } catch {
    // fall back to a <style> element
  }
  const style = doc.createElement('style');
  style.textContent = CSS;
  root.prepend(style);
}

/**
 * The top layer (a manual popover) is drawn above the page and outside it: no transform, filter or z-index the page
 * puts on <html> reaches the pointer, and its fixed position stays relative to the window. It takes no focus.
 */
function showInTopLayer(host: HTMLElement): boolean {
  const popover = host as HTMLElement & { showPopover?: () => void };
  if (typeof popover.showPopover !== 'function') return false;
  // Not over a modal dialog the page has open: drawn above it, the pointer would be inert, and a click on it would go
  // to the dialog beneath (a review: it pressed the dialog's button). It stays an ordinary fixed element, under it.
  if (modalOpen(host.ownerDocument)) return false;
  try {
    host.setAttribute('popover', 'manual');
    popover.showPopover();
    return popoverOpen(host);
  } catch {
    // Not connected, or the page hid it: it stays an ordinary fixed element.
    return false;
  }
}

function popoverOpen(host: HTMLElement): boolean {
  try {
    return host.matches(':popover-open');
  } catch {
    return false;
  }
}

function modalOpen(doc: Document): boolean {
  try {
    return doc.querySelector(':modal') !== null;
  } catch {
    return false;
  }
}
