// Finds the lessons' cues in a ticket: each word is looked up once (by stem, or as a typo of a cue word), and cue
// phrases are found by walking the trie from each word, only through consecutive words of one clause (no comma, dash,
// line break or link between them).
import type { ToneSignal } from '../../lessons/schema';
import { isFunctionWord } from '../function-words';
import type { Evidence, TextPart } from '../types';
import type { CanonicalWord, CueIndex, CueRef, TrieNode } from './index';
import { matchKey } from './forms';
import { numberClass } from './stem';
import { exclamationRuns, isNegatedAt, tokenize, type Token } from './tokenize';
import { ticketTypoBudget, typoOf, type TypoBudget } from './typos';
import { CUE_WEIGHT } from './weights';

export interface Part {
  part: TextPart;
  text: string;
  weight: number;
}

export interface Hit extends Evidence {
  value: number;
  /** A word of the lesson's own text (a faint cue), as written or misspelt: it never picks its lesson alone. */
  lessonText?: true;
}

/** Best hit per cue, by lesson index, over the whole ticket. */
export type CueHits = Map<number, Map<string, Hit>>;

const WORD_CACHE_LIMIT = 50_000;

/** The cue stem a ticket word stands for: its own stem, or the stem of the cue word it is a typo of. */
function canonical(index: CueIndex, word: string, budget: TypoBudget): CanonicalWord | null {
  const cached = index.wordCache.get(word);
  if (cached !== undefined) return cached;
  const own = matchKey(word);
  let result: CanonicalWord | null = index.stems.has(own) ? { stem: own, fuzzy: false, functionWord: isFunctionWord(word) } : null;
  if (!result) {
    const found = typoOf(index.typos, word, budget);
    if (found === undefined) return null; // not looked up (the ticket's lookups are spent): read as written, not cached
    if (found) result = { stem: matchKey(found), fuzzy: true, functionWord: isFunctionWord(word) };
  }
  if (index.wordCache.size >= WORD_CACHE_LIMIT) index.wordCache.clear();
  index.wordCache.set(word, result);
  return result;
}

// Long text is read in chunks of whole lines (or sentences): cues never cross a sentence, so nothing is lost.
const CHUNK_CHARS = 8192;

/** Where the chunk starting at `from` ends: the last line or sentence break within CHUNK_CHARS, searched only there. */
export function chunkEnd(text: string, from: number): number {
  const limit = from + CHUNK_CHARS;
  if (limit >= text.length) return text.length;
  // Searching back at most one chunk keeps the whole read linear, even in megabytes without a line break.
  for (const mark of ['\n', '. ', ' ']) {
    for (let at = limit - mark.length; at > from; at--) {
      if (text.startsWith(mark, at)) return at + mark.length;
    }
  }
  return limit;
}

export function matchCues(index: CueIndex, parts: readonly Part[]): CueHits {
  const best: CueHits = new Map();
  const typoBudget = ticketTypoBudget();
  for (const part of parts) {
    for (let from = 0; from < part.text.length; ) {
      const to = chunkEnd(part.text, from);
      const local = new Map<number, Hit[]>();
      collectChunk(index, part, part.text.slice(from, to), from, local, typoBudget);
      for (const [lesson, hits] of local) {
        const byCue = best.get(lesson) ?? new Map<string, Hit>();
        best.set(lesson, byCue);
        for (const hit of strongestEvidence(hits)) {
          const kept = byCue.get(hit.cue);
          if (!kept || hit.value > kept.value) byCue.set(hit.cue, hit);
        }
      }
      from = to;
    }
  }
  return best;
}

function collectChunk(index: CueIndex, part: Part, text: string, offset: number, local: Map<number, Hit[]>, typoBudget: TypoBudget): void {
  const tokens = tokenize(text, true);
  const canon = tokens.map((t) => canonical(index, t.word, typoBudget));
  const numbers = tokens.map((t) => numberClass(t.word));
  const noSpans = negativeDeterminers(tokens);
  const hit = (ref: CueRef, first: number, last: number, fuzzy: boolean) => {
    const a = tokens[first] as Token;
    const b = tokens[last] as Token;
    // A function word alone is never a reason, though it share a cue word's stem ("own" and the cue "owns").
    if (first === last && canon[first]?.functionWord) return;
    const negated = isNegatedAt(tokens, first);
    const context = negated ? 'negated' : a.quoted ? 'quoted' : 'plain';
    const value = ref.weight * part.weight * (fuzzy ? CUE_WEIGHT.fuzzy : 1) * (negated ? CUE_WEIGHT.negated : a.quoted ? CUE_WEIGHT.quoted : 1);
    push(local, ref.lesson, { cue: ref.cue, text: text.slice(a.start, b.end), part: part.part, start: offset + a.start, end: offset + b.end, kind: fuzzy ? 'fuzzy' : ref.lessonText ? 'lesson' : 'exact', context, value, lessonText: ref.lessonText });
  };
  // From each word, follow the trie as far as the words go; a number may follow its literal or its class.
  const walk = (node: TrieNode, first: number, j: number, fuzzy: boolean): void => {
    const token = tokens[j];
    if (!token || (j > first && !token.follows)) return;
    const c = canon[j];
    if (c) step(node.next.get(c.stem), first, j, fuzzy || c.fuzzy);
    const n = numbers[j];
    if (n !== undefined && first !== j) step(node.next.get(n), first, j, fuzzy);
    // "not one email", "not a single update", "zero replies" say what a cue's "no" says.
    const last = noSpans.get(j);
    const no = last === undefined ? undefined : node.next.get('no');
    if (last !== undefined && no) {
      for (const ref of no.cues) hit(ref, first, last, fuzzy);
      walk(no, first, last + 1, fuzzy);
    }
  };
  // Word j took the walk to `next`: its cues are hits, and the walk goes on from the word after.
  const step = (next: TrieNode | undefined, first: number, j: number, fuzzy: boolean): void => {
    if (!next) return;
    for (const ref of next.cues) hit(ref, first, j, fuzzy);
    walk(next, first, j + 1, fuzzy);
  };
  for (let i = 0; i < tokens.length; i++) {
    walk(index.root, i, i, false);
    // A phrase may also start with a number class ("3 times").
    const n = numbers[i];
    const start = n === undefined ? undefined : index.root.next.get(n);
    if (start) walk(start, i, i + 1, false);
  }
  addToneHits(index, part, text, offset, tokens, local);
}

/** Where a negative determiner starts, and the index of its last word: "not one", "not a single", "not any", "zero". */
function negativeDeterminers(tokens: readonly Token[]): Map<number, number> {
  const spans = new Map<number, number>();
  tokens.forEach((token, i) => {
    const next = tokens[i + 1]?.word;
    if (token.word === 'zero') spans.set(i, i);
    else if (token.word === 'not' && next === 'a' && tokens[i + 2]?.word === 'single') spans.set(i, i + 2);
    else if (token.word === 'not' && (next === 'one' || next === 'any' || next === 'a' || next === 'single')) spans.set(i, i + 1);
  });
  return spans;
}

function push(local: Map<number, Hit[]>, lesson: number, hit: Hit) {
  const hits = local.get(lesson);
  if (hits) hits.push(hit);
  else local.set(lesson, [hit]);
}

const REPORTED_SPEECH = new Set(['said', 'says', 'told', 'tells', 'claimed', 'claims', 'insisted', 'insists', 'reckons']);
/** Words that set one report against another ("said Friday but the site says Monday", "the other told me"). */
const CONTRAST = new Set(['but', 'however', 'yet', 'whereas', 'although', 'though', 'instead', 'now', 'other', 'another', 'different', 'else']);

/** Signals that need no words: shouting (capitals), exclamation ("!!"), contradiction (reports of what staff said, set against each other). */
function addToneHits(index: CueIndex, part: Part, text: string, offset: number, tokens: Token[], local: Map<number, Hit[]>) {
  const tone = (signal: ToneSignal, start: number, end: number, weight: number) => {
    for (const lesson of index.signals.get(signal) ?? []) {
      push(local, lesson, { cue: signal, text: text.slice(start, end), part: part.part, start: offset + start, end: offset + end, kind: 'tone', context: 'plain', value: weight * part.weight });
    }
  };
  const loud = shoutedWord(text, tokens);
  if (loud) tone('shouting', loud.start, loud.end, CUE_WEIGHT.shouting);
  const run = exclamationRuns(text)[0];
  if (run) tone('exclamation', run[0], run[1], CUE_WEIGHT.exclamation);
  const contradiction = contradictingReports(tokens);
  if (contradiction) tone('contradiction', contradiction[0].start, contradiction[1].end, CUE_WEIGHT.contradiction);
}

/** Written in capitals ("IS", "MY" and "I" inside "WHY IS MY BAG LOST", "WHY DID I PAY"). */
const inCapitals = (text: string, t: Token) => !isAsciiLower(text.charCodeAt(t.start)) && /^[^\p{Ll}\d]+$/u.test(text.slice(t.start, t.end)) && /\p{Lu}/u.test(text.slice(t.start, t.end));
/** a–z: most words start so, and are then surely not in capitals, with no pattern run. */
const isAsciiLower = (code: number) => code >= 97 && code <= 122;

/**
 * The first word of shouting, if any: three words in capitals in a row ("WHY IS NOBODY ANSWERING"), three of four
 * letters or more anywhere, or one long one ("UNACCEPTABLE"). Codes of three letters ("LHR to JFK", "BA") are not
 * shouting, nor is a run of two ("ON TIME").
 */
function shoutedWord(text: string, tokens: readonly Token[]): Token | undefined {
  let run = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    run = !t.quoted && inCapitals(text, t) && (run === 0 || t.sentence === tokens[i - 1]?.sentence) ? run + 1 : 0;
    if (run === 3) return tokens[i - 2];
  }
  const long = tokens.filter((t) => t.capitals && !t.quoted && t.end - t.start >= 4);
  return long.length >= 3 ? long[0] : long.find((t) => t.end - t.start >= 6);
}

/**
 * Two reports of what someone said, in one sentence or the next, with a contrast between them: plain reported speech
 * ("my husband said the courier told him") is not a contradiction, nor are reports far apart. The first such pair (the
 * report nearest before the contrast, and the one after it), or null.
 */
function contradictingReports(tokens: readonly Token[]): [Token, Token] | null {
  let report: Token | undefined;
  let contrasted = false;
  for (const token of tokens) {
    if (token.quoted) continue;
    if (report && token.sentence - report.sentence > 1) [report, contrasted] = [undefined, false];
    if (report && CONTRAST.has(token.word)) contrasted = true;
    if (!REPORTED_SPEECH.has(token.word)) continue;
    if (report && contrasted) return [report, token];
    report = token;
  }
  return null;
}

/** Each cue counts once (its strongest occurrence); a shorter cue inside a longer matched one does not count again. */
function strongestEvidence(hits: Hit[]): Hit[] {
  const best = new Map<string, Hit>();
  const ordered = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || b.value - a.value);
  const taken: Hit[] = [];
  for (const hit of ordered) {
    if (best.has(hit.cue)) continue;
    const inside = hit.kind !== 'tone' && taken.some((t) => t.part === hit.part && hit.start >= t.start && hit.end <= t.end && t.end - t.start > hit.end - hit.start);
    if (inside) continue;
    best.set(hit.cue, hit);
    if (hit.kind !== 'tone') taken.push(hit);
  }
  return [...best.values()];
}
