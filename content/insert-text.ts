// Puts a phrase into the desk's reply editor the way typing would, so the desk's own editor code sees the change and undo works.
// A phrase added after what is already written starts after a blank line; its first placeholder ("[date]") is left
// selected, so the agent's typing replaces it.
import { firstChildOf, firstElementChildOf, parentElementOf, parentNodeOf } from '../src/adapters/reader/node-links';
import { QUOTE_MARKER_SELECTOR } from '../src/adapters/clean/quote-elements';
import { isHidden } from '../src/adapters/read';
import { draftSource, NOT_DRAFT } from '../src/coach/draft-source';
import { BLANK } from '../src/lessons/blanks';

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url', 'tel']);

type TextField = HTMLTextAreaElement | HTMLInputElement;

/** A placeholder for the agent to fill: "[date]", "[order number]" (src/lessons/blanks.ts). */
const PLACEHOLDER = BLANK;

/**
 * What goes before a phrase so it starts after a blank line: where it is added after text already written, at the end
 * of a line, or at the start of a line with text after it; in the middle of a line, one space where the caret touches a
 * word ("Hi Anna,|" gets "Hi Anna, I'm sorry…"). None where the phrase brings its own (starts with a space or a break).
 */
export function separatorFor(before: string, after: string, lineBefore = lastLine(before), lineAfter = firstLine(after), phrase = ''): string {
  if (!before.trim() || /^\s/.test(phrase)) return '';
  if (lineBefore.trim() && lineAfter.trim()) return /\s$/.test(before) ? '' : ' ';
  let breaks = trailingBreaks(before);
  // At the start of an empty block of a rich editor (after Enter): that block is already one line break.
  if (breaks === 0 && !lineBefore.trim()) breaks = 1;
  return '\n'.repeat(Math.max(0, 2 - breaks));
}

/**
 * What goes after a phrase so the text after the caret does not run on from it: put in at the start of a line with
 * text after it, the phrase is a paragraph of its own, a blank line above that text ("…step by step.\n\nBest, Priya",
 * not "…step by step.Best, Priya"); in the middle of a line, one space before the next word. None where the caret ends
 * its line, or the phrase brings its own.
 */
export function separatorAfter(lineBefore: string, after: string, lineAfter = firstLine(after), phrase = ''): string {
  if (!lineAfter.trim() || /\s$/.test(phrase)) return '';
  if (lineBefore.trim()) return /^\s/.test(after) ? '' : ' ';
  return '\n\n';
}

/**
 * The line breaks that end `text`, spaces and tabs after them aside. Counted back from the end: the patterns that did
 * it (/[ \t]+$/, /\n*$/) were tried from every character of a long run, and 60,000 spaces before the caret held Insert
 * 2.5 s (a trust review, 2026-12-04).
 */
function trailingBreaks(text: string): number {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let breaks = 0;
  while (end > 0 && text[end - 1] === '\n') {
    breaks++;
    end--;
  }
  return breaks;
}

const lastLine = (text: string) => text.slice(text.lastIndexOf('\n') + 1);
const firstLine = (text: string) => {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
};

/** How the draft reader reads an editor's text (draftSource): the reply checks' draftText, loaded where Insert needs it. */
export type DraftReader = (source: string) => string;

/** The editor's text as it stands: where the reply checks could not load (history and signatures the desk keeps as
 * elements are still passed). */
export const TEXT_AS_IT_STANDS: DraftReader = (source) => source;

/**
 * Whether inserting into `target` may need the draft reader: a rich editor that holds quoted history or a signature,
 * where the phrase goes after the draft when no caret is in it. Never throws.
 */
export function needsDraftReader(target: Element): boolean {
  try {
    if (isTextField(target)) return false;
    return editingHostOf(target)?.querySelector(HISTORY_OR_SIGNATURE) != null;
  } catch {
    return false;
  }
}

/**
 * Inserts `text` at the caret (or the end) of a textarea, text input or contenteditable editor; in a rich editor with
 * no caret, after the draft as `readDraft` reads it. False when `target` is not editable. Never throws.
 */
export function insertText(target: Element, text: string, readDraft: DraftReader): boolean {
  try {
    if (isTextField(target)) return insertIntoField(target, text);
    const editingHost = editingHostOf(target);
    return editingHost ? insertIntoEditable(editingHost, text, readDraft) : false;
  } catch {
    return false;
  }
}

// By tag name, not instanceof: an editor inside a same-origin iframe belongs to another window's classes.
function isTextField(el: Element): el is TextField {
  if (el.localName === 'textarea') return !(el as HTMLTextAreaElement).disabled && !(el as HTMLTextAreaElement).readOnly;
  if (el.localName !== 'input') return false;
  const input = el as HTMLInputElement;
  return TEXT_INPUT_TYPES.has((input.getAttribute('type') ?? '').toLowerCase()) && !input.disabled && !input.readOnly;
}

/** The element whose contents are editable, `el` or an ancestor (jsdom has no isContentEditable, so read the attribute too). */
function editingHostOf(el: Element): HTMLElement | null {
  const doc = el.ownerDocument;
  const html = el as HTMLElement;
  if (doc.designMode === 'on') return doc.body;
  if (typeof html.isContentEditable === 'boolean' && !html.isContentEditable) return null;
  let host: HTMLElement | null = null;
  for (let node: Element | null = el; node; node = parentElementOf(node)) {
    const value = node.getAttribute('contenteditable');
    if (value === null) continue;
    if (value.toLowerCase() === 'false') break;
    host = node as HTMLElement;
  }
  return host;
}

function fireInput(el: Element, type: 'beforeinput' | 'input', text: string): boolean {
  const win = el.ownerDocument.defaultView;
  const init = { bubbles: true, cancelable: type === 'beforeinput', composed: true, inputType: 'insertText', data: text };
  const event = win && typeof win.InputEvent === 'function' ? new win.InputEvent(type, init) : new Event(type, init);
  return el.dispatchEvent(event);
}

function execInsert(doc: Document, text: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function insertIntoField(field: TextField, phrase: string): boolean {
  const doc = field.ownerDocument;
  if (doc.activeElement !== field) field.focus({ preventScroll: true });
  const before = field.value;
  const length = before.length;
  let start = field.selectionStart ?? length;
  let end = field.selectionEnd ?? length;
  if (start > length || end > length || end < start) start = end = length;
  // A placeholder the last insert left selected is the agent's to fill: a new phrase goes after the text, not over it.
  if (end > start && isPlaceholder(before.slice(start, end))) {
    start = end = length;
    setSelection(field, start, end);
  }
  const head = before.slice(0, start);
  const tail = before.slice(end);
  const lead = start === end ? separatorFor(head, tail, undefined, undefined, phrase) : '';
  const text = lead + phrase + (start === end ? separatorAfter(lastLine(head), tail, undefined, phrase) : '');
  // The caret goes after the phrase, not after what keeps it off the next word.
  const caretAt = start + lead.length + phrase.length;
  // A field whose length limit would cut the phrase takes none of it: the panel copies it instead (a review: a
  // maxlength of 40 took the first words, and the panel said "Inserted").
  const limit = field.maxLength;
  if (limit >= 0 && head.length + text.length + tail.length > limit) return false;
  // execCommand keeps the browser's undo stack and fires the events a keystroke would.
  if (execInsert(doc, text) && field.value !== before) {
    if (field.value === head + text + tail) return setSelection(field, caretAt, caretAt), selectFirstPlaceholder(field, start, text), true;
    // The page took only part of it (it trims what is typed): the rest is not left in the reply.
    restoreField(field, before, start, end);
    return false;
  }

  const next = before.slice(0, start) + text + before.slice(end);
  // React-controlled fields: the prototype's setter bypasses React's own value tracker, so React sees the change on 'input'.
  const setter = nativeValueSetter(field);
  if (setter) setter.call(field, next);
  else field.setRangeText(text, start, end, 'end');
  setSelection(field, caretAt, caretAt);
  fireInput(field, 'input', text);
  field.dispatchEvent(new (doc.defaultView?.Event ?? Event)('change', { bubbles: true }));
  if (field.value !== next) return false;
  selectFirstPlaceholder(field, start, text);
  return true;
}

/** The field's value and selection as they were, with an input event for a page that keeps its own copy of it. */
function restoreField(field: TextField, value: string, start: number, end: number): void {
  const setter = nativeValueSetter(field);
  if (setter) setter.call(field, value);
  else field.value = value;
  setSelection(field, start, end);
  fireInput(field, 'input', '');
}

function setSelection(field: TextField, start: number, end: number): void {
  try {
    field.setSelectionRange(start, end);
  } catch {
    // some input types (email) have no selection API
  }
}

/** Selects the inserted text's first placeholder, if it has one (the caret stays after the text otherwise). */
function selectFirstPlaceholder(field: TextField, start: number, text: string): void {
  const match = PLACEHOLDER.exec(text);
  if (match) setSelection(field, start + match.index, start + match.index + match[0].length);
}

const WHOLE_PLACEHOLDER = new RegExp(`^${PLACEHOLDER.source}$`);
const isPlaceholder = (text: string) => WHOLE_PLACEHOLDER.test(text);

function nativeValueSetter(field: TextField): ((this: TextField, value: string) => void) | undefined {
  for (let proto: object | null = Object.getPrototypeOf(field); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
    if (descriptor?.set) return descriptor.set;
  }
  return undefined;
}

function insertIntoEditable(host: HTMLElement, phrase: string, readDraft: DraftReader): boolean {
  const doc = host.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return false;
  // The agent's caret, if it is in the editor; else the end. Read before focus(), which moves the caret to the start.
  let caret: Range;
  if (selection.rangeCount > 0 && host.contains(selection.getRangeAt(0).commonAncestorContainer)) {
    caret = caretOnALine(selection.getRangeAt(0).cloneRange(), host);
  } else {
    caret = endOfDraft(host, readDraft);
  }
  // A placeholder the last insert left selected is the agent's to fill: a new phrase goes after the text, not over it.
  if (!caret.collapsed && isPlaceholder(caret.toString())) caret = endOfDraft(host, readDraft);
  const before = textBetween(host, true, caret);
  let text = phrase;
  if (caret.collapsed) {
    const after = textBetween(host, false, caret);
    const block = blockOf(caret.startContainer, host);
    const lineBefore = lastLine(lineText(block, true, caret));
    const lineAfter = firstLine(lineText(block, false, caret));
    text = separatorFor(before, after, lineBefore, lineAfter, phrase) + phrase + separatorAfter(lineBefore, after, lineAfter, phrase);
  }
  if (doc.activeElement !== host) host.focus({ preventScroll: true });
  selection.removeAllRanges();
  selection.addRange(caret);
  if (execInsert(doc, text)) return selectPlaceholderIn(host, before.length, text), true;

  // Editors that own their model (ProseMirror, Lexical, Slate) handle beforeinput themselves and cancel it.
  if (!fireInput(host, 'beforeinput', text)) return true;
  const range = selection.getRangeAt(0);
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i > 0) fragment.append(doc.createElement('br'));
    if (line) fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  fireInput(host, 'input', text);
  selectPlaceholderIn(host, before.length, text);
  return true;
}

/** What the draft reader leaves out: quotes and signatures, and everything from Outlook's marker on. */
const HISTORY_OR_SIGNATURE = `${NOT_DRAFT}, ${QUOTE_MARKER_SELECTOR}`;

/**
 * Where the agent's draft ends: the end of the editor, or, where the desk keeps quoted history or a signature in it
 * (Gmail, Outlook, Request Tracker), just after the last word the draft reader reads as the draft, so a phrase goes
 * into the reply, not into the customer's quoted mail or under a signature, where the checklist would not see it. A
 * quote with the draft going on below it (the agent quoting the customer) is passed, the draft's end is below it.
 */
function endOfDraft(host: HTMLElement, readDraft: DraftReader): Range {
  if (!host.querySelector(HISTORY_OR_SIGNATURE)) return endOfLastLine(host);
  const draft = readDraft(draftSource(host)).trim();
  const last = draft.split(/\s+/).pop();
  if (!last) {
    // No draft yet: its first line, an empty paragraph where the editor has one, else the editor's start (above a
    // signature or the history, never inside them).
    const first = host.firstChild;
    if (first && first.nodeType === 1 && BLOCKS.has((first as Element).localName) && !(first as Element).matches(HISTORY_OR_SIGNATURE)) return startOf(first);
    return startOf(host);
  }
  // The draft's last word is its nth time in the draft; the nth time in the editor's text, in page order, is where
  // the draft ends (what follows it, an "On … wrote:" header or a typed "-- " signature, may say the word again).
  let left = occurrences(draft, last);
  const doc = host.ownerDocument;
  // Quotes, signatures and hidden elements are passed whole (their insides are never visited), and the walk stops at
  // Outlook's marker (all after it is history) or at the word: it is as long as the draft.
  const walker = doc.createTreeWalker(host, 0x1 | 0x4 /* elements, text */, {
    acceptNode: (node) => (node.nodeType === 1 && ((node as Element).matches(NOT_DRAFT) || isHidden(node as Element)) ? 2 /* reject */ : 1 /* accept */),
  });
  // Where the word is not found as typed (split by a link or a bold name, a list marker the reader added), the end of
  // the last text the draft reader keeps: never the editor's start, nor a header it drops.
  let lastText: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1 && (node as Element).matches(QUOTE_MARKER_SELECTOR)) break;
    if (node.nodeType !== 3) continue;
    const text = node.nodeValue ?? '';
    if (readDraft(text).trim()) lastText = node as Text;
    for (let at = text.indexOf(last); at >= 0; at = text.indexOf(last, at + last.length)) {
      if (--left > 0) continue;
      const range = doc.createRange();
      range.setStart(node, at + last.length);
      range.collapse(true);
      return range;
    }
  }
  return lastText ? endOf(lastText) : endOf(host);
}

/**
 * The end of an editor that keeps no history: inside its last line (paragraph), where a click below the text puts the
 * caret. Not after the last paragraph: Chromium moves a caret left there into the paragraph, but Firefox types there,
 * outside any paragraph, so the phrase came under an empty first line, or as loose text below the draft's last paragraph.
 */
function endOfLastLine(host: HTMLElement): Range {
  const last = lastElementIn(host);
  return last && BLOCKS.has(last.localName) ? endOfLine(last) : endOf(host);
}

/** The end of the line `block` ends with (its last paragraph, through nested ones): its start when the line is empty (a
 * new editor's `<p><br></p>`), before its closing <br>, which only holds the line open, otherwise. */
function endOfLine(block: Element): Range {
  let line = block;
  for (let last = lastElementIn(line); last && BLOCKS.has(last.localName); last = lastElementIn(line)) line = last;
  if (!line.textContent?.trim()) return startOf(line);
  const range = endOf(line);
  if (line.lastChild?.nodeName.toLowerCase() === 'br') range.setStartBefore(line.lastChild), range.collapse(true);
  return range;
}

/**
 * A caret between the editor's paragraphs, in the editor itself, goes into the paragraph after it (its start), else
 * the one before (its end), as Chromium moves it. Firefox types where it is: a fresh iframe editor's document (CKEditor 4
 * in Salesforce, Request Tracker) holds such a caret at the start of its body before the agent ever clicks there.
 * Never into quoted history or a signature: the agent's caret beside one stays outside it.
 */
function caretOnALine(caret: Range, host: HTMLElement): Range {
  if (!caret.collapsed || caret.startContainer !== host) return caret;
  const after = host.childNodes[caret.startOffset];
  if (isDraftLine(after)) {
    let line = after;
    for (let first = firstElementChildOf(line); first && first === firstChildOf(line) && BLOCKS.has(first.localName); first = firstElementChildOf(line)) line = first;
    return startOf(line);
  }
  const before = host.childNodes[caret.startOffset - 1];
  return isDraftLine(before) ? endOfLine(before) : caret;
}

/** A paragraph of the draft: a block element that neither is nor holds quoted history or a signature (a wrapper
 * around one, as Gmail draws them, would lead the caret into it). */
function isDraftLine(node: Node | undefined): node is Element {
  return node?.nodeType === 1 && BLOCKS.has((node as Element).localName) && !(node as Element).matches(HISTORY_OR_SIGNATURE) && !(node as Element).querySelector(HISTORY_OR_SIGNATURE);
}

/** The last child of `el`, past white space between tags, when it is an element (null when it is text). */
function lastElementIn(el: Element): Element | null {
  let node = el.lastChild;
  while (node && node.nodeType === 3 && !node.nodeValue?.trim()) node = node.previousSibling;
  return node?.nodeType === 1 ? (node as Element) : null;
}

/** How many times `word` stands in `text`, one after another. */
function occurrences(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
  return n;
}

function startOf(node: Node): Range {
  const range = (node.ownerDocument ?? (node as Document)).createRange();
  range.setStart(node, 0);
  range.collapse(true);
  return range;
}

function endOf(node: Node): Range {
  const range = (node.ownerDocument ?? (node as Document)).createRange();
  range.selectNodeContents(node);
  range.collapse(false);
  return range;
}

/** The text of `root` before (or after) the caret. */
function textBetween(root: Node, beforeCaret: boolean, caret: Range): string {
  const range = (root.ownerDocument ?? (root as Document)).createRange();
  range.selectNodeContents(root);
  if (beforeCaret) range.setEnd(caret.startContainer, caret.startOffset);
  else range.setStart(caret.endContainer, caret.endOffset);
  return range.toString();
}

/**
 * The text of `block` before (or after) the caret with its line breaks: a <br> or a block inside it is a new line, as
 * the agent sees it (range.toString() runs "Thanks<br>Best" together).
 */
function lineText(block: Node, beforeCaret: boolean, caret: Range): string {
  const range = (block.ownerDocument ?? (block as Document)).createRange();
  range.selectNodeContents(block);
  if (beforeCaret) range.setEnd(caret.startContainer, caret.startOffset);
  else range.setStart(caret.endContainer, caret.endOffset);
  let out = '';
  // A block's end is a line break only where something follows it (the caret after a closing </p> is on its line).
  let blockEnded = false;
  const add = (text: string) => {
    if (!text) return;
    if (blockEnded && !out.endsWith('\n')) out += '\n';
    blockEnded = false;
    out += text;
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) add(child.nodeValue ?? '');
      else if (child.nodeType === 1) {
        const name = (child as Element).localName;
        if (name === 'br') add('\n');
        else if (BLOCKS.has(name)) {
          if (out && !out.endsWith('\n')) out += '\n';
          walk(child);
          blockEnded = true;
        } else walk(child);
      }
    }
  };
  walk(range.cloneContents());
  return out;
}

const BLOCKS = new Set(['p', 'div', 'li', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The block (paragraph, line) the caret is in, inside the editor; the editor itself when it has none. */
function blockOf(node: Node, host: HTMLElement): Node {
  for (let n: Node | null = node; n && n !== host; n = parentNodeOf(n)) {
    if (n.nodeType === 1 && BLOCKS.has((n as Element).localName)) return n;
  }
  return host;
}

/** Selects the inserted text's first placeholder: its first occurrence at or after where the text went in. */
function selectPlaceholderIn(host: HTMLElement, from: number, text: string): void {
  const placeholder = PLACEHOLDER.exec(text)?.[0];
  const doc = host.ownerDocument;
  const selection = doc.getSelection();
  if (!placeholder || !selection) return;
  const walker = doc.createTreeWalker(host, 4 /* NodeFilter.SHOW_TEXT */);
  let offset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = node.nodeValue ?? '';
    const at = data.indexOf(placeholder, Math.max(0, from - offset));
    if (at >= 0) {
      const range = doc.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + placeholder.length);
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    offset += data.length;
  }
}
