// The bundled library is data, checked like code: schema, ids, topics, grounded quotes, coverage, and
// a table of short self-written tickets that must bring each lesson into the top 3.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_LESSONS, BUILTIN_PACK } from '../src/lessons/index';
import { MAX_PACK_ERRORS, validateLibrary, validatePackText } from '../src/lessons/pack';
import { tokenize } from '../src/engine/cues/tokenize';
import { suggest } from '../src/engine/index';
import { ENGINE } from './support/engine';
import { matchCues } from '../src/engine/cues/match';
import { TOPICS } from '../src/topics';
import { itWithShared } from './support/shared';

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the bundled lesson library', () => {
  it('passes the pack schema that custom packs must pass', () => {
    const verdict = validateLibrary(JSON.parse(JSON.stringify(BUILTIN_PACK)));
    expect(verdict.ok ? [] : verdict.errors).toEqual([]);
  });

  it('is refused as a new custom pack (import, check-pack): its id and every lesson id are taken', () => {
    const verdict = validatePackText(JSON.stringify(BUILTIN_PACK, null, 2));
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.errors[0]).toMatchObject({ path: 'id', message: expect.stringMatching(/built-in library's id/) });
    // One error for the pack id and one for each lesson, listed up to the cap and then counted.
    const total = 1 + BUILTIN_LESSONS.length;
    expect(total).toBeGreaterThan(MAX_PACK_ERRORS);
    expect(verdict.errors).toHaveLength(MAX_PACK_ERRORS);
    expect(verdict.errors.slice(1, -1).map((e) => e.path)).toEqual(BUILTIN_LESSONS.slice(0, MAX_PACK_ERRORS - 2).map((_, i) => `lessons[${i}].id`));
    expect(verdict.errors.at(-1)?.message).toBe(`… and ${total - MAX_PACK_ERRORS + 1} more problems`);
  });

  it('has between 35 and 60 lessons with unique ids', () => {
    expect(BUILTIN_LESSONS.length).toBeGreaterThanOrEqual(35);
    expect(BUILTIN_LESSONS.length).toBeLessThanOrEqual(60);
    expect(new Set(BUILTIN_LESSONS.map((l) => l.id)).size).toBe(BUILTIN_LESSONS.length);
  });

  itWithShared('uses only topic ids from TOPICS.md', ['TOPICS.md'], (topicsFile) => {
    const topicsMd = readFileSync(topicsFile, 'utf8');
    const documented = new Set([...topicsMd.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]));
    expect([...documented].sort()).toEqual(TOPICS.map((t) => t.id).sort());
    for (const lesson of BUILTIN_LESSONS) for (const topic of lesson.topics) expect(documented, lesson.id).toContain(topic);
  });

  itWithShared('grounds every lesson in a verbatim quote of the article it cites', ['seeds'], (seedsDir) => {
    const articles = new Map(readdirSync(seedsDir).map((f) => [f, normalise(readFileSync(resolve(seedsDir, f), 'utf8'))]));
    for (const lesson of BUILTIN_LESSONS) {
      const article = articles.get(lesson.source.article);
      expect(article, `${lesson.id} cites ${lesson.source.article}`).toBeDefined();
      expect(article, `${lesson.id}'s quote`).toContain(normalise(lesson.source.quote));
      expect(lesson.source.quote.split(/\s+/).length, lesson.id).toBeLessThanOrEqual(25);
    }
  });

  it("grounds a team-care lesson in Shackleton's team, kept intact and working together", () => {
    const grounded = BUILTIN_LESSONS.filter((l) => l.source.article === '000_da60262c01fd1b3f.txt' && l.source.quote.includes('intact and working together'));
    expect(grounded.map((l) => l.topics[0])).toEqual(['team-care']);
  });

  itWithShared('cites every seed article', ['seeds'], (seedsDir) => {
    const cited = new Set(BUILTIN_LESSONS.map((l) => l.source.article));
    expect([...cited].sort()).toEqual(readdirSync(seedsDir).sort());
  });

  it('has at least two lessons for every topic tickets trigger, and cues for every such lesson', () => {
    for (const topic of TOPICS) {
      const main = BUILTIN_LESSONS.filter((l) => l.topics[0] === topic.id);
      expect(main.length, topic.id).toBeGreaterThanOrEqual(2);
      for (const lesson of main) {
        if (topic.triggeredByTickets) expect(lesson.cues.length, lesson.id).toBeGreaterThanOrEqual(10);
        else expect(lesson.cues, lesson.id).toEqual([]);
      }
    }
  });

  it('has no cue that is an ordinal alone: "third" is a shelf as often as a third time', () => {
    const ordinal = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(st|nd|rd|th))$/i;
    expect(BUILTIN_LESSONS.flatMap((l) => l.cues.filter((cue) => ordinal.test(cue.trim())).map((cue) => `${l.id}: ${cue}`))).toEqual([]);
  });

  // Praise is a complaint in disguise only with words round it that say so ("oh great", "thanks for nothing", "love
  // how"): a review (2026-12-03) found real praise ("Brilliant service… Congrats on a great team") given the sarcasm
  // lesson alone, on cues of praise.
  it('cues no lesson about sarcasm with praise that is not sarcastic by itself', () => {
    const sarcasm = BUILTIN_LESSONS.filter((l) => /sarcas/i.test(`${l.title} ${l.advice}`));
    expect(sarcasm.map((l) => l.id)).toContain('answer-sarcasm-straight');
    const praise = /^(?:brilliant|congrats|congratulations|wow|incredible|impressive|good work|keep up the good work|outstanding work)$/i;
    expect(sarcasm.flatMap((l) => l.cues.filter((cue) => praise.test(cue.trim())).map((cue) => `${l.id}: ${cue}`))).toEqual([]);
  });

  it('does not answer real praise with the lesson on sarcasm by its cues', () => {
    const praise = 'Wow, brilliant packaging and the order came a day early. Congratulations to whoever packed it!';
    expect(suggest(praise, ENGINE, { limit: 3 }).map((s) => s.lesson.id)).not.toContain('answer-sarcasm-straight');
    // This praise the model reads as maybe stay-calm (none 0.47, under the 0.5 that silences a ticket), and within
    // stay-calm meaning picks the sarcasm lesson, whose cues are praise words; until 2026-12-04 a word of another
    // lesson's text ("heavy") picked keep-your-cool instead, as wrong. What the cues can promise: no praise word of it is
    // read as a sarcasm cue.
    const delivery = 'Your delivery man was brilliant, impressive care with my heavy parcel. Keep up the good work.';
    const sarcasm = suggest(delivery, ENGINE, { limit: 3 }).find((s) => s.lesson.id === 'answer-sarcasm-straight');
    expect(sarcasm?.evidence.filter((e) => e.kind !== 'model') ?? []).toEqual([]);
  });

  // Filler a phrase must not say where its lesson's advice says otherwise: "answer the question first" (not "Good
  // question!"), and to a customer upset by silence or hours on hold, an apology and the time they lost (not thanks for
  // their patience). Four phrases said so until 2026-12-03.
  it('has no phrase of the filler its advice warns against', () => {
    const filler = /\bgood question\b|\bgreat question\b|\bthank(?:s| you) for your patience\b|\bsorry for any inconvenience\b|\bapologi[sz]e for any inconvenience\b/i;
    const found = BUILTIN_LESSONS.flatMap((l) => l.phrases.filter((p) => filler.test(p)).map((p) => `${l.id}: ${p}`));
    expect(found).toEqual([]);
  });

  // Everyday words that another need or a stem made cues of a lesson they do not signal (a review of the cue lists,
  // 2026-12-03: "wheelchair" on a payment lesson, "party" matching a third party, "looking forward" a sign-off). A
  // lesson's own text still gives faint cues of its words ("condition" in damaged-on-arrival's advice), kept.
  it.each([
    ['My dad uses a wheelchair and needs the ramp.', 'paid-but-not-delivered'],
    ['Is this a third party app?', 'special-occasion-ahead'],
    ['I look forward to your reply.', 'name-what-it-cost-them'],
    ['The chocolate melted in the van.', 'insults-are-not-about-you'],
    ['Sorry if this is a dumb question, how do I export?', 'insults-are-not-about-you'],
    ['My account was disabled after the update.', 'health-and-care-needs'],
    ['The music in the app stopped working.', 'hours-on-hold'],
  ])('gives "%s" no cue of %s', (text, lessonId) => {
    const at = ENGINE.lessons.findIndex((l) => l.id === lessonId);
    expect(at).toBeGreaterThanOrEqual(0);
    const hits = matchCues(ENGINE.cues, [{ part: 0, text, weight: 1 }]).get(at);
    expect([...(hits?.keys() ?? [])]).toEqual([]);
  });

  // Cues the review of 2026-12-03 took off and a second review found core: without them these got nothing, or the
  // lesson under the cut.
  it.each([
    ['This will be my last order with you.', 'they-want-to-leave'],
    ['The parcel arrived in terrible condition.', 'damaged-on-arrival'],
    ['I think a discount would be fair after all this.', 'recover-generously'],
  ])('suggests for "%s" %s in the top three', (text, lessonId) => {
    expect(suggest(text, ENGINE).slice(0, 3).map((s) => s.lesson.id)).toContain(lessonId);
  });

  it('has cues that the matcher can read (each has a word)', () => {
    for (const lesson of BUILTIN_LESSONS) for (const cue of lesson.cues) expect(tokenize(cue).length, `${lesson.id}: "${cue}"`).toBeGreaterThan(0);
  });
});

interface LessonCase {
  lesson: string;
  ticket: string;
}
const cases = JSON.parse(readFileSync(resolve(__dirname, 'lesson-cases.json'), 'utf8')) as LessonCase[];

// A walk (2026-12-05) saw FreeScout's real damaged-bookshelf page ("the left side panel is split along the grain") given
// the wrong-or-missing-item lesson: no cue of damage said "split". The cues added say it as damage, not as an order or
// a bill split in two. (That page prompted them, so it no longer checks them; these tickets do.)
it('reads "split" as damage where something split, not where an order or a payment was split', () => {
  const first = (ticket: string) => suggest(ticket, ENGINE, { limit: 1 })[0]?.lesson.id;
  expect(first('The wardrobe door has split in half where the hinge goes in. Can you send a new door?')).toBe('damaged-on-arrival');
  expect(first('The box arrived split open and two of the glasses inside are in pieces.')).toBe('damaged-on-arrival');
  for (const ticket of ['My order was split into two deliveries and only one has come.', 'Can I split the payment across two cards?', 'The bill was split down the middle wrongly.']) {
    expect(first(ticket), ticket).not.toBe('damaged-on-arrival');
  }
});

describe('each lesson comes up for a ticket that calls for it', () => {
  it('has a case for every ticket-triggered lesson', () => {
    const covered = new Set(cases.map((c) => c.lesson));
    const missing = BUILTIN_LESSONS.filter((l) => l.cues.length && !covered.has(l.id)).map((l) => l.id);
    expect(missing).toEqual([]);
  });

  // The topic model decides the topics and the cues the lesson within them, so a few cases may land on a sibling
  // lesson or a neighbouring topic; nine in ten must bring their lesson into the top three.
  it('brings nine in ten lessons into the top three for their case, and every case its topic', () => {
    const missed: string[] = [];
    for (const c of cases) {
      const top3 = suggest(c.ticket, ENGINE, { limit: 3 });
      if (!top3.some((s) => s.lesson.id === c.lesson)) missed.push(`${c.lesson}: ${c.ticket}`);
    }
    expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(Math.floor(cases.length / 10));
  });

  it('brings the lesson’s main topic into the top three for nine cases in ten', () => {
    const missed = cases.filter((c) => {
      const topic = BUILTIN_LESSONS.find((l) => l.id === c.lesson)?.topics[0];
      return !suggest(c.ticket, ENGINE, { limit: 3 }).some((s) => s.lesson.topics[0] === topic);
    });
    expect(missed.length, missed.map((c) => `${c.lesson}: ${c.ticket}`).join('\n')).toBeLessThanOrEqual(Math.floor(cases.length / 10));
  });
});
