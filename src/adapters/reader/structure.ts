// A thread entry read by its shape, for desks where nothing public names the parts of a message: the body is the
// entry's largest block of text, the header everything beside it (where desks print the author, time and channel).
import { isSentence } from '../../text/sign-off';
import { childrenOf, firstElementChildOf } from './node-links';
import { elementText } from './text';

/** Text nodes weighed per block when comparing sizes: enough to tell a body from a header, bounded. */
const MAX_NODES = 400;

function textLength(el: Element): number {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let total = 0;
  for (let i = 0; i < MAX_NODES && walker.nextNode(); i++) total += walker.currentNode.nodeValue?.trim().length ?? 0;
  return total;
}

/** Where an entry branches: down through wrappers that have a single element child. */
function branchOf(item: Element): Element {
  let node = item;
  // Through the DOM's own getters: a page's form field can stand for `firstElementChild`, pointing back up (a review).
  for (let first = firstElementChildOf(node); first && childrenOf(node).length === 1; first = firstElementChildOf(node)) node = first;
  return node;
}

/** Whether a block holds paragraphs (is one, or has one inside): written text, where a header is a line of names. */
function holdsParagraph(el: Element): boolean {
  return el.localName === 'p' || el.querySelector('p') !== null;
}

/** A header's shape: one short line with a time, a "·" between parts, an address or "… ago", and not a sentence (a
 * customer's "I sent it back three weeks ago." has those too). */
function looksLikeHeader(el: Element): boolean {
  const text = elementText(el, { maxChars: 200 }).trim();
  return text.length <= 160 && !text.includes('\n') && !isSentence(text) && /·|\b\d{1,2}:\d{2}\b|@|\bago\b/.test(text);
}

/**
 * The entry's body: the child (where it branches) holding the most text, unless that child is shaped like a header
 * line and another holds paragraphs: then the largest of those. By size alone a chat-length message ("Any update?")
 * lost to its header ("Sofie Jensen · 11:02 · Chat"), and a screenshot's paragraph, with no text, to any header: the
 * header was read as the message and the message as the header, so the entry's sender was wrong. A body of plain lines
 * beside a "Seen" paragraph stays the body. Still a structural guess: where bodies hold no paragraphs, a body shorter
 * than its header is taken for the header, as before.
 */
export function largestBlock(item: Element): Element | null {
  const branch = branchOf(item);
  let best: Element | null = null;
  let bestLength = 0;
  let prose: Element | null = null;
  let proseLength = -1;
  for (const child of Array.from(childrenOf(branch))) {
    const length = textLength(child);
    if (length > proseLength && holdsParagraph(child)) {
      prose = child;
      proseLength = length;
    }
    if (length > bestLength) {
      best = child;
      bestLength = length;
    }
  }
  return prose && best && prose !== best && !holdsParagraph(best) && looksLikeHeader(best) ? prose : best;
}

/** The entry's header: the text beside its body (author, time, channel), short. */
export function headerText(item: Element): string {
  const body = largestBlock(item);
  const branch = branchOf(item);
  return Array.from(childrenOf(branch))
    .filter((child) => child !== body)
    .map((child) => elementText(child, { maxChars: 300 }))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
