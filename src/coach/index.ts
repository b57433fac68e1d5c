// The reply coach's public face: the bundled checks, and checkReply for the panel and the CLI.
import data from './checks.json';
import type { Check } from './schema';

/** The bundled checks. tests/coach-schema.test.ts validates them with the same schema packs use, so they are trusted here. */
export const BUILTIN_CHECKS: readonly Check[] = (data as unknown as { checks: Check[] }).checks;

export { checkReply, checksFor, type CheckResult, type Evidence } from './check';
export { CheckSchema, ChecksFileSchema, VOCABULARY, patternProblem, type Check } from './schema';
export { draftFromElement, draftFromText, readDraft } from './draft';
