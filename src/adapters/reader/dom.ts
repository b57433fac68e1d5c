// Safe DOM queries: a selector the browser refuses (`:has` in an older engine, a typo in an agent's own selector)
// counts as no match, never as an exception. Also visibility without layout, and the active pane of desks that keep
// several tickets open as tabs.
import { attributeOf, hasAttributeOf, inlineStyleOf, parentElementOf } from './node-links';

/** querySelector that treats an invalid selector as no match. */
export function queryOne(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** querySelectorAll that treats an invalid selector as no match. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** How many elements a selector matches (0 when it is not valid CSS). */
export function countAll(root: ParentNode, selector: string): number {
  try {
    return root.querySelectorAll(selector).length;
  } catch {
    return 0;
  }
}

/** The first element matched by the first selector (in order) that matches anything. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = queryOne(root, selector);
    if (found) return found;
  }
  return null;
}

/** True when any selector matches. */
export function hasAny(root: ParentNode, selectors: readonly string[]): boolean {
  return selectors.some((selector) => queryOne(root, selector) !== null);
}

/** Element.closest that treats an invalid selector as no match. */
export function closestSafe(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

/** Whether the element is inside (or is) one of the thread's entries, by their selectors (none: never). */
export function inThreadEntry(el: Element, thread: readonly string[] | undefined): boolean {
  return thread?.some((entry) => closestSafe(el, entry) !== null) ?? false;
}

/** Element.matches that treats an invalid selector as no match. */
export function matchesSafe(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** CSS.escape where it exists (browsers), else a conservative fallback for attribute values. */
export function cssEscape(value: string): string {
  const css = (globalThis as { CSS?: { escape?: (v: string) => string } }).CSS;
  if (css?.escape) return css.escape(value);
  return value.replace(/[^a-zA-Z0-9_-]/g, (ch) => `\\${ch}`);
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** CSS comments, which the browser reads as nothing: a comment between `display:` and `none` still hides. */
const CSS_COMMENT = /\/\*[\s\S]*?(?:\*\/|$)/g;

/**
 * True when the element itself is not rendered: the `hidden` attribute, a dialog not open, what a closed <details>
 * folds away, or an inline display, visibility or content-visibility that hides it. Not no opacity, no height or no
 * font size: desks fade and unfold new messages by inline styles the page's observer does not watch (a message read
 * while unseen would not be read again), and a mail's layout sets no font size on a cell whose text sets its own. No
 * stylesheet is asked: that costs layout.
 */
function isNotRendered(el: Element): boolean {
  // Attributes and style through the DOM's own functions (node-links.ts): a page's form field can stand for any of them.
  if (hasAttributeOf(el, 'hidden')) return true;
  const { localName } = el;
  const parentElement = parentElementOf(el);
  if (localName === 'dialog' && !hasAttributeOf(el, 'open')) return true;
  if (parentElement?.localName === 'details' && localName !== 'summary' && !hasAttributeOf(parentElement, 'open')) return true;
  const style = attributeOf(el, 'style');
  if (style === null) return false;
  // A customer's HTML mail hid words from the agent behind a comment, and they were read as the customer's own.
  if (HIDDEN_STYLE.test(style.includes('/*') ? style.replace(CSS_COMMENT, '') : style)) return true;
  // The browser's own reading of the style besides: CSS escapes hide as well ("disp\lay:none", a review found).
  const css = inlineStyleOf(el);
  if (!css) return false;
  return css.display === 'none' || css.visibility === 'hidden' || css.getPropertyValue('content-visibility') === 'hidden';
}

/** True when the element itself is hidden (not rendered, or `aria-hidden="true"`); no layout needed. */
export function isHidden(el: Element): boolean {
  return isNotRendered(el) || attributeOf(el, 'aria-hidden') === 'true';
}

/**
 * True when neither the element nor any ancestor is left unrendered. `aria-hidden` does not count
 * here: dialogs set it on the whole app behind them, which is still on screen.
 */
export function isVisible(el: Element): boolean {
  for (let node: Element | null = el; node; node = parentElementOf(node)) {
    if (isNotRendered(node)) return false;
  }
  return true;
}

/**
 * True when the browser lays the element out: no `display: none` on it or an ancestor, from any stylesheet (a desk
 * that hides its reply box with a class until "Reply" is clicked). It asks for style, so it is for one element (the
 * reply editor), never for a thread's nodes; checkVisibility where the browser has it, else each ancestor's style.
 */
export function isLaidOut(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function') return check.call(el);
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  for (let node: Element | null = el; node; node = parentElementOf(node)) if (view.getComputedStyle(node).display === 'none') return false;
  return true;
}

/** A scope template with `{ticketId}` filled in, or null when it needs an id and there is none. */
export function scopeSelector(template: string, ticketId: string | null): string | null {
  if (!template.includes('{ticketId}')) return template;
  return ticketId ? template.split('{ticketId}').join(cssEscape(ticketId)) : null;
}

/**
 * The active ticket's container: the first match, in selector order, that is visible (and, given
 * `accept`, holds a ticket: a tab header carrying the same marker as its pane is passed over).
 * `{ticketId}` in a selector is replaced by the id read from the URL (help desks that keep several
 * tickets open as tabs mark each pane with its ticket id).
 */
export function findScope(
  doc: Document,
  selectors: readonly string[],
  ticketId: string | null,
  accept: (el: Element) => boolean = () => true,
): Element | null {
  for (const template of selectors) {
    const selector = scopeSelector(template, ticketId);
    if (!selector) continue;
    const found = queryAll(doc, selector).find((el) => isVisible(el) && accept(el));
    if (found) return found;
  }
  return null;
}

/** A textarea or input: its text is its value, not its content. (By name: the page's elements are not this realm's.) */
export function isField(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  return el.localName === 'input' || el.localName === 'textarea';
}
