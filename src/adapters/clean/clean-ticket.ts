// A ticket's messages as read in the desk's page, cleaned to the customer's own words: in the background, before
// ranking (src/background/rank.ts), so the rules that tell a customer's words from quoted history, signatures and
// footers never load into the desk's page.
import type { CleanedTexts } from './cleaned-texts';
import { cleanMessage } from './clean-message';
import { BODY_BREAK, capText, MAX_MESSAGE_CHARS, MAX_TICKET_CHARS } from './limits';

/**
 * Each raw message (oldest first) cleaned, the newest first until the ticket holds MAX_TICKET_CHARS with the subject:
 * older messages are then not cleaned at all (a huge thread costs no more than a full ticket).
 */
export function cleanTexts(subject: string, raw: readonly string[]): CleanedTexts {
  const messages = raw.map(() => '');
  let budget = MAX_TICKET_CHARS - subject.length;
  let olderHidden = false;
  for (let i = raw.length - 1; i >= 0; i--) {
    if (budget <= 0) {
      // Full: what is left is older, and not cleaned; whether it holds words of the customer's is not known without
      // cleaning it, so any text counts.
      olderHidden ||= raw.slice(0, i + 1).some((text) => text.trim() !== '');
      break;
    }
    const text = cleanBodies(raw[i] ?? '');
    const kept = capText(text, budget);
    if (kept !== text) olderHidden = true;
    messages[i] = kept;
    budget -= kept.length;
  }
  return { messages, olderHidden };
}

/** A message's bodies (BODY_BREAK between them) each cleaned, those with words joined, within a message's cap. */
function cleanBodies(raw: string): string {
  const bodies = raw.split(BODY_BREAK).map((body) => cleanMessage(body)).filter(Boolean);
  return capText(bodies.join('\n\n'), MAX_MESSAGE_CHARS);
}
