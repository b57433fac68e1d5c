// innerText without layout (jsdom has none, and layout on a desk page costs the agent's time): what a message says,
// line breaks where a browser would draw them. Bounded: a text node is read in slices, and reading stops once
// `maxChars` are kept or four times that many characters were looked at, so a 20 MB message costs what a short
// one does (issue 12: whitespace was collapsed across the whole node before the cap).
import { attributeOf, childNodesOf, nodeTypeOf, parentElementOf } from './node-links';
import { capText, cleanLine } from '../clean';
import { isHidden, matchesSafe, queryAll } from './dom';
import { frameDocument } from './frames';

/** What elementText kept when no maxChars is given: four full messages' worth, enough for any reader here. */
export const DEFAULT_TEXT_CHARS = 80_000;
/** A long text node is collapsed and kept this many characters at a time. */
export const TEXT_SLICE_CHARS = 16_384;
/** Raw characters looked at per character kept, at most: whitespace collapses, but not without end. */
const SCAN_PER_KEPT = 4;
const MAX_FRAME_DEPTH = 2;

/** The work one or more elementText calls did, counted (tests and the bench check it is bounded, not timed). */
export interface TextWork {
  /** Raw characters of text nodes looked at. */
  scanned: number;
  /** Slices of text collapsed and kept. */
  slices: number;
}

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

function whiteSpaceOf(el: Element, inherited: boolean): boolean {
  if (PRE_TAGS.has(el.localName)) return true;
  const style = attributeOf(el, 'style');
  if (style) {
    const value = WHITE_SPACE.exec(style)?.[1]?.toLowerCase();
    if (value) return value.startsWith('pre') || value === 'break-spaces';
  }
  return inherited;
}

function startsPre(root: Node): boolean {
  for (let el = parentElementOf(root); el; el = parentElementOf(el)) {
    const style = attributeOf(el, 'style');
    if (PRE_TAGS.has(el.localName)) return true;
    const value = style ? WHITE_SPACE.exec(style)?.[1]?.toLowerCase() : undefined;
    if (value) return value.startsWith('pre') || value === 'break-spaces';
  }
  return false;
}

/** Accumulates text the way a browser lays out lines, closely enough for reading messages. */
class TextSink {
  private parts: string[] = [];
  private length = 0;
  private pendingBreaks = 0;
  private atLineStart = true;
  private endsWithSpace = false;
  private readonly scanLimit: number;
  private scanned = 0;
  full = false;

  constructor(
    private readonly max: number,
    private readonly work: TextWork,
  ) {
    this.scanLimit = max * SCAN_PER_KEPT + TEXT_SLICE_CHARS;
  }

  /** A text node's value, a slice at a time, until the sink is full or has looked at enough. */
  text(raw: string, pre: boolean): void {
    let at = 0;
    while (at < raw.length && !this.full) {
      if (this.scanned >= this.scanLimit) {
        this.full = true;
        return;
      }
      let end = Math.min(raw.length, at + Math.min(TEXT_SLICE_CHARS, this.scanLimit - this.scanned));
      if (end < raw.length && raw.charCodeAt(end - 1) === 13 /* \r */) end++; // keep a \r\n pair in one slice
      const slice = at === 0 && end === raw.length ? raw : raw.slice(at, end);
      this.scanned += slice.length;
      this.work.scanned += slice.length;
      this.work.slices++;
      this.keep(slice, pre);
      at = end;
    }
  }

  /** A required line break (block boundary): collapses with neighbouring ones, never leads. */
  lineBreak(count: number): void {
    if (count > this.pendingBreaks) this.pendingBreaks = count;
  }

  /** A literal line break (<br>). */
  newline(): void {
    if (this.full) return;
    this.flushBreaks();
    this.trimTrailingSpace();
    this.push('\n');
  }

  stop(): void {
    this.full = true;
  }

  toString(): string {
    this.trimTrailingSpace();
    return this.parts.join('');
  }

  private keep(raw: string, pre: boolean): void {
    let text = pre ? raw.replace(/\r\n?/g, '\n') : raw.replace(/[ \t\n\r\f]+/g, ' ');
    if (!pre && (this.pendingBreaks > 0 || this.atLineStart || this.endsWithSpace)) text = text.replace(/^ /, '');
    if (!text) return;
    this.flushBreaks();
    this.push(text);
  }

  private flushBreaks(): void {
    if (this.pendingBreaks > 0 && this.length > 0) {
      this.trimTrailingSpace();
      this.push('\n'.repeat(this.pendingBreaks));
    }
    this.pendingBreaks = 0;
  }

  private trimTrailingSpace(): void {
    const last = this.parts[this.parts.length - 1];
    if (last !== undefined && / +$/.test(last)) {
      const trimmed = last.replace(/ +$/, '');
      this.length -= last.length - trimmed.length;
      this.parts[this.parts.length - 1] = trimmed;
    }
  }

  private push(text: string): void {
    let piece = text;
    if (this.length + piece.length >= this.max) {
      piece = capText(piece, Math.max(0, this.max - this.length));
      this.full = true;
    }
    if (!piece) return;
    this.parts.push(piece);
    this.length += piece.length;
    const last = piece[piece.length - 1];
    this.atLineStart = last === '\n';
    this.endsWithSpace = last === ' ';
  }
}

/** The first selector (in order) whose first match has text; an input gives its value. */
export function firstText(root: ParentNode, selectors: readonly string[]): string {
  for (const selector of selectors) {
    for (const el of queryAll(root, selector)) {
      const text = cleanLine(isField(el) ? capText(el.value, 4_000) : elementText(el, { maxChars: 2_000 }));
      if (text) return text;
    }
  }
  return '';
}

/** A textarea or input: its text is its value, not its content. (By name: the page's elements are not this realm's.) */
export function isField(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  return el.localName === 'input' || el.localName === 'textarea';
}
