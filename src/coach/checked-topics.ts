// Which topics' checks run for a ticket: one rule for the side panel (content/reply-coach.ts) and the CLI
// (check-reply), so both run the same checks on the same suggestions.
import { mainTopic, type TopicId } from '../topics';

/**
 * A topic's checks run when one of its suggestions scores at least this: a "must" (a date, steps, a remedy, an
 * acknowledgement) is asked of a reply only where the ticket likely calls for it, not for every topic shown (steps
 * for a cancellation under a "How do I…" lesson at 0.10; a time under a keep-informed lesson at 0.05 for a fix already
 * done). Chosen among floors 0.05–0.2, shares 0.1–0.5 of the top score and the first k topics, by the topic checks
 * run against the topics labelled on our ticket sets, by F1 (precision / recall, every topic shown → 0.15):
 * natural-bulk 0.70 / 0.88 → 0.85 / 0.76, written-tickets 0.63 / 0.71 → 0.84 / 0.56; the real dev set, printed beside
 * them but not used to choose, 0.46 / 0.89 → 0.66 / 0.64 (`node dist/tools/eval.mjs --coach` prints all three).
 */
export const CHECKED_TOPIC_MIN_SCORE = 0.15;

/** A suggestion as shown, as much as the choice reads: its lesson's topics and its score. */
export interface ShownSuggestion<L extends { readonly topics: readonly TopicId[] } = { readonly topics: readonly TopicId[] }> {
  lesson: L;
  score: number;
}

/** The suggestions that score CHECKED_TOPIC_MIN_SCORE or more: those whose checks run. */
function checked<S extends ShownSuggestion<{ readonly topics: readonly TopicId[] }>>(suggestions: readonly S[]): S[] {
  return suggestions.filter((s) => s.score >= CHECKED_TOPIC_MIN_SCORE);
}

/** The main topics of the suggestions checked, each once, in the order shown. */
export function checkedTopics(suggestions: readonly ShownSuggestion[]): TopicId[] {
  return [...new Set(checked(suggestions).map((s) => mainTopic(s.lesson)))];
}

/** The lessons of the suggestions checked, for the checks of their own lesson (`ownLesson`). */
export function checkedLessons(suggestions: readonly ShownSuggestion<{ readonly id: string; readonly topics: readonly TopicId[] }>[]): Set<string> {
  return new Set(checked(suggestions).map((s) => s.lesson.id));
}
