// The fixed topic vocabulary from shared/TOPICS.md. Lessons, packs, the side panel and the popup all use these ids.

export const TOPICS = [
  { id: 'empathy', name: 'Empathy', triggeredByTickets: true, summary: "See the problem from the customer's side and acknowledge what it costs them." },
  { id: 'stay-calm', name: 'Stay calm', triggeredByTickets: true, summary: 'Keep your cool with upset or rude customers and steer back to the facts.' },
  { id: 'ownership', name: 'Ownership', triggeredByTickets: true, summary: 'Own the problem to the end instead of passing the customer on.' },
  { id: 'keep-the-promise', name: 'Keep the promise', triggeredByTickets: true, summary: 'What was sold must work and arrive in good condition; make it right when it does not.' },
  { id: 'keep-informed', name: 'Keep them informed', triggeredByTickets: true, summary: 'Never leave the customer out in the cold: update them before they have to ask.' },
  { id: 'get-to-the-root', name: 'Get to the root', triggeredByTickets: true, summary: 'Ask precise questions to find the real problem before proposing a fix.' },
  { id: 'win-them-back', name: 'Win them back', triggeredByTickets: true, summary: 'Turn a failure into the moment an unhappy customer becomes an advocate.' },
  { id: 'prevent-repeats', name: 'Prevent repeats', triggeredByTickets: true, summary: 'Get it right first time and feed what you learn back so it does not happen again.' },
  { id: 'extra-mile', name: 'Extra mile', triggeredByTickets: true, summary: 'Go beyond the minimum with a small, unexpected effort.' },
  { id: 'clear-guidance', name: 'Clear guidance', triggeredByTickets: true, summary: 'Give clear, complete, step-by-step information.' },
  { id: 'no-blame', name: 'No blame', triggeredByTickets: true, summary: 'Analyse what went wrong instead of pointing fingers; answer as one team.' },
  { id: 'team-care', name: 'Team care', triggeredByTickets: false, summary: 'Look after the people who serve: train, model the behaviour, share one goal, take pride.' },
] as const;

export type TopicId = (typeof TOPICS)[number]['id'];
export type Topic = (typeof TOPICS)[number];

// Marked pure: a bundle that needs only mainTopic (the content script, via the reply coach) leaves the list out (770 B
// of its 40 KB gzipped).
export const TOPIC_IDS = /* @__PURE__ */ TOPICS.map((t) => t.id) as [TopicId, ...TopicId[]];

const byId = /* @__PURE__ */ new Map<string, Topic>(/* @__PURE__ */ TOPICS.map((t) => [t.id, t]));

export function isTopicId(value: string): value is TopicId {
  return byId.has(value);
}

export function topicName(id: TopicId): string {
  return byId.get(id)?.name ?? id;
}

/** A lesson's main topic: the first of its topics (the lesson schema guarantees there is one). */
export function mainTopic(lesson: { readonly topics: readonly TopicId[] }): TopicId {
  return lesson.topics[0] as TopicId;
}
