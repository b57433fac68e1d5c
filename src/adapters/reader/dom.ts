// Safe DOM queries: a selector the browser refuses (`:has` in an older engine, a typo in an agent's own selector)
// counts as no match, never as an exception. Also visibility without layout, and the active pane of desks that keep
// several tickets open as tabs.

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

/** A CSS escape: a code point in hex (with one optional space after it), or any other character. */
const CSS_ESCAPE = /\\(?:([0-9a-f]{1,6})[ \t\n\r\f]?|([^\n\r\f]))/gi;

/** An element's inline style as the browser reads it, comments dropped and escapes written out, or null. */
function inlineStyle(el: Element): string | null {
  let style = el.getAttribute('style');
  if (style === null) return null;
  // A customer's HTML mail hid words from the agent behind a comment, and they were read as the customer's own;
  // `display:n\6f ne` hides as well as `display:none`.
  if (style.includes('/*')) style = style.replace(CSS_COMMENT, '');
  if (style.includes('\\')) style = style.replace(CSS_ESCAPE, (_, hex: string | undefined, char: string | undefined) => escaped(hex ? parseInt(hex, 16) : (char ?? '').codePointAt(0) ?? 0));
  return style;
}

/**
 * What an escape stands for in the names and keywords read here. An escaped digit, point, sign or percent makes no
 * number (Chromium reads `opacity:\30` as no opacity at all, where `display:n\6f ne` hides): U+FFFD, as for the code
 * points CSS reads so (0, surrogates, past U+10FFFF).
 */
function escaped(n: number): string {
  const unreadable = n === 0 || (n >= 0xd800 && n <= 0xdfff) || n > 0x10ffff || (n >= 0x30 && n <= 0x39) || n === 0x2e || n === 0x2b || n === 0x25;
  return unreadable ? '\ufffd' : String.fromCodePoint(n);
}

/** True when the element itself is not rendered: the `hidden` attribute or an inline display/visibility rule. */
function isNotRendered(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = inlineStyle(el);
  return style !== null && HIDDEN_STYLE.test(style);
}

// How a customer's HTML mail hides words from the eye with inline style alone (spam, and the preview line a
// newsletter hides at the top of its body): no opacity, or a box of no height that clips what is in it. Only for the
// inside of a message: around it, a desk's own script may fade a pane in from opacity 0.
const NO_OPACITY = /(?:^|;)\s*opacity\s*:\s*(?:0+(?:\.0*)?|\.0+)%?\s*(?:!\s*important\s*)?(?:;|$)/i;
const NO_HEIGHT = /(?:^|;)\s*(?:max-)?height\s*:\s*(?:0+(?:\.0*)?|\.0+)(?:[a-z]+|%)?\s*(?:!\s*important\s*)?(?:;|$)/i;
const CLIPPED = /(?:^|;)\s*overflow(?:-y)?\s*:\s*hidden\b/i;
const FONT_SIZE = /(?:^|;)\s*font-size\s*:\s*([^;!]*)/i;
const ZERO_SIZE = /^(?:0+(?:\.0*)?|\.0+)(?:[a-z]+|%)?$/i;

/** True when an element inside a message is there but cannot be seen: hidden as `isHidden` says, or by an inline
 * opacity of 0, or a height of 0 that clips its content. */
export function isUnseenInMessage(el: Element): boolean {
  if (isHidden(el)) return true;
  const style = inlineStyle(el);
  return style !== null && (NO_OPACITY.test(style) || (NO_HEIGHT.test(style) && CLIPPED.test(style)));
}

/** An inline font size's effect on the text inside: `true` when it is 0 (its text cannot be seen), `false` when it
 * sets another size (a child may show text again inside a row set to 0, as hybrid mail layouts do), `inherited` when
 * it sets none. */
export function fontHidesText(el: Element, inherited: boolean): boolean {
  const style = inlineStyle(el);
  const size = style === null ? undefined : FONT_SIZE.exec(style)?.[1]?.trim();
  return size ? ZERO_SIZE.test(size) : inherited;
}

/** True when the element itself is hidden (not rendered, or `aria-hidden="true"`); no layout needed. */
export function isHidden(el: Element): boolean {
  return isNotRendered(el) || el.getAttribute('aria-hidden') === 'true';
}

/**
 * True when neither the element nor any ancestor is left unrendered. `aria-hidden` does not count
 * here: dialogs set it on the whole app behind them, which is still on screen.
 */
export function isVisible(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
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
  for (let node: Element | null = el; node; node = node.parentElement) if (view.getComputedStyle(node).display === 'none') return false;
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
