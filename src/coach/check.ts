// Runs reply checks on a draft: which checks apply to the ticket's topics, and what in the draft keeps or breaks each.
// Pure and synchronous: the panel calls it on every (debounced) keystroke; nothing is kept between calls but the
// compiled patterns.
import type { TopicId } from '../topics';
import { eyeRolls, listItems, NO_SLOTS, placeholders, shouting, type Span } from './detectors';
import { sentenceProbability, type SentenceModel } from './learned';
import { compilePattern, expandSets, matchWords, wordPositions, type DetectorName, type Pattern, type Vocabulary, type WordPositions } from './pattern';
import type { Check } from './schema';
import { draftSentences } from './sentences';
import { VOCABULARY } from './vocabulary';
import { draftWords, isNegated, type DraftWord } from './words';
import { signatureTail } from '../text/sign-off';

export interface Evidence {
  /** The draft's own words at [start, end). */
  text: string;
  start: number;
  end: number;
}

export interface CheckResult {
  id: string;
  topic: TopicId;
  lesson: string;
  ok: boolean;
  /** What the reply does, for a checklist line: "says when they'll hear back", or "sends them elsewhere". */
  message: string;
  /** What broke it (or, when kept, what keeps it; empty when nothing points either way). */
  evidence: Evidence[];
}

// Each reads the draft's text; a blank left in also the blanks the lessons in use write (Vocabulary.slots).
const DETECT: Record<DetectorName, (text: string, slots: ReadonlySet<string>) => Span[]> = { placeholder: placeholders, shouting, 'list-item': listItems, 'eye-roll': eyeRolls };
/** At most this many pieces of evidence per check: the checklist's quote names as many as fit (quote.ts). */
const MAX_EVIDENCE = 5;

interface CompiledCheck {
  keeps: Pattern[];
  breaks: Pattern[];
  weakBreaks: Pattern[];
  unless: Pattern[];
  except: Pattern[];
  instead: Pattern[];
  before: Pattern[];
  learnedUnless: Pattern[];
}

const compiled = new WeakMap<Check, CompiledCheck>();

function compile(check: Check, vocabulary: Vocabulary): CompiledCheck {
  let c = compiled.get(check);
  if (!c) {
    const list = (sources: readonly string[] | undefined) => expandSets(sources ?? [], vocabulary).map((s) => compilePattern(s, vocabulary));
    c = {
      keeps: list(check.keeps),
      breaks: list(check.breaks),
      weakBreaks: list(check.weakBreaks),
      unless: list(check.unless),
      except: list(check.except),
      instead: list(check.instead),
      before: list(check.before),
      learnedUnless: list(check.learnedUnless),
    };
    compiled.set(check, c);
  }
  return c;
}

/**
 * The checks that run for a ticket: those of its suggested topics, and the universal ones, in the order given; a check
 * of its own lesson (`ownLesson`) where `lessons` (the lessons suggested at the topics' floor) holds it, whatever topic
 * it names, where they are given (else by its topic, as any check).
 */
export function checksFor(topics: Iterable<TopicId>, checks: readonly Check[], lessons?: ReadonlySet<string>): Check[] {
  const wanted = new Set(topics);
  return checks.filter((c) => c.universal || (c.ownLesson && lessons ? lessons.has(c.lesson) : wanted.has(c.topic)));
}

/**
 * Checks a draft (only the agent's own words: see draft.ts) against the checks of the ticket's topics.
 * `topics`: the main topics of the suggestions shown for the ticket.
 */
export function checkReply(draft: string, topics: Iterable<TopicId>, checks: readonly Check[], lessons?: ReadonlySet<string>): CheckResult[] {
  return checkReplyWith(VOCABULARY, draft, topics, checks, lessons);
}

/**
 * checkReply with the words the patterns name given, not imported: the content script is sent them with the checks,
 * so its bundle carries neither.
 */
export function checkReplyWith(vocabulary: Vocabulary, draft: string, topics: Iterable<TopicId>, checks: readonly Check[], lessons?: ReadonlySet<string>): CheckResult[] {
  const running = checksFor(topics, checks, lessons);
  if (!running.length) return [];
  const read = new DraftReading(draft, slotSet(vocabulary));
  return running.map((check) => runCheck(check, compile(check, vocabulary), read));
}

// The slots of a vocabulary as a set, made once per vocabulary: the tab checks each keystroke with the one it was sent.
const slotSets = new WeakMap<Vocabulary, ReadonlySet<string>>();

function slotSet(vocabulary: Vocabulary): ReadonlySet<string> {
  if (!vocabulary.slots?.length) return NO_SLOTS;
  let set = slotSets.get(vocabulary);
  if (!set) slotSets.set(vocabulary, (set = new Set(vocabulary.slots)));
  return set;
}

/** The draft read once for all checks: its words, and each pattern's spans, cached by pattern. */
class DraftReading {
  readonly words: DraftWord[];
  /**
   * Where what is perhaps the company's signature starts (text/sign-off.ts): what stands there may break a check,
   * never keep one, nor excuse a break ("You can expect a reply within 24 hours" under the name says no when).
   */
  readonly keepsEnd: number;
  private readonly positions: WordPositions;
  private readonly spans = new Map<Pattern, Span[]>();
  constructor(
    readonly text: string,
    /** The blanks the lessons in use write: one left in the draft is a placeholder. */
    private readonly slots: ReadonlySet<string> = NO_SLOTS,
  ) {
    this.words = draftWords(text);
    this.positions = wordPositions(this.words);
    this.keepsEnd = signatureTail(text);
  }

  /** Whether a span may keep a check (or excuse a break): it starts before the signature that perhaps is. */
  mayKeep(span: Span): boolean {
    return span[0] < this.keepsEnd;
  }

  /** The spans of `spans` that may keep a check (mayKeep). */
  keeping(spans: Span[]): Span[] {
    return spans.filter((span) => this.mayKeep(span));
  }

  /** Where a pattern occurs, negated occurrences left out. */
  find(pattern: Pattern): Span[] {
    let found = this.spans.get(pattern);
    if (!found) {
      if (pattern.kind === 'detector') found = DETECT[pattern.detector](this.text, this.slots);
      else {
        found = matchWords(pattern, this.words, this.positions)
          .filter((m) => !isNegated(this.words, m.first))
          .map((m) => [(this.words[m.first] as DraftWord).start, (this.words[m.last] as DraftWord).end] as Span);
      }
      this.spans.set(pattern, found);
    }
    return found;
  }

  findAll(patterns: readonly Pattern[]): Span[] {
    return distinct(patterns.flatMap((p) => this.find(p)));
  }

  /**
   * Every span of `except` phrases, overlapping ones kept: each spares what it covers ("I'll give" and "give you a
   * ring" both count), where findAll would keep only the first of two that overlap.
   */
  exceptions(patterns: readonly Pattern[]): Span[] {
    return patterns.flatMap((p) => this.find(p));
  }
}

function runCheck(check: Check, c: CompiledCheck, read: DraftReading): CheckResult {
  const result = (ok: boolean, message: string, spans: Span[]): CheckResult => ({
    id: check.id,
    topic: check.topic,
    lesson: check.lesson,
    ok,
    message,
    evidence: spans.slice(0, MAX_EVIDENCE).map(([start, end]) => ({ text: read.text.slice(start, end), start, end })),
  });
  const messages = check.messages;
  const excepted = read.exceptions(c.except);
  const breaks = patternBreaks(c, read, excepted);
  if (breaks.length) return result(false, messages.broken ?? messages.kept, breaks);
  // Then the sentences the check's model learnt to read as breaking it, in wording no pattern lists. The patterns
  // come first: their evidence is the few words at fault, the model's a whole sentence.
  const model = check.learned;
  const learned = model ? learnedSentences(c, read, excepted, model).filter((s) => s.probability >= model.threshold) : [];
  if (learned.length) return result(false, messages.broken ?? messages.kept, learned.map((s) => s.span));
  let keeps = patternKeeps(c, read, excepted);
  const needs = check.needs ?? 0;
  // Short of what it needs, the sentences the check's keep model reads as keeping it count too: a remedy said in words
  // no pattern lists. The patterns' keeps come first, as their evidence is the few words that keep it.
  const keepModel = check.learnedKeeps;
  if (keeps.length < needs && keepModel) {
    const learned = learnedKeeps(c, read, excepted, keepModel).filter((s) => s.probability >= keepModel.threshold);
    keeps = distinct([...keeps, ...learned.map((s) => s.span)]);
  }
  if (keeps.length < needs) return result(false, messages.missing ?? messages.kept, read.findAll(c.instead));
  if (needs > 0 && c.before.length) {
    const firstFix = read.findAll(c.before).find((f) => !excepted.some((e) => overlaps(f, e)));
    const firstKeep = keeps[0];
    if (firstFix && firstKeep && firstFix[0] < firstKeep[0] && !overlaps(firstFix, firstKeep)) return result(false, messages.late ?? messages.kept, [firstFix, firstKeep]);
  }
  return result(true, messages.kept, keeps);
}

/**
 * What the check's patterns find breaking it, outside its `except` phrases: `breaks` wherever they are, else
 * `weakBreaks` unless the reply also shows the agent doing the work ("billed by Apple" is passing on alone, and only
 * context when "I've raised it with Apple" follows). Where these speak, the learned model is not asked.
 */
function patternBreaks(c: CompiledCheck, read: DraftReading, excepted: Span[]): Span[] {
  const outside = (spans: Span[]) => spans.filter((b) => !excepted.some((e) => overlaps(b, e)));
  const breaks = outside(read.findAll(c.breaks));
  if (breaks.length) return breaks;
  const weak = outside(read.findAll(c.weakBreaks));
  return weak.length && !read.keeping(read.findAll(c.unless)).length ? weak : [];
}

/**
 * The sentences a learned model may flag, each with its probability; none while the reply has one of
 * `learnedUnless`, the agent doing the work ("Gift card refunds go through the issuer. I've sent them your details").
 * An `except` phrase's own words are left out of its sentence ("it wasn't your fault" reassures), not the sentence: a
 * sentence that goes on "our driver clearly didn't bother" still blames him.
 */
function learnedSentences(c: CompiledCheck, read: DraftReading, excepted: Span[], model: SentenceModel): Array<{ span: Span; probability: number }> {
  if (read.keeping(read.findAll(c.learnedUnless)).length) return [];
  return modelSentences(read, excepted, model);
}

/** What the check's patterns find keeping it, outside its `except` phrases. */
function patternKeeps(c: CompiledCheck, read: DraftReading, excepted: Span[]): Span[] {
  return read.keeping(read.findAll(c.keeps)).filter((k) => !excepted.some((e) => overlaps(k, e)));
}

/**
 * The sentences a keep model may count, each with its probability: none that quotes the policy (holds an `instead`
 * phrase, "in line with our terms"), which is no remedy however it reads.
 */
function learnedKeeps(c: CompiledCheck, read: DraftReading, excepted: Span[], model: SentenceModel): Array<{ span: Span; probability: number }> {
  const policy = read.findAll(c.instead);
  return modelSentences(read, excepted, model).filter((s) => read.mayKeep(s.span) && !policy.some((p) => overlaps(p, s.span)));
}

/** Each sentence of the draft with a model's probability for it, `except` phrases' words left out. */
function modelSentences(read: DraftReading, excepted: Span[], model: SentenceModel): Array<{ span: Span; probability: number }> {
  return draftSentences(read.words, excepted).map((s) => ({ span: [s.start, s.end] as Span, probability: sentenceProbability(model, s.features) }));
}

/**
 * How strongly `model` reads the draft as breaking the check where checkReply would ask it: null when the check's
 * patterns already break the draft (the model is not asked), else the highest probability among the sentences it
 * may flag (0 when none). Training chooses the threshold on these scores.
 */
export function learnedScore(draft: string, check: Check, model: SentenceModel): number | null {
  const { c, read, excepted } = readFor(draft, check);
  if (patternBreaks(c, read, excepted).length) return null;
  return Math.max(0, ...learnedSentences(c, read, excepted, model).map((s) => s.probability));
}

/**
 * How strongly a keep `model` reads the draft as keeping the check where checkReply would ask it: null when the check's
 * patterns already find the keeps it needs (the model is not asked), else the highest probability among its sentences.
 */
export function learnedKeepScore(draft: string, check: Check, model: SentenceModel): number | null {
  const { c, read, excepted } = readFor(draft, check);
  if (patternKeeps(c, read, excepted).length >= (check.needs ?? 0)) return null;
  return Math.max(0, ...learnedKeeps(c, read, excepted, model).map((s) => s.probability));
}

/** A draft read for one check, with its `except` spans: what training's scores start from. */
function readFor(draft: string, check: Check): { c: CompiledCheck; read: DraftReading; excepted: Span[] } {
  const c = compile(check, VOCABULARY);
  const read = new DraftReading(draft);
  return { c, read, excepted: read.exceptions(c.except) };
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** Spans in draft order, each place counted once (a list item found by two patterns is one item). */
function distinct(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1])) {
    const last = out[out.length - 1];
    if (last && overlaps(last, s)) continue;
    out.push(s);
  }
  return out;
}
