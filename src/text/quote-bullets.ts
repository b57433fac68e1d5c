// ">" lines a customer writes as a list's bullets, not as quoted mail ("A few problems with the cabinets:", "> two
// doors are scratched", "> a hinge is missing", "Can you tell me how we fix this?"): five reading rounds
// (2026-12-05) had such lists read as nothing. The desk readers' cleaning keeps them, and the engine's cue matcher
// reads them as the writer's, not as quoted text: one test for both, as QUOTED_LINE is (quoted-line.ts).
import { opensQuotedMail } from './quoted-line';

/** Someone's words quoted below ("Ana wrote:", "your colleague said:", "Jan schrieb:"), not a list of the writer's. */
const SOMEONE_SAID = /\b(?:wrote|writes|said|says|replied|schrieb|a écrit|a dit|escribió|dijo|ha scritto|schreef|escreveu|skrev|napisał\(?a?\)?|yazdı|написал\p{L}*)\s*:$/iu;
/** A bullet: one ">" (a quote of a quote has two), then the item. */
const BULLET = /^\s*>\s?[^>\s]/;

/**
 * The indexes of `lines` that are bullets: two or more ">" lines in a row, under a line of the writer's (right under
 * it, or a blank line apart) that ends in ":" and heads no quote (no reply header, no mail address or time in it,
 * nobody who "wrote:" or "said:"), with the writer's words going on below them (a line of text, no header). Not a run
 * of questions alone: "You asked:" over the desk's quoted questions is the desk's words.
 */
export function listBullets(lines: readonly string[]): Set<number> {
  const bullets = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!BULLET.test(lines[i] ?? '')) continue;
    let end = i;
    while (end < lines.length && BULLET.test(lines[end] ?? '')) end++;
    // The line above, or the one above a blank line.
    const intro = ((lines[i - 1] ?? '').trim() || (lines[i - 2] ?? '')).trim();
    let next = end;
    while (next < lines.length && !(lines[next] ?? '').trim()) next++;
    const after = (lines[next] ?? '').trim();
    const heads = intro.endsWith(':') && !opensQuotedMail(intro) && !SOMEONE_SAID.test(intro);
    const goesOn = after !== '' && !/^>/.test(after) && !opensQuotedMail(after);
    const asks = lines.slice(i, end).every((line) => /\?\s*$/.test(line));
    if (end - i >= 2 && heads && goesOn && !asks) for (let k = i; k < end; k++) bullets.add(k);
    i = end - 1;
  }
  return bullets;
}
