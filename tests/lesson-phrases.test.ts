// The library's phrases promise nothing the agent does not know: no dates, times, delivery promises, places or
// policies made up on the customer's behalf. What only the agent knows is a placeholder in square brackets, which
// Insert leaves selected for the agent to type over; the customer's first name and the ticket number are filled in.
import { describe, expect, it } from 'vitest';
import { BUILTIN_LESSONS } from '../src/lessons/index';
import { strayBracket } from '../src/lessons/blanks';
import { fillPhrase, splitPlaceholders } from '../panel/phrases';

const phrases = BUILTIN_LESSONS.flatMap((lesson) => lesson.phrases.map((phrase) => ({ lesson: lesson.id, phrase })));

/** Made-up facts the earlier phrases stated: specific days and times, delivery windows, places, people and policies. */
const INVENTED = [
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
  /\b(tomorrow|tonight|next week|by midday|by the end of today)\b/i,
  /\b\d+\s?(am|pm)\b/i,
  /\bthe \d+(st|nd|rd|th)\b/i,
  /\bwithin (two|three|five|48|\d+) (hours|working days|days)\b/i,
  /\b(next-day|express delivery|local depot|prepaid label|partner airline|morning departure|crew on board)\b/i,
  /\b(your bag|the baby|wheelchair|the birthday|the wedding|courier)\b/i,
  /\bthree quick steps\b|\bgreen tick\b|\bpromo code\b/i,
];

/** Promises an agent often may not keep, which the earlier phrases made: to honour whatever was said, to pay for
 * whatever they buy, that one document will do. Each lesson's advice bounds them ("if it's reasonable"). */
const UNBOUNDED = [/\bI'm going to honour it\b/i, /\bget what(?:ever)? you need and send us the receipt\b/i, /\bjust one thing I need\b/i];

/** Words that tell the customer not to contact anyone else: their bank may be who stops a fraudulent card. */
const KEEPS_THEM_FROM_OTHERS = /\b(?:don't|do not|no need to|shouldn't|won't need to)\s+(?:call|contact|ring|phone|email|speak to|talk to)\s+(?:anyone|anybody|someone|your bank|them)\b/i;

describe('the bundled phrases', () => {
  it.each(INVENTED.map((pattern) => ({ pattern: String(pattern) })))('state no made-up fact matching $pattern', ({ pattern }) => {
    const re = INVENTED.find((p) => String(p) === pattern)!;
    expect(phrases.filter(({ phrase }) => re.test(phrase))).toEqual([]);
  });

  it.each(UNBOUNDED.map((pattern) => ({ pattern: String(pattern) })))('promise nothing unbounded matching $pattern', ({ pattern }) => {
    const re = UNBOUNDED.find((p) => String(p) === pattern)!;
    expect(phrases.filter(({ phrase }) => re.test(phrase))).toEqual([]);
  });

  it('never tell the customer not to contact anyone else: we do the chasing, they may still call their bank', () => {
    expect(phrases.filter(({ phrase }) => KEEPS_THEM_FROM_OTHERS.test(phrase))).toEqual([]);
  });

  it('never apologise on a condition ("sorry if it came across that way"), which the coach reads as no apology', () => {
    expect(phrases.filter(({ phrase }) => /\b(?:sorry|apologi[sz]e|apologies)\s+if\b/i.test(phrase))).toEqual([]);
  });

  it('neither congratulate nor speak of a celebration where the occasion ahead may be a funeral, unless a blank says so', () => {
    const sombre = BUILTIN_LESSONS.filter((l) => l.cues.some((cue) => /\b(?:funeral|memorial|eulogy|send-off)\b/i.test(cue)));
    expect(sombre.map((l) => l.id)).toContain('special-occasion-ahead');
    const festive = sombre.flatMap((l) => l.phrases.filter((p) => /congratulat|celebrat|\bcongrats\b/i.test(p.replace(/\[[^\]]*\]/g, ''))).map((p) => `${l.id}: ${p}`));
    expect(festive).toEqual([]);
  });

  it('tell the agent to have someone in danger call the emergency number first, where a lesson is cued by an emergency', () => {
    const urgent = BUILTIN_LESSONS.filter((l) => l.cues.some((cue) => /^(?:collapsed|seizure|ambulance|emergency)$/i.test(cue)));
    expect(urgent.map((l) => l.id)).toContain('health-and-care-needs');
    for (const lesson of urgent) {
      const guidance = [lesson.advice, ...(lesson.steps ?? [])].join(' ');
      expect(guidance, lesson.id).toMatch(/\bemergency (?:number|services)\b/i);
      // First: a step that says so comes before anything else the steps say.
      const step = (lesson.steps ?? []).findIndex((s) => /\bemergency (?:number|services)\b/i.test(s));
      expect(step, lesson.id).toBeLessThan(1);
    }
  });

  it('mark what only the agent knows with well-formed placeholders', () => {
    const placeholders = phrases.flatMap(({ phrase }) => splitPlaceholders(phrase).filter((p) => p.placeholder).map((p) => p.text));
    expect(placeholders.length).toBeGreaterThan(40);
    for (const { phrase } of phrases) {
      // Brackets come in pairs, never nested, never empty, as a pack's must (src/lessons/blanks.ts).
      expect(strayBracket(phrase), phrase).toBe(false);
    }
  });

  it('get the customer’s name and the ticket number filled in, and keep the rest for the agent', () => {
    const withName = phrases.find(({ phrase }) => phrase.includes('[name]'))!;
    expect(withName).toBeDefined();
    const filled = fillPhrase(withName.phrase, { name: 'Dana', ticketId: '5512' });
    expect(filled).toContain('Dana');
    expect(filled).not.toContain('[name]');
    expect(fillPhrase('About ticket [ticket number], by [date].', { name: 'Dana', ticketId: '5512' })).toBe('About ticket 5512, by [date].');
  });
});
