// The lessons' cues as one trie of word stems, so a ticket is read once whatever the number of lessons.
// Cues made only of function words ("where's the", "still") are left out: they match everywhere and explain nothing.
import type { Lesson, ToneSignal } from '../../lessons/schema';
import { mainTopic } from '../../topics';
import { isFunctionWord } from '../function-words';
import { matchKey } from './forms';
import { numberClass } from './stem';
import { tokenize } from './tokenize';
import type { RealWords } from '../lexicon';
import { buildTypoIndex, type TypoIndex } from './typos';
import { CUE_WEIGHT } from './weights';

export interface CueRef {
  lesson: number;
  cue: string;
  weight: number;
  length: number;
  /** A word of the lesson's own text (a faint cue), not one of its cues: the reasons say so. */
  lessonText?: true;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  cues: CueRef[];
}

/** The cue stem a ticket word stands for, and whether it got there as a typo. Shared by every occurrence: read-only. */
export interface CanonicalWord {
  readonly stem: string;
  readonly fuzzy: boolean;
  /** The ticket's word is a function word: alone, never a cue's match (kept here, worked out once per word). */
  readonly functionWord: boolean;
}

export interface CueIndex {
  readonly lessons: readonly Lesson[];
  readonly root: TrieNode;
  /** Keys of every cue word (forms.ts: its stem, or its own key for a word the stemmer would join to another). */
  readonly stems: Set<string>;
  readonly typos: TypoIndex;
  /** word → the cue stem it stands for (null when it matches no cue word); grows with the vocabulary seen, bounded. */
  readonly wordCache: Map<string, CanonicalWord | null>;
  readonly signals: Map<ToneSignal, number[]>;
  /** What building it read, to hold against CUE_LIMITS: cues indexed, characters of lesson text read. */
  readonly built: { cues: number; textChars: number };
}

/**
 * Bounds on what a set of lessons (the library and every pack in use) may cost to index and match, whatever packs
 * arrive: the validator accepts 500 lessons of 120 cues in a pack, 60,000 cues, and a pack of lesson text; several
 * packs may be in use. Past these bounds, lessons keep what was indexed before them (the library comes first):
 *  - cuesInAll: cues indexed in all (the library has about 3,000); later ones are skipped before being read;
 *  - wordsPerCue: a longer cue is a sentence, not a cue;
 *  - lessonTextChars: characters of lessons' own text read for faint cues in all (the library has about 40,000).
 */
export const CUE_LIMITS = { cuesInAll: 20_000, wordsPerCue: 8, lessonTextChars: 200_000 } as const;

/**
 * A cue's words as the index keys them, each with the word as written, or null for a cue the index leaves out (no
 * word, too many words, or function words only). Inside a phrase a number stands for its class (stem.ts: "3 times"
 * matches "5 times"); alone it is literal ("404").
 */
export function cueKeys(cue: string): Array<{ key: string; word: string }> | null {
  const tokens = tokenize(cue);
  if (leftOutBecause(tokens)) return null;
  return tokens.map((t) => ({ key: tokens.length > 1 ? numberClass(t.word) ?? matchKey(t.word) : matchKey(t.word), word: t.word }));
}

/** Why the index leaves a cue out. */
export type CueLeftOut = 'no-word' | 'too-many-words' | 'common-words-only' | 'split';

/**
 * Why the index leaves a cue out, or null when it keys it. A pack's author hears of it (lessons/pack/unmatchable-cues.ts): a cue of no
 * word (only punctuation, symbols or emoji, or one run of letters too long to be a word) is refused; one of only
 * common words ("two weeks"), of more than CUE_LIMITS.wordsPerCue words, or split by a comma, a colon, a dash or a full
 * stop ("charged, twice") is named as never matching.
 */
export function cueLeftOutBecause(cue: string): CueLeftOut | null {
  return leftOutBecause(tokenize(cue));
}

function leftOutBecause(tokens: readonly { word: string; follows: boolean }[]): CueLeftOut | null {
  if (!tokens.length) return 'no-word';
  if (tokens.length > CUE_LIMITS.wordsPerCue) return 'too-many-words';
  // A phrase matches only within one clause: "charged, twice" or "Mr. Smith" never can.
  if (tokens.some((t, i) => i > 0 && !t.follows)) return 'split';
  return tokens.every((t) => isFunctionWord(t.word)) ? 'common-words-only' : null;
}

export function buildCueIndex(lessons: readonly Lesson[], lexicon: RealWords = new Set<string>()): CueIndex {
  const root: TrieNode = { next: new Map(), cues: [] };
  const stems = new Set<string>();
  const words = new Set<string>();
  const signals = new Map<ToneSignal, number[]>();
  let cuesInAll = 0;
  lessons.forEach((lesson, lessonIndex) => {
    for (const cue of lesson.cues) {
      if (cuesInAll >= CUE_LIMITS.cuesInAll) break;
      const keys = cueKeys(cue);
      if (!keys) continue;
      cuesInAll++;
      let node = root;
      for (const { key, word } of keys) {
        stems.add(key);
        words.add(word);
        node = child(node, key);
      }
      const weight = Math.min(CUE_WEIGHT.maxPhrase, 1 + CUE_WEIGHT.perExtraWord * (keys.length - 1));
      // "2nd time" and "3rd time" are one cue once numbers are classes: count it once per lesson.
      if (!node.cues.some((ref) => ref.lesson === lessonIndex)) node.cues.push({ lesson: lessonIndex, cue, weight, length: keys.length });
    }
    for (const signal of lesson.signals ?? []) signals.set(signal, [...(signals.get(signal) ?? []), lessonIndex]);
  });
  const textChars = addLessonTextCues(lessons, root, stems);
  weighDownSharedCues(lessons, root);
  return { lessons, root, stems, typos: buildTypoIndex(words, lexicon), wordCache: new Map(), signals, built: { cues: cuesInAll, textChars } };
}

function child(node: TrieNode, s: string): TrieNode {
  let next = node.next.get(s);
  if (!next) {
    next = { next: new Map(), cues: [] };
    node.next.set(s, next);
  }
  return next;
}

/**
 * Each lesson's own words as faint single-word cues, weighted by inverse document frequency over the lessons.
 * Returns how many characters of lesson text it read.
 */
function addLessonTextCues(lessons: readonly Lesson[], root: TrieNode, stems: Set<string>): number {
  let textRead = 0;
  let full = false;
  const perLesson = lessons.map((lesson) => {
    const words = new Map<string, string>(); // stem → the word as the lesson writes it
    const text = [lesson.title, lesson.advice, ...(lesson.steps ?? []), ...lesson.phrases].join('\n');
    // Past the bound, this lesson and the rest match by their cues only.
    full ||= textRead + text.length > CUE_LIMITS.lessonTextChars;
    if (full) return words;
    textRead += text.length;
    for (const token of tokenize(text)) {
      if (token.word.length < 4 || /\d|'/.test(token.word) || isFunctionWord(token.word)) continue;
      const s = matchKey(token.word);
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
      const node = child(root, s);
      stems.add(s);
      if (node.cues.some((ref) => ref.lesson === lessonIndex)) continue; // the lesson's own cue says it better
      node.cues.push({ lesson: lessonIndex, cue: word, weight: (CUE_WEIGHT.lessonText * idf) / maxIdf, length: 1, lessonText: true });
    }
  });
  return textRead;
}

/** A cue listed under several main topics tells them apart less well: weigh it down. */
function weighDownSharedCues(lessons: readonly Lesson[], root: TrieNode): void {
  const visit = (node: TrieNode) => {
    if (node.cues.length) {
      const topics = new Set(node.cues.map((c) => mainTopic(lessons[c.lesson] as Lesson)));
      for (const ref of node.cues) ref.weight /= 1 + CUE_WEIGHT.sharedCue * (topics.size - 1);
    }
    node.next.forEach(visit);
  };
  visit(root);
}
