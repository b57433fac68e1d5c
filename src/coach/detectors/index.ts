// What patterns of words cannot say: a placeholder left in a template, shouting in capitals, the items of a list, an
// eye-roll. Each detector reads the draft's text and returns spans [start, end) in it.
export { eyeRolls } from './eye-roll';
export { listItems, menuArrows } from './list-items';
export { NO_SLOTS, placeholders } from './placeholders';
export { shouting } from './shouting';
export type { Span } from './span';
