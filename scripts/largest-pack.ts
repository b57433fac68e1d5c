// The costliest pack the validator accepts, for `npm run bench` and tests/engine-bounds.test.ts: 500 lessons of 120
// cues each, every cue word five letters or more and starting "re" (so every one lands in the same typo group), as
// many as fit in MAX_PACK_BYTES, and lesson text as long as the schema allows until the file is full.
import { MAX_PACK_BYTES } from '../src/lessons/pack';
import { MAX_PACK_LESSONS } from '../src/lessons/schema';

const CUES_PER_LESSON = 120;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The n-th word "re" + four letters: distinct for n < 26^4. */
export function reWord(n: number): string {
  let word = '';
  for (let i = 0; i < 4; i++, n = Math.floor(n / 26)) word += LETTERS[n % 26];
  return `re${word}`;
}

function lesson(index: number, text: string) {
  return {
    id: `largest-${index}`,
    title: `Lesson ${index} of the largest pack`,
    topics: ['keep-the-promise'],
    advice: text || 'Answer the customer with the date it will happen.',
    phrases: ['I have checked it for you.', 'It will reach you by Friday.'],
    cues: Array.from({ length: CUES_PER_LESSON }, (_, c) => reWord(index * CUES_PER_LESSON + c)),
    source: { article: 'Largest pack', quote: 'As large as the validator allows.' },
  };
}

/** The pack's JSON text: 60,000 cues, advice padded with words until the file is as close to the limit as fits. */
export function largestPackText(): string {
  const base = (advice: string) => ({
    format: 'extra-mile-pack',
    version: 1,
    id: 'largest',
    name: 'The largest pack',
    lessons: Array.from({ length: MAX_PACK_LESSONS }, (_, i) => lesson(i, advice)),
  });
  const bare = JSON.stringify(base(''));
  // Spread what is left over the lessons' advice (at most 700 characters each), in words a ticket may contain.
  const room = Math.floor((MAX_PACK_BYTES - bare.length) / MAX_PACK_LESSONS) + 'Answer the customer with the date it will happen.'.length;
  const words = 'refund arrived delivery customer waiting replace return reorder receipt request'.split(' ');
  let advice = '';
  for (let i = 0; advice.length < Math.min(700, room) - 12; i++) advice += (advice ? ' ' : '') + words[i % words.length];
  return JSON.stringify(base(advice));
}
