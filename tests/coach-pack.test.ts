// Custom packs may carry reply checks, validated by the same schema as the bundled ones, each tied to a lesson.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReply } from '../src/coach/index';
import { CheckSchema } from '../src/coach/schema';
import { validatePackText } from '../src/lessons/pack';

const text = readFileSync(resolve(__dirname, 'coach/pack-with-checks.json'), 'utf8');
const pack = JSON.parse(text) as { checks: Array<Record<string, unknown>> };
const withCheck = (change: Record<string, unknown>) => JSON.stringify({ ...pack, checks: [{ ...pack.checks[0], ...change }] }, null, 2);

describe('a pack with reply checks', () => {
  it('is valid, and its checks run like the bundled ones', () => {
    const verdict = validatePackText(text);
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    const checks = verdict.pack.checks ?? [];
    expect(checks.map((c) => c.id)).toEqual(['no-internal-codes']);
    expect(checkReply('Your RMA is attached.', [], checks)[0]).toMatchObject({ ok: false, message: 'uses an internal code', evidence: [{ text: 'RMA', start: 5, end: 8 }] });
    expect(checkReply('Your returns label is attached.', [], checks)[0]?.ok).toBe(true);
  });

  it('says where a check is wrong: a pattern, an unknown lesson, a taken id', () => {
    const problems = (json: string) => {
      const verdict = validatePackText(json);
      return verdict.ok ? [] : verdict.errors.map((e) => `${e.path}: ${e.message}`);
    };
    const badPattern = withCheck({ breaks: ["you'll need"] });
    expect(problems(badPattern)).toEqual(['checks[0].breaks[0]: pattern write "you will", not "you\'ll" (drafts are read with contractions spelt out)']);
    const line = badPattern.split('\n').findIndex((l) => l.includes("you'll need")) + 1;
    const verdict = validatePackText(badPattern);
    expect(verdict.ok ? 0 : verdict.errors[0]?.line).toBe(line);
    expect(problems(withCheck({ lesson: 'no-such-lesson' }))).toEqual(['checks[0].lesson: "no-such-lesson" is not a lesson of this pack or the built-in library']);
    expect(problems(withCheck({ lesson: 'no-wrong-door' }))).toEqual([]);
    expect(problems(withCheck({ id: 'stays-calm' }))).toEqual(['checks[0].id: "stays-calm" is already the id of a built-in check or an earlier one; choose another']);
  });
});

describe('a pack with reply checks from the organisation policy', () => {
  it('has every check field declared in the policy schema, so Chrome passes the checks through whole', () => {
    const schema = JSON.parse(readFileSync(resolve(__dirname, '../managed_schema.json'), 'utf8'));
    const declared = schema.properties.packs.items.properties.checks.items.properties;
    expect(Object.keys(declared).sort()).toEqual(Object.keys(CheckSchema.pipe[0].entries).sort());
    expect(Object.keys(declared.messages.properties).sort()).toEqual(Object.keys(CheckSchema.pipe[0].entries.messages.entries).sort());
  });
});
