// What a desk redesign does to an adapter's main selector, as tests/adapters-drift.test.ts models it: the thread
// entries stay on the page as plain <div>s, text and all, so the adapter's item selectors match nothing.
import type { DeskAdapter } from '../../src/adapters/types';

export function unwrapThreadEntries(adapter: DeskAdapter, doc: Document, url: URL): void {
  const items = adapter.diagnose!(doc, url).selectors.filter((s) => s.role === 'item').map((s) => s.selector);
  for (const selector of items) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const plain = doc.createElement('div');
      plain.append(...Array.from(el.childNodes));
      el.replaceWith(plain);
    }
  }
}
