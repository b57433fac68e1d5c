// Edits between two words, the measure of a typo for the engine's ticket reading and the popup's search (typos.ts).
// A module of its own so that a test can count the comparisons a search makes, calls from typos.ts included: a call
// within one module does not pass through a mock of its export.
/**
 * Edits between two words (a letter added, dropped or changed, or two neighbours swapped: optimal string alignment),
 * or `cap` when it is `cap` or more. Typo lookups are few (at most typos.ts's TYPO_LOOKUPS_PER_TICKET a ticket),
 * words short.
 */
export function editDistance(a: string, b: string, cap: number): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const change = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + change);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] as number) + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin >= cap) return cap;
    [before, previous] = [previous, current];
  }
  return Math.min(previous[b.length] as number, cap);
}
