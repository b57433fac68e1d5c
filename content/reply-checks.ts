// The reply coach's checks on a draft, injected into the tab only when a side panel first needs a checklist there:
// they are most of the coach's code (its patterns, word classes and detectors), and a desk page with no panel open, or
// no words in its reply box, never runs them. content/reply-coach.ts asks the background, which injects this file into
// the same frame, where it runs beside the content script (its isolated world, never the page's) and leaves it one
// object on that world's global. The draft is still checked in the tab and dropped; only the checklist leaves it. The
// text rules that tell the draft from history and signatures typed in the editor come here too: the content script
// reads the editor's text (draftSource), these read the draft in it.
import { betterPhrase, blanksToFill, checkedLessons, checkedTopics, checkQuote, checkReplyWith, draftFromText, draftText, type Check, type CheckResult, type PhraseSource, type ShownSuggestion, type Vocabulary } from '../src/coach/index';
import { REPLY_CHECKS_GLOBAL, type CoachLine, type CoachState } from '../src/messages';

/** What a desk page needs of a lesson for the coach: its phrases (a check's own lesson's better wording). */
export type LessonPhrases = (lessonId: string) => { phrases: readonly string[] } | undefined;

/** What the panel shows where the editor holds no words of the agent's (only the desk's greeting and signature, say). */
const EMPTY: CoachState = { enabled: true, empty: true, lines: [] };

/**
 * The checklist for the draft in an editor's text (draftSource): plain data for the panel, with no more of the draft
 * than each broken check's quote; EMPTY where it has no words of the agent's. Of `checks`, those of the topics
 * checkedTopics picks of the suggestions and the universal ones run (checkReplyWith the words the background sent, as
 * checkReply runs in the CLI).
 */
export function checkEditorText(source: string, suggested: readonly ShownSuggestion<PhraseSource>[], checks: readonly Check[], vocabulary: Vocabulary, lesson: LessonPhrases): CoachState {
  const draft = draftFromText(source);
  return draft.trim() ? checkDraft(draft, suggested, checks, vocabulary, lesson) : EMPTY;
}

/** The checklist for a draft with words in it (checkEditorText, once the draft is read from the editor's text). */
export function checkDraft(draft: string, suggested: readonly ShownSuggestion<PhraseSource>[], checks: readonly Check[], vocabulary: Vocabulary, lesson: LessonPhrases): CoachState {
  const byId = new Map(checks.map((check) => [check.id, check]));
  const lessons = suggested.map((s) => s.lesson);
  const lines = checkReplyWith(vocabulary, draft, checkedTopics(suggested), checks, checkedLessons(suggested)).map((r) => {
    const check = byId.get(r.id);
    if (r.ok || !check) return line(r, null, []);
    // As check-reply does: blanks to fill only where no phrase is offered (a phrase is offered only while none is held).
    const better = betterPhrase(check, lessons, vocabulary, lesson, draft);
    return line(r, better, better ? [] : blanksToFill(check, lessons, vocabulary, lesson, draft));
  });
  return { enabled: true, empty: false, lines };
}

/** What this file leaves on its world's global for the content script. */
export interface ReplyChecks {
  checkEditorText: typeof checkEditorText;
  /** Where the draft ends in an editor's text, for Insert (draftText). */
  draftText: typeof draftText;
}

function line(result: CheckResult, better: string | null, fill: readonly string[]): CoachLine {
  if (result.ok) return { id: result.id, ok: true, message: result.message };
  const quote = checkQuote(result);
  return {
    id: result.id,
    ok: false,
    message: result.message,
    ...(quote ? { evidence: quote } : {}),
    ...(better ? { phrase: better } : {}),
    ...(fill.length ? { fill: [...fill] } : {}),
  };
}

export const replyChecks: ReplyChecks = { checkEditorText, draftText };

(globalThis as Record<string, unknown>)[REPLY_CHECKS_GLOBAL] = replyChecks;
