// Shared reading logic for every adapter: safe selector lookups, innerText-like text extraction that
// works without layout (jsdom has none), scoping to the active pane, iframes, and the declarative
// `defineSelectorAdapter` most desks are written with.
import type { DeskAdapter, Ticket, TicketMessage } from './types';
import { MAX_MESSAGE_CHARS, MAX_TICKET_CHARS, QUOTE_SELECTORS, capText, cleanLine, cleanMessage } from './clean';

// ---------------------------------------------------------------------------------------------
// Selectors

/** querySelector that treats an invalid selector (e.g. `:has` in an older engine) as no match. */
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

/** The first element matched by the first selector (in order) that matches anything. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = queryOne(root, selector);
    if (found) return found;
  }
  return null;
}

/**
 * All elements of the first selector (in order) that matches anything, looking into same-origin
 * iframes when the page itself has none. One selector per desk version: versions are not mixed.
 */
export function queryAllFirst(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = queryAll(root, selector);
    if (found.length) return found;
  }
  for (const frameDoc of frameDocuments(root)) {
    const found = queryAllFirst(frameDoc, selectors);
    if (found.length) return found;
  }
  return [];
}

/** The first selector (in order) whose first match has text; an input gives its value. */
export function firstText(root: ParentNode, selectors: readonly string[]): string {
  for (const selector of selectors) {
    for (const el of queryAll(root, selector)) {
      const text = cleanLine(isField(el) ? el.value : elementText(el, { maxChars: 2_000 }));
      if (text) return text;
    }
  }
  return '';
}

/** CSS.escape where it exists (browsers), else a conservative fallback for attribute values. */
export function cssEscape(value: string): string {
  const css = (globalThis as { CSS?: { escape?: (v: string) => string } }).CSS;
  if (css?.escape) return css.escape(value);
  return value.replace(/[^a-zA-Z0-9_-]/g, (ch) => `\\${ch}`);
}

function isField(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  return el.localName === 'input' || el.localName === 'textarea';
}

// ---------------------------------------------------------------------------------------------
// Visibility

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** True when the element itself is not rendered: the `hidden` attribute or an inline display/visibility rule. */
function isNotRendered(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
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
    if (template.includes('{ticketId}') && !ticketId) continue;
    const selector = ticketId ? template.split('{ticketId}').join(cssEscape(ticketId)) : template;
    const found = queryAll(doc, selector).find((el) => isVisible(el) && accept(el));
    if (found) return found;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Iframes

/** The document of a same-origin iframe, or null (cross-origin frames throw or give null). */
export function frameDocument(el: Element): Document | null {
  if (el.localName !== 'iframe' && el.localName !== 'frame') return null;
  try {
    return (el as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

function frameDocuments(root: ParentNode): Document[] {
  const docs: Document[] = [];
  for (const frame of queryAll(root, 'iframe')) {
    const doc = frameDocument(frame);
    if (doc) docs.push(doc);
  }
  return docs;
}

/**
 * The reply editor: the first selector that matches, in the page or in a same-origin iframe. A
 * matched iframe (CKEditor, TinyMCE, Redactor in iframe mode) stands for its body, the editable part.
 */
export function findEditor(doc: Document, selectors: readonly string[]): HTMLElement | null {
  const firstVisible = (root: ParentNode): Element | null => {
    for (const selector of selectors) {
      const found = queryAll(root, selector).find(isVisible);
      if (found) return found;
    }
    return null;
  };
  const el = firstVisible(doc) ?? frameDocuments(doc).map(firstVisible).find(Boolean) ?? null;
  if (!el) return null;
  const inner = frameDocument(el);
  if (inner) return inner.body;
  return el as HTMLElement;
}

// ---------------------------------------------------------------------------------------------
// Text

/** Options for `elementText`. */
export interface TextOptions {
  /** Elements matching this selector are left out, with everything inside. */
  skip?: string;
  /** Reading stops at the first element matching this selector (e.g. a signature marker). */
  cutAt?: string;
  /** Stop once this many characters have been read. */
  maxChars?: number;
}

const SKIPPED_TAGS = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'svg', 'math', 'canvas',
  'video', 'audio', 'object', 'embed', 'img', 'picture', 'button', 'select', 'input', 'textarea', 'datalist',
]);
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'pre', 'section', 'summary',
  'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'iframe',
]);
const PRE_TAGS = new Set(['pre', 'textarea', 'listing', 'plaintext', 'xmp']);
const WHITE_SPACE = /(?:^|;)\s*white-space\s*:\s*([a-z-]+)/i;
const MAX_FRAME_DEPTH = 2;

/**
 * innerText without layout: block elements and <p> start new lines (<p> a blank line), <br> is a
 * line break, table cells are spaced, whitespace collapses except in <pre> or `white-space: pre*`.
 * Skips scripts, styles, templates, form controls, and anything hidden by `hidden`,
 * `aria-hidden="true"` or an inline `display:none` / `visibility:hidden`. Reads same-origin iframes.
 * Iterative, so a deeply nested page cannot overflow the stack; stops at `maxChars`.
 */
export function elementText(root: Node, options: TextOptions = {}): string {
  const out = new TextSink(options.maxChars ?? Number.POSITIVE_INFINITY);
  walk(root, options, out, 0);
  return out.toString();
}

type Frame = { node: Node; pre: boolean; exit: false } | { exit: true; breaks: number };

function walk(root: Node, options: TextOptions, out: TextSink, frameDepth: number): void {
  const stack: Frame[] = [{ node: root, pre: startsPre(root), exit: false }];
  while (stack.length && !out.full) {
    const frame = stack.pop()!;
    if (frame.exit) {
      out.lineBreak(frame.breaks);
      continue;
    }
    const { node, pre } = frame;
    if (node.nodeType === 3 /* text */) {
      out.text(node.nodeValue ?? '', pre);
      continue;
    }
    if (node.nodeType !== 1 /* element */ && node.nodeType !== 9 /* document */ && node.nodeType !== 11 /* fragment */) continue;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (node !== root) {
        if (SKIPPED_TAGS.has(tag) || isHidden(el)) continue;
        if (options.skip && matches(el, options.skip)) continue;
      }
      if (options.cutAt && matches(el, options.cutAt)) {
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
      const framed = frameDocument(el);
      if (framed) {
        if (frameDepth < MAX_FRAME_DEPTH && framed.body) walk(framed.body, options, out, frameDepth + 1);
        out.lineBreak(1);
        continue;
      }
      const childPre = whiteSpaceOf(el, pre);
      stack.push({ exit: true, breaks });
      const children = el.childNodes;
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i];
        if (child) stack.push({ node: child, pre: childPre, exit: false });
      }
      continue;
    }
    // Document or fragment: read its children.
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push({ node: child, pre, exit: false });
    }
  }
}

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

function whiteSpaceOf(el: Element, inherited: boolean): boolean {
  if (PRE_TAGS.has(el.localName)) return true;
  const style = el.getAttribute('style');
  if (style) {
    const value = WHITE_SPACE.exec(style)?.[1]?.toLowerCase();
    if (value) return value.startsWith('pre') || value === 'break-spaces';
  }
  return inherited;
}

function startsPre(root: Node): boolean {
  for (let el = root.nodeType === 1 ? (root as Element).parentElement : root.parentElement; el; el = el.parentElement) {
    const style = el.getAttribute('style');
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
  full = false;

  constructor(private readonly max: number) {}

  text(raw: string, pre: boolean): void {
    if (this.full) return;
    let text = pre ? raw.replace(/\r\n?/g, '\n') : raw.replace(/[ \t\n\r\f]+/g, ' ');
    if (!pre && (this.pendingBreaks > 0 || this.atLineStart || this.endsWithSpace)) text = text.replace(/^ /, '');
    if (!text) return;
    this.flushBreaks();
    this.push(text);
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

// ---------------------------------------------------------------------------------------------
// Messages and tickets

/** How a desk lays out its thread. */
export interface MessageSpec {
  /** One element per thread entry (message, reply, note), newest DOM first. */
  item: readonly string[];
  /** The message text inside an item, newest DOM first; the item itself when none matches. */
  body: readonly string[];
  /** Read every match of the body selector and join them (one body per MIME part), not just the first. */
  allBodies?: boolean;
  /** True for the customer's messages; agent replies, notes and system events return false. */
  isCustomer?: (item: Element, doc: Document) => boolean;
  /** The author's name inside an item. */
  author?: readonly string[];
  /** Parts of a body to leave out (folded quotes, "show more" links), beyond the shared quote selectors. */
  strip?: readonly string[];
  /** Reading stops at the first match (a signature marker the desk inserts). */
  cutAt?: readonly string[];
  /**
   * An element in the item whose `datetime` (or `data-time`) gives when it was sent. When every message
   * has one, messages are put in time order whatever the DOM order (desks that let agents flip it).
   */
  time?: readonly string[];
}

/** Read the customer messages under `root`, cleaned, oldest first. */
export function readMessages(
  root: ParentNode,
  spec: MessageSpec,
  doc: Document,
  order: 'oldest-first' | 'newest-first' = 'oldest-first',
): TicketMessage[] {
  const skip = [...QUOTE_SELECTORS, ...(spec.strip ?? [])].join(', ');
  const cutAt = spec.cutAt?.length ? spec.cutAt.join(', ') : undefined;
  // Nested matches (a quoted entry rendered inside another) are read once, as part of their parent.
  const items: Element[] = [];
  const seen = new Set<Element>();
  for (const item of queryAllFirst(root, spec.item)) {
    if (hasSeenAncestor(item, seen)) continue;
    seen.add(item);
    items.push(item);
  }
  // Newest first, and only until the ticket is full: a huge thread costs no more to read than a full ticket.
  if (order === 'oldest-first') items.reverse();
  const read: { message: TicketMessage; time: number }[] = [];
  let budget = MAX_TICKET_CHARS;
  for (const item of items) {
    if (budget <= 0) break;
    if (spec.isCustomer && !spec.isCustomer(item, doc)) continue;
    const bodies = spec.allBodies ? queryAllFirst(item, spec.body) : [queryFirst(item, spec.body)];
    const parts = (bodies.length && bodies[0] ? bodies : [item])
      .filter((body): body is Element => body !== null)
      .map((body) => cleanMessage(elementText(body, { skip, cutAt, maxChars: MAX_MESSAGE_CHARS * 4 })))
      .filter(Boolean);
    const text = capText(parts.join('\n\n'), MAX_MESSAGE_CHARS);
    if (!text) continue;
    budget -= text.length;
    const author = spec.author ? firstText(item, spec.author) : '';
    read.push({ message: author ? { text, author } : { text }, time: spec.time ? timeOf(item, spec.time) : Number.NaN });
  }
  // Read newest first either way (an oldest-first thread was walked backwards): turn it oldest first.
  read.reverse();
  if (spec.time && read.length > 1 && read.every((r) => !Number.isNaN(r.time))) read.sort((a, b) => a.time - b.time);
  return read.map((r) => r.message);
}

function timeOf(item: Element, selectors: readonly string[]): number {
  const el = queryFirst(item, selectors);
  const value = el?.getAttribute('datetime') ?? el?.getAttribute('data-time') ?? null;
  return value ? Date.parse(value) : Number.NaN;
}

function hasSeenAncestor(el: Element, seen: Set<Element>): boolean {
  for (let node = el.parentElement; node; node = node.parentElement) if (seen.has(node)) return true;
  return false;
}

/** Assemble a ticket, keeping the newest messages when the whole would exceed MAX_TICKET_CHARS. */
export function buildTicket(desk: string, id: string | null, subject: string, messages: TicketMessage[], generic = false): Ticket {
  const kept: TicketMessage[] = [];
  let budget = MAX_TICKET_CHARS - subject.length;
  for (let i = messages.length - 1; i >= 0 && budget > 0; i--) {
    const message = messages[i];
    if (!message) continue;
    const text = capText(message.text, budget);
    budget -= text.length;
    kept.unshift(text === message.text ? message : { ...message, text });
  }
  const ticket: Ticket = { desk, id, subject, messages: kept };
  if (generic) ticket.generic = true;
  return ticket;
}

/** Wrap a reader so it never throws. */
export function safeRead(read: (doc: Document, url: URL) => Ticket | null): (doc: Document, url: URL) => Ticket | null {
  return (doc, url) => {
    try {
      return read(doc, url);
    } catch {
      return null;
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Declarative adapters

/** Everything a typical desk needs, as data. */
export interface SelectorAdapterSpec {
  id: string;
  label: string;
  matches?: string[];
  detect?: (doc: Document) => boolean;
  /** The active ticket's container, newest DOM first; `{ticketId}` is the id from the URL. No match → no ticket. */
  scope?: readonly string[];
  /** The subject, newest DOM first (an input gives its value). */
  subject: readonly string[];
  /** Tidies the subject text (e.g. drops a "#123: " prefix). */
  subjectFrom?: (text: string) => string;
  /** The ticket's id or number: from the URL, else from the page. */
  ticketId: (url: URL, doc: Document, scope: ParentNode) => string | null;
  message: MessageSpec;
  /** DOM order of the thread; newest-first threads are reversed to oldest first. */
  order: 'oldest-first' | 'newest-first';
  editor: string[];
  pending?: string[];
}

/** Build an adapter from selectors. The result never throws. */
export function defineSelectorAdapter(spec: SelectorAdapterSpec): DeskAdapter {
  const read = (doc: Document, url: URL): Ticket | null => {
    const urlId = spec.ticketId(url, doc, doc);
    let scope: ParentNode = doc;
    if (spec.scope) {
      const holdsTicket = (el: Element) => hasAny(el, spec.subject) || hasAny(el, spec.message.item);
      const found = findScope(doc, spec.scope, urlId, holdsTicket);
      if (!found) return null;
      scope = found;
    }
    const id = spec.scope ? spec.ticketId(url, doc, scope) : urlId;
    const rawSubject = firstText(scope, spec.subject) || (spec.scope ? firstText(doc, spec.subject) : '');
    const subject = cleanLine(spec.subjectFrom ? spec.subjectFrom(rawSubject) : rawSubject);
    const messages = readMessages(scope, spec.message, doc, spec.order);
    if (!subject && !messages.length) return null;
    return buildTicket(spec.id, id, subject, messages);
  };
  const adapter: DeskAdapter = { id: spec.id, label: spec.label, editor: spec.editor, read: safeRead(read) };
  if (spec.matches) adapter.matches = spec.matches;
  if (spec.detect) {
    const detect = spec.detect;
    adapter.detect = (doc) => {
      try {
        return detect(doc);
      } catch {
        return false;
      }
    };
  }
  if (spec.pending) adapter.pending = spec.pending;
  return adapter;
}

// ---------------------------------------------------------------------------------------------
// Small helpers adapters share

/** The first capture of `pattern` in the URL's path + query + hash, or null. */
export function idFromUrl(url: URL, pattern: RegExp): string | null {
  const match = pattern.exec(`${url.pathname}${url.search}${url.hash}`);
  return match?.[1] ?? null;
}

/** The first run of digits (optionally letters-dash-digits, e.g. "SUP-12") in a text, or null. */
export function idFromText(text: string): string | null {
  const match = /\b([A-Z][A-Z0-9]+-\d+)\b/.exec(text) ?? /#?\s*(\d+)/.exec(text);
  return match?.[1] ?? null;
}

/** True when any selector matches. */
export function hasAny(root: ParentNode, selectors: readonly string[]): boolean {
  return selectors.some((selector) => queryOne(root, selector) !== null);
}

/** True while the adapter's thread is still loading (any `pending` selector matches): wait, then read. */
export function isPending(doc: Document, adapter: Pick<DeskAdapter, 'pending'>): boolean {
  return adapter.pending?.some((selector) => queryOne(doc, selector) !== null) ?? false;
}
