// How much each kind of cue evidence counts when choosing a lesson within a topic, reordering topics and explaining it.
export const CUE_WEIGHT = {
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
  /** Words of a lesson's own text (title, advice, steps, phrases) count as faint cues, scaled by how few lessons use them. */
  lessonText: 0.35,
  /** A cue that lessons of several main topics share says less about any one of them. */
  sharedCue: 0.3,
} as const;
