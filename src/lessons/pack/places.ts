// Where in a pack's file an error is: its line and column, found from its path.
import { findNodeAtLocation, parseTree, type JSONPath, type Node } from 'jsonc-parser';
import type { PackError } from './errors';

/** Gives an error (or note) on a pack's file its line and column, from its path; the file is parsed once for all. */
export function placedIn(source: string): (error: PackError) => PackError {
  const root = parseTree(source, [], { disallowComments: true, allowTrailingComma: false });
  if (!root) return (error) => error;
  const lines = new LineIndex(source);
  return (error) => ({ ...error, ...lines.at(locate(root, error.path)) });
}

/** The offset of the deepest node that exists along a formatted path (a missing field points at its parent). */
function locate(root: Node, formatted: string): number {
  const path: JSONPath = [];
  for (const m of formatted.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    path.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3] ?? '""') as string)));
  }
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth));
    if (node) {
      // For an unknown field, point at its key rather than its value.
      const keyNode = node.parent?.type === 'property' ? node.parent : undefined;
      return keyNode?.offset ?? node.offset;
    }
  }
  return root.offset;
}

/**
 * Line and column of an offset, from the lines' start offsets found once (a wide file may have many errors). A line
 * ends as an editor ends it: LF, CR LF, or CR alone (JSON reads all three as whitespace; a file saved with CR alone was
 * otherwise one line).
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(source: string) {
    for (const end of source.matchAll(/\r\n?|\n/g)) this.starts.push(end.index + end[0].length);
  }

  at(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }
}
