// The cues' say in which topics a ticket calls for. The model ranks the topics; each topic the model found likely (at
// least the relative cut of the best) is then raised by the share of the ticket's cue evidence that falls on its
// lessons: p × e^(boost × share), renormalised over the ticket topics. Topics under the cut are left as they are, so
// cues reorder what the model found likely and never bring up a topic of their own. The evidence is what chooses the
// lessons (cues, the lessons' own words, tone signals), as feedback weighs it (a lesson marked Not relevant on the
// ticket still counts there: suggest.ts). The cue lists
// were written from the lessons and our training split only (training/cues/), so they carry wording the model may have
// seen too rarely to weigh.
import { mainTopic } from '../topics';
import type { LessonChoice } from './choose';
import { NONE, type TopicScore } from './model';

/** Boosts past this are a typo for a large number: e^(10 × 1) is already a rank decided by the cues alone. */
const MAX_BOOST = 10;

/** The probability a ticket topic needs to be suggested: `relativeCut` of the best ticket topic's (`none` aside). */
export function cutFloor(topics: readonly TopicScore[], relativeCut: number): number {
  return relativeCut * (topics.find((t) => t.topic !== NONE)?.probability ?? 0);
}

/** The probability the ticket topics have together (all but `none`). */
function ticketMass(topics: readonly TopicScore[]): number {
  return topics.reduce((sum, t) => (t.topic === NONE ? sum : sum + t.probability), 0);
}

export function boostByCues(topics: readonly TopicScore[], choices: readonly LessonChoice[], boost: number, relativeCut: number): TopicScore[] {
  if (!(boost > 0)) return [...topics];
  const floor = cutFloor(topics, relativeCut);
  const likely = new Set(topics.filter((t) => t.topic !== NONE && t.probability >= floor).map((t) => t.topic));
  const byTopic = new Map<string, number>();
  let total = 0;
  for (const choice of choices) {
    const topic = mainTopic(choice.lesson);
    if (!likely.has(topic) || !(choice.cueScore > 0)) continue;
    byTopic.set(topic, (byTopic.get(topic) ?? 0) + choice.cueScore);
    total += choice.cueScore;
  }
  if (!(total > 0) || !Number.isFinite(total)) return [...topics];
  const factor = Math.min(boost, MAX_BOOST) / total;
  // The ticket topics keep the probability mass the model gave them together; `none` keeps its own.
  const boosted = topics.map((t) => (t.topic === NONE ? t : { ...t, probability: t.probability * Math.exp(factor * (byTopic.get(t.topic) ?? 0)) }));
  const mass = ticketMass(topics);
  const after = ticketMass(boosted);
  return boosted.map((t) => (t.topic === NONE ? t : { ...t, probability: (t.probability * mass) / after })).sort((a, b) => b.probability - a.probability);
}
