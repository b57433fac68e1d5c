// The checks in use: the bundled ones, then each pack's. One merge for the CLI (check-reply --pack) and the extension
// (the background sends it to each tab with the lessons), so a pack's check runs in the panel as it does in the CLI.
import data from './checks.json';
import type { Check } from './schema';

/**
 * The bundled checks. tests/coach-schema.test.ts validates them with the same schema packs use, so they are trusted here.
 * Marked pure so that a bundle that never reads them (the content script: the background sends it the checks) leaves
 * them out.
 */
export const BUILTIN_CHECKS: readonly Check[] = /* @__PURE__ */ bundledChecks();

function bundledChecks(): readonly Check[] {
  return (data as unknown as { checks: Check[] }).checks;
}

/**
 * The bundled checks, then the checks of `packs` in the order given (the packs in use: the CLI's --pack files, the
 * extension's enabled packs). A check whose id is taken, by a bundled check or an earlier pack's, is left out, as
 * a lesson is (settings/lessons.ts): one check per id. Import refuses such a pack (lessons/pack.ts); packs that
 * still meet here are two policy packs, or a stored pack beside a policy pack that came later.
 */
export function checksWith(packs: Iterable<{ readonly checks?: readonly Check[] | undefined }>): Check[] {
  const checks = [...BUILTIN_CHECKS];
  const seen = new Set(checks.map((check) => check.id));
  for (const pack of packs) {
    for (const check of pack.checks ?? []) {
      if (seen.has(check.id)) continue;
      seen.add(check.id);
      checks.push(check);
    }
  }
  return checks;
}
