// The phrase language's gaps, word by word: what each lets a pattern step over.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_CHECKS } from '../src/coach/index';
import { compilePattern, expandSets, matchWords, PatternError, wordPositions } from '../src/coach/pattern';
import { VOCABULARY } from '../src/coach/vocabulary';
import { draftWords } from '../src/coach/words';
import { BUILTIN_LESSONS } from '../src/lessons/index';

const found = (pattern: string, draft: string) => {
  const p = compilePattern(pattern, VOCABULARY);
  if (p.kind !== 'words') throw new Error('not a word pattern');
  const words = draftWords(draft);
  return matchWords(p, words).map((m) => words.slice(m.first, m.last + 1).map((w) => w.word).join(' '));
};

describe('gaps in a pattern', () => {
  it('"..." steps over up to four words, ">" over any number, neither over a negation', () => {
    expect(found('sorry ... but', 'Sorry for the long wait, but it is here.')).toEqual(['sorry for the long wait but']);
    expect(found('sorry ... but', 'Sorry for the long wait on your order, but it is here.')).toEqual([]);
    expect(found('sorry > but', 'Sorry for the long wait on your order, but it is here.')).toHaveLength(1);
    expect(found('sorry > but', "Sorry it didn't arrive, but it is here now.")).toEqual([]);
  });

  it('"~" steps over any number of words of the sentence, negations too, and not into the next sentence', () => {
    expect(found('sorry ~ but', "Sorry it didn't arrive, but it is here now.")).toEqual(['sorry it did not arrive but']);
    expect(found('sorry ~ but', "Sorry it didn't arrive. But it is here now.")).toEqual([]);
  });
});

describe('the end of a sentence in a pattern', () => {
  it('"$" last: the match ends its sentence, so a possessive or a word after it is no match; elsewhere it is refused', () => {
    expect(found('allow a week $', 'Please allow a week.')).toEqual(['allow a week']);
    expect(found('allow a week $', 'Please allow a week. Thanks!')).toEqual(['allow a week']);
    expect(found('allow a week $', 'Please allow a week')).toEqual(['allow a week']);
    expect(found('allow a week $', "Please allow a week's notice.")).toEqual([]);
    expect(found('allow a week $', 'Please allow a week for it.')).toEqual([]);
    // With an optional word before it, the longer match that ends the sentence is found.
    expect(found('allow a week more? $', 'Please allow a week more.')).toEqual(['allow a week more']);
    expect(() => compilePattern('allow $ week', VOCABULARY)).toThrow(PatternError);
    expect(() => compilePattern('$', VOCABULARY)).toThrow(PatternError);
    expect(() => compilePattern('allow > $', VOCABULARY)).toThrow(PatternError);
  });
});

describe('the work a pattern of several unbounded gaps costs', () => {
  // Each way of spreading the gaps over the sentence was tried in turn: a pack's "we ~ _ ~ _ ~ zzz" took 0.6 s on a
  // 120-word sentence and 13 s on 480, run in the desk page after each pause in typing; then, each answer kept, each
  // gap still walked the rest of the sentence from every word it was tried at. The work is counted as lookups of what
  // is known (every step looks once), which the matcher keeps in a Map.
  const lookupsFor = (pattern: string, draft: string) => {
    const p = compilePattern(pattern, VOCABULARY);
    if (p.kind !== 'words') throw new Error('not a word pattern');
    const words = draftWords(draft);
    const positions = wordPositions(words);
    const lookups = vi.spyOn(Map.prototype, 'get');
    try {
      const matches = matchWords(p, words, positions);
      return { matches: matches.length, lookups: lookups.mock.calls.length, bound: 3 * (p.elements.length + 1) * (words.length + 1) };
    } finally {
      lookups.mockRestore();
    }
  };
  it('is at most a few steps per element and word of the sentence, however the gaps could be spread', () => {
    const runOn = 'Hi, ' + 'we will look at it and '.repeat(40);
    const slow = lookupsFor('we ~ _ ~ _ ~ zzz', runOn);
    expect(slow.matches).toBe(0);
    expect(slow.lookups).toBeGreaterThan(0);
    expect(slow.lookups).toBeLessThanOrEqual(slow.bound);
    // A match is still found, and the same one, where the last word is there.
    expect(found('we ~ _ ~ _ ~ zzz', runOn + 'zzz')).toEqual([(runOn + 'zzz').replace(/^Hi, /, '').toLowerCase().replace(/\s+/g, ' ').trim()]);
  });
});

describe('a phrase among alternatives', () => {
  // Alternatives are single words, and writing "going to|gonna" for a phrase was a slip three reviews found (it reads
  // "going" then "to" or "gonna"); "+" joins a phrase's words.
  const any = (pattern: string, draft: string) => expandSets([pattern], VOCABULARY).flatMap((p) => found(p, draft));
  it('is written out as patterns of its own, one per choice, and "?" may leave it out', () => {
    expect(expandSets(['i am not going+to|gonna keep arguing'], VOCABULARY)).toEqual(['i am not going to keep arguing', 'i am not gonna keep arguing']);
    expect(expandSets(['make+sure|ensure someone is|will+be home'], VOCABULARY)).toEqual([
      'make sure someone is home',
      'make sure someone will be home',
      'ensure someone is home',
      'ensure someone will be home',
    ]);
    expect(expandSets(['wait a+few? days'], VOCABULARY)).toEqual(['wait a few days', 'wait days']);
  });

  it('matches each of its choices, where the same words as single alternatives would not', () => {
    expect(any('not going+to|gonna keep', "I'm not going to keep arguing")).toEqual(['not going to keep']);
    expect(any('not going+to|gonna keep', "I'm not gonna keep arguing")).toEqual(['not gonna keep']);
    expect(found('not going to|gonna keep', "I'm not gonna keep arguing")).toEqual([]);
  });

  it('refuses an empty word, a "!" phrase, and more than sixteen patterns written out', () => {
    expect(() => expandSets(['going+|gonna'], VOCABULARY)).toThrow(PatternError);
    expect(() => expandSets(['!we+are the right'], VOCABULARY)).toThrow(PatternError);
    expect(() => expandSets(['a+b|c+d|e f+g|h+i|j k+l|m+n|o'], VOCABULARY)).toThrow(/more than 16/);
  });
});

describe('a possessive', () => {
  it("stands for its word wherever the word is in the pattern, first included: \"the bank's checks\"", () => {
    expect(found('bank checks held', "the bank's checks held it")).toEqual(["bank's checks held"]);
    expect(found('the bank checks', "the bank's checks held it")).toEqual(["the bank's checks"]);
  });
});

describe('looking a match up in the draft index', () => {
  it('finds what trying every word as a start finds, for every bundled pattern', () => {
    const drafts = [
      ...BUILTIN_LESSONS.flatMap((l) => [...l.phrases, l.advice, ...(l.steps ?? [])]),
      "The bank's checks held it until Tuesday's run; refunds of £30 go back in 3-5 days, and the courier's van broke down.",
      "Sorry it didn't arrive, but it'll be there by 9am tomorrow. I've rebooked the DPD driver myself.",
      // Patterns looked up by a word after their first: "*'s fault", "!be <past-event>", "<proper> is your best bet".
      "Honestly it was the courier's fault. Your order left our warehouse on 3 June, and Samsung is your best bet.",
    ];
    // Nearly half a million comparisons: compared plainly and the differences listed, so the test's time goes to the
    // matching (a few seconds) rather than to as many assertions (twenty, near the time limit on a loaded machine).
    const drafted = drafts.map((draft) => ({ draft, words: draftWords(draft) }));
    const differ: string[] = [];
    let compared = 0;
    for (const check of BUILTIN_CHECKS) {
      const lists = [check.keeps, check.breaks, check.weakBreaks, check.unless, check.except, check.instead, check.before];
      for (const source of expandSets(lists.flatMap((l) => l ?? []), VOCABULARY)) {
        const p = compilePattern(source, VOCABULARY);
        if (p.kind !== 'words') continue;
        for (const { draft, words } of drafted) {
          if (!isDeepStrictEqual(matchWords(p, words), matchWords({ ...p, lookup: null }, words))) differ.push(`${source} on ${draft}`);
          compared++;
        }
      }
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(1000);
  });
});
