// The reply coach's public face: the bundled checks, checkReply and the draft readers for the panel and the CLI.
// The schema (valibot) is in schema.ts, for the pack validator and tests only.
import data from './checks.json';
import type { Check } from './schema';

/** The bundled checks. tests/coach-schema.test.ts validates them with the same schema packs use, so they are trusted here. */
export const BUILTIN_CHECKS: readonly Check[] = (data as unknown as { checks: Check[] }).checks;

export { checkReply, checksFor, type CheckResult, type Evidence } from './check';
export type { Check } from './schema';
export { VOCABULARY } from './vocabulary';
export { draftFromElement, draftFromText, readDraft } from './draft';
