// Puts a phrase into the desk's reply editor the way typing would, so the desk's own editor code sees the change and undo works.

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url', 'tel']);

type TextField = HTMLTextAreaElement | HTMLInputElement;

/** Inserts `text` at the caret (or the end) of a textarea, text input or contenteditable editor. False when `target` is not editable. Never throws. */
export function insertText(target: Element, text: string): boolean {
  try {
    if (isTextField(target)) return insertIntoField(target, text);
    const editingHost = editingHostOf(target);
    return editingHost ? insertIntoEditable(editingHost, text) : false;
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
  for (let node: Element | null = el; node; node = node.parentElement) {
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

function insertIntoField(field: TextField, text: string): boolean {
  const doc = field.ownerDocument;
  if (doc.activeElement !== field) field.focus({ preventScroll: true });
  const before = field.value;
  // execCommand keeps the browser's undo stack and fires the events a keystroke would.
  if (execInsert(doc, text) && field.value !== before) return true;

  const length = before.length;
  let start = field.selectionStart ?? length;
  let end = field.selectionEnd ?? length;
  if (start > length || end > length || end < start) start = end = length;
  const next = before.slice(0, start) + text + before.slice(end);
  // React-controlled fields: the prototype's setter bypasses React's own value tracker, so React sees the change on 'input'.
  const setter = nativeValueSetter(field);
  if (setter) setter.call(field, next);
  else field.setRangeText(text, start, end, 'end');
  try {
    field.setSelectionRange(start + text.length, start + text.length);
  } catch {
    // some input types (email) have no selection API
  }
  fireInput(field, 'input', text);
  field.dispatchEvent(new (doc.defaultView?.Event ?? Event)('change', { bubbles: true }));
  return field.value === next;
}

function nativeValueSetter(field: TextField): ((this: TextField, value: string) => void) | undefined {
  for (let proto: object | null = Object.getPrototypeOf(field); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
    if (descriptor?.set) return descriptor.set;
  }
  return undefined;
}

function insertIntoEditable(host: HTMLElement, text: string): boolean {
  const doc = host.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return false;
  // The agent's caret, if it is in the editor; else the end. Read before focus(), which moves the caret to the start.
  let caret: Range;
  if (selection.rangeCount > 0 && host.contains(selection.getRangeAt(0).commonAncestorContainer)) {
    caret = selection.getRangeAt(0).cloneRange();
  } else {
    caret = doc.createRange();
    caret.selectNodeContents(host);
    caret.collapse(false);
  }
  if (doc.activeElement !== host) host.focus({ preventScroll: true });
  selection.removeAllRanges();
  selection.addRange(caret);
  if (execInsert(doc, text)) return true;

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
  return true;
}
