// The customer's first name, from the name the desk shows beside their message, for "[name]" in the phrases Insert
// puts into the agent's reply. The customer chooses that name (an email's display name, a chat profile), so only a
// word that reads as a name goes into the reply.

/**
 * Letters and marks of any script, with the apostrophes, hyphens and dots inside names and the joiners some scripts
 * write names with; at most 40 characters. Not bidi controls (U+202E turned the rest of the agent's reply round),
 * zero-width spaces, links or brackets.
 */
const NAME = /^\p{L}[\p{L}\p{M}'’.\-\u200C\u200D]{1,39}$/u;

/** The first word of a name the desk shows ("Sven Olsen" → "Sven"); nothing for an address, a handle or a non-name. */
export function firstName(author: string | undefined): string | undefined {
  const word = author?.trim().split(/\s+/)[0]?.replace(/[,;:]+$/, '');
  return word && NAME.test(word) ? word : undefined;
}
