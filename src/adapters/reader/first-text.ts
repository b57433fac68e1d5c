// A short field's text (a subject, a name): the first selector, in order, whose first match has some.
import { capText } from '../clean/limits';
import { cleanLine } from '../clean/whitespace';
import { isField, queryAll } from './dom';
import { elementText } from './text';

/** The first selector (in order) whose first match has text; an input gives its value. */
export function firstText(root: ParentNode, selectors: readonly string[]): string {
  for (const selector of selectors) {
    for (const el of queryAll(root, selector)) {
      const text = cleanLine(isField(el) ? capText(el.value, 4_000) : elementText(el, { maxChars: 2_000 }));
      if (text) return text;
    }
  }
  return '';
}
