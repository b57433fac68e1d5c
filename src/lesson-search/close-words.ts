// Which lesson words a query word reaches: as typed, in another form, without its apostrophe, or misspelt.
import { FUZZY_MAX_LENGTH, FUZZY_MIN_LENGTH, nearestWords } from '../engine/cues/typos';
import { isFunctionWord } from '../engine/function-words';
import { formsIn } from '../text/word-forms';
import type { Index } from './lesson-index';
import { withoutApostrophes } from './query-words';

/**
 * Typos as the engine reads them, through its nearestWords (src/engine/cues/typos.ts): edits counted with two
 * neighbours swapped as one ("refnud" is one from refund), and only the lesson words fewest edits away ("cancle" is
 * cancel, one, never cancer, two), all of them where several are as close. Query words shorter than FUZZY_MIN_LENGTH
 * match only as the start or an inflection of a lesson's word (one typo in four letters is another word); longer than
 * FUZZY_MAX_LENGTH, they are no word anyone types, and would cost a comparison as long as themselves with every lesson
 * word (a 5,000-letter one froze the popup for seconds).
 * The search allows one edit more than the engine's ticket reading from seven letters ("paswrod" → password): the agent
 * typed the word to find a lesson, and each result says which word it was read as.
 */
function editsAllowed(term: string): number {
  return term.length <= 6 ? 1 : 2;
}

/**
 * Unknown query words read with typos per search, in query order; the rest match as written. Each is compared with
 * every lesson word once, so a pasted page of distinct misspellings costs this many words' worth, not thousands.
 */
export const TYPO_TERMS_PER_QUERY = 12;

/** Letters a lesson word may go on past the term and count as close as a form ("thank" → thanks, "clear" → clearer). */
const SHORT_ENDING = 3;
/** How close a longer word the term only starts counts ("thank" → thanksgiving): found, after the term's own forms. */
const ONLY_ITS_START = 0.5;

export interface CloseWord {
  word: string;
  /** 1 as typed; 0.95 another form of it, a short ending or its apostrophe; ONLY_ITS_START a longer word; below 0.9 a typo. */
  closeness: number;
  /**
   * The term itself: as typed, in another form ("fees", "cancelled"), without its apostrophe ("dmd" for dm'd) or, where
   * no lesson uses it, misspelt ("cancle"); not a longer word it only starts ("fee" is no "feel", "late" no "later").
   */
  itself: boolean;
}

/**
 * The index's words close to `term`, each with how close (1 = as typed). A term the lessons use as it is, or as the
 * start of their words ("refund" → "refunded"), is no typo: it is not also read as a neighbouring word ("reset" is
 * not "restore", "train" not "brain"). Only an unknown term is looked up with typos, while `typoLookups` lasts.
 * Unlike the engine, the search reads a real word with typos too ("shoes" finds "shows", and says so): it has no word
 * list to tell one (the engine's is about 300 KB gzipped, 25 times the popup). Other forms of a lesson's word are read
 * by inflection ("refunding", "canceled", "managers" → refund, cancelled, manager: text/word-forms.ts) before any typo
 * reading.
 */
export function closeWords(index: Index, term: string, typoLookups: { left: number }): CloseWord[] {
  // The term's other forms ("refunding" → refund, refunded, no prefix and three edits away; "replies" → reply; "run" →
  // running), and the lesson words the term starts: never also read with typos. A word that goes on more than a short
  // ending past the term, no form of it, counts half ("thank" and thanksgiving): still found, as a word being typed may
  // be its start, but after the term's own forms (before 2026-12-03 "thank you" put a lesson on Thanksgiving first).
  // A short ending counts as close while the term may be a word being typed. Where the lessons use the term as it is, a
  // word it starts and is no form of is another word ("late": "ask later" came second; "clear": "we clearly failed"),
  // save its possessive ("team's") and after a function word, whose forms the form index leaves out ("thank" → thanks,
  // "you" → your).
  const started = index.words.filter((w) => w.startsWith(term));
  const anotherWord = started.includes(term) && !isFunctionWord(term);
  const short = (word: string) => (anotherWord ? word === `${term}'s` : word.length - term.length <= SHORT_ENDING);
  const close = new Map(started.map((word) => [word, word === term ? 1 : short(word) ? 0.95 : ONLY_ITS_START]));
  const forms = new Set(formsIn(index.forms, term));
  for (const word of forms) if ((close.get(word) ?? 0) < 0.95) close.set(word, 0.95);
  const known = [...close].map(([word, closeness]) => ({ word, closeness, itself: word === term || forms.has(word) }));
  if (known.length > 0) return known;
  // A possessive no lesson writes is its word's ("refund's", "customer's"): read as that word where the lessons use it
  // (a review, 498: "refund's" found one lesson, through "refunds", where "refund" finds nine).
  if (term.endsWith("'s") && term.length > 3) {
    const bare = closeWords(index, term.slice(0, -2), typoLookups);
    if (bare.length > 0) return bare;
  }
  // Typed without the apostrophe the lessons write ("dont", "cant", too short for typos), or with one they leave out:
  // their word, found only where the term is no lesson word itself ("its" stays its, never it's; "well" never we'll).
  const apostrophed = index.unapostrophed.get(withoutApostrophes(term))?.filter((word) => word !== term) ?? [];
  if (apostrophed.length > 0) return apostrophed.map((word) => ({ word, closeness: 0.95, itself: true }));
  // A function word is a word as typed ("hello" is no typo of "hell").
  if (term.length < FUZZY_MIN_LENGTH || term.length > FUZZY_MAX_LENGTH || isFunctionWord(term) || typoLookups.left <= 0) return [];
  typoLookups.left--;
  const { words, edits } = nearestWords(term, index.words, editsAllowed(term), 'all');
  // Typos rarely touch the first letter: of the nearest, those that keep it (or have its first two letters swapped, one
  // edit as the engine counts it: "ercieved"), and two edits away only those. A review (487) had "adress" read as
  // dress, "calender" as lender and "occured" as accused, each putting another lesson first.
  const keepStart = words.filter((word) => word[0] === term[0] || (word[0] === term[1] && word[1] === term[0]));
  const kept = keepStart.length > 0 || edits > 1 ? keepStart : words;
  return kept.map((word) => ({ word, closeness: 0.9 * (1 - edits / term.length), itself: true }));
}
