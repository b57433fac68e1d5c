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
//
// compile.ts reads a pattern, sets.ts writes out a check's list, positions.ts indexes a draft, match.ts runs a pattern.
export { compilePattern } from './compile';
export { expandSets, phraseVariants } from './sets';
export { WordPositions, wordPositions } from './positions';
export { matchWords, type WordMatch } from './match';
export { DETECTORS, GAP_WORDS, PatternError, type DetectorName, type Pattern, type Vocabulary } from './types';
