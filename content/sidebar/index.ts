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

function createHost(doc: Document): HTMLElement {
  const win = doc.defaultView;
  try {
    // null in Chrome's content-script world; the plain element below works the same without the definition.
    const registry = win?.customElements;
    if (win && registry && !registry.get(SIDEBAR_TAG)) registry.define(SIDEBAR_TAG, class extends win.HTMLElement {});
  } catch {
    // A page that patched customElements.define, or another copy of this script defining it first.
  }
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

/** Inline and !important, so page rules that happen to match the host (`* { position: static }`) cannot move it. */
function placeHost(host: HTMLElement, view: SidebarView): void {
  host.setAttribute('data-state', view.state);
  host.setAttribute('data-desk', view.desk.id);
  host.setAttribute('data-open', String(view.open));
  const px = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? Math.max(0, Math.round(n)) : 0);
  const inset = px(view.bottomInset);
  const layout: Record<string, string> = {
    position: 'fixed',
    'z-index': '2147483000',
    [view.side]: '0',
    [view.side === 'left' ? 'right' : 'left']: 'auto',
    width: `${view.open ? PANEL_WIDTH : TAB_WIDTH}px`,
    height: 'auto',
    margin: '0',
    padding: '0',
    // Open: full height, clear of the reply box (above it, or below it when it sits high). Collapsed: a tab a third of the way down, clear of most desks' top bars.
    top: view.open ? `${px(view.topInset)}px` : '30%',
    bottom: view.open ? `${inset}px` : 'auto',
  };
  for (const [property, value] of Object.entries(layout)) host.style.setProperty(property, value, 'important');
}
