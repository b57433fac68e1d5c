// When the side panel moves the keyboard itself (on opening, or when the focused card went with its ticket): only where
// the panel has the keyboard and nothing in it holds the focus.

/** The controls Tab stops at in the panel. */
const CONTROLS = 'button, summary, a[href], input, select, textarea';
/** The same controls inside the cards. */
const CARD_CONTROLS = CONTROLS.split(', ').map((c) => `.cards ${c}`).join(', ');

/** The panel has the keyboard, and no element of it holds the focus (it is on the body). */
export function keyboardIsFree(): boolean {
  return document.hasFocus() && (!document.activeElement || document.activeElement === document.body);
}

/**
 * Where the panel puts the keyboard when it moves it: the cards' first control, else the first control outside the
 * line that says a check is not kept (a way down to the checklist, not where Tab should start).
 */
export function firstControl(root: ParentNode): HTMLElement | null {
  return root.querySelector<HTMLElement>(CARD_CONTROLS) ?? Array.from(root.querySelectorAll<HTMLElement>(CONTROLS)).find((el) => !el.closest('.coach-jump')) ?? null;
}
