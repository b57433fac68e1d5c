// The popup's lesson search over the real library: typos, topic chips, team care, the order before typing, and the
// work each keystroke costs.
import Fuse from 'fuse.js';
import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_LESSONS } from '../src/lessons/index';
import type { Lesson } from '../src/lessons/schema';
import { TOPIC_IDS, mainTopic } from '../src/topics';
import { groupByTopic, searchLessons } from '../popup/search';

const ids = (lessons: Lesson[]) => lessons.map((l) => l.id);
const top = (query: string, n = 3) => ids(searchLessons(BUILTIN_LESSONS, query)).slice(0, n);

describe('searchLessons', () => {
  it.each([
    ['refnd', 'paid-but-not-delivered'],
    ['tranfered', 'own-it-to-the-end'],
    ['cancle', 'they-want-to-leave'],
    ['recieved', 'where-is-it'],
    ['vouchr', 'codes-vouchers-and-points'],
    ['managr', 'when-they-ask-for-a-manager'],
  ])('finds through a typo: "%s" → %s in the top three', (query, lesson) => {
    expect(top(query)).toContain(lesson);
  });

  it('puts the lesson with the very word in its title first ("train" → the training lesson, not "transfers")', () => {
    expect(top('train', 1)).toEqual(['train-and-train-again']);
  });

  it('finds team-care lessons, which tickets never trigger', () => {
    const teamCare = BUILTIN_LESSONS.filter((l) => l.topics.includes('team-care'));
    expect(teamCare.length).toBeGreaterThan(0);
    expect(top('train')).toContain('train-and-train-again');
    expect(ids(searchLessons(BUILTIN_LESSONS, 'breaks', ['team-care']))).toContain('look-after-your-people-first');
  });

  it('needs every word when some lesson has them all, and falls back to any word when none has', () => {
    expect(top('where parcel', 1)).toEqual(['where-is-it']);
    const all = searchLessons(BUILTIN_LESSONS, 'cancel account');
    expect(ids(all)).toContain('they-want-to-leave');
    expect(searchLessons(BUILTIN_LESSONS, 'refund qqqqqq').length).toBeGreaterThan(0); // "qqqqqq" matches nothing: any word
  });

  it('finds nothing for nonsense', () => {
    expect(searchLessons(BUILTIN_LESSONS, 'xyzzy')).toEqual([]);
  });

  it('a topic chip keeps the lessons carrying that topic, main or not; two chips keep either', () => {
    const calm = searchLessons(BUILTIN_LESSONS, '', ['stay-calm']);
    expect(calm.length).toBeGreaterThan(0);
    expect(calm.every((l) => l.topics.includes('stay-calm'))).toBe(true);
    expect(ids(calm)).toContain('reset-after-a-hard-contact'); // team-care first, stay-calm second
    const either = searchLessons(BUILTIN_LESSONS, '', ['stay-calm', 'team-care']);
    expect(either.length).toBe(BUILTIN_LESSONS.filter((l) => l.topics.includes('stay-calm') || l.topics.includes('team-care')).length);
    // With a query too: "refund" within Keep the promise only.
    const refunds = searchLessons(BUILTIN_LESSONS, 'refund', ['keep-the-promise']);
    expect(refunds.length).toBeGreaterThan(0);
    expect(refunds.every((l) => l.topics.includes('keep-the-promise'))).toBe(true);
  });

  it('with no query lists every lesson, ordered by main topic as TOPICS orders them', () => {
    const all = searchLessons(BUILTIN_LESSONS, '  ');
    expect(all.length).toBe(BUILTIN_LESSONS.length);
    const order = all.map((l) => TOPIC_IDS.indexOf(mainTopic(l)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(groupByTopic(all).map((g) => g.topic)).toEqual(TOPIC_IDS.filter((id) => all.some((l) => mainTopic(l) === id)));
  });

  // The work per keystroke, not its time (timings are in `npm run bench`): the fuzzy index is built once per lesson
  // list, and each keystroke runs one search over it (two when no lesson has every word).
  it('builds its index once per lesson list and searches it at most twice a keystroke', () => {
    const lessons = [...BUILTIN_LESSONS];
    const builds = vi.spyOn(Fuse.prototype, 'setCollection');
    const searches = vi.spyOn(Fuse.prototype, 'search');
    try {
      const query = 'customer was tranfered';
      for (let i = 1; i <= query.length; i++) {
        const before = searches.mock.calls.length;
        searchLessons(lessons, query.slice(0, i));
        expect(searches.mock.calls.length - before, query.slice(0, i)).toBeLessThanOrEqual(2);
      }
      expect(builds).toHaveBeenCalledTimes(1);
      expect(searches.mock.calls.length).toBeGreaterThanOrEqual(query.length - 1); // "c" alone is no word
    } finally {
      builds.mockRestore();
      searches.mockRestore();
    }
  });
});
