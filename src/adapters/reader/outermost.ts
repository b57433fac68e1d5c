// The outermost of a set of elements: a nested match (a quoted entry rendered inside another, an article inside an
// article) is read as part of the one around it. Each ancestor is looked at once for the whole set, remembered with
// its answer, so a page of 10,000 candidate blocks costs steps in proportion to the page, not to the square of the
// candidates (checking every candidate against every other did).
import { parentNodeOf } from './node-links';

/**
 * The elements no other element of `elements` contains, in their given order, at most `limit` of them. Order does
 * not change which are kept; a limit keeps the first ones in that order.
 */
export function outermost(elements: readonly Element[], limit = Number.POSITIVE_INFINITY): Element[] {
  const candidates = new Set<Node>(elements);
  // Every node walked through so far, with whether it is a candidate or lies inside one.
  const inCandidate = new Map<Node, boolean>();
  const kept: Element[] = [];
  for (const el of elements) {
    if (kept.length >= limit) break;
    if (!isOrIsInside(parentNodeOf(el), candidates, inCandidate)) kept.push(el);
  }
  return kept;
}

/** True when `start` is a candidate or lies inside one; walks up only to the first node already answered. */
function isOrIsInside(start: Node | null, candidates: ReadonlySet<Node>, answered: Map<Node, boolean>): boolean {
  const walked: Node[] = [];
  let answer = false;
  for (let node = start; node; node = parentNodeOf(node)) {
    if (candidates.has(node)) {
      answer = true;
      break;
    }
    const known = answered.get(node);
    if (known !== undefined) {
      answer = known;
      break;
    }
    walked.push(node);
  }
  for (const node of walked) answered.set(node, answer);
  return answer;
}
