// The small phrase language reply checks are written in, compiled once and matched word by word. Plain data a
// pack author can write and the validator can check, with no regular expression a pack could make slow.
//
//   please contact      words in a row, any case; contractions are spelt out ("you'll" is "you will")
//   call|phone|ring     one of these words
//   refund*  *'s        a word starting (ending) so
//   sorry?              an optional word
//   _                   any one word
//   #                   a number ("3", "24h", "3pm", "5th")
//   <weekday>           a word of a named class (vocabulary.json)
//   <proper>            a word written with a capital where no sentence starts: a name ("call Samsung")
//   !us|me              any one word but these
//   ...                 up to four words of the same sentence, none a negation
//   >                   any number of words later in the same sentence, none a negation
//   ~                   any number of words later in the same sentence, negations too ("sorry ~ but": "sorry it didn't
//                       work, but")
//   >>                  the rest of the sentence, then the next sentence ("sorry >> however")
// Alternatives are single words: "get|getting onto" is (get or getting) then onto. A phrase among alternatives joins
// its words with "+": "going+to|gonna keep" is "going to keep" or "gonna keep" (written out as two patterns).
//   ^                   (first) the match starts a clause
//   $                   (last) the match ends its sentence ("allow a week $": not "a week's notice", nor "a week for")
//   @placeholder        (whole pattern) a detector: @placeholder, @shouting, @list-item, @eye-roll
// A list of patterns may name a set of shared patterns: "$remedy".
import { isNegation, spelt, type DraftWord } from './words';

export const DETECTORS = ['placeholder', 'shouting', 'list-item', 'eye-roll'] as const;
export type DetectorName = (typeof DETECTORS)[number];

export interface Vocabulary {
  classes: Readonly<Record<string, readonly string[]>>;
  sets: Readonly<Record<string, readonly string[]>>;
  /** The blanks the lessons in use write ("what you did about the charges"; slots.ts), which a draft must not leave in.
   * Not in vocabulary.json: joined to it from the lessons where the checks run (withSlots). */
  slots?: readonly string[];
}

interface WordTest {
  exact: Set<string>;
  prefixes: string[];
  suffixes: string[];
  number: boolean;
  /** Answers so far, by word: a draft's words recur from keystroke to keystroke. */
  seen: Map<string, boolean>;
  /** Also a name: a word with a capital where no sentence starts. */
  proper: boolean;
  /** The test is turned round: any word but these. */
  not: boolean;
}
type Element =
  | { kind: 'word'; test: WordTest; optional: boolean }
  | { kind: 'any'; optional: boolean }
  | { kind: 'gap'; max: number; overNegations: boolean }
  | { kind: 'next' }
  | { kind: 'end' };

export type Pattern =
  | { source: string; kind: 'words'; anchored: boolean; elements: Element[]; lookup: Lookup | null }
  | { source: string; kind: 'detector'; detector: DetectorName };

/** Up to this many words may stand in for "...". */
export const GAP_WORDS = 4;
// Letters, digits and an apostrophe: the tokenizer splits words at hyphens, so a pattern writes "e mail", not "e-mail".
const WORD = /^[a-z0-9']+$/;

export class PatternError extends Error {}

// One pattern object per detector, whichever check names it: a draft's reading caches spans by pattern, so the list
// items that gives-steps, acknowledges-first's fix and passing on's learnedUnless all ask for are found once.
const DETECTOR_PATTERNS = new Map<DetectorName, Pattern>();

function detectorPattern(detector: DetectorName): Pattern {
  let pattern = DETECTOR_PATTERNS.get(detector);
  if (!pattern) DETECTOR_PATTERNS.set(detector, (pattern = { source: `@${detector}`, kind: 'detector', detector }));
  return pattern;
}

export function compilePattern(source: string, vocabulary: Vocabulary): Pattern {
  const parts = source.trim().toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean);
  if (!parts.length) throw new PatternError('is empty');
  if (parts[0]?.startsWith('@')) {
    const name = parts[0].slice(1);
    if (parts.length > 1) throw new PatternError(`a detector (${parts[0]}) stands alone`);
    if (!(DETECTORS as readonly string[]).includes(name)) throw new PatternError(`"${parts[0]}" is not a detector (${DETECTORS.map((d) => '@' + d).join(', ')})`);
    return detectorPattern(name as DetectorName);
  }
  const anchored = parts[0] === '^';
  if (anchored) parts.shift();
  const ends = parts[parts.length - 1] === '$';
  if (ends) parts.pop();
  if (parts.includes('$')) throw new PatternError('"$" (the end of the sentence) comes last');
  const elements: Element[] = [];
  for (const part of parts) {
    if (part === '...' || part === '>' || part === '~' || part === '>>') {
      if (!elements.length) throw new PatternError(`cannot start with "${part}"`);
      elements.push(part === '>>' ? { kind: 'next' } : { kind: 'gap', max: part === '...' ? GAP_WORDS : Number.POSITIVE_INFINITY, overNegations: part === '~' });
      continue;
    }
    const optional = part.length > 1 && part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    if (body === '_') {
      elements.push({ kind: 'any', optional });
      continue;
    }
    const not = body.length > 1 && body.startsWith('!');
    const test: WordTest = { exact: new Set(), prefixes: [], suffixes: [], number: false, seen: new Map(), proper: false, not };
    for (const alt of (not ? body.slice(1) : body).split('|')) addAlternative(test, alt, vocabulary);
    elements.push({ kind: 'word', test, optional });
  }
  const last = elements[elements.length - 1];
  if (!elements.some((e) => e.kind === 'word' && !e.optional)) throw new PatternError('needs at least one word that is not optional');
  if (last?.kind === 'gap' || last?.kind === 'next') throw new PatternError('cannot end with "...", ">", "~" or ">>"');
  if (ends) elements.push({ kind: 'end' });
  return { source, kind: 'words', anchored, elements, lookup: lookupOf(elements) };
}

/** The word a match is looked up by, and how many words after the match's start it stands. */
interface Lookup {
  test: WordTest;
  offset: number;
}

/**
 * The word of the pattern to look a match up by in a draft's index: among the words before any gap or optional element
 * (each exactly one word), the first plain one ("fault" in "*'s fault", <past-event> in "!be <past-event>"), else the
 * first with a prefix, suffix or number. Null when there is none: then every word is a possible start.
 */
function lookupOf(elements: readonly Element[]): Lookup | null {
  let fallback: Lookup | null = null;
  for (let offset = 0; offset < elements.length; offset++) {
    const el = elements[offset] as Element;
    if (!((el.kind === 'word' || el.kind === 'any') && !el.optional)) break;
    if (el.kind !== 'word' || el.test.not || el.test.proper) continue;
    const t = el.test;
    if (!t.number && !t.prefixes.length && !t.suffixes.length) return { test: t, offset };
    fallback ??= { test: t, offset };
  }
  return fallback;
}

function addAlternative(test: WordTest, alt: string, vocabulary: Vocabulary, depth = 0): void {
  if (alt === '#') {
    test.number = true;
    return;
  }
  if (alt === '<proper>') {
    test.proper = true;
    return;
  }
  const className = /^<([a-z0-9-]+)>$/.exec(alt)?.[1];
  if (className !== undefined) {
    const words = vocabulary.classes[className];
    if (!words) throw new PatternError(`"<${className}>" is not a word class (${Object.keys(vocabulary.classes).join(', ')})`);
    if (depth > 3) throw new PatternError(`"<${className}>" nests classes too deep (a class that names itself?)`);
    for (const word of words) addAlternative(test, word.toLowerCase(), vocabulary, depth + 1);
    return;
  }
  if (alt.endsWith('*') && WORD.test(alt.slice(0, -1)) && alt.length > 2) test.prefixes.push(alt.slice(0, -1));
  else if (alt.startsWith('*') && WORD.test(alt.slice(1)) && alt.length > 2) test.suffixes.push(alt.slice(1));
  else if (WORD.test(alt)) {
    // Drafts are read with contractions spelt out, so a pattern must spell them out too.
    const parts = spelt(alt);
    if (parts.length > 1) throw new PatternError(`write "${parts.join(' ')}", not "${alt}" (drafts are read with contractions spelt out)`);
    test.exact.add(alt);
  }
  else throw new PatternError(`"${alt}" is not a word, prefix*, *suffix, # or <class>`);
}

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

/** A pattern list as written, with "$set" entries replaced by the set's patterns and phrases written out. */
export function expandSets(sources: readonly string[], vocabulary: Vocabulary, depth = 0): string[] {
  return sources.flatMap((source) => {
    const name = /^\$([a-z0-9-]+)$/.exec(source.trim())?.[1];
    if (name === undefined) return phraseVariants(source);
    const set = vocabulary.sets[name];
    if (!set) throw new PatternError(`"$${name}" is not a set of patterns (${Object.keys(vocabulary.sets).join(', ')})`);
    if (depth > 3) throw new PatternError(`"$${name}" nests sets too deep (a set that names itself?)`);
    return expandSets(set, vocabulary, depth + 1);
  });
}

/** At most this many patterns written out of one with phrases. */
const MAX_PHRASE_VARIANTS = 16;

/**
 * The patterns a pattern with phrase alternatives stands for: "going+to|gonna" is "going to" or "gonna". Every other
 * element stands for one word, so a phrase is written out as patterns of its own, one per choice ("is|will+be home"
 * is "is home" and "will be home"); "a+few?" may also be left out.
 */
export function phraseVariants(source: string): string[] {
  if (!source.includes('+')) return [source];
  let variants: string[][] = [[]];
  for (const part of source.trim().split(/\s+/)) {
    if (!part.includes('+')) {
      for (const v of variants) v.push(part);
      continue;
    }
    const optional = part.length > 1 && part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    if (body.startsWith('!') || body.startsWith('@') || body.split('|').some((alt) => alt.split('+').some((w) => !w))) {
      throw new PatternError(`"${part}": a phrase joins words with "+" inside an alternative ("going+to|gonna"), no word left empty and no "!"`);
    }
    const choices = body.split('|').map((alt) => alt.split('+'));
    if (optional) choices.push([]);
    variants = variants.flatMap((v) => choices.map((words) => [...v, ...words]));
    if (variants.length > MAX_PHRASE_VARIANTS) throw new PatternError(`stands for more than ${MAX_PHRASE_VARIANTS} patterns once its phrases are written out`);
  }
  return variants.map((v) => v.join(' '));
}

/** A match: the indexes of its first and last word. */
export interface WordMatch {
  first: number;
  last: number;
}

/**
 * Where each word occurs in a draft, built once per draft, so a pattern looks its lookup word up instead of scanning:
 * exact words in a map, prefixes, suffixes and numbers by binary search in the draft's distinct words, sorted.
 */
export class WordPositions {
  private readonly at = new Map<string, number[]>();
  private sorted: string[] | undefined;
  private reversed: string[] | undefined;

  constructor(words: readonly DraftWord[]) {
    words.forEach((w, i) => {
      const list = this.at.get(w.word);
      if (list) list.push(i);
      else this.at.set(w.word, [i]);
    });
  }

  get(word: string): readonly number[] | undefined {
    return this.at.get(word);
  }

  /** The draft's distinct words from `low` (inclusive) to `high` (exclusive) in sort order. */
  private range(list: string[], low: string, high: string): string[] {
    const first = (key: string) => {
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((list[mid] as string) < key) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return list.slice(first(low), first(high));
  }

  /** The draft's distinct words, sorted when first asked for (most drafts' patterns need none). */
  private sortedWords(): string[] {
    return (this.sorted ??= [...this.at.keys()].sort());
  }

  withPrefix(prefix: string): string[] {
    return this.range(this.sortedWords(), prefix, prefix + '\uffff');
  }

  withSuffix(suffix: string): string[] {
    this.reversed ??= [...this.at.keys()].map(reverse).sort();
    const key = reverse(suffix);
    return this.range(this.reversed, key, key + '\uffff').map(reverse);
  }

  withNumber(): string[] {
    return this.range(this.sortedWords(), '0', ':');
  }
}

function reverse(word: string): string {
  return [...word].reverse().join('');
}

export function wordPositions(words: readonly DraftWord[]): WordPositions {
  return new WordPositions(words);
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
