// The background's answer to a tab's extra-mile:rank, for content-script tests whose background is faked: the
// suggestions the test wants, and the ticket's messages cleaned as the real background cleans them.
import { cleanTexts } from '../../src/adapters/clean/clean-ticket';
import type { TicketText } from '../../src/engine/types';
import type { RankReply } from '../../src/messages';

export function rankReply(ticket: unknown, reply: Omit<RankReply, 'cleaned'>): RankReply {
  const { subject, messages } = ticket as TicketText;
  return { ...reply, cleaned: cleanTexts(subject ?? '', messages) };
}
