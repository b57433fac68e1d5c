// Messages between the extension's parts. Lessons flow from the background to the tab; ticket text never flows back.
import type { Lesson } from './lessons/schema';

export const GET_LESSONS = 'extra-mile:get-lessons';
export const TOGGLE_SIDEBAR = 'extra-mile:toggle-sidebar';

export type Message = { type: typeof GET_LESSONS } | { type: typeof TOGGLE_SIDEBAR };

export interface LessonsReply {
  lessons: Lesson[];
}

export function isMessage(value: unknown): value is Message {
  const type = (value as { type?: unknown } | null)?.type;
  return type === GET_LESSONS || type === TOGGLE_SIDEBAR;
}
