// Tone features: how the message is written rather than what it names. Dense, few, and the same for any wording.
import type { ModelWord } from './words';

// Swearing and insults, censored spellings included ("f*ck" reads as "f", "ck": the stems below catch the common ones).
const PROFANITY = new Set(
  'fuck fucking fucked fuckin fck fk fkn wtf shit shitty bullshit crap crappy damn damned dammit hell ass asshole idiot idiots idiotic stupid moron morons clown clowns useless incompetent pathetic joke disgrace disgusting scam scammers thieves thief liars liar garbage trash rubbish bs pos sucks suck screw screwed bastard bastards'.split(' '),
);
// Words that often carry irony in complaints ("great job", "thanks for nothing", "love how...").
const SARCASM = new Set('wow great genius brilliant lovely love thanks thx congrats bravo nice wonderful fantastic amazing classic lol lmao smh sure yeah 🙄 😂 🤣 🙃 👏 😒'.split(' '));

export const TONE_FEATURES = ['capitals', 'shouting', 'bangs', 'questions', 'profanity', 'irony', 'negations', 'length'] as const;

/** The tone of a text as numbers in about [0, 1], in TONE_FEATURES order. */
export function toneOf(text: string, words: readonly ModelWord[]): number[] {
  const plain = words.filter((w) => !w.symbol);
  const n = Math.max(1, plain.length);
  const capitals = plain.filter((w) => w.capitals).length;
  let bangs = 0;
  let questions = 0;
  // Counted over at most 200 KB: past that the shares no longer move.
  const end = Math.min(text.length, 200_000);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 33) bangs++;
    else if (c === 63) questions++;
  }
  let profanity = 0;
  let irony = 0;
  let negations = 0;
  for (const w of words) {
    if (PROFANITY.has(w.form)) profanity++;
    if (SARCASM.has(w.form)) irony++;
    if (w.negated) negations++;
  }
  return [
    Math.min(1, (capitals / n) * 3),
    capitals >= 3 ? 1 : 0,
    Math.min(1, bangs / 4),
    Math.min(1, questions / 3),
    Math.min(1, profanity / 2),
    Math.min(1, irony / 3),
    Math.min(1, (negations / n) * 5),
    Math.min(1, Math.log1p(n) / 7),
  ];
}
