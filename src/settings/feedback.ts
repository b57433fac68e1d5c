// The agents' Helpful / Not relevant counts per lesson (storage.local `feedback`), and the matcher's weights from them.
import { FEEDBACK_KEY } from './keys';
import { get, isRecord, serially, set } from './store';
import { forgetHelpful } from './ticket-choices';

export interface LessonFeedback {
  helpful: number;
  notRelevant: number;
}

export async function lessonFeedback(): Promise<Record<string, LessonFeedback>> {
  const stored = (await get('local', FEEDBACK_KEY))[FEEDBACK_KEY];
  const out: Record<string, LessonFeedback> = {};
  if (!isRecord(stored)) return out;
  const count = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : 0);
  for (const [id, value] of Object.entries(stored)) {
    if (isRecord(value)) out[id] = { helpful: count(value.helpful), notRelevant: count(value.notRelevant) };
  }
  return out;
}

/** Counts one Helpful or Not relevant; `undo` takes one back (the agent un-pressed Helpful, or undid Not relevant). */
export function recordFeedback(lessonId: string, verdict: 'helpful' | 'not-relevant', undo = false): Promise<void> {
  return serially(async () => {
    const all = await lessonFeedback();
    // Own keys only: a pack lesson may be named "constructor", which every object inherits.
    const entry = (Object.hasOwn(all, lessonId) ? all[lessonId] : undefined) ?? { helpful: 0, notRelevant: 0 };
    const by = undo ? -1 : 1;
    if (verdict === 'helpful') entry.helpful = Math.max(0, entry.helpful + by);
    else entry.notRelevant = Math.max(0, entry.notRelevant + by);
    all[lessonId] = entry;
    await set('local', { [FEEDBACK_KEY]: all });
  });
}

/** Forgets the feedback for one lesson, or for all, with the Helpful kept pressed on tickets for it. */
export async function resetFeedback(lessonId?: string): Promise<void> {
  await serially(async () => {
    const all = lessonId === undefined ? {} : await lessonFeedback();
    if (lessonId !== undefined) delete all[lessonId];
    await set('local', { [FEEDBACK_KEY]: all });
  });
  await forgetHelpful(lessonId);
}

/** Agents' feedback as the matcher's per-lesson weights: helpful lifts a lesson a little, not relevant lowers it more. */
export function feedbackWeights(feedback: Readonly<Record<string, LessonFeedback>>): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const [id, { helpful, notRelevant }] of Object.entries(feedback)) {
    weights[id] = Math.min(2, Math.max(0.3, 1 + 0.1 * helpful - 0.15 * notRelevant));
  }
  return weights;
}
