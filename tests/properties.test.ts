// Property-based tests (fast-check): whatever text or JSON arrives, the engine and the pack validator answer
// in shape and never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_LESSONS } from '../src/lessons/index';
import { MAX_PACK_DEPTH, MAX_PACK_ERRORS, formatPath, shownPath, validatePack, validatePackText } from '../src/lessons/pack';
import { suggest } from '../src/engine/index';
import { ENGINE } from './support/engine';
import { isTopicId } from '../src/topics';
import { bucketOf, foldedBucket, hashOf, hashOn } from '../src/engine/hash';
import { BucketSlots } from '../src/engine/slots';

const cueWords = [...new Set(BUILTIN_LESSONS.flatMap((l) => l.cues.flatMap((c) => c.split(' '))))];

// Text that mixes real cue words, typos of them, markup, emoji, right-to-left and zero-width characters, and noise.
const hostileChunk = fc.oneof(
  fc.constantFrom(...cueWords),
  fc.constantFrom(...cueWords).map((w) => w.slice(0, -1) + 'x'),
  fc.constantFrom('<script>alert(1)</script>', 'javascript:alert(1)', '<img src=x onerror=alert(1)>', '&amp;', '"', '“', '>', '!!!', '?!', '\n> quoted\n', 'NOT', 'no', "didn't"),
  fc.constantFrom('مرحبا', 'שלום', '\u200f', '\u200b', '\u200d', '\ufeff', '👍🏽', '🇬🇧', 'é', 'ß', 'İ'),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer({ min: 0, max: 10_000 }).map(String),
  fc.string({ minLength: 41, maxLength: 300 }).map((s) => s.replace(/\s/g, 'a')), // one very long "word"
);
const hostileText = fc.array(hostileChunk, { maxLength: 60 }).map((parts) => parts.join(' '));

function wellFormed(text: string | { subject?: string; messages: string[] }, limit: number) {
  const suggestions = suggest(text, ENGINE, { limit });
  expect(suggestions.length).toBeLessThanOrEqual(limit);
  const ids = new Set<string>();
  for (const s of suggestions) {
    expect(s.score).toBeGreaterThan(0);
    expect(s.score).toBeLessThanOrEqual(1);
    expect(isTopicId(s.lesson.topics[0] ?? '')).toBe(true);
    expect(ids.has(s.lesson.id)).toBe(false);
    ids.add(s.lesson.id);
    expect(s.evidence.length).toBeGreaterThan(0);
    for (const e of s.evidence) {
      const source = typeof text === 'string' ? text : e.part === 'subject' ? (text.subject ?? '') : (text.messages[e.part] ?? '');
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(source.length);
      expect(source.slice(e.start, e.end)).toBe(e.text);
    }
  }
}

describe('rank() on any input', () => {
  it('never throws and returns well-formed suggestions for any string', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 0, max: 12 }), (text, limit) => {
        wellFormed(text, limit);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on tickets with a subject and several messages', () => {
    fc.assert(
      fc.property(fc.option(hostileText, { nil: undefined }), fc.array(hostileText, { maxLength: 5 }), (subject, messages) => {
        wellFormed(subject === undefined ? { messages } : { subject, messages }, 5);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => wellFormed(text, 5)), { numRuns: 300 });
  });
});

describe('the pack validator on any input', () => {
  const lessonLike = fc.record(
    {
      id: fc.oneof(fc.string(), fc.constantFrom('good-id', 'x')),
      title: fc.oneof(fc.string(), fc.constant('A fine title')),
      topics: fc.oneof(fc.array(fc.constantFrom('empathy', 'stay-calm', 'nope')), fc.anything()),
      advice: fc.oneof(fc.string({ maxLength: 800 }), fc.anything()),
      phrases: fc.array(fc.string(), { maxLength: 5 }),
      cues: fc.array(fc.string(), { maxLength: 5 }),
      source: fc.oneof(fc.record({ article: fc.string(), quote: fc.string() }), fc.anything()),
    },
    { requiredKeys: [] },
  );
  const packLike = fc.oneof(
    fc.anything(),
    fc.record({ format: fc.constantFrom('extra-mile-pack', 'x'), version: fc.constantFrom(1, 2, '1'), id: fc.string(), name: fc.string(), lessons: fc.array(lessonLike, { maxLength: 4 }) }, { requiredKeys: [] }),
  );

  it('never throws on any JSON value and answers a valid pack or errors', () => {
    fc.assert(
      fc.property(packLike, (value) => {
        const verdict = validatePack(value);
        if (verdict.ok) expect(verdict.pack.lessons.length).toBeGreaterThan(0);
        else {
          expect(verdict.errors.length).toBeGreaterThan(0);
          for (const e of verdict.errors) expect(typeof e.message).toBe('string');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any text, and every error from text carries a line', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), packLike.map((v) => JSON.stringify(v, null, 2) ?? 'undefined')), (text) => {
        const verdict = validatePackText(text);
        if (!verdict.ok) {
          expect(verdict.errors.length).toBeGreaterThan(0);
          // All but the count of errors left out, which has no place in the file.
          for (const e of verdict.errors) if (text.length && !e.message.startsWith('… and')) expect(e.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 500 },
    );
  });

  // A chain of containers: null is an array (the value at index 0), a string an object with that one key.
  const chain = (length: { minLength: number; maxLength: number }) =>
    fc.array(fc.oneof(fc.constant(null), fc.string({ unit: 'binary', maxLength: 6 })), { ...length, size: 'max' });
  const nest = (steps: (string | null)[], inner: string) => steps.reduceRight<string>((value, step) => (step === null ? `[${value}]` : `{${JSON.stringify(step)}: ${value}}`), inner);
  const packAround = (lessons: string) => `{"format": "extra-mile-pack", "version": 1, "id": "deep", "name": "Deep",\n "lessons": ${lessons}}`;

  it('refuses JSON of any depth past the limit, naming the same path from text and from the parsed value', () => {
    fc.assert(
      fc.property(chain({ minLength: MAX_PACK_DEPTH, maxLength: 12_000 }), (steps) => {
        const text = packAround(nest(steps, '0'));
        // The pack is the first container and "lessons" holds the second: the one past the limit sits under the
        // pack's key and the keys of the steps before it.
        // Shown cut short (odd keys escape long), after its line was found from the whole path.
        const expected = shownPath(formatPath(['lessons', ...steps.slice(0, MAX_PACK_DEPTH - 1).map((step) => step ?? 0)]));
        const fromText = validatePackText(text);
        expect(fromText.ok ? [] : fromText.errors).toEqual([{ path: expected, line: 2, column: expect.any(Number), message: expect.stringMatching(/more than 16 deep/) }]);
        const fromValue = validatePack(JSON.parse(text));
        expect(fromValue.ok ? [] : fromValue.errors).toEqual([{ path: expected, message: expect.stringMatching(/more than 16 deep/) }]);
      }),
      // No shrinking: a counterexample thousands of levels deep takes long to shrink, and its first form says enough.
      { numRuns: 30, endOnFailure: true },
    );
  });

  it('never calls a depth within the limit too deep', () => {
    fc.assert(
      fc.property(chain({ minLength: 0, maxLength: MAX_PACK_DEPTH - 2 }), (steps) => {
        const verdict = validatePackText(packAround(nest(steps, '0')));
        expect(verdict.ok).toBe(false); // not a pack, but for its shape
        if (!verdict.ok) for (const e of verdict.errors) expect(e.message).not.toMatch(/deep/);
      }),
      { numRuns: 150 },
    );
  });

  it('answers wide JSON with at most MAX_PACK_ERRORS errors, each placed, the rest counted', () => {
    const item = fc.oneof(fc.constant('0'), fc.constant('{}'), fc.constant('[]'), fc.constant('"x"'), fc.constant('{"id": "A"}'));
    fc.assert(
      fc.property(fc.array(item, { minLength: 0, maxLength: 10_000, size: 'max' }), fc.boolean(), (items, asObject) => {
        const body = asObject ? `{${items.map((it, i) => `"k${i}": ${it}`).join(',\n')}}` : `[${items.join(',\n')}]`;
        const verdict = validatePackText(packAround(body));
        expect(verdict.ok).toBe(false);
        if (verdict.ok) return;
        expect(verdict.errors.length).toBeGreaterThan(0);
        expect(verdict.errors.length).toBeLessThanOrEqual(MAX_PACK_ERRORS);
        const [last] = verdict.errors.slice(-1);
        const placed = last?.message.startsWith('… and') ? verdict.errors.slice(0, -1) : verdict.errors;
        for (const e of placed) expect(e.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 20, endOnFailure: true },
    );
  });

  it('refuses values whose getters throw instead of throwing itself', () => {
    const hostile = { format: 'extra-mile-pack', version: 1, id: 'x', name: 'x', get lessons(): unknown[] { throw new Error('boom'); } };
    expect(validatePack(hostile).ok).toBe(false);
  });
});

describe('feature hashing', () => {
  it('hashes a joined feature from the first part\'s state exactly as the whole string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), (a, b) => {
        expect(foldedBucket(hashOn(hashOf(a), b))).toBe(bucketOf(a + b));
      }),
    );
  });
});

describe('bucket slots', () => {
  it('numbers buckets in the order they first appear, as a Map would, however big the table starts and grows', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: (1 << 20) - 1 }), { minLength: 3_000, maxLength: 12_000 }), fc.integer({ min: 0, max: 6_000 }), (buckets, expected) => {
        const slots = new BucketSlots(expected);
        const reference = new Map<number, number>();
        const got = buckets.map((b) => slots.slotOf(b));
        const want = buckets.map((b) => reference.get(b) ?? (reference.set(b, reference.size), reference.size - 1));
        return slots.size === reference.size && got.every((slot, i) => slot === want[i]);
      }),
      { numRuns: 20, endOnFailure: true },
    );
  });
});
