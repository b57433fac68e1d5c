// The panel's contract: plain data in (what the active tab shows), callbacks out. It knows no help desk.
import type { InsertAnswer, TabView } from '../src/messages';

export type Verdict = 'helpful' | 'not-relevant';

/** The active tab's view; `null` where no content script answers (a page Extra Mile does not read). */
export type PanelView = TabView | null;

export interface PanelActions {
  /** Copy a phrase; resolve true when it reached the clipboard, 'moved-on' where the tab has left the ticket shown
   * (the phrase was filled for that ticket's customer: nothing is copied). */
  onCopy(phrase: string): Promise<InsertAnswer>;
  /** Insert a phrase into the tab's reply editor; resolve true when it went in. On false (no editor) the panel copies
   * instead; on 'moved-on' (the tab shows another ticket now) it copies nothing and says so. */
  onInsert(phrase: string): Promise<InsertAnswer>;
  /** Helpful, or Not relevant (which hides the lesson for this ticket); `undo`: Helpful un-pressed, its count taken back. */
  onFeedback(lessonId: string, verdict: Verdict, undo?: boolean): void;
  /** Undo a Not relevant: the lesson may come back, and its count is taken back. */
  onUnhide(lessonId: string): void;
}
