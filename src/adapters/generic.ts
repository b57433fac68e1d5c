// The fallback for any other site the agent enabled: the text the agent selected, else the page's main conversation
// (a chat log, article elements, <main>, or the largest block of prose), read by structure (reader/conversation.ts).
import type { DeskAdapter, Ticket } from './types';
import { buildTicket, readByStructure, safeRead } from './read';

const generic: DeskAdapter = {
  id: 'generic',
  label: 'Any other page',
  // Editable regions in general: the page's own reply box, whatever it is.
  editor: ['[contenteditable="true"][role="textbox"]', '[contenteditable="true"]', 'textarea'],
  read: safeRead((doc: Document): Ticket | null => {
    const { subject, messages } = readByStructure(doc);
    if (!messages.length) return null;
    return buildTicket('generic', null, subject, messages, true);
  }),
};

export default generic;
