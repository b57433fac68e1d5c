// The compiled form of a reply-check pattern (compile.ts builds it, match.ts runs it) and the words it may name.
export const DETECTORS = ['placeholder', 'shouting', 'list-item', 'eye-roll'] as const;
export type DetectorName = (typeof DETECTORS)[number];

export interface Vocabulary {
  classes: Readonly<Record<string, readonly string[]>>;
  sets: Readonly<Record<string, readonly string[]>>;
  /** The blanks the lessons in use write ("what you did about the charges"; slots.ts), which a draft must not leave in.
   * Not in vocabulary.json: joined to it from the lessons where the checks run (withSlots). */
  slots?: readonly string[];
}

export interface WordTest {
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
export type Element =
  | { kind: 'word'; test: WordTest; optional: boolean }
  | { kind: 'any'; optional: boolean }
  | { kind: 'gap'; max: number; overNegations: boolean }
  | { kind: 'next' }
  | { kind: 'end' };

/** The word a match is looked up by, and how many words after the match's start it stands. */
export interface Lookup {
  test: WordTest;
  offset: number;
}

export type Pattern =
  | { source: string; kind: 'words'; anchored: boolean; elements: Element[]; lookup: Lookup | null }
  | { source: string; kind: 'detector'; detector: DetectorName };

/** Up to this many words may stand in for "...". */
export const GAP_WORDS = 4;
export class PatternError extends Error {}
