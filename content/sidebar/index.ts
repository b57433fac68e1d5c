// Mounts the sidebar: one <extra-mile-sidebar> host with an open shadow root, rendered by Preact.
import { h, render } from 'preact';
import { Sidebar } from './sidebar';
import { CSS, PANEL_WIDTH, TAB_WIDTH } from './styles';
import type { SidebarActions, SidebarHandle, SidebarView } from './types';

export type { SidebarActions, SidebarHandle, SidebarState, SidebarView, Verdict } from './types';
export { PANEL_WIDTH, TAB_WIDTH };
export const SIDEBAR_TAG = 'extra-mile-sidebar';

/**
 * Draws the sidebar into `doc` and returns a handle to redraw or remove it. Never moves focus.
 * A host left behind by an earlier copy of the content script (extension reloaded) is removed first: one sidebar per document.
 */
export function mountSidebar(doc: Document, view: SidebarView, actions: SidebarActions): SidebarHandle {
  for (const stale of Array.from(doc.querySelectorAll(SIDEBAR_TAG))) stale.remove();

  const host = createHost(doc);
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(doc, shadow);
  // Preact gets a node of its own: rendering straight into the shadow root would remove the fallback <style>.
  const container = doc.createElement('div');
  container.className = 'root';
  shadow.append(container);

  let current = view;
  let alive = true;
  // Collapsing redraws at once; the caller only has to remember the choice.
  const own: SidebarActions = {
    ...actions,
    onToggle(open) {
      if (!alive) return;
      current = { ...current, open };
      paint();
      actions.onToggle(open);
    },
  };

  function paint() {
    placeHost(host, current);
    render(h(Sidebar, { view: current, actions: own }), container);
  }

  paint();
  (doc.documentElement ?? doc.body).append(host);
  showInTopLayer(host);

  return {
    element: host,
    update(next) {
      if (!alive) return;
      current = next;
      paint();
    },
    destroy() {
      if (!alive) return;
      alive = false;
      render(null, container);
      host.remove();
    },
  };
}

/**
 * A plain element with a custom element's name (so it can take a shadow root), never defined in the page's
 * customElements registry: in Firefox a definition made from the content script gives the host a prototype from the
 * extension's world, and every page script that then touches it (a desk's MutationObserver reading nodeType, a
 * querySelectorAll('*') walk) throws "Permission denied". Chrome's content scripts have no registry at all.
 */
function createHost(doc: Document): HTMLElement {
  return doc.createElement(SIDEBAR_TAG);
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
 * The top layer (the host is a manual popover) is drawn above the page and outside it: no transform, filter,
 * opacity, overflow or z-index the page puts on <html> (a dark-mode `html { filter: invert(1) }`, say) reaches the
 * sidebar, and its fixed position stays relative to the window. A manual popover takes no focus and closes only when
 * told. Where there are no popovers, the sidebar is the same fixed element, just not lifted out of the page.
 */
function showInTopLayer(host: HTMLElement): void {
  const popover = host as HTMLElement & { showPopover?: () => void };
  if (typeof popover.showPopover !== 'function') return;
  try {
    host.setAttribute('popover', 'manual');
    popover.showPopover();
  } catch {
    // Not connected, or the page hid it: it stays an ordinary fixed element.
  }
}

/** The style each host was last given, so an update that moves nothing writes nothing to the page's DOM. */
const placed = new WeakMap<HTMLElement, string>();

/**
 * Inline and !important, which no rule of the page outranks: the host first resets everything (`all: initial`), so
 * neither page rules that match it (`* { all: unset !important }`, `* { opacity: 0 }`, `div, * { display: inline }`)
 * nor what it would inherit from the page (fonts, letter-spacing, text-transform, writing-mode, visibility) reach the
 * sidebar, then places itself. Set through the CSSOM, which a strict style-src CSP allows (a style attribute would not be).
 */
function placeHost(host: HTMLElement, view: SidebarView): void {
  host.setAttribute('data-state', view.state);
  host.setAttribute('data-desk', view.desk.id);
  host.setAttribute('data-open', String(view.open));
  const px = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? Math.max(0, Math.round(n)) : 0);
  const inset = px(view.bottomInset);
  const layout: Record<string, string> = {
    all: 'initial',
    // `all` leaves these two alone.
    direction: 'ltr',
    'unicode-bidi': 'isolate',
    display: 'block',
    position: 'fixed',
    'z-index': '2147483000',
    [view.side]: '0',
    [view.side === 'left' ? 'right' : 'left']: 'auto',
    width: `${view.open ? PANEL_WIDTH : TAB_WIDTH}px`,
    height: 'auto',
    // Nothing inside the sidebar lays out or paints outside it: drawing it costs no relayout of a huge desk page.
    contain: 'layout paint style',
    // Open: full height, clear of the reply box (above it, or below it when it sits high). Collapsed: a tab a third of the way down, clear of most desks' top bars.
    top: view.open ? `${px(view.topInset)}px` : '30%',
    bottom: view.open ? `${inset}px` : 'auto',
  };
  const css = Object.entries(layout)
    .map(([property, value]) => `${property}:${value}!important`)
    .join(';');
  if (placed.get(host) === css) return;
  placed.set(host, css);
  host.style.cssText = css;
}
