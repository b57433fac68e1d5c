// A key given twice in one object: JSON keeps the last value, so the first is lost without a word, and an error in the
// value kept was placed at the first key's line (a review: a lesson's first "cues" list dropped, "title" at the wrong line).
import { parseTree, type Node } from 'jsonc-parser';
import { formatPath, type PackError } from './errors';
import { LineIndex } from './places';

/** Each key given again in its object, at that second key (the value JSON keeps), naming the first one's line. */
export function duplicateKeys(source: string): PackError[] {
  const root = parseTree(source, [], { disallowComments: true, allowTrailingComma: false });
  if (!root) return [];
  const lines = new LineIndex(source);
  const errors: PackError[] = [];
  const path: Array<string | number> = [];
  // Depth is bounded before this runs (bounds.ts), so the recursion is too.
  const walk = (node: Node) => {
    if (node.type === 'array') {
      node.children?.forEach((child, index) => {
        path.push(index);
        walk(child);
        path.pop();
      });
      return;
    }
    if (node.type !== 'object') return;
    const firstAt = new Map<string, number>();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (typeof key?.value !== 'string') continue;
      path.push(key.value);
      const first = firstAt.get(key.value);
      if (first === undefined) firstAt.set(key.value, key.offset);
      else errors.push({ path: formatPath(path), ...lines.at(key.offset), message: `is given twice (first at line ${lines.at(first).line}); JSON keeps only this one, so remove one` });
      if (value) walk(value);
      path.pop();
    }
  };
  walk(root);
  return errors;
}
