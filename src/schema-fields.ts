// Fields the lesson and reply-check schemas share, so that one rule is worded one way in both.
import * as v from 'valibot';

/** Text of `min` to `max` characters once trimmed; blank text is said to be blank ("at least 1 characters" was). */
export const text = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.minLength(min, (issue) => (issue.input.length === 0 ? 'is blank' : `must be at least ${min} characters`)),
    v.maxLength(max, `must be at most ${max} characters`),
  );

/** An id: kebab-case, at most 64 characters. */
export const kebabId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single dashes)'), v.maxLength(64, 'must be at most 64 characters'));
