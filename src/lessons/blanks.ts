// A phrase's blank, for what only the agent knows ("[date]", "[order number]"): square brackets on one line around at
// most BLANK_MAX characters. One rule for the pack check that refuses others, the panel that marks and fills them,
// Insert that selects the first, and the reply coach that finds one left in a draft (before 2026-12-05 the panel read
// up to 40 characters and the coach 60, and a pack could write any: a longer blank went unmarked and unflagged). The
// coach's 60, so that a pack stored before then, which keeps loading, has every blank it had flagged still flagged.
export const BLANK_MAX = 60;

/** A blank, its words captured. */
export const BLANK = new RegExp(`\\[([^\\[\\]\\n]{1,${BLANK_MAX}})\\]`);
/** Every blank of a text, for replace, split and matchAll (which do not keep a global pattern's place between calls). */
export const BLANKS = new RegExp(BLANK.source, 'g');

/** A bracket that is no part of a well-formed blank: unpaired, nested, empty, across a line or too long. */
export function strayBracket(phrase: string): boolean {
  return /[[\]]/.test(phrase.replace(BLANKS, ''));
}
