// The reply checks are data: the bundled ones pass the schema packs use, name real lessons and topics, and a wrong
// check is refused with a message that says where and why.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import checksFile from '../src/coach/checks.json';
import vocabularyFile from '../src/coach/vocabulary.json';
import { BUILTIN_CHECKS, checksFor } from '../src/coach/index';
import { expandSets } from '../src/coach/pattern';
import { CheckSchema, ChecksFileSchema, patternProblem, VocabularySchema } from '../src/coach/schema';
import { VOCABULARY } from '../src/coach/vocabulary';
import { BUILTIN_LESSONS } from '../src/lessons/index';

const messages = (value: unknown) => {
  const r = v.safeParse(CheckSchema, value);
  return r.success ? [] : r.issues.map((i) => `${(i.path ?? []).map((p) => String((p as { key?: unknown }).key)).join('.')}: ${i.message}`);
};
const valid = {
  id: 'no-jargon',
  topic: 'clear-guidance',
  lesson: 'how-to-step-by-step',
  does: 'Explains in plain words, without internal codes.',
  messages: { kept: 'plain words', broken: 'uses jargon' },
  breaks: ['sku|rma number?'],
};

describe('a check of its own lesson', () => {
  it('is refused as universal too (the two exclude each other), said at the field', () => {
    expect(messages({ ...valid, ownLesson: true })).toEqual([]);
    expect(messages({ ...valid, ownLesson: true, universal: true })).toEqual(['ownLesson: a check runs on every reply ("universal") or where its own lesson is suggested ("ownLesson"), not both']);
  });

  it('runs wherever its lesson is suggested, whatever topic it names, and not where only its topic is', () => {
    const check = v.parse(CheckSchema, { ...valid, topic: 'keep-informed', ownLesson: true });
    expect(checksFor(['clear-guidance'], [check], new Set(['how-to-step-by-step']))).toEqual([check]);
    expect(checksFor(['keep-informed'], [check], new Set(['delays-say-whats-happening']))).toEqual([]);
    // Without the lessons (a caller that knows only topics), by its topic as any check.
    expect(checksFor(['keep-informed'], [check])).toEqual([check]);
  });
});

describe('bundled reply checks', () => {
  it('pass the schema, with the vocabulary they use', () => {
    expect(v.safeParse(VocabularySchema, vocabularyFile).issues).toBeUndefined();
    expect(v.safeParse(ChecksFileSchema, checksFile).issues).toBeUndefined();
  });

  it('cover the eight the issue asks for, each from a lesson of its own topic with the phrase it offers', () => {
    expect(BUILTIN_CHECKS.map((c) => c.topic).sort()).toEqual(
      ['clear-guidance', 'clear-guidance', 'empathy', 'keep-informed', 'keep-the-promise', 'no-blame', 'ownership', 'stay-calm'],
    );
    for (const check of BUILTIN_CHECKS) {
      const lesson = BUILTIN_LESSONS.find((l) => l.id === check.lesson);
      expect(lesson, check.id).toBeDefined();
      expect(lesson?.topics, check.id).toContain(check.topic);
      expect(lesson?.phrases[check.phrase ?? 0], check.id).toBeTypeOf('string');
    }
  });

  it('give each check several ways of being kept or broken', () => {
    for (const check of BUILTIN_CHECKS) {
      const ways = (check.needs ? expandSets(check.keeps ?? [], VOCABULARY).length : 0) + (check.breaks?.length ?? 0);
      if (check.id !== 'no-placeholders') expect(ways, check.id).toBeGreaterThanOrEqual(4);
    }
  });
});

describe('a check a pack author writes', () => {
  it('is accepted when it is well formed', () => {
    expect(messages(valid)).toEqual([]);
  });

  it('is refused, with the field and the reason, when a pattern is wrong', () => {
    expect(messages({ ...valid, breaks: ['per my last email', "you'll need to"] })).toEqual([
      `breaks.1: pattern write "you will", not "you'll" (drafts are read with contractions spelt out)`,
    ]);
    expect(messages({ ...valid, breaks: ['contact <team-names>'] })[0]).toMatch(/^breaks\.0: pattern "<team-names>" is not a word class/);
    expect(messages({ ...valid, breaks: ['$nothing'] })[0]).toMatch(/^breaks\.0: pattern "\$nothing" is not a set/);
    // Names an object has of its own kind are no set or class of ours (they threw, and the pack's check lost its line).
    expect(messages({ ...valid, breaks: ['$constructor'] })[0]).toMatch(/^breaks\.0: pattern "\$constructor" is not a set/);
    expect(messages({ ...valid, breaks: ['contact <constructor>'] })[0]).toMatch(/^breaks\.0: pattern "<constructor>" is not a word class/);
    expect(messages({ ...valid, breaks: ['contact <tostring>'] })[0]).toMatch(/^breaks\.0: pattern "<tostring>" is not a word class/);
    expect(messages({ ...valid, breaks: ['... sorry'] })[0]).toBe('breaks.0: pattern cannot start with "..."');
    expect(messages({ ...valid, breaks: ['@shout'] })[0]).toMatch(/"@shout" is not a detector/);
    expect(messages({ ...valid, breaks: ['e-mail us'] })[0]).toMatch(/"e-mail" is not a word/);
    expect(messages({ ...valid, breaks: ['not going+|gonna keep'] })[0]).toMatch(/^breaks\.0: pattern "going\+\|gonna": a phrase joins words with "\+"/);
    expect(messages({ ...valid, breaks: ['not going+to|gonna keep'] })).toEqual([]);
    expect(messages({ ...valid, breaks: ['sorry?'] })[0]).toMatch(/needs at least one word that is not optional/);
  });

  it('is refused when it could never fail or lacks the message it would need', () => {
    expect(messages({ ...valid, breaks: undefined })).toContain(': a check needs "breaks", "weakBreaks", "learned" or "needs" above 0, or it can never fail');
    expect(messages({ ...valid, breaks: undefined, weakBreaks: ['handled by <elsewhere>'], unless: ['i have raised'] })).toEqual([]);
    expect(messages({ ...valid, breaks: undefined, weakBreaks: ['handled by <elsewhere>'], messages: { kept: 'plain words' } })).toEqual([
      'messages: needs a "broken" message, since "weakBreaks" is given',
    ]);
    expect(messages({ ...valid, unless: ['i have raised'] })).toEqual(['unless: "unless" only qualifies "weakBreaks", which is missing']);
    expect(messages({ ...valid, messages: { kept: 'plain words' } })).toEqual(['messages: needs a "broken" message, since "breaks" is given']);
    expect(messages({ ...valid, needs: 2, keeps: ['steps'], messages: { kept: 'x y z', broken: 'x y z', missing: 'x y z' } })).toEqual([
      'needs: "needs" asks for more phrases than "keeps" has',
    ]);
    expect(messages({ ...valid, topic: 'kindness' })[0]).toMatch(/^topic: must be one of/);
  });

  it('names every problem of a pattern by itself, so the options page can show it', () => {
    expect(patternProblem('please contact <elsewhere>')).toBeNull();
    expect(patternProblem('please >>')).toBe('cannot end with "...", ">", "~" or ">>"');
    expect(patternProblem('sorry ~')).toBe('cannot end with "...", ">", "~" or ">>"');
  });
});
