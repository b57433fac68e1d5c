// The work a reader asks of a page's DOM, counted rather than timed: every tree step (parent or sibling), every
// comparison of two nodes' places, the selector engine's own walking included, and every node of a deep copy. Shared by the tests that hold readers
// to work in proportion to the page (tests/adapters-reader-work.test.ts, tests/coach-draft-work.test.ts).

/** Ways of moving through the tree, and of comparing two nodes' places in it. */
const STEPS = ['parentNode', 'parentElement', 'previousSibling', 'previousElementSibling', 'nextSibling', 'nextElementSibling'] as const;
const COMPARISONS = ['contains', 'compareDocumentPosition'] as const;

/** How many tree steps and comparisons were asked of this window's DOM while `run` ran. */
export function countWork(win: Window & typeof globalThis, run: () => void): number {
  let work = 0;
  const restore: (() => void)[] = [];
  const proto = win.Node.prototype;
  for (const name of STEPS) {
    const owner = Object.hasOwn(proto, name) ? proto : win.Element.prototype;
    const original = Object.getOwnPropertyDescriptor(owner, name)!;
    Object.defineProperty(owner, name, {
      configurable: true,
      get(this: Node) {
        work++;
        return original.get!.call(this);
      },
    });
    restore.push(() => Object.defineProperty(owner, name, original));
  }
  for (const name of COMPARISONS) {
    const original = Object.getOwnPropertyDescriptor(proto, name)!;
    Object.defineProperty(proto, name, {
      configurable: true,
      writable: true,
      value(this: Node, other: Node) {
        work++;
        return (original.value as (this: Node, other: Node) => unknown).call(this, other);
      },
    });
    restore.push(() => Object.defineProperty(proto, name, original));
  }
  // A deep copy is a step for every node copied.
  const cloneNode = Object.getOwnPropertyDescriptor(proto, 'cloneNode')!;
  Object.defineProperty(proto, 'cloneNode', {
    configurable: true,
    writable: true,
    value(this: Node, deep?: boolean) {
      const copy = (cloneNode.value as (this: Node, deep?: boolean) => Node).call(this, deep);
      const walker = win.document.createTreeWalker(copy);
      work++;
      while (walker.nextNode()) work++;
      return copy;
    },
  });
  restore.push(() => Object.defineProperty(proto, 'cloneNode', cloneNode));
  try {
    run();
  } finally {
    for (const undo of restore) undo();
  }
  return work;
}
