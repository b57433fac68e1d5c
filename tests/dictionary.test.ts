// The spelling dictionary typo matching reads past the lexicon (src/engine/dictionary.ts): made by
// training/dictionary.ts from the installed word lists, it must be that file exactly, hold every word it was made from,
// and read few non-words as real (each one read as real is a typo that is then matched as written).
import { describe, expect, it } from 'vitest';
import data from '../src/engine/dictionary.json';
import model from '../src/engine/model-data.json';
import { WordFilter, type PackedDictionary } from '../src/engine/dictionary';
import { bundledDictionary } from '../src/engine/lexicon';
import { dictionaryWords, packDictionary } from '../training/dictionary';
import { seededRandom } from '../training/random';

const lexicon = new Set((model as { lexicon: string }).lexicon.split(' '));
const words = dictionaryWords(lexicon);

describe('the spelling dictionary', () => {
  it('is what training/dictionary.ts makes from the word lists and the model lexicon', () => {
    expect(packDictionary(words)).toEqual(data);
    expect((data as PackedDictionary).words).toBe(words.length);
  });

  it('holds every word it was made from, and none of the lexicon (which holds them already)', () => {
    const dictionary = bundledDictionary();
    expect(words.filter((w) => !dictionary.has(w))).toEqual([]);
    expect(words.filter((w) => lexicon.has(w))).toEqual([]);
    expect(words.length).toBeGreaterThan(50_000);
  });

  it('reads about one non-word in a hundred as real, no more', () => {
    const random = seededRandom(7);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const known = new Set(words);
    let asked = 0;
    let real = 0;
    while (asked < 20_000) {
      const length = 6 + Math.floor(random() * 5);
      let word = '';
      for (let i = 0; i < length; i++) word += letters[Math.floor(random() * letters.length)];
      if (known.has(word)) continue;
      asked++;
      if (bundledDictionary().has(word)) real++;
    }
    expect(real / asked).toBeLessThan(0.02);
    expect(real).toBeGreaterThan(0); // a filter this small does err: this is not an exact list
  });

  it('refuses a file of another format', () => {
    expect(() => WordFilter.fromPacked({ ...(data as PackedDictionary), format: 'other' } as unknown as PackedDictionary)).toThrow('Not an Extra Mile dictionary');
  });
});
