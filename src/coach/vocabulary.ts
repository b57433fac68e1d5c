// The word classes and shared pattern sets every check may use, bundled or from a pack (validated by schema.ts's
// VocabularySchema in tests/coach-schema.test.ts, so trusted here). Kept apart from the schema so that the panel,
// which only runs checks, does not bundle valibot.
import type { Vocabulary } from './pattern';
import data from './vocabulary.json';

export const VOCABULARY: Vocabulary = data as Vocabulary;
