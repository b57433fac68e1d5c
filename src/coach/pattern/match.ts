// Running a compiled word pattern over a draft's words: every non-overlapping match, left to right.
import { isNegation, type DraftWord } from '../words';
import { wordPositions, type WordPositions } from './positions';
import type { Element, Pattern, WordTest } from './types';

const SEEN_LIMIT = 4096;

/** Whether a draft word passes an element's test. */
function admits(test: WordTest, w: DraftWord): boolean {
  const yes = accepts(test, w.word) || (test.proper && w.proper);
  return test.not ? !yes : yes;
}

function accepts(test: WordTest, word: string): boolean {
  if (test.exact.has(word)) return true;
  // A possessive stands for its word ("tonight's release", "Monday's delivery") unless a pattern asks for the "'s".
  if (word.endsWith("'s") && !test.suffixes.includes("'s") && test.exact.has(word.slice(0, -2))) return true;
  if (!test.number && !test.prefixes.length && !test.suffixes.length) return false;
  const known = test.seen.get(word);
  if (known !== undefined) return known;
  const yes = (test.number && /^\d/.test(word)) || test.prefixes.some((p) => word.startsWith(p)) || test.suffixes.some((s) => word.endsWith(s));
  if (test.seen.size >= SEEN_LIMIT) test.seen.clear();
  test.seen.set(word, yes);
  return yes;
}

/** A match: the indexes of its first and last word. */
export interface WordMatch {
  first: number;
  last: number;
}

/** Where a match can start: where its lookup word is (less its offset), else every word. */
function starts(pattern: Extract<Pattern, { kind: 'words' }>, words: readonly DraftWord[], positions: WordPositions): Iterable<number> {
  const lookup = pattern.lookup;
  if (!lookup) return words.keys();
  const { test, offset } = lookup;
  const at: number[] = [];
  const add = (word: string) => {
    const list = positions.get(word);
    if (list) for (const i of list) if (i >= offset) at.push(i - offset);
  };
  // A possessive stands for its word here too ("the bank's checks held it").
  const possessive = !test.suffixes.includes("'s");
  for (const word of test.exact) {
    add(word);
    if (possessive) add(word + "'s");
  }
  if (test.number || test.prefixes.length || test.suffixes.length) {
    // Words the exact list has not already given, each once though several prefixes may fit it.
    const more = new Set<string>([...(test.number ? positions.withNumber() : []), ...test.prefixes.flatMap((p) => positions.withPrefix(p)), ...test.suffixes.flatMap((x) => positions.withSuffix(x))]);
    for (const word of more) if (!test.exact.has(word) && !(possessive && word.endsWith("'s") && test.exact.has(word.slice(0, -2)))) add(word);
  }
  return at.sort((x, y) => x - y);
}

/**
 * Every non-overlapping match of a word pattern, left to right; quoted words are in none (the customer's, not the
 * agent's), nor a menu path's items (the screen's: "go to People > Add employee" sends no one to people).
 */
export function matchWords(pattern: Extract<Pattern, { kind: 'words' }>, words: readonly DraftWord[], positions: WordPositions = wordPositions(words)): WordMatch[] {
  const found: WordMatch[] = [];
  let after = -1;
  // What elements[e..] match from words[t], for starts in one sentence (where each element's sentence is fixed): each
  // worked out once, or a pattern of several unbounded gaps tried every way of spreading them over a long sentence
  // (a pack's "we ~ _ ~ _ ~ zzz" took 13 s on a 480-word sentence and froze the desk page).
  let memo = new Map<number, number>();
  let memoSentence = -1;
  for (const i of starts(pattern, words, positions)) {
    const w = words[i] as DraftWord;
    if (i <= after || notTheAgents(w) || (pattern.anchored && !w.clauseStart)) continue;
    if (w.sentence !== memoSentence) [memo, memoSentence] = [new Map(), w.sentence];
    const last = matchFrom(pattern.elements, 0, words, i, w.sentence, memo);
    if (last >= i && !quotedWithin(words, i, last)) {
      found.push({ first: i, last });
      after = last;
    }
  }
  return found;
}

function quotedWithin(words: readonly DraftWord[], first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) if (notTheAgents(words[k] as DraftWord)) return true;
  return false;
}

function notTheAgents(w: DraftWord): boolean {
  return w.quoted || w.onScreen;
}

const FAIL = -2;

/** The index of the last word matched when elements[e..] match from words[t] on, or FAIL. Shortest gaps first. */
function matchFrom(elements: readonly Element[], e: number, words: readonly DraftWord[], t: number, sentence: number, memo: Map<number, number>): number {
  const key = e * (words.length + 1) + t;
  let last = memo.get(key);
  if (last === undefined) {
    memo.set(key, (last = matchHere(elements, e, words, t, sentence, memo, key)));
  }
  return last;
}

function matchHere(elements: readonly Element[], e: number, words: readonly DraftWord[], t: number, sentence: number, memo: Map<number, number>, key: number): number {
  if (e === elements.length) return t - 1;
  const el = elements[e] as Element;
  const here = words[t];
  const inSentence = here !== undefined && here.sentence === sentence;
  switch (el.kind) {
    case 'word':
    case 'any': {
      if (inSentence && (el.kind === 'any' || admits(el.test, here))) {
        const r = matchFrom(elements, e + 1, words, t + 1, sentence, memo);
        if (r !== FAIL) return r;
      }
      return el.optional ? matchFrom(elements, e + 1, words, t, sentence, memo) : FAIL;
    }
    case 'gap': {
      // An unbounded gap from a later word ends where this one does, if the words between may be stepped over: each
      // word's answer is noted on the way, so a sentence is walked once per gap, not once per word it starts at.
      const unbounded = el.max === Infinity;
      let k = 0;
      let r = FAIL;
      for (; k <= el.max; k++) {
        if (k > 0) {
          const skipped = words[t + k - 1];
          if (!skipped || skipped.sentence !== sentence || (!el.overNegations && isNegation(skipped.word))) break;
          const known = unbounded ? memo.get(key + k) : undefined;
          if (known !== undefined) {
            r = known;
            break;
          }
        }
        if ((r = matchFrom(elements, e + 1, words, t + k, sentence, memo)) !== FAIL) break;
      }
      if (unbounded) for (let j = 1; j < k; j++) memo.set(key + j, r);
      return r;
    }
    case 'end':
      // Zero-width: no word of the sentence is left after the match.
      return inSentence ? FAIL : matchFrom(elements, e + 1, words, t, sentence, memo);
    case 'next': {
      let u = t;
      while (u < words.length && (words[u] as DraftWord).sentence === sentence) u++;
      const next = words[u];
      return next && next.sentence === sentence + 1 ? matchFrom(elements, e + 1, words, u, next.sentence, memo) : FAIL;
    }
  }
}
