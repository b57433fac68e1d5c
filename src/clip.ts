// One line of text for a narrow place (a checklist quote, a card's excerpt), shared by the tab and the panel.

/** The text on one line, cut to `max` characters with an ellipsis. */
export function clip(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1).trimEnd() + '…' : flat;
}
