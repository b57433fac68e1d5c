// Only the agent's own draft from a reply editor: the quoted history below it (an "On … wrote:" header, "> " lines,
// Gmail's gmail_quote, a <blockquote>, Outlook's reply header) is the customer's, not the reply, and is cut.
// Reuses the ticket reader's text extraction and quote handling, so drafts and messages are cut alike.
import { cleanMessage, QUOTE_ELEMENTS, QUOTE_MARKER_SELECTOR } from '../adapters/clean';
import { elementText } from '../adapters/read';
import { isField } from '../adapters/reader/text';

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

/** An agent's chat-style lines under a "Thank you!" are the draft, not a signature's name and contact block. */
const DRAFT_CLEANING = { signOffNeedsName: true } as const;

/** A plain-text draft (a textarea's value): the text above the quoted history. */
export function draftFromText(text: string): string {
  return cleanMessage(text, DRAFT_CLEANING);
}

/**
 * A rich-text draft (a contenteditable editor, or the body of an editor's iframe): its text without quoted
 * history. List items keep their numbers or bullets as text, so "steps in order" can be read in the draft.
 */
export function draftFromElement(editor: Element): string {
  // Everything after Outlook's #appendonsend is history: noted once as the walk passes the marker (`skipAfter`), since
  // matching `#appendonsend ~ *` on every element walked back through all the lines before it.
  return cleanMessage(elementText(editor, { skip: NOT_DRAFT, skipAfter: QUOTE_MARKER_SELECTOR, before: listMarkers() }), DRAFT_CLEANING);
}

/** Whatever the editor is: a textarea or input by its value, anything else by its text. Never throws. */
export function readDraft(editor: Element): string {
  try {
    if (isField(editor)) return draftFromText(editor.value ?? '');
    return draftFromElement(editor);
  } catch {
    return '';
  }
}

/**
 * Each list item's number or bullet ("1. ", "- ") as the text walk meets it, counted per list as the walk goes: the
 * page is never touched, and nothing is read that the walk skips (a quoted thread's lists cost nothing).
 */
function listMarkers(): (el: Element) => string | null {
  const counted = new Map<Element, number>();
  return (el) => {
    const item = el.localName === 'li' ? el : el.localName === 'p' && el.parentElement?.localName === 'li' ? el.parentElement : null;
    const list = item?.parentElement;
    if (!item || !list || markerHolder(item) !== el || (list.localName !== 'ol' && list.localName !== 'ul')) return null;
    const n = (counted.get(list) ?? 0) + 1;
    counted.set(list, n);
    if (list.localName === 'ul') return '- ';
    return `${(Number(list.getAttribute('start') ?? 1) || 1) + n - 1}. `;
  };
}

/** Where the marker goes: the item, or its leading paragraph (ProseMirror and CKEditor wrap items in <p>). */
function markerHolder(item: Element): Element {
  const first = item.firstChild;
  return first && first.nodeType === 1 && (first as Element).localName === 'p' ? (first as Element) : item;
}
