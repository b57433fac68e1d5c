// Phrases carry placeholders in square brackets ("[date]", "[order number]") for what only the agent knows. What the
// desk showed (the customer's first name, the ticket number) is filled in; the rest stays for the agent to fill.

import { BLANKS } from '../src/lessons/blanks';

export interface KnownValues {
  name?: string | undefined;
  ticketId?: string | null | undefined;
}

const PLACEHOLDER = BLANKS;

/** Fills the placeholders the ticket answers ("[name]", "[ticket number]"); leaves the others as they are. */
export function fillPhrase(phrase: string, known: KnownValues): string {
  return phrase.replace(PLACEHOLDER, (whole, inner: string) => {
    const key = inner.trim().toLowerCase();
    if (known.name && (key === 'name' || key === 'first name' || key === 'customer name' || key === "customer's name")) return known.name;
    if (known.ticketId && (key === 'ticket number' || key === 'ticket id')) return known.ticketId;
    return whole;
  });
}

/** The phrase cut into text and placeholders, to show the placeholders marked. */
export function splitPlaceholders(phrase: string): Array<{ text: string; placeholder: boolean }> {
  const parts: Array<{ text: string; placeholder: boolean }> = [];
  let last = 0;
  for (const m of phrase.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push({ text: phrase.slice(last, m.index), placeholder: false });
    parts.push({ text: m[0], placeholder: true });
    last = m.index + m[0].length;
  }
  if (last < phrase.length) parts.push({ text: phrase.slice(last), placeholder: false });
  return parts;
}
