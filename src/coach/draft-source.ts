// The text of a reply editor as the page shows it, for the reply coach and Insert: the agent's draft, without what the
// desk keeps in the editor as whole elements (quoted history, its signature). Read in the desk's page; the text rules
// that cut what is left of history and signatures (draft.ts) run in the reply checks the tab loads when a panel needs
// them (content/reply-checks.ts), not in the content script every desk page carries.
import { QUOTE_ELEMENTS, QUOTE_MARKER_SELECTOR } from '../adapters/clean/quote-elements';
import { elementText } from '../adapters/read';
import { isField } from '../adapters/reader/dom';

/** Editors put quoted history in these besides mail's own quote markers (CKEditor, ProseMirror and Gmail all use <blockquote>). */
const DRAFT_QUOTES = [...QUOTE_ELEMENTS, 'blockquote', '[data-quote]', '.quoted-text', '.ck-quote'];
/**
 * A signature the desk puts in the editor below the draft: Gmail's, with its "-- " line (the classes the Gmail reader
 * strips, src/adapters/gmail.ts), and Outlook's `<div id="Signature">`, which Outlook on the web puts in its compose
 * body above `#appendonsend` (public quote-stripping code in the research code index lists `div#Signature` as Outlook's
 * signature container beside `#appendonsend` and `#divRplyFwdMsg`). The agent's signature is not what the reply says.
 */
const DRAFT_SIGNATURES = ['.gmail_signature', '.gmail_signature_prefix', '#Signature'];
/** What the draft reader leaves out whole: quoted history and the desk's signature. */
export const NOT_DRAFT = [...DRAFT_QUOTES, ...DRAFT_SIGNATURES].join(', ');

/**
 * Whatever the editor is, its text before the draft reader's text rules: a textarea or input by its value, anything
 * else by its text, quoted history and the desk's signature left out as elements (and everything after Outlook's
 * #appendonsend, noted once as the walk passes it: matching `#appendonsend ~ *` on every element walked back through
 * all the lines before it). Never throws.
 */
export function draftSource(editor: Element): string {
  try {
    return isField(editor) ? (editor.value ?? '') : elementText(editor, { skip: NOT_DRAFT, skipAfter: QUOTE_MARKER_SELECTOR, before: listMarkers() });
  } catch {
    return '';
  }
}

/**
 * Each list item's number or bullet ("1. ", "- ") as the text walk meets it, counted per list as the walk goes: the
 * page is never touched, and nothing is read that the walk skips (a quoted thread's lists cost nothing).
 */
function listMarkers(): (el: Element) => string | null {
  /** Each numbered list's last number given. */
  const last = new Map<Element, number>();
  return (el) => {
    const item = el.localName === 'li' ? el : el.localName === 'p' && el.parentElement?.localName === 'li' ? el.parentElement : null;
    const list = item?.parentElement;
    if (!item || !list || markerHolder(item) !== el || (list.localName !== 'ol' && list.localName !== 'ul')) return null;
    if (list.localName === 'ul') return '- ';
    // As the browser numbers them: from `start` (0 too), down in a `reversed` list (from its item count by default),
    // and on from an item's own `value`.
    const reversed = list.hasAttribute('reversed');
    const before = last.get(list);
    const n =
      integer(item.getAttribute('value')) ??
      (before !== undefined ? before + (reversed ? -1 : 1) : integer(list.getAttribute('start')) ?? (reversed ? itemCount(list) : 1));
    last.set(list, n);
    return `${n}. `;
  };
}

/** An HTML integer attribute's value ("0", " 7", "-2"), or null where it has none. */
function integer(value: string | null): number | null {
  const match = value === null ? null : /^\s*([+-]?\d+)/.exec(value);
  return match ? Number(match[1]) : null;
}

function itemCount(list: Element): number {
  let n = 0;
  for (const child of list.children) if (child.localName === 'li') n++;
  return n;
}

/** Where the marker goes: the item, or its leading paragraph (ProseMirror and CKEditor wrap items in <p>). */
function markerHolder(item: Element): Element {
  const first = item.firstChild;
  return first && first.nodeType === 1 && (first as Element).localName === 'p' ? (first as Element) : item;
}
