// Typo matching: a ticket word that is not a real word may stand for a cue word it nearly spells ("refnd" → refund).
// A real word is never read as another one ("shoes" is not "shows", "layer" not "lawyer"): only words missing from
// the lexicon (the most frequent English words, and every cue word) go to fuse.js.
import Fuse from 'fuse.js/basic';
import type { RealWords } from '../lexicon';
import { editDistance } from './edit-distance';

export const FUZZY_MIN_LENGTH = 5;
/** fuse.js's bitap works on patterns up to 32 characters; no word of the lessons is longer. */
export const FUZZY_MAX_LENGTH = 32;

export interface TypoIndex {
  /** Cue words of FUZZY_MIN_LENGTH or more, grouped by their first two letters: typos rarely touch those, and small groups keep each lookup cheap. */
  readonly byInitial: Map<string, Fuse<string>>;
  readonly lexicon: RealWords;
}

/**
 * At most this many cue words share a group, so one lookup compares a word with at most MAX_GROUP cue words whatever
 * the packs: a pack of thousands of cues on one prefix cannot make lookups slow. The library's largest group ("re")
 * has 89 words (2026-12-04); later words past the bound are left out of typo matching (they still match as written).
 */
export const MAX_GROUP = 128;

/**
 * New typo lookups (words not yet in the engine's word cache) one ticket may make, so a ticket's lookups are bounded
 * as each lookup is: a ticket of thousands of distinct misspellings costs at most this many × MAX_GROUP comparisons.
 * The corpus tickets of 2 KB to 200 KB need at most 199 (scripts/bench.ts's tickets, cold cache); past the cap, the
 * ticket's other unknown words are read as written (and not cached, so the next ticket looks them up).
 */
export const TYPO_LOOKUPS_PER_TICKET = 1_000;

/** What is left of one ticket's TYPO_LOOKUPS_PER_TICKET. */
export interface TypoBudget {
  lookupsLeft: number;
}

export function ticketTypoBudget(): TypoBudget {
  return { lookupsLeft: TYPO_LOOKUPS_PER_TICKET };
}

export function buildTypoIndex(cueWords: Iterable<string>, lexicon: RealWords): TypoIndex {
  const groups = new Map<string, string[]>();
  for (const word of cueWords) {
    if (word.length < FUZZY_MIN_LENGTH || word.includes("'")) continue;
    const initial = word.slice(0, 2);
    const group = groups.get(initial);
    if (!group) groups.set(initial, [word]);
    else if (group.length < MAX_GROUP) group.push(word);
  }
  const byInitial = new Map<string, Fuse<string>>();
  for (const [initial, list] of groups) {
    byInitial.set(initial, new Fuse(list, { includeScore: true, ignoreLocation: true, threshold: 0.34, shouldSort: true }));
  }
  return { byInitial, lexicon };
}

/**
 * The cue word a misspelt ticket word stands for, or null (a real word, too short, or nothing close enough);
 * undefined when the word needs a lookup and the ticket's budget is spent (nothing is known of it then).
 */
export function typoOf(index: TypoIndex, word: string, budget: TypoBudget): string | null | undefined {
  if (word.length < FUZZY_MIN_LENGTH || word.length > FUZZY_MAX_LENGTH || /\d|'|(\p{L})\1\1/u.test(word)) return null;
  if (index.lexicon.has(word)) return null;
  const fuse = index.byInitial.get(word.slice(0, 2));
  if (!fuse) return null;
  if (budget.lookupsLeft <= 0) return undefined;
  budget.lookupsLeft--;
  // Calibrated on fuse.js scores: "refnd"→refund 0.20, "cancle"→cancel 0.17, "recieved"→received 0.25 pass;
  // "defunct"→deducted 0.29, "bumped"→busted 0.33 do not.
  const maxScore = word.length <= 5 ? 0.21 : 0.26;
  // fuse.js ranks by its bitap score, which ties "cancle" with cancer and cancel and lets a name reach a word two or
  // three edits away ("experian" → expedia, experience). Of the close ones, the fewest edits wins, a swap of neighbours
  // counting one; words of up to 8 letters may be one edit out, longer ones two ("tranfered").
  const maxEdits = word.length <= 8 ? 1 : 2;
  // Ten candidates, best score first: the one fewest edits away need not be fuse.js's first.
  const close = fuse.search(word, { limit: 10 }).filter(({ score }) => (score ?? 1) <= maxScore);
  return nearestWords(word, close.map(({ item }) => item), maxEdits, 'first').words[0] ?? null;
}

/**
 * The candidates fewest edits from `word` (editDistance), if that is at most `maxEdits`, in the candidates' order: all
 * of them, or with 'first' the first of them only, which spares comparing the rest with more than the fewest yet.
 * The one rule of a typo for the engine (typoOf, one cue word) and the popup's search (every lesson word as close).
 */
export function nearestWords(word: string, candidates: Iterable<string>, maxEdits: number, keep: 'all' | 'first'): { words: string[]; edits: number } {
  let words: string[] = [];
  let edits = maxEdits + 1;
  // The most edits a candidate may be away and still be kept: as many as the nearest so far, or one fewer.
  let most = maxEdits;
  for (const candidate of candidates) {
    // A word that differs in length by more letters than `most` is more edits away.
    if (Math.abs(candidate.length - word.length) > most) continue;
    const these = editDistance(word, candidate, most + 1);
    if (these > most) continue;
    if (these < edits) [words, edits] = [[candidate], these];
    else words.push(candidate);
    most = keep === 'all' ? these : these - 1;
  }
  return { words, edits };
}
