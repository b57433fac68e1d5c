// One schema for the bundled reply checks and for checks a custom pack carries: what passes here compiles and runs.
import * as v from 'valibot';
import { kebabId, text } from '../schema-fields';
import { TOPIC_IDS } from '../topics';
import { compilePattern, expandSets, PatternError, type Vocabulary } from './pattern';
import { VOCABULARY } from './vocabulary';


export const VocabularySchema = v.strictObject({
  // Named word lists a pattern can use as <name>.
  classes: v.record(kebabId, v.pipe(v.array(text(1, 40)), v.minLength(1), v.maxLength(300))),
  // Named pattern lists a check can use as $name.
  sets: v.record(kebabId, v.pipe(v.array(text(1, 200)), v.minLength(1), v.maxLength(300))),
});


/** Why a pattern (or "$set") cannot be used, or null when it can. */
export function patternProblem(source: string, vocabulary: Vocabulary = VOCABULARY): string | null {
  try {
    for (const pattern of expandSets([source], vocabulary)) compilePattern(pattern, vocabulary);
    return null;
  } catch (error) {
    if (error instanceof PatternError) return error.message;
    throw error;
  }
}

const patterns = v.pipe(
  v.array(v.pipe(text(1, 200), v.check((s) => patternProblem(s) === null, (issue) => `pattern ${patternProblem(issue.input as string) ?? 'is invalid'}`))),
  v.maxLength(200, 'at most 200 patterns'),
);

/** A logistic model over a sentence's features (src/coach/learned.ts, src/coach/sentences.ts). */
const sentenceModel = v.strictObject({
  threshold: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  bias: v.pipe(v.number(), v.finite()),
  weights: v.pipe(
    v.record(v.pipe(v.string(), v.minLength(1), v.maxLength(100)), v.pipe(v.number(), v.finite())),
    v.check((w) => Object.keys(w).length <= 20_000, 'at most 20000 weights'),
  ),
});

export const CheckSchema = v.pipe(
  v.strictObject({
    id: kebabId,
    /** The topic (from TOPICS.md) whose suggestion makes this check run. */
    topic: v.picklist(TOPIC_IDS, `must be one of: ${TOPIC_IDS.join(', ')}`),
    /** The lesson the check comes from; the panel offers its better phrase. */
    lesson: kebabId,
    /** Which of the lesson's phrases to offer (default the first) when no lesson suggested for the ticket has one that
     * keeps the check (better-phrase.ts). */
    phrase: v.optional(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must be 0 or more'), v.maxValue(3, 'must be at most 3 (a lesson has 2 to 4 phrases, numbered from 0)'))),
    /** false: offer no phrase under the broken check (its fix is in the draft itself, as for a blank left unfilled). */
    offer: v.optional(v.boolean()),
    /** Runs whatever the ticket: a "never" that no reply should break. */
    universal: v.optional(v.boolean()),
    /** Runs where its own lesson is suggested (at the topics' floor), whatever topic it names, not wherever a lesson of
     * its topic is: steps asked of a "how do I" ticket, not of a stock, price or points question. */
    ownLesson: v.optional(v.boolean()),
    /** What a good reply does, in a sentence. */
    does: text(20, 300),
    messages: v.strictObject({
      kept: text(3, 80),
      /** A phrase from `breaks` was found. */
      broken: v.optional(text(3, 80)),
      /** Fewer than `needs` phrases from `keeps`. */
      missing: v.optional(text(3, 80)),
      /** A phrase from `before` came ahead of the first from `keeps`. */
      late: v.optional(text(3, 80)),
    }),
    /** Phrases that keep the check; `needs` of them are required (0: they are only shown as evidence). */
    keeps: v.optional(patterns),
    needs: v.optional(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must be 0 or more'), v.maxValue(10, 'must be at most 10'))),
    /** Phrases that break the check wherever they are. */
    breaks: v.optional(patterns),
    /** Phrases that break the check unless one of `unless` is somewhere in the reply ("billed by Apple" unless "I've raised it"). */
    weakBreaks: v.optional(patterns),
    unless: v.optional(patterns),
    /** A phrase from `breaks`, `weakBreaks` or `keeps` that overlaps one of these does not count ("I'll contact the courier" is not "contact the courier"). */
    except: v.optional(patterns),
    /** What a reply says instead of keeping it: shown as evidence when `keeps` fall short. */
    instead: v.optional(patterns),
    /** The first phrase from `keeps` must come before any of these. */
    before: v.optional(patterns),
    /** A learned sentence model (src/coach/learned.ts): a sentence it flags breaks the check, as a phrase from `breaks` does. */
    learned: v.optional(sentenceModel),
    /**
     * A learned sentence model of what keeps the check: where `keeps` fall short of `needs`, a sentence it flags counts
     * as one more ("we've put the £29.99 back where it came from" is a remedy no list of words holds).
     */
    learnedKeeps: v.optional(sentenceModel),
    /**
     * A sentence `learned` flags does not count when one of these is somewhere in the reply (the agent taking it on).
     * Allowed without `learned`: the bundled checks get their models joined where they run (models.ts).
     */
    learnedUnless: v.optional(patterns),
  }),
  v.check((c) => (c.breaks?.length ?? 0) > 0 || (c.weakBreaks?.length ?? 0) > 0 || (c.needs ?? 0) > 0 || !!c.learned, 'a check needs "breaks", "weakBreaks", "learned" or "needs" above 0, or it can never fail'),
  v.forward(
    v.check((c) => (c.needs ?? 0) <= (c.keeps?.length ?? 0) || (c.keeps ?? []).some((k) => k.trim().startsWith('@') || k.trim().startsWith('$')), '"needs" asks for more phrases than "keeps" has'),
    ['needs'],
  ),
  v.forward(v.check((c) => !((c.needs ?? 0) > 0) || !!c.messages.missing, 'needs a "missing" message, since "needs" is above 0'), ['messages']),
  v.forward(v.check((c) => !c.breaks?.length || !!c.messages.broken, 'needs a "broken" message, since "breaks" is given'), ['messages']),
  v.forward(v.check((c) => !c.weakBreaks?.length || !!c.messages.broken, 'needs a "broken" message, since "weakBreaks" is given'), ['messages']),
  v.forward(v.check((c) => !c.learned || !!c.messages.broken, 'needs a "broken" message, since "learned" is given'), ['messages']),
  // The keep model supplies the one keep a check needs, as training chooses its threshold for (fit.ts).
  v.forward(v.check((c) => !c.learnedKeeps || c.needs === 1, '"learnedKeeps" needs "needs" of 1'), ['learnedKeeps']),
  v.forward(v.check((c) => !c.unless?.length || !!c.weakBreaks?.length, '"unless" only qualifies "weakBreaks", which is missing'), ['unless']),
  v.forward(v.check((c) => !c.before?.length || ((c.needs ?? 0) > 0 && !!c.messages.late), '"before" needs "needs" above 0 and a "late" message'), ['before']),
  v.forward(v.check((c) => !(c.universal && c.ownLesson), 'a check runs on every reply ("universal") or where its own lesson is suggested ("ownLesson"), not both'), ['ownLesson']),
);

export type Check = v.InferOutput<typeof CheckSchema>;

export const ChecksFileSchema = v.strictObject({
  format: v.literal('extra-mile-checks', 'must be "extra-mile-checks"'),
  version: v.literal(1, 'must be 1'),
  checks: v.pipe(
    v.array(CheckSchema),
    v.minLength(1),
    v.check((checks) => new Set(checks.map((c) => c.id)).size === checks.length, 'lists a check id twice'),
  ),
});
