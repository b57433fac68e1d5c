// Ranks lessons against a ticket. The ticket is read once, word by word; each word is looked up in an index of
// the lessons' cue words (exact by stem, or by fuse.js for typos, cached per word), and cue phrases are found by
// walking a trie from each word. So the cost grows with the ticket's length, not with ticket × lessons.
// The basic build: plain fuzzy search is all the matcher uses, and it keeps the content script small.
import Fuse from 'fuse.js/basic';
import { stemmer } from 'stemmer';
import type { Lesson, ToneSignal } from '../lessons/schema';
import { mainTopic } from '../topics';
import { exclamationRuns, isNegatedAt, tokenize, type Token } from './tokenize';
import type { Evidence, RankOptions, Suggestion, TextPart, TicketText } from './types';

export type { Evidence, RankOptions, Suggestion, TextPart, TicketText } from './types';

export const DEFAULT_LIMIT = 5;
export const DEFAULT_MIN_SCORE = 0.35;

/** How much each kind of evidence counts. Tuned on the dev set's topics; see README "Relevance". */
const WEIGHT = {
  fuzzy: 0.75,
  negated: 0.15,
  quoted: 0.4,
  subject: 0.9,
  olderMessage: 0.7,
  shouting: 0.9,
  exclamation: 0.7,
  contradiction: 0.8,
  /** Extra weight per additional word in a cue phrase: longer phrases are more specific. */
  perExtraWord: 0.45,
  maxPhrase: 2.2,
  /**
   * Words of a lesson's own text (title, advice, steps, phrases) count as faint cues, scaled by how few
   * lessons use them: a ticket in words the cue lists did not foresee can still find its lesson.
   */
  lessonText: 0.35,
  /** A cue that lessons of several main topics share says less about any one of them. */
  sharedCue: 0.3,
  /** Share of sibling lessons' evidence (same main topic) that counts for a lesson. */
  topicPooling: 0.5,
  /** raw evidence e gives score 1 - exp(-e / saturation). */
  saturation: 1.2,
  /** Later suggestions sharing a main topic with an earlier one are ordered as if scored this much lower. */
  sameTopicPenalty: 0.7,
} as const;

// Common words never sent to fuzzy matching: they are spelled right and would only produce false matches.
const COMMON = new Set(
  'about above after again against being below between could doing during every having other their there these those through under until where which while would should shall might maybe still thing things think thanks thank really today tomorrow yesterday because before please hello since something anything everything nothing someone anyone everyone'.split(
    ' ',
  ),
);

const FUZZY_MIN_LENGTH = 5;
const FUZZY_MAX_LENGTH = 32; // fuse.js's bitap works on patterns up to 32 characters

interface CueRef {
  lesson: number;
  cue: string;
  weight: number;
  length: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  cues: CueRef[];
}

export interface MatcherIndex {
  readonly lessons: readonly Lesson[];
  readonly root: TrieNode;
  /** Stems of every cue word. */
  readonly stems: Set<string>;
  /** Cue words of FUZZY_MIN_LENGTH or more, grouped by their first two letters: typos rarely touch those, and small groups keep each lookup cheap. */
  readonly fuzzyByInitial: Map<string, Fuse<string>>;
  /** word → canonical stem (or null when it matches no cue word); grows with the vocabulary seen, bounded. */
  readonly wordCache: Map<string, string | null>;
  readonly fuzzyWords: Set<string>;
  readonly signals: Map<ToneSignal, number[]>;
}

const WORD_CACHE_LIMIT = 50_000;

/** A word's stem, as cues and tickets are compared. Letters drawn out for emphasis are squeezed ("soooo" → "soo"). */
export function stem(word: string): string {
  const squeezed = word.replace(/(\p{L})\1{2,}/gu, '$1$1');
  // Contractions keep their apostrophe ("didn't"); the stemmer would split hairs over it.
  if (squeezed.includes("'")) return squeezed.replace(/'s$/, '');
  const stemmed = stemmer(squeezed);
  // Porter folds "settings" into "set", "wedding" into "wed", "ups" into "up": stems that short say too
  // little, so such words match only themselves (and their plural).
  if (stemmed.length >= 4) return stemmed;
  return squeezed.length > 3 ? squeezed.replace(/s$/, '') : squeezed;
}

export function buildIndex(lessons: readonly Lesson[]): MatcherIndex {
  const root: TrieNode = { next: new Map(), cues: [] };
  const stems = new Set<string>();
  const words = new Set<string>();
  const signals = new Map<ToneSignal, number[]>();
  lessons.forEach((lesson, lessonIndex) => {
    for (const cue of lesson.cues) {
      const tokens = tokenize(cue);
      if (!tokens.length) continue;
      let node = root;
      for (const token of tokens) {
        // Inside a phrase a number stands for any number ("3 times" matches "5 times"); alone it is literal ("404").
        const s = tokens.length > 1 ? numberClass(token.word) ?? stem(token.word) : stem(token.word);
        stems.add(s);
        if (token.word.length >= FUZZY_MIN_LENGTH && !token.word.includes("'")) words.add(token.word);
        let child = node.next.get(s);
        if (!child) {
          child = { next: new Map(), cues: [] };
          node.next.set(s, child);
        }
        node = child;
      }
      const weight = Math.min(WEIGHT.maxPhrase, 1 + WEIGHT.perExtraWord * (tokens.length - 1));
      // "2nd time" and "3rd time" are one cue once numbers are classes: count it once per lesson.
      if (!node.cues.some((ref) => ref.lesson === lessonIndex)) node.cues.push({ lesson: lessonIndex, cue, weight, length: tokens.length });
    }
    for (const signal of lesson.signals ?? []) {
      signals.set(signal, [...(signals.get(signal) ?? []), lessonIndex]);
    }
  });
  addLessonTextCues(lessons, root, stems);
  // A cue listed under several main topics tells them apart less well: weigh it down.
  const topicsByNode = new Map<TrieNode, Set<string>>();
  const visit = (node: TrieNode) => {
    if (node.cues.length) topicsByNode.set(node, new Set(node.cues.map((c) => mainTopic(lessons[c.lesson] as Lesson))));
    node.next.forEach(visit);
  };
  visit(root);
  for (const [node, topics] of topicsByNode) {
    for (const ref of node.cues) ref.weight /= 1 + WEIGHT.sharedCue * (topics.size - 1);
  }
  const byInitial = new Map<string, string[]>();
  for (const word of words) {
    const initial = word.slice(0, 2);
    byInitial.set(initial, [...(byInitial.get(initial) ?? []), word]);
  }
  const fuzzyByInitial = new Map<string, Fuse<string>>();
  for (const [initial, list] of byInitial) {
    fuzzyByInitial.set(initial, new Fuse(list, { includeScore: true, ignoreLocation: true, threshold: 0.34, shouldSort: true }));
  }
  return { lessons, root, stems, fuzzyByInitial, wordCache: new Map(), fuzzyWords: words, signals };
}

/** "#" for a number, "#th" for an ordinal ("3rd"), else undefined. */
function numberClass(word: string): string | undefined {
  if (/^\d+$/.test(word)) return '#';
  if (/^\d+(?:st|nd|rd|th)$/.test(word)) return '#th';
  return undefined;
}

/** Each lesson's own words as faint single-word cues, weighted by inverse document frequency over the lessons. */
function addLessonTextCues(lessons: readonly Lesson[], root: TrieNode, stems: Set<string>): void {
  const perLesson = lessons.map((lesson) => {
    const words = new Map<string, string>(); // stem → the word as the lesson writes it
    const text = [lesson.title, lesson.advice, ...(lesson.steps ?? []), ...lesson.phrases].join('\n');
    for (const token of tokenize(text)) {
      if (token.word.length < 4 || /\d|'/.test(token.word)) continue;
      const s = stem(token.word);
      if (!words.has(s)) words.set(s, token.word);
    }
    return words;
  });
  const lessonsUsing = new Map<string, number>();
  for (const words of perLesson) for (const s of words.keys()) lessonsUsing.set(s, (lessonsUsing.get(s) ?? 0) + 1);
  const maxIdf = Math.log(lessons.length + 1);
  perLesson.forEach((words, lessonIndex) => {
    if (!lessons[lessonIndex]?.cues.length) return; // lessons tickets never call for (team care) stay out
    for (const [s, word] of words) {
      // Words a quarter of the lessons use ("your", "them", "when") tell none of them apart.
      if ((lessonsUsing.get(s) ?? 0) > lessons.length / 4) continue;
      const idf = Math.log((lessons.length + 1) / (lessonsUsing.get(s) ?? 1));
      let node = root.next.get(s);
      if (!node) {
        node = { next: new Map(), cues: [] };
        root.next.set(s, node);
      }
      stems.add(s);
      if (node.cues.some((ref) => ref.lesson === lessonIndex)) continue; // the lesson's own cue says it better
      node.cues.push({ lesson: lessonIndex, cue: word, weight: (WEIGHT.lessonText * idf) / maxIdf, length: 1 });
    }
  });
}

/** The cue stem a ticket word stands for: its own stem, or the stem of the cue word it is a typo of. */
function canonical(index: MatcherIndex, word: string): { stem: string; fuzzy: boolean } | null {
  const cached = index.wordCache.get(word);
  if (cached !== undefined) return cached === null ? null : { stem: cached.slice(1), fuzzy: cached[0] === '~' };
  const own = stem(word);
  let result: { stem: string; fuzzy: boolean } | null = index.stems.has(own) ? { stem: own, fuzzy: false } : null;
  if (!result && word.length >= FUZZY_MIN_LENGTH && word.length <= FUZZY_MAX_LENGTH && !COMMON.has(word) && !/\d|'|(\p{L})\1\1/u.test(word)) {
    const found = fuzzyLookup(index, word);
    if (found) result = { stem: stem(found), fuzzy: true };
  }
  if (index.wordCache.size >= WORD_CACHE_LIMIT) index.wordCache.clear();
  index.wordCache.set(word, result ? (result.fuzzy ? '~' : '=') + result.stem : null);
  return result;
}

function fuzzyLookup(index: MatcherIndex, word: string): string | null {
  const fuse = index.fuzzyByInitial.get(word.slice(0, 2));
  if (!fuse) return null;
  // Calibrated on fuse.js scores: "refnd"→refund 0.20, "cancle"→cancel 0.17, "recieved"→received 0.25 pass;
  // "defunct"→deducted 0.29, "bumped"→busted 0.33 do not.
  const maxScore = word.length <= 5 ? 0.21 : 0.26;
  const maxLengthGap = word.length <= 6 ? 1 : 2;
  for (const { item, score } of fuse.search(word, { limit: 5 })) {
    if ((score ?? 1) > maxScore) break;
    if (Math.abs(item.length - word.length) <= maxLengthGap) return item;
  }
  return null;
}

interface Part {
  part: TextPart;
  text: string;
  weight: number;
}

function partsOf(ticket: string | TicketText): Part[] {
  if (typeof ticket === 'string') return [{ part: 0, text: ticket, weight: 1 }];
  const parts: Part[] = [];
  if (ticket.subject) parts.push({ part: 'subject', text: ticket.subject, weight: WEIGHT.subject });
  const last = ticket.messages.length - 1;
  ticket.messages.forEach((text, i) => parts.push({ part: i, text, weight: i === last ? 1 : WEIGHT.olderMessage }));
  return parts;
}

interface Hit extends Evidence {
  value: number;
}

/** Hits of one piece of text, by lesson. */
type LocalHits = Map<number, Hit[]>;
/** Best hit per cue, by lesson, over the whole ticket. */
type BestHits = Map<number, Map<string, Hit>>;

// Long text is read in chunks of whole lines (or sentences): cues never cross a sentence, so nothing is lost,
// and each chunk's words are garbage long before the next, which keeps the cost linear in the text's length.
const CHUNK_CHARS = 8192;

function chunkEnd(text: string, from: number): number {
  const limit = from + CHUNK_CHARS;
  if (limit >= text.length) return text.length;
  for (const mark of ['\n', '. ', ' ']) {
    const at = text.lastIndexOf(mark, limit);
    if (at > from) return at + mark.length;
  }
  return limit;
}

/** Words looked up between pauses: on a cold cache each new word may cost a fuzzy search, so a chunk is paused in too. */
const WORDS_PER_STEP = 256;

/** Collects a part's hits chunk by chunk, pausing (yield) within and after each chunk so callers can slice the work. */
function* collectHits(index: MatcherIndex, part: Part, best: BestHits): Generator<void, void> {
  for (let from = 0; from < part.text.length; ) {
    const to = chunkEnd(part.text, from);
    const local: LocalHits = new Map();
    yield* collectChunk(index, part, part.text.slice(from, to), from, local);
    for (const [lesson, hits] of local) {
      const byCue = best.get(lesson) ?? new Map<string, Hit>();
      best.set(lesson, byCue);
      for (const hit of strongestEvidence(hits)) {
        const kept = byCue.get(hit.cue);
        if (!kept || hit.value > kept.value) byCue.set(hit.cue, hit);
      }
    }
    from = to;
    yield;
  }
}

function* collectChunk(index: MatcherIndex, part: Part, text: string, offset: number, local: LocalHits): Generator<void, void> {
  const tokens = tokenize(text);
  const canon: ReturnType<typeof canonical>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    canon.push(canonical(index, (tokens[i] as Token).word));
    if (i % WORDS_PER_STEP === WORDS_PER_STEP - 1) yield;
  }
  const numbers = tokens.map((t) => numberClass(t.word));
  const noSpans = negativeDeterminers(tokens);
  const hit = (ref: CueRef, first: number, last: number, fuzzy: boolean) => {
    const a = tokens[first] as Token;
    const b = tokens[last] as Token;
    const negated = isNegatedAt(tokens, first);
    const context = negated ? 'negated' : a.quoted ? 'quoted' : 'plain';
    const value = ref.weight * part.weight * (fuzzy ? WEIGHT.fuzzy : 1) * (negated ? WEIGHT.negated : a.quoted ? WEIGHT.quoted : 1);
    const kind = fuzzy ? 'fuzzy' : 'exact';
    push(local, ref.lesson, { cue: ref.cue, text: text.slice(a.start, b.end), part: part.part, start: offset + a.start, end: offset + b.end, kind, context, value });
  };
  // From each word, follow the trie as far as the words go; a number may follow its literal or its class.
  const walk = (node: TrieNode, first: number, j: number, fuzzy: boolean): void => {
    const token = tokens[j];
    if (!token || token.sentence !== tokens[first]?.sentence) return;
    const c = canon[j];
    const steps: Array<[TrieNode | undefined, boolean]> = [];
    if (c) steps.push([node.next.get(c.stem), fuzzy || c.fuzzy]);
    const n = numbers[j];
    if (n !== undefined && first !== j) steps.push([node.next.get(n), fuzzy]);
    for (const [next, nextFuzzy] of steps) {
      if (!next) continue;
      for (const ref of next.cues) hit(ref, first, j, nextFuzzy);
      walk(next, first, j + 1, nextFuzzy);
    }
    // "not one email", "not a single update", "zero replies" say what a cue's "no" says.
    const last = noSpans.get(j);
    const no = last === undefined ? undefined : node.next.get('no');
    if (last !== undefined && no) {
      for (const ref of no.cues) hit(ref, first, last, fuzzy);
      walk(no, first, last + 1, fuzzy);
    }
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

function push(local: LocalHits, lesson: number, hit: Hit) {
  const hits = local.get(lesson);
  if (hits) hits.push(hit);
  else local.set(lesson, [hit]);
}

function addToneHits(index: MatcherIndex, part: Part, text: string, offset: number, tokens: Token[], local: LocalHits) {
  const tone = (lessons: number[] | undefined, signal: ToneSignal, start: number, end: number, weight: number) => {
    for (const lesson of lessons ?? []) {
      push(local, lesson, { cue: signal, text: text.slice(start, end), part: part.part, start: offset + start, end: offset + end, kind: 'tone', context: 'plain', value: weight * part.weight });
    }
  };
  const capitals = tokens.filter((t) => t.capitals && !t.quoted);
  // Three words in capitals, or one long one ("UNACCEPTABLE"): short acronyms alone are not shouting.
  const loud = capitals.length >= 3 ? capitals[0] : capitals.find((t) => t.end - t.start >= 6);
  if (loud) tone(index.signals.get('shouting'), 'shouting', loud.start, loud.end, WEIGHT.shouting);
  const run = exclamationRuns(text)[0];
  if (run) tone(index.signals.get('exclamation'), 'exclamation', run[0], run[1], WEIGHT.exclamation);
  // Two or more reports of what someone said or was told, in the customer's own words, read as a contradiction.
  const reports = tokens.filter((t) => REPORTED_SPEECH.has(t.word) && !t.quoted);
  const [first, second] = reports;
  if (first && second) tone(index.signals.get('contradiction'), 'contradiction', first.start, second.end, WEIGHT.contradiction);
}

const REPORTED_SPEECH = new Set(['said', 'says', 'told', 'tells', 'claimed', 'claims', 'insisted', 'insists', 'reckons']);

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

const indexCache = new WeakMap<readonly Lesson[], MatcherIndex>();

function indexFor(lessons: readonly Lesson[] | MatcherIndex): MatcherIndex {
  if (!Array.isArray(lessons)) return lessons as MatcherIndex;
  const list = lessons as readonly Lesson[];
  let index = indexCache.get(list);
  if (!index) {
    index = buildIndex(list);
    indexCache.set(list, index);
  }
  return index;
}

/**
 * Ranks lessons for a ticket, best first. Pass the same lessons array (or a prebuilt index) between calls
 * and its index is reused. Only suggestions scoring at least `minScore` come back.
 */
export function rank(ticket: string | TicketText, lessons: readonly Lesson[] | MatcherIndex, options: RankOptions = {}): Suggestion[] {
  const steps = rankSteps(ticket, indexFor(lessons), options);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The same ranking, in slices: after each chunk of text, when more than `budgetMs` has passed since the last
 * pause, it awaits `pause()` so a page's main thread is never held for long by a huge ticket.
 */
export async function rankInSlices(
  ticket: string | TicketText,
  lessons: readonly Lesson[] | MatcherIndex,
  options: RankOptions = {},
  budgetMs = 20,
  pause: () => Promise<unknown> = () => new Promise((resume) => setTimeout(resume, 0)),
): Promise<Suggestion[]> {
  const steps = rankSteps(ticket, indexFor(lessons), options);
  let sliceStart = performance.now();
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    if (performance.now() - sliceStart > budgetMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

function* rankSteps(ticket: string | TicketText, index: MatcherIndex, options: RankOptions): Generator<void, Suggestion[]> {
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const perLesson: BestHits = new Map();
  for (const part of partsOf(ticket)) yield* collectHits(index, part, perLesson);

  // Each lesson's own evidence, and each main topic's evidence pooled over its lessons (a span counted once).
  const own = new Map<number, { lesson: Lesson; evidence: Hit[]; raw: number; weight: number; spans: Set<string> }>();
  const topicSpans = new Map<string, Map<string, number>>();
  const spanKey = (hit: Hit) => `${hit.part}:${hit.start}:${hit.end}`;
  for (const [lessonIndex, hits] of perLesson) {
    const lesson = index.lessons[lessonIndex];
    if (!lesson || options.exclude?.has(lesson.id)) continue;
    const weight = Math.max(0, Math.min(3, options.weights?.[lesson.id] ?? 1));
    if (weight === 0) continue;
    const evidence = [...hits.values()].sort((a, b) => b.value - a.value);
    const raw = evidence.reduce((sum, hit) => sum + hit.value, 0);
    own.set(lessonIndex, { lesson, evidence, raw, weight, spans: new Set(evidence.map(spanKey)) });
    const spans = topicSpans.get(mainTopic(lesson)) ?? new Map<string, number>();
    topicSpans.set(mainTopic(lesson), spans);
    for (const hit of evidence) spans.set(spanKey(hit), Math.max(spans.get(spanKey(hit)) ?? 0, hit.value));
  }
  const scored: Suggestion[] = [];
  for (const { lesson, evidence, raw, weight, spans } of own.values()) {
    // Signals for the same topic that sibling lessons found (and this one did not) make this lesson likelier too.
    let siblings = 0;
    for (const [key, value] of topicSpans.get(mainTopic(lesson)) ?? []) if (!spans.has(key)) siblings += value;
    // The agents' feedback weighs the whole of it, so "not relevant" is not undone by the pooling.
    const pooled = weight * (raw + WEIGHT.topicPooling * siblings);
    const score = 1 - Math.exp(-pooled / WEIGHT.saturation);
    if (score < minScore || score <= 0) continue;
    scored.push({
      lesson,
      score: Math.round(score * 1000) / 1000,
      evidence: evidence.map(({ cue, text, part, start, end, kind, context }) => ({ cue, text, part, start, end, kind, context })),
    });
  }
  scored.sort((a, b) => b.score - a.score || a.lesson.id.localeCompare(b.lesson.id));
  return diversify(scored).slice(0, limit);
}

/** Orders so that the first few suggestions cover different main topics when the scores are close. */
function diversify(sorted: Suggestion[]): Suggestion[] {
  const seen = new Map<string, number>();
  const keyed = sorted.map((s, position) => {
    const topic = mainTopic(s.lesson);
    const count = seen.get(topic) ?? 0;
    seen.set(topic, count + 1);
    return { s, position, key: s.score * WEIGHT.sameTopicPenalty ** count };
  });
  keyed.sort((a, b) => b.key - a.key || a.position - b.position);
  return keyed.map((k) => k.s);
}
