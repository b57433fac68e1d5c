// When the side panel moves the keyboard itself (on opening, or when the focused card went with its ticket): only where
// the panel has the keyboard and nothing in it holds the focus.

/** The controls Tab stops at in the panel. */
export const CONTROLS = 'button, summary, a[href], input, select, textarea';

/** The panel has the keyboard, and no element of it holds the focus (it is on the body). */
export function keyboardIsFree(): boolean {
  return document.hasFocus() && (!document.activeElement || document.activeElement === document.body);
}
