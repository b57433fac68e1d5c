// The topics a ticket can call for: every topic of the fixed vocabulary but team care, which is for the team itself.
import { TOPICS, type TopicId } from '../topics';

export const TICKET_TOPICS: TopicId[] = TOPICS.filter((t) => t.triggeredByTickets).map((t) => t.id);
