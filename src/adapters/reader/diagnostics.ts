// "Copy diagnostics": what a desk adapter's selectors match on the page, as counts. It carries the desk, the
// extension's version and the adapter's own selectors, never ticket text or the page's address, so an agent can
// paste it into a bug report as it is.
import { version } from '../../../package.json';
import type { Diagnostics, SelectorCount } from '../types';
import { countAll } from './dom';

export const EXTENSION_VERSION: string = version;

/** Each selector of a role, with how many elements it matches under `root`. */
export function countSelectors(root: ParentNode, role: SelectorCount['role'], selectors: readonly string[]): SelectorCount[] {
  return selectors.map((selector) => ({ role, selector, count: countAll(root, selector) }));
}

export function diagnostics(desk: string, label: string, selectors: SelectorCount[], items: number, customerItems: number): Diagnostics {
  return { desk, label, version: EXTENSION_VERSION, selectors, items, customerItems };
}
