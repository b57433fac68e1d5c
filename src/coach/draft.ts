// Only the agent's own draft from a reply editor: the quoted history below it (an "On … wrote:" header, "> " lines,
// Gmail's gmail_quote, a <blockquote>, Outlook's reply header) is the customer's, not the reply, and is cut.
// Reuses the ticket reader's text extraction and quote handling, so drafts and messages are cut alike.
import { cleanMessage, QUOTE_ELEMENTS, QUOTE_MARKER_SELECTOR } from '../adapters/clean';
import { isClosing, isShortNote, looksLikeName, signatureTail } from '../text/sign-off';
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

/** An agent's chat-style lines under a "Thank you!" are the draft, not a signature's name and contact block. */
const DRAFT_CLEANING = { draft: true } as const;

/** A plain-text draft (a textarea's value): the text above the quoted history, or '' where it has no words of the agent's. */
export function draftFromText(text: string): string {
  return agentsWords(cleanMessage(text, DRAFT_CLEANING));
}

/**
 * A rich-text draft (a contenteditable editor, or the body of an editor's iframe): its text without quoted
 * history. List items keep their numbers or bullets as text, so "steps in order" can be read in the draft.
 */
export function draftFromElement(editor: Element): string {
  return agentsWords(editorText(editor));
}

/** Whatever the editor is: a textarea or input by its value, anything else by its text. Never throws. */
export function readDraft(editor: Element): string {
  return agentsWords(readDraftText(editor));
}

/**
 * The editor's text as the draft reader reads it, kept where it is only the desk's greeting and sign-off: where the
 * draft ends, for a phrase inserted below the greeting (content/insert-text.ts). Never throws.
 */
export function readDraftText(editor: Element): string {
  try {
    return isField(editor) ? cleanMessage(editor.value ?? '', DRAFT_CLEANING) : editorText(editor);
  } catch {
    return '';
  }
}

function editorText(editor: Element): string {
  // Everything after Outlook's #appendonsend is history: noted once as the walk passes the marker (`skipAfter`), since
  // matching `#appendonsend ~ *` on every element walked back through all the lines before it.
  return cleanMessage(elementText(editor, { skip: NOT_DRAFT, skipAfter: QUOTE_MARKER_SELECTOR, before: listMarkers() }), DRAFT_CLEANING);
}

/** A greeting line on its own: "Hi Ana,", "Hello there!", "Dear Mr. Ruiz,"; not one with a blank ("Hi {{first_name}},"). */
const GREETING = /^(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening|day)|greetings)(?:\s+\p{L}[\p{L}\p{M}'’.-]*){0,4}\s*[,!.:]?$/iu;
/** A name or a title under a sign-off ("Tom", "Priya | Acme Support"), in letters: "[agent name]" is a blank to fill. */
const nameLine = (line: string) => /^[\p{L}\p{M}'’.\-\s|&]+$/u.test(line) && looksLikeName(line);

/**
 * The draft, or '' where all it holds is a greeting, a closing and the name under it ("Hi Ana,", "Best,", "Tom"; or
 * "Kind regards, Tom Smith"): the template a desk puts in the editor before the agent writes a word, which no check
 * can judge. A thanks is a reply ("Thanks!", "Thank you, Ana", "Hi Ana,\n\nThank you!"), and so is anything else.
 */
function agentsWords(draft: string): string {
  // A short note under the name that is perhaps the desk's signature ("she/her") is no reply either; a line the agent
  // typed there is (a review: "You'll need to contact your bank…" under the template was read as empty).
  const tail = signatureTail(draft);
  const notes = draft.slice(tail).split('\n').every((line) => !line.trim() || isShortNote(line));
  const lines = draft.slice(0, notes ? tail : draft.length).split('\n').map((line) => line.trim()).filter(Boolean);
  const greeting = lines.length > 0 && GREETING.test(lines[0]!);
  const rest = greeting ? lines.slice(1) : lines;
  if (rest.length === 0) return '';
  const [first, ...names] = rest as [string, ...string[]];
  const comma = first.indexOf(',');
  if (isClosing(first)) return (greeting || names.length > 0) && names.length <= 2 && names.every(nameLine) ? '' : draft;
  return names.length === 0 && comma > 0 && isClosing(first.slice(0, comma + 1)) && nameLine(first.slice(comma + 1).trim()) ? '' : draft;
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
