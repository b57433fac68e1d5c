// A broken lesson pack is refused with the line and field at fault.
import { describe, expect, it } from 'vitest';
import { MAX_PACK_BYTES, formatPackError, validatePack, validatePackText } from '../src/lessons/pack';

const goodLesson = {
  id: 'thank-the-regular',
  title: 'Thank a regular by name',
  topics: ['extra-mile', 'win-them-back'],
  advice: 'When a long-standing customer writes, say you noticed how long they have been with us.',
  phrases: ['Thank you for being with us all these years.', 'It means a lot that you came back to us.'],
  cues: ['regular customer', 'loyal customer', 'years with you'],
  source: { article: 'Team playbook, section 4', quote: 'Regulars are noticed.' },
};
const pack = (lessons: unknown[]) => ({ format: 'extra-mile-pack', version: 1, id: 'team-pack', name: 'Team pack', lessons });
const text = (value: unknown) => JSON.stringify(value, null, 2);

function errorsOf(source: string) {
  const verdict = validatePackText(source);
  if (verdict.ok) throw new Error('expected the pack to be refused');
  return verdict.errors;
}

describe('validatePackText', () => {
  it('accepts a valid pack', () => {
    const verdict = validatePackText(text(pack([goodLesson])));
    expect(verdict.ok).toBe(true);
    if (verdict.ok) expect(verdict.pack.lessons[0]?.id).toBe('thank-the-regular');
  });

  it('names the line and JSON path of a bad topic', () => {
    const source = text(pack([goodLesson, { ...goodLesson, id: 'second', topics: ['empathy', 'kindness'] }]));
    const [error] = errorsOf(source);
    expect(error?.path).toBe('lessons[1].topics[1]');
    expect(source.split('\n')[(error?.line ?? 0) - 1]).toContain('"kindness"');
    expect(error?.message).toMatch(/must be one of: empathy/);
    expect(formatPackError(error!)).toMatch(/^line \d+, lessons\[1\]\.topics\[1\]: /);
  });

  it('points a missing field at its lesson, and an unknown field at its key', () => {
    const { advice: _advice, ...noAdvice } = goodLesson;
    const source = text(pack([{ ...noAdvice, colour: 'blue' }]));
    const errors = errorsOf(source);
    const missing = errors.find((e) => e.path === 'lessons[0].advice');
    expect(missing?.message).toMatch(/missing/);
    const unknown = errors.find((e) => e.path === 'lessons[0].colour');
    expect(source.split('\n')[(unknown?.line ?? 0) - 1]).toContain('"colour"');
  });

  it('reports a duplicate lesson id at the second lesson', () => {
    const [error] = errorsOf(text(pack([goodLesson, goodLesson])));
    expect(error?.path).toBe('lessons[1].id');
    expect(error?.message).toMatch(/already the id of lessons\[0\]/);
  });

  it('reports JSON syntax errors with their line', () => {
    const [error] = errorsOf('{\n  "format": "extra-mile-pack",\n  "version": 1,\n  oops\n}');
    expect(error?.line).toBe(4);
    expect(error?.message).toMatch(/JSON syntax/);
  });

  it('refuses quotes longer than 25 words and too few phrases', () => {
    const long = { ...goodLesson, phrases: ['Only one.'], source: { article: 'x', quote: Array(30).fill('word').join(' ') } };
    const paths = errorsOf(text(pack([long]))).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['lessons[0].phrases', 'lessons[0].source.quote']));
  });

  it('refuses an oversized pack before parsing it, counting bytes rather than characters', () => {
    const [error] = errorsOf(' '.repeat(MAX_PACK_BYTES + 1));
    expect(error?.message).toMatch(/at most 1024 KB/);
    // 400,000 three-byte characters: 1.2 MB on disk, though fewer than a million characters.
    const wide = JSON.stringify({ ...pack([goodLesson]), description: '€'.repeat(400_000) });
    expect(wide.length).toBeLessThan(MAX_PACK_BYTES);
    expect(errorsOf(wide)[0]?.message).toMatch(/is 1\d{3} KB; a pack may be at most 1024 KB/);
  });

  it('refuses empty text and values that are not packs', () => {
    expect(errorsOf('')[0]?.message).toBeTruthy();
    expect(validatePack(null).ok).toBe(false);
    expect(validatePack([]).ok).toBe(false);
    expect(validatePack({ ...pack([]) }).ok).toBe(false);
  });
});
