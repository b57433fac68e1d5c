// The reply coach's public face: the bundled checks and their merge with packs', checkReply and the draft readers for the panel and the CLI.
// The schema (valibot) is in schema.ts, for the pack validator and tests only.
export { BUILTIN_CHECKS, checksInUse, checksWith, type LeftOutCheck } from './checks-in-use';
export { checkReply, checkReplyWith, checksFor, type CheckResult, type Evidence } from './check';
export { checkQuote } from './quote';
export type { Vocabulary } from './pattern';
export type { Check } from './schema';
export { VOCABULARY } from './vocabulary';
export { lessonSlots, withSlots } from './slots';
export { draftFromText, draftText, readDraft } from './draft';
export { betterPhrase, blanksToFill, filledBlanks, type PhraseSource } from './better-phrase';
export { checkedLessons, checkedTopics, CHECKED_TOPIC_MIN_SCORE, type ShownSuggestion } from './checked-topics';
