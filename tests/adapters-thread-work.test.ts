// A long thread costs each desk work in proportion to its entries: the desk's customer rule is made once per read
// from the whole thread (reader/messages.ts), so what every entry is compared with (the first sender, the contact,
// the reporter, the signed-in agent) is looked up once, not once per entry. Counted as DOM queries, never timed.
import { describe, expect, it } from 'vitest';
import { adapters } from '../src/adapters/index';
import type { DeskAdapter } from '../src/adapters/types';
import { DESK_FIXTURES, loadDeskFixture } from './support/desk-fixtures';
import { readClean } from './support/read-clean';

const deskIds = adapters.filter((a) => a.id !== 'generic').map((a) => a.id);
const byId = (id: string): DeskAdapter => adapters.find((a) => a.id === id)!;

interface Queries {
  /** Queries asked of a whole document (the page or a frame's): what a thread-wide lookup looks like. */
  page: number;
  /** Every query, plus every element a querySelectorAll handed back. */
  all: number;
}

type QueryMethod = 'querySelector' | 'querySelectorAll' | 'matches' | 'closest';

/** Counts the DOM queries made in this page's window while `run` runs. */
function countQueries(win: Window & typeof globalThis, run: () => void): Queries {
  const counted: Queries = { page: 0, all: 0 };
  const patched: [object, QueryMethod, unknown][] = [];
  for (const proto of [win.Document.prototype, win.Element.prototype, win.DocumentFragment.prototype]) {
    for (const name of ['querySelector', 'querySelectorAll', 'matches', 'closest'] as const) {
      if (!Object.hasOwn(proto, name)) continue;
      const original = (proto as Record<QueryMethod, (this: Node, selector: string) => unknown>)[name];
      patched.push([proto, name, original]);
      Object.defineProperty(proto, name, {
        configurable: true,
        writable: true,
        value(this: Node, selector: string) {
          counted.all++;
          if (this.nodeType === 9 /* Node.DOCUMENT_NODE */) counted.page++;
          const result = original.call(this, selector);
          if (name === 'querySelectorAll') counted.all += (result as NodeList).length;
          return result;
        },
      });
    }
  }
  try {
    run();
  } finally {
    for (const [proto, name, original] of patched) Object.defineProperty(proto, name, { configurable: true, writable: true, value: original });
  }
  return counted;
}

/** The thread's entries on the page, outermost only, by the first of the adapter's item selectors that matches. */
function entriesOf(adapter: DeskAdapter, doc: Document, url: URL): Element[] {
  const selector = adapter.diagnose!(doc, url).selectors.find((s) => s.role === 'item' && s.count > 0)?.selector;
  if (!selector) return [];
  const found = Array.from(doc.querySelectorAll(selector));
  return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
}

/** The desk's page with every entry but the first repeated `times` times in place: the same thread, longer. */
function readLengthened(id: string, times: number) {
  const adapter = byId(id);
  const { dom, doc, url } = loadDeskFixture(id);
  const [, ...rest] = entriesOf(adapter, doc, url);
  for (const entry of rest) entry.after(...Array.from({ length: times - 1 }, () => entry.cloneNode(true)));
  let messages = 0;
  const queries = countQueries(dom.window as unknown as Window & typeof globalThis, () => {
    messages = readClean(adapter, doc, url)?.messages.length ?? 0;
  });
  const { items } = adapter.diagnose!(doc, url);
  dom.window.close();
  return { queries, messages, items };
}

describe('the work of reading a long thread', () => {
  it('has a page for every desk', () => {
    expect(Object.keys(DESK_FIXTURES).sort()).toEqual([...deskIds].sort());
  });

  it.each(deskIds)('%s: page-wide queries stay the same however long the thread, the rest grows linearly', (id) => {
    const [one, two, four] = [1, 2, 4].map((times) => readLengthened(id, times)) as [ReturnType<typeof readLengthened>, ReturnType<typeof readLengthened>, ReturnType<typeof readLengthened>];
    // The thread did grow, and every entry was walked (none cut by the ticket's size cap).
    expect(two.items).toBeGreaterThan(one.items);
    expect(four.items - two.items).toBe(2 * (two.items - one.items));
    expect(four.messages - two.messages).toBe(2 * (two.messages - one.messages));
    // A lookup across the whole page is made once per read, not once per entry.
    expect(two.queries.page).toBe(one.queries.page);
    expect(four.queries.page).toBe(one.queries.page);
    // What an added entry costs does not grow with the entries already there.
    expect(four.queries.all - two.queries.all).toBeLessThanOrEqual(2 * (two.queries.all - one.queries.all));
  });
});
