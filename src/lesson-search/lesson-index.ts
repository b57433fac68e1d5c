// Where each word of the lessons occurs (title, topics, cues, phrases, advice, steps), built once per lesson list.
import type { Lesson } from '../lessons/schema';
import { mainTopic, topicName } from '../topics';
import { formIndex, type FormIndex } from '../text/word-forms';
import supportWords from './support-words.json';
import { tokens, withoutApostrophes } from './query-words';
import type { LessonField } from './types';

export interface Occurrence {
  lesson: number;
  field: LessonField;
}

export interface Index {
  /** Each lesson word: where it occurs, each lesson and field once. */
  occurrences: Map<string, Occurrence[]>;
  /** The lesson words, then the support words no lesson uses. */
  words: string[];
  /** The same words by their bases (text/word-forms.ts), for other forms of them ("refunding" → refund, refunded). */
  forms: FormIndex;
  /** The same words by their letters without apostrophes ("dont" → don't; "doesn't" → doesnt, where one says so). */
  unapostrophed: ReadonlyMap<string, readonly string[]>;
  /** Each lesson's title and cues of two words or more, as words: what a query may say word for word. */
  sayings: readonly (readonly string[][])[];
  /** Each lesson's title words and one-word cues: what a query of one word may be. */
  ownWords: readonly ReadonlySet<string>[];
}

/** Common help-desk words no lesson uses, each with the lesson words it stands for ("pasword" → password → login). */
export const SUPPORT: Readonly<Record<string, readonly string[]>> = supportWords.words;

function fieldTexts(lesson: Lesson): [LessonField, readonly string[]][] {
  return [
    ['title', [lesson.title]],
    ['topic', [topicName(mainTopic(lesson))]],
    ['topics', lesson.topics.slice(1).map(topicName)],
    ['cues', lesson.cues],
    ['phrases', lesson.phrases],
    ['advice', [lesson.advice]],
    ['steps', lesson.steps ?? []],
  ];
}

/** One index per lesson list: the list does not change while the popup or the options page shows it. */
const indexes = new WeakMap<readonly Lesson[], Index>();

export function indexFor(lessons: readonly Lesson[]): Index {
  let index = indexes.get(lessons);
  if (index) return index;
  const occurrences = new Map<string, Occurrence[]>();
  lessons.forEach((lesson, i) => {
    for (const [field, texts] of fieldTexts(lesson)) {
      for (const word of new Set(texts.flatMap(tokens))) {
        const list = occurrences.get(word) ?? [];
        list.push({ lesson: i, field });
        occurrences.set(word, list);
      }
    }
  });
  const words = [...occurrences.keys(), ...Object.keys(SUPPORT).filter((w) => !occurrences.has(w))];
  const unapostrophed = new Map<string, string[]>();
  for (const word of words) {
    const bare = withoutApostrophes(word);
    unapostrophed.set(bare, [...(unapostrophed.get(bare) ?? []), word]);
  }
  const sayings = lessons.map((lesson) => [lesson.title, ...lesson.cues].map(tokens).filter((words) => words.length >= 2));
  // A cue of one word as written: "i ordered" is no cue "ordered" ("where is my order" found the lesson that says it),
  // nor "pre-ordered", "e-mail" or "booking.com".
  const oneWordCues = (lesson: Lesson) => lesson.cues.filter((cue) => !/[^\p{L}\p{N}']/u.test(cue.trim())).flatMap(tokens);
  const ownWords = lessons.map((lesson) => new Set([...tokens(lesson.title), ...oneWordCues(lesson)]));
  index = { occurrences, words, forms: formIndex(words), unapostrophed, sayings, ownWords };
  indexes.set(lessons, index);
  return index;
}
