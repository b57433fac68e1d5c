// Relevance figures, the same for every system: hit@1, hit@3, prec@3 and the share of tickets left without a suggestion.
import type { LabelledMessage } from './corpus';

/** A system answers a ticket with main topics, best first (one per suggestion; repeats allowed). */
export type TopicSystem = (text: string) => string[];

export interface Figures {
  n: number;
  hit1: number;
  hit3: number;
  precision3: number;
  /** The same over three places always: a ticket with fewer suggestions (or none) counts the places left empty as wrong. */
  precision3Of3: number;
  none: number;
}

export function measure(system: TopicSystem, tickets: readonly LabelledMessage[], onTicket?: (t: LabelledMessage, top: string[]) => void): Figures {
  let hit1 = 0;
  let hit3 = 0;
  let precisionSum = 0;
  let rightInThree = 0;
  let answered = 0;
  let none = 0;
  for (const t of tickets) {
    const top = system(t.text).slice(0, 3);
    onTicket?.(t, top);
    if (!top.length) none++;
    if (top[0] === t.primary) hit1++;
    if (top.includes(t.primary)) hit3++;
    if (top.length) {
      answered++;
      const labels = new Set([t.primary, ...t.also]);
      const right = top.filter((m) => labels.has(m)).length;
      precisionSum += right / top.length;
      rightInThree += right;
    }
  }
  const n = tickets.length || 1;
  return { n: tickets.length, hit1: hit1 / n, hit3: hit3 / n, precision3: answered ? precisionSum / answered : 0, precision3Of3: rightInThree / (3 * n), none: none / n };
}
