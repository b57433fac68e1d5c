// The engine's contract. It knows text, not pages: adapters turn a page into TicketText.
import type { Lesson } from '../lessons/schema';

/** What the matcher reads: a subject and the customer's messages, oldest first (the newest counts most). */
export interface TicketText {
  subject?: string;
  messages: string[];
}

/** Where a piece of evidence sits: the subject, or a message by its index in `messages`. A plain string ticket is message 0. */
export type TextPart = 'subject' | number;

export interface Evidence {
  /** The lesson's cue (or tone signal name) that matched. */
  cue: string;
  /** The ticket's own words at [start, end) of that part. */
  text: string;
  part: TextPart;
  start: number;
  end: number;
  /**
   * exact: a lesson's cue, same word stems; fuzzy: a cue word misspelt (a typo found by fuse.js, never another real
   * word); lesson: a word of the lesson's own text (title, advice, steps, phrases), weighed as a faint cue; model:
   * words that most raised the topic model's score for this lesson's topic; tone: shouting, exclamation marks or
   * contradicting reports.
   */
  kind: 'exact' | 'fuzzy' | 'lesson' | 'model' | 'tone';
  /** negated ("not broken") and quoted (a "> " line or text in quotation marks) count for less. */
  context: 'plain' | 'negated' | 'quoted';
}

export interface Suggestion {
  lesson: Lesson;
  /** Calibrated probability in [0, 1] that the lesson's main topic is what the ticket most needs (times feedback). */
  score: number;
  /** Why it matched, strongest first. */
  evidence: Evidence[];
}

export interface RankOptions {
  /** How many suggestions at most (default 5). */
  limit?: number;
  /** Suggestions scoring below this are dropped (default MIN_SCORE). */
  minScore?: number;
  /** Topics below this share of the best topic's probability are not suggested (default RELATIVE_CUT; 0 shows all). */
  relativeCut?: number;
  /** Per-lesson multipliers from agents' feedback, e.g. { 'own-it': 1.2 }; 1 is neutral, 0 hides. */
  weights?: Readonly<Record<string, number>>;
  /** How much the cues raise the topics whose lessons they name (default CUE_BOOST; 0 leaves the ranking to the model). */
  cueBoost?: number;
  /** In a thread, the share the latest message's own topic probabilities take beside the whole's (default LATEST_SHARE). */
  latestShare?: number;
  /**
   * Lesson ids not to suggest for this ticket (marked Not relevant there). Their cues still count in the topics' cue
   * boost: the ticket says what it says. A lesson hidden everywhere is left out of the engine's library instead.
   */
  exclude?: ReadonlySet<string>;
}
