// innerText without layout (jsdom has none, and layout on a desk page costs the agent's time): what a message says,
// line breaks where a browser would draw them. Bounded: a text node is read in slices, and reading stops once
// `maxChars` are kept or four times that many characters were looked at, so a 20 MB message costs what a short
// one does (issue 12: whitespace was collapsed across the whole node before the cap). The lines are laid out by
// text-sink.ts.
import { attributeOf, childNodesOf, nodeTypeOf, parentElementOf } from './node-links';
import { isHidden, matchesSafe } from './dom';
import { frameDocument } from './frames';
import { TextSink, type TextWork } from './text-sink';

/** What elementText kept when no maxChars is given: four full messages' worth, enough for any reader here. */
export const DEFAULT_TEXT_CHARS = 80_000;
const MAX_FRAME_DEPTH = 2;

/** Options for `elementText`. */
export interface TextOptions {
  /** Elements matching this selector are left out, with everything inside. */
  skip?: string;
  /**
   * Every element after a sibling matching this is left out too: what `marker ~ *` in `skip` would do, but noted once
   * per list of children as the walk passes the marker (matching `~` for every element walks all its earlier siblings).
   */
  skipAfter?: string;
  /** Reading stops at the first element matching this selector (e.g. a signature marker). */
  cutAt?: string;
  /** Stop once this many characters have been kept (default DEFAULT_TEXT_CHARS). */
  maxChars?: number;
  /** Adds what this call read to the counts given. */
  work?: TextWork;
  /** Text read before an element's own, as if it began with it (a list item's number), without touching the page. */
  before?: (el: Element) => string | null;
}

const SKIPPED_TAGS = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'svg', 'math', 'canvas',
  'video', 'audio', 'object', 'embed', 'img', 'picture', 'button', 'select', 'input', 'textarea', 'datalist',
  // Never shown where the browser can show what they stand in for: ruby's fallback brackets, old plugin fallbacks.
  'rp', 'noembed', 'noframes',
]);
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'pre', 'section', 'summary',
  'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'iframe',
]);
const PRE_TAGS = new Set(['pre', 'textarea', 'listing', 'plaintext', 'xmp']);
const WHITE_SPACE = /(?:^|;)\s*white-space\s*:\s*([a-z-]+)/i;

/**
 * innerText without layout: block elements and <p> start new lines (<p> a blank line), <br> is a
 * line break, table cells are spaced, whitespace collapses except in <pre> or `white-space: pre*`.
 * Skips scripts, styles, templates, form controls, and anything hidden by `hidden`,
 * `aria-hidden="true"` or an inline `display:none` / `visibility:hidden`. Reads same-origin iframes.
 * Iterative, so a deeply nested page cannot overflow the stack; stops at `maxChars`.
 */
export function elementText(root: Node, options: TextOptions = {}): string {
  const out = new TextSink(options.maxChars ?? DEFAULT_TEXT_CHARS, options.work ?? { scanned: 0, slices: 0 });
  walk(root, options, out, 0);
  return out.toString();
}

/** What the children of one element share: whether a sibling already read matched `skipAfter`. */
interface Siblings {
  afterMarker: boolean;
}

type Frame = { node: Node; pre: boolean; siblings: Siblings | null; exit: false } | { exit: true; breaks: number };

function walk(root: Node, options: TextOptions, out: TextSink, frameDepth: number): void {
  const stack: Frame[] = [{ node: root, pre: startsPre(root), siblings: null, exit: false }];
  while (stack.length && !out.full) {
    const frame = stack.pop()!;
    if (frame.exit) {
      out.lineBreak(frame.breaks);
      continue;
    }
    const { node, pre, siblings } = frame;
    // Its type and children through the DOM's own getters: a page's <form> answers them with its fields of those names.
    const type = nodeTypeOf(node);
    if (type === 3 /* text */) {
      out.text(node.nodeValue ?? '', pre);
      continue;
    }
    if (type !== 1 /* element */ && type !== 9 /* document */ && type !== 11 /* fragment */) continue;
    if (type === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (node !== root) {
        // Siblings come off the stack in page order, so every one before this element has been looked at.
        const afterMarker = siblings?.afterMarker === true;
        if (siblings && !afterMarker && options.skipAfter && matchesSafe(el, options.skipAfter)) siblings.afterMarker = true;
        if (afterMarker || SKIPPED_TAGS.has(tag) || isHidden(el)) continue;
        if (options.skip && matchesSafe(el, options.skip)) continue;
      }
      if (options.cutAt && matchesSafe(el, options.cutAt)) {
        out.stop();
        break;
      }
      if (tag === 'br') {
        out.newline();
        continue;
      }
      const breaks = tag === 'p' ? 2 : BLOCK_TAGS.has(tag) ? 1 : 0;
      if (breaks) out.lineBreak(breaks);
      if (tag === 'td' || tag === 'th') out.text(' ', false);
      const lead = options.before?.(el);
      if (lead) out.text(lead, pre);
      const framed = frameDocument(el);
      if (framed) {
        if (frameDepth < MAX_FRAME_DEPTH && framed.body) walk(framed.body, options, out, frameDepth + 1);
        out.lineBreak(1);
        continue;
      }
      stack.push({ exit: true, breaks });
      pushChildren(stack, el, whiteSpaceOf(el, pre));
      continue;
    }
    // Document or fragment: read its children.
    pushChildren(stack, node, pre);
  }
}

/** Puts a node's children on the stack, the first on top, sharing one record of their siblings. */
function pushChildren(stack: Frame[], parent: Node, pre: boolean): void {
  const children = childNodesOf(parent);
  const siblings: Siblings = { afterMarker: false };
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i];
    if (child) stack.push({ node: child, pre, siblings, exit: false });
  }
}

/** Whether an element's own tag or inline style says how its white space reads; undefined where it says nothing. */
function ownWhiteSpace(el: Element): boolean | undefined {
  if (PRE_TAGS.has(el.localName)) return true;
  const style = attributeOf(el, 'style');
  const value = style ? WHITE_SPACE.exec(style)?.[1]?.toLowerCase() : undefined;
  return value ? value.startsWith('pre') || value === 'break-spaces' : undefined;
}

function whiteSpaceOf(el: Element, inherited: boolean): boolean {
  return ownWhiteSpace(el) ?? inherited;
}

/** Whether the root's white space is kept, as its nearest ancestor that says so has it. */
function startsPre(root: Node): boolean {
  for (let el = parentElementOf(root); el; el = parentElementOf(el)) {
    const own = ownWhiteSpace(el);
    if (own !== undefined) return own;
  }
  return false;
}
