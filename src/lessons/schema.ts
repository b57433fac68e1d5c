// One schema for the bundled library and for custom lesson packs: what passes here is safe to rank and render.
import * as v from 'valibot';
import { kebabId, text } from '../schema-fields';
import { TOPIC_IDS, type TopicId } from '../topics';
import { CheckSchema } from '../coach/schema';


/** A list whose items differ by `key`; the message names the first item given twice ("refund" and "REFUND" for cues). */
function uniqueItems<T>(key: (item: T) => string, message: string) {
  const twice = (items: readonly T[]) => items.find((item, index) => items.findIndex((other) => key(other) === key(item)) !== index);
  return v.check<T[], v.ErrorMessage<v.CheckIssue<T[]>>>(
    (items) => new Set(items.map(key)).size === items.length,
    (issue) => `${message}: ${JSON.stringify(twice(issue.input))}`,
  );
}

const TONE_SIGNALS = ['shouting', 'exclamation', 'contradiction'] as const;

export const LessonSchema = v.strictObject({
  id: kebabId,
  title: text(3, 80),
  topics: v.pipe(
    v.array(v.picklist(TOPIC_IDS, `must be one of: ${TOPIC_IDS.join(', ')}`)),
    v.minLength(1, 'needs at least one topic (the first is the main topic)'),
    v.maxLength(4, 'at most 4 topics'),
    uniqueItems((t: TopicId) => t, 'lists a topic twice'),
  ),
  advice: text(20, 700),
  steps: v.optional(v.pipe(v.array(text(3, 240)), v.maxLength(8, 'at most 8 steps'))),
  phrases: v.pipe(v.array(text(5, 400)), v.minLength(2, 'needs 2 to 4 phrases'), v.maxLength(4, 'needs 2 to 4 phrases')),
  // Lessons that tickets never trigger (team care) have no cues.
  cues: v.pipe(
    v.array(text(2, 60)),
    v.maxLength(120, 'at most 120 cues'),
    uniqueItems((c: string) => c.toLowerCase(), 'lists a cue twice'),
  ),
  // What the ticket's shape says even without a cue word: shouting in capitals, runs of "!!", or
  // contradiction (two reports of what someone said, set against each other: "support told me X, but sales says Y").
  signals: v.optional(v.array(v.picklist(TONE_SIGNALS, `must be one of: ${TONE_SIGNALS.join(', ')}`))),
  source: v.strictObject({
    article: text(1, 200),
    quote: v.pipe(text(3, 300), v.maxWords('en', 25, 'must be at most 25 words')),
  }),
});

export type Lesson = v.InferOutput<typeof LessonSchema>;
export type ToneSignal = NonNullable<Lesson['signals']>[number];

export const MAX_PACK_LESSONS = 500;
export const MAX_PACK_CHECKS = 100;

const packFields = {
  format: v.literal('extra-mile-pack', 'must be "extra-mile-pack"'),
  version: v.literal(1, (issue) => `must be ${issue.input === '1' ? 'the number 1, not the text "1"' : '1'} (the only pack format so far)`),
  id: kebabId,
  name: text(1, 80),
  description: v.optional(text(0, 500)),
  // Reply checks for the pack's lessons (src/coach), with the schema the bundled checks pass.
  checks: v.optional(v.pipe(v.array(CheckSchema), v.maxLength(MAX_PACK_CHECKS, `a pack holds at most ${MAX_PACK_CHECKS} checks`))),
};
const lessonList = <T extends v.GenericSchema>(lesson: T) =>
  v.pipe(v.array(lesson), v.minLength(1, 'a pack needs at least one lesson'), v.maxLength(MAX_PACK_LESSONS, `a pack holds at most ${MAX_PACK_LESSONS} lessons`));

// Duplicate lesson ids are reported by validatePack, which can name the second one.
export const PackSchema = v.strictObject({ ...packFields, lessons: lessonList(LessonSchema) });

/** A pack with its lessons unread: the validator reads them one by one, so it can stop once it has enough errors. */
export const PackHeadSchema = v.strictObject({ ...packFields, lessons: lessonList(v.unknown()) });

export type LessonPack = v.InferOutput<typeof PackSchema>;

