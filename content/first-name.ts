// The customer's first name, from the name the desk shows beside their message, for "[name]" in the phrases Insert
// puts into the agent's reply. The customer chooses that name (an email's display name, a chat profile), so only a
// word that reads as a name goes into the reply.

/**
 * Letters and marks of any script, with the apostrophes and hyphens inside names and the joiners some scripts write
 * names with; 2 to 40 characters, capitalised where the script has capitals ("sam", "ACME" read as a handle or a
 * company). Not bidi controls (U+202E turned the rest of the agent's reply round), zero-width spaces, links or
 * brackets, and no dot (Georgian's everyday letters, U+10D0–U+10FF, have no capitals in use: read as capitals): "[name]." would end on two ("Dr..", "J.R.."), and "sam.carter" is a handle.
 */
const NAME = /^(?=[\p{Lu}\p{Lt}].*\p{Ll}|\p{Lo}|[\u10D0-\u10FF])\p{L}[\p{L}\p{M}'’\-\u200C\u200D]{0,38}[\p{L}\p{M}]$/u;
/** Titles and suffixes around a name ("Dr. Sam Carter", "Carter, Jr"), and what desks show for no name. */
const NOT_GIVEN = /^(?:mrs?|ms|miss|mx|dr|prof|sir|mme|m|herr|frau|sra?|jr|phd|customer|unknown|guest)\.?$/i;
/** How the name of a team or a company ends ("Acme Support", "Customer Care", "Acme Inc."); no given name is one of these. */
const ORGANISATION = /\b(?:support|team|care|success|sales|services?|desk|helpdesk|inc|ltd|llc|gmbh)\.?$/i;

/**
 * The given name in a name the desk shows: "Sven Olsen", "Dr. Sven Olsen" and "Olsen, Sven" (one family name before a
 * comma, particles aside: "de la Cruz, María") → "Sven", as "Sven Olsen, Acme Support" and "Olsen, Sven - Acme Support" (a team or
 * a company after the last comma or a dash); nothing for an address, a handle, a title with only a family name ("Mr. Smith") or a non-name.
 */
export function firstName(author: string | undefined): string | undefined {
  let text = author?.trim() ?? '';
  // Where the person works, after a spaced dash, bar or slash, is no part of their name ("Olsen, Sven - Acme Support").
  if (ORGANISATION.test(text)) text = text.replace(/\s[-–—|/]\s(?:(?!\s[-–—|/]\s).)*$/, '').trim();
  const cut = text.lastIndexOf(',');
  if (cut > 0 && ORGANISATION.test(text)) {
    // After the last comma it is too ("Anna Berg, Acme Support", "Berg, Anna, Acme Support"), but one word before that
    // comma may be a given name ("Anna, Acme Support") or a family name ("Smith, John Support"): no name then.
    if (!/\s|,/.test(text.slice(0, cut).trim())) return undefined;
    text = text.slice(0, cut);
  }
  const comma = text.indexOf(',');
  const lastFirst = comma > 0 && text.slice(0, comma).split(/\s+/).filter((w) => /^[\p{Lu}\p{Lt}\u10D0-\u10FF]/u.test(w) && !NOT_GIVEN.test(w)).length === 1;
  const words = (lastFirst ? text.slice(comma + 1) : text).trim().split(/\s+/).map((w) => w.replace(/[,;:]+$/, ''));
  const at = words.findIndex((w) => !NOT_GIVEN.test(w));
  // After a title, a lone word is the family name ("Mr. Smith"); after "Olsen," it is the given one.
  const word = at < 0 || (at > 0 && !lastFirst && at === words.length - 1) ? undefined : words[at];
  return word && NAME.test(word) ? word : undefined;
}
