// The phrase language's gaps, word by word: what each lets a pattern step over.
import { describe, expect, it } from 'vitest';
import { compilePattern, matchWords } from '../src/coach/pattern';
import { VOCABULARY } from '../src/coach/vocabulary';
import { draftWords } from '../src/coach/words';

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

describe('a possessive', () => {
  it("stands for its word wherever the word is in the pattern, first included: \"the bank's checks\"", () => {
    expect(found('bank checks held', "the bank's checks held it")).toEqual(["bank's checks held"]);
    expect(found('the bank checks', "the bank's checks held it")).toEqual(["the bank's checks"]);
  });
});
