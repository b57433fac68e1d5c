// Bounded work for any pack: the costliest pack the validator accepts (scripts/largest-pack.ts: 60,000 cues on one
// two-letter prefix, lesson text up to the byte limit), once or ten times over, costs the cue index no more than
// CUE_LIMITS and MAX_GROUP allow, the library keeps every cue, and a typo lookup compares a word with at most
// MAX_GROUP cue words, once per word, and a ticket makes at most TYPO_LOOKUPS_PER_TICKET new lookups, which the
// corpus tickets stay far under. The work is counted here; `npm run bench` prints the time it takes.
import { resolve } from 'node:path';
import Fuse from 'fuse.js/basic';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { corpusTickets } from '../scripts/corpus-tickets';
import { largestPackText, reWord } from '../scripts/largest-pack';
import { CUE_LIMITS, buildCueIndex, type TrieNode } from '../src/engine/cues/index';
import { MAX_GROUP, TYPO_LOOKUPS_PER_TICKET, ticketTypoBudget, typoOf } from '../src/engine/cues/typos';
import { createEngine, suggest } from '../src/engine/index';
import { BUILTIN_LESSONS, type Lesson } from '../src/lessons/index';
import { MAX_PACK_BYTES, validatePackText } from '../src/lessons/pack';
import { readCorpus } from '../training/corpus';
import { ENGINE } from './support/engine';

const text = largestPackText();
const verdict = validatePackText(text);
const largest = verdict.ok ? verdict.pack.lessons : [];
/** The library, then the largest pack `copies` times over (each copy with lesson ids of its own). */
const lessonsWith = (copies: number): Lesson[] => [...BUILTIN_LESSONS, ...Array.from({ length: copies }, (_, c) => largest.map((l) => ({ ...l, id: `${l.id}-${c}` }))).flat()];

/** The lessons that have some cue in the trie (their own or from their text). */
function lessonsInTrie(root: TrieNode): Set<number> {
  const found = new Set<number>();
  for (const stack = [root]; stack.length; ) {
    const node = stack.pop()!;
    for (const ref of node.cues) found.add(ref.lesson);
    stack.push(...node.next.values());
  }
  return found;
}

afterEach(() => vi.restoreAllMocks());

describe('the largest pack the validator accepts', () => {
  it('is accepted: 500 lessons of 120 cues, its file within 5 % of the byte limit', () => {
    expect(verdict.ok ? [] : verdict.errors).toEqual([]);
    expect(largest).toHaveLength(500);
    expect(largest.reduce((n, l) => n + l.cues.length, 0)).toBe(60_000);
    const bytes = new TextEncoder().encode(text).length;
    expect(bytes).toBeLessThanOrEqual(MAX_PACK_BYTES);
    expect(bytes).toBeGreaterThan(MAX_PACK_BYTES * 0.95);
  });

  it.each([1, 10])('×%i: the index reads at most CUE_LIMITS, the library first, and typo groups hold at most MAX_GROUP words', (copies) => {
    const lessons = lessonsWith(copies);
    const index = buildCueIndex(lessons, ENGINE.model.lexicon);
    expect(index.built.cues).toBe(CUE_LIMITS.cuesInAll);
    expect(index.built.textChars).toBeLessThanOrEqual(CUE_LIMITS.lessonTextChars);
    // The library alone is well inside every bound, so it keeps all its cues and text whatever packs come after.
    const library = buildCueIndex(BUILTIN_LESSONS, ENGINE.model.lexicon);
    expect(library.built.cues * 5).toBeLessThan(CUE_LIMITS.cuesInAll);
    expect(library.built.textChars * 4).toBeLessThan(CUE_LIMITS.lessonTextChars);
    const inTrie = lessonsInTrie(index.root);
    for (const i of lessonsInTrie(library.root)) expect(inTrie.has(i), BUILTIN_LESSONS[i]!.id).toBe(true);
    // Lessons past the bounds add nothing: with ten packs, the last one's lessons are not in the index at all.
    if (copies > 1) expect([...inTrie].filter((i) => i >= lessons.length - 500)).toEqual([]);
    for (const [initial, fuse] of index.typos.byInitial) expect(fuse.getIndex().size(), initial).toBeLessThanOrEqual(MAX_GROUP);
    expect(index.typos.byInitial.get('re')?.getIndex().size()).toBe(MAX_GROUP);
  });

  it('a typo lookup searches one group of at most MAX_GROUP words', () => {
    const engine = createEngine(ENGINE.model, lessonsWith(1));
    const search = vi.spyOn(Fuse.prototype, 'search');
    typoOf(engine.cues.typos, `${reWord(12_345)}q`, ticketTypoBudget()); // "revgsaq": not a word, in the "re" group
    expect(search.mock.contexts.map((fuse) => (fuse as Fuse<string>).getIndex().size())).toEqual([MAX_GROUP]);
  });

  // Each misspelt word after "the": a ticket of nothing but unknown words does not read as English (language.ts) and is
  // not matched at all.
  it('ranks a 2 KB ticket of misspelt pack words with at most one lookup per distinct word, and none the second time', () => {
    const engine = createEngine(ENGINE.model, lessonsWith(1));
    const ticket = Array.from({ length: 300 }, (_, i) => `the ${reWord(i * 7)}q`)
      .join(' ')
      .slice(0, 2_000);
    const distinct = new Set(ticket.split(' ').filter((word) => word !== 'the')).size;
    const search = vi.spyOn(Fuse.prototype, 'search');
    suggest(ticket, engine);
    expect(search.mock.calls.length).toBeGreaterThan(distinct / 2);
    expect(search.mock.calls.length).toBeLessThanOrEqual(distinct);
    search.mockClear();
    suggest(ticket, engine); // the same words again: answered from the word cache
    expect(search).not.toHaveBeenCalled();
  });

  it('makes at most TYPO_LOOKUPS_PER_TICKET new lookups for a ticket of distinct misspellings; the words past it are looked up by the next ticket', () => {
    const engine = createEngine(ENGINE.model, lessonsWith(1));
    // Made-up words that each need a lookup: none the lexicon takes for a real word (its dictionary's filter takes about
    // one in a hundred), none with a letter three times over (never a typo).
    const words = Array.from({ length: 4 * TYPO_LOOKUPS_PER_TICKET }, (_, i) => `${reWord(i * 7)}q`)
      .filter((word) => !engine.model.lexicon.has(word) && !/(\p{L})\1\1/u.test(word))
      .slice(0, 3 * TYPO_LOOKUPS_PER_TICKET);
    expect(words).toHaveLength(3 * TYPO_LOOKUPS_PER_TICKET);
    const half = words.length / 2;
    const search = vi.spyOn(Fuse.prototype, 'search');
    // Two messages of several 8 KB chunks each: one cap for the whole ticket.
    const english = (list: string[]) => list.map((word) => `the ${word}`).join(' ');
    suggest({ subject: 'refnd', messages: [english(words.slice(0, half)), english(words.slice(half))] }, engine);
    expect(search).toHaveBeenCalledTimes(TYPO_LOOKUPS_PER_TICKET);
    // A word past the cap was not looked up, so it is not remembered as "no typo".
    const late = words.slice(-100);
    expect(late.filter((word) => engine.cues.wordCache.has(word))).toEqual([]);
    search.mockClear();
    suggest(english(late), engine);
    expect(search).toHaveBeenCalledTimes(late.length);
  });

  it('leaves the corpus tickets of 2 KB to 200 KB far under TYPO_LOOKUPS_PER_TICKET, on a cold word cache', () => {
    const texts = readCorpus(resolve(__dirname, '../training/corpus')).map((m) => m.text);
    const engine = createEngine(ENGINE.model, BUILTIN_LESSONS);
    const search = vi.spyOn(Fuse.prototype, 'search');
    // The tickets `npm run bench` times at these sizes.
    const lookups = ([[2_000, 50], [20_000, 20], [200_000, 5]] as const).flatMap(([size, count]) =>
      corpusTickets(texts, size, count).map((ticket) => {
        engine.cues.wordCache.clear();
        search.mockClear();
        suggest(ticket, engine);
        return search.mock.calls.length;
      }),
    );
    const most = Math.max(...lookups);
    expect(most).toBeGreaterThan(100); // 199 when the cap was chosen
    expect(most * 4).toBeLessThan(TYPO_LOOKUPS_PER_TICKET);
  }, 60_000);
});
