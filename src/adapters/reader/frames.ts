// Same-origin iframes: desks render editors (CKEditor 4, TinyMCE, Froala in iframe mode) and sometimes whole
// threads inside them. Cross-origin frames cannot be read and are passed over.
import { inThreadEntry, isLaidOut, isVisible, queryAll } from './dom';

/** The document of a same-origin iframe, or null (cross-origin frames throw or give null). */
export function frameDocument(el: Element): Document | null {
  if (el.localName !== 'iframe' && el.localName !== 'frame') return null;
  try {
    return (el as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

/** The documents of the same-origin iframes under `root` (those `accept` takes). */
export function frameDocuments(root: ParentNode, accept: (frame: Element) => boolean = () => true): Document[] {
  const docs: Document[] = [];
  for (const frame of queryAll(root, 'iframe')) {
    if (!accept(frame)) continue;
    const doc = frameDocument(frame);
    if (doc) docs.push(doc);
  }
  return docs;
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

/**
 * The reply editor: the first selector that matches, in the page or in a same-origin iframe, outside the thread's
 * entries (`thread`: a customer's HTML mail can carry the desk's editor markup, and was taken for the reply box: the
 * coach read the customer's words as the draft, and Insert wrote into the message; a review, 2026-12-05). A matched
 * iframe (CKEditor, TinyMCE, Redactor in iframe mode) stands for its body, the editable part.
 */
export function findEditor(doc: Document, selectors: readonly string[], thread: readonly string[] = []): HTMLElement | null {
  // Shown, not only present: Insert into a reply box the desk keeps hidden would put text where no one sees it. Inside
  // a frame, the frame itself must be shown too.
  const isShown = (el: Element) => isVisible(el) && isLaidOut(el);
  const firstShown = (root: ParentNode): Element | null => {
    for (const selector of selectors) {
      const found = queryAll(root, selector).find((el) => isShown(el) && !inThreadEntry(el, thread));
      if (found) return found;
    }
    return null;
  };
  const el = firstShown(doc) ?? frameDocuments(doc, isShown).map(firstShown).find(Boolean) ?? null;
  if (!el) return null;
  const inner = frameDocument(el);
  if (inner) return inner.body;
  return el as HTMLElement;
}
