/**
 * Elements that hold quoted history in rendered mail, skipped before text is read.
 * Gmail, Apple Mail/Thunderbird (`type="cite"`), Yahoo, Proton, Zoho, and the
 * `data-*` markers some desks add when they fold a quote.
 */
export const QUOTE_ELEMENTS: readonly string[] = [
  '.gmail_quote',
  '.gmail_extra',
  'blockquote[type="cite"]',
  'blockquote.gmail_quote',
  '.moz-cite-prefix',
  '.yahoo_quoted',
  '.protonmail_quote',
  '.zmail_extra',
  '[data-marker="__QUOTED_TEXT__"]',
  '[data-quoted-text]',
];
/**
 * Markers after which every sibling element is quoted history: Outlook on the web's reply body. Read with elementText's
 * `skipAfter`, never as `marker ~ *` in a selector, which walks all earlier siblings of every element it is tried on.
 */
const QUOTE_MARKERS: readonly string[] = ['#appendonsend'];
/** QUOTE_MARKERS as the one selector elementText's `skipAfter` takes. */
export const QUOTE_MARKER_SELECTOR = QUOTE_MARKERS.join(', ');
