// One desk drawn in more than one page layout (Zammad's classic and new desktop views): each layout is a selector
// adapter of its own, and the page's structure picks which one reads it. Outside, it is one desk.
import type { DeskAdapter } from '../types';
import { diagnostics } from './diagnostics';

export interface Layout {
  adapter: DeskAdapter;
  /** True when the page is drawn in this layout. The last layout reads any page no other layout claims. */
  drawn: (doc: Document) => boolean;
}

function isDrawn(layout: Layout, doc: Document): boolean {
  try {
    return layout.drawn(doc);
  } catch {
    return false;
  }
}

const union = (lists: readonly (readonly string[] | undefined)[]) => [...new Set(lists.flatMap((list) => list ?? []))];

/** A desk adapter that reads the page with the first layout drawn on it (else the last). Id and label: the first's. */
export function byLayout(layouts: readonly [Layout, ...Layout[]]): DeskAdapter {
  const [first] = layouts;
  const pick = (doc: Document): DeskAdapter => (layouts.find((layout) => isDrawn(layout, doc)) ?? layouts[layouts.length - 1]!).adapter;
  const adapter: DeskAdapter = {
    id: first.adapter.id,
    label: first.adapter.label,
    editor: union(layouts.map((layout) => layout.adapter.editor)),
    read: (doc, url) => pick(doc).read(doc, url),
    readInSteps: function* (doc, url) {
      const chosen = pick(doc);
      return chosen.readInSteps ? yield* chosen.readInSteps(doc, url) : chosen.read(doc, url);
    },
    diagnose: (doc, url) => {
      const chosen = pick(doc);
      return chosen.diagnose?.(doc, url) ?? diagnostics(chosen.id, chosen.label, [], 0, 0);
    },
  };
  const matches = union(layouts.map((layout) => layout.adapter.matches));
  if (matches.length) adapter.matches = matches;
  if (layouts.some((layout) => layout.adapter.detect)) adapter.detect = (doc) => layouts.some((layout) => layout.adapter.detect?.(doc) ?? false);
  const pending = union(layouts.map((layout) => layout.adapter.pending));
  if (pending.length) adapter.pending = pending;
  const noteMode = union(layouts.map((layout) => layout.adapter.noteMode));
  if (noteMode.length) adapter.noteMode = noteMode;
  const thread = union(layouts.map((layout) => layout.adapter.thread));
  if (thread.length) adapter.thread = thread;
  return adapter;
}
