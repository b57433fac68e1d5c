// Fits one check's sentence model (logistic regression, training/logistic.ts) and chooses its threshold by
// cross-validation over replies: the lowest probability at which the model's own flags on replies held out in each
// fold (those the check's patterns leave to it, as in checkReply) have the precision asked for. Deterministic: seeded
// folds and training order.
import { learnedKeepScore, learnedScore } from '../../src/coach/check';
import { BUILTIN_CHECKS } from '../../src/coach/index';
import type { SentenceModel } from '../../src/coach/learned';
import type { Check } from '../../src/coach/schema';
import { train, type Example } from '../logistic';
import { seededRandom, shuffled } from '../random';
import { KEEP_CHECKS, keepSentences, labelledSentences, type LabelledSentence } from './data';
import type { LabelledReply } from './replies';

export const FIT = { epochs: 30, learningRate: 0.1, l2: 1e-4, minCount: 3, seed: 13, folds: 5, precision: 0.92, keepPrecision: 0.95 };
/** Weights smaller than this are dropped from the shipped model: they move no probability that matters. */
const SMALLEST_WEIGHT = 0.02;

/** The model without a threshold yet (threshold 0.5). */
export function fitSentences(replies: readonly LabelledReply[], check: string): SentenceModel {
  return fitModel(labelledSentences(replies, check));
}

/** The keep model without a threshold yet: what in a sentence keeps the check (data.ts keepSentences). */
export function fitKeepSentences(replies: readonly LabelledReply[], check: string): SentenceModel {
  return fitModel(keepSentences(replies, check));
}

/** A logistic model of which sentences are positive (the class the model flags). */
function fitModel(sentences: readonly LabelledSentence[]): SentenceModel {
  const index = new Map<string, number>();
  const positives = sentences.filter((s) => s.positive).length;
  // Each class weighs the same in all: positive sentences are far fewer than the rest.
  const weightOf = (positive: boolean) => (positive ? sentences.length / (2 * Math.max(1, positives)) : sentences.length / (2 * Math.max(1, sentences.length - positives)));
  const examples: Example[] = sentences.map((s) => {
    const indices = s.features.map((f) => index.get(f) ?? (index.set(f, index.size), index.size - 1));
    return { indices, values: indices.map(() => 1), target: s.positive ? [0, 1] : [1, 0], weight: weightOf(s.positive) };
  });
  const model = train(examples, { classes: 2, epochs: FIT.epochs, learningRate: FIT.learningRate, l2: FIT.l2, minCount: FIT.minCount, seed: FIT.seed });
  const weights: Record<string, number> = {};
  for (const [feature, i] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const column = model.columns.get(i);
    if (column === undefined) continue;
    const w = (model.weights[column * 2 + 1] as number) - (model.weights[column * 2] as number);
    if (Math.abs(w) >= SMALLEST_WEIGHT) weights[feature] = round(w);
  }
  return { threshold: 0.5, bias: round((model.bias[1] as number) - (model.bias[0] as number)), weights };
}

export interface Scored {
  score: number;
  /** Of the class the model flags (breaks the check, or for a keep model keeps it). */
  positive: boolean;
}

/**
 * Held-out scores, each from a model that did not see the reply: of the check's own replies and of every reply written
 * to keep another check (a check that runs on every reply meets far more of those, so its threshold must hold
 * precision among them too). A reply the check's patterns already break is left out: checkReply never asks the
 * model about it, so the threshold is chosen for the model's own flags.
 */
export function crossValidated(replies: readonly LabelledReply[], check: string): Scored[] {
  // The check's own replies and every good one, but those written to teach the keep models (labelled for a remedy only).
  const pool = replies.filter((r) => r.check === check || (r.ok && !KEEP_CHECKS.includes(r.check)));
  return foldScores(replies, pool, check, {
    fit: fitSentences,
    score: learnedScore,
    positive: (r) => r.check === check && !r.ok,
  });
}

/**
 * Held-out scores for a keep model, of the check's own replies where its patterns find too few keeps (checkReply asks
 * the model only there): the positives are the replies that keep it.
 */
export function crossValidatedKeeps(replies: readonly LabelledReply[], check: string): Scored[] {
  return foldScores(replies, replies.filter((r) => r.check === check), check, {
    fit: fitKeepSentences,
    score: learnedKeepScore,
    positive: (r) => r.ok,
  });
}

interface Folding {
  fit: (replies: readonly LabelledReply[], check: string) => SentenceModel;
  /** How checkReply would read the reply with the model; null where it would not ask the model. */
  score: (draft: string, check: Check, model: SentenceModel) => number | null;
  positive: (reply: LabelledReply) => boolean;
}

/** Each reply of `pool` scored by a model fitted, in seeded folds, on every reply but its fold's. */
function foldScores(replies: readonly LabelledReply[], pool: readonly LabelledReply[], check: string, folding: Folding): Scored[] {
  const own = shuffled(pool, seededRandom(FIT.seed));
  const definition = BUILTIN_CHECKS.find((c) => c.id === check);
  if (!definition) throw new Error(`no bundled check ${check}`);
  const out: Scored[] = [];
  for (let fold = 0; fold < FIT.folds; fold++) {
    const held = new Set(own.filter((_, i) => i % FIT.folds === fold));
    const model = folding.fit(replies.filter((r) => !held.has(r)), check);
    for (const r of held) {
      const score = folding.score(r.reply, definition, model);
      if (score !== null) out.push({ score, positive: folding.positive(r) });
    }
  }
  return out;
}

export interface Operating {
  threshold: number;
  precision: number;
  recall: number;
}

/** The lowest threshold with at least `precision` (the most recall for it), from held-out scores. */
export function chooseThreshold(scored: readonly Scored[], precision = FIT.precision): Operating {
  const positives = scored.filter((s) => s.positive).length;
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  let chosen: Operating = { threshold: 1, precision: 1, recall: 0 };
  let hits = 0;
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i] as Scored;
    if (s.positive) hits++;
    // Decide only after the last reply of a score: a threshold flags all replies of its score or none.
    if (i + 1 < sorted.length && (sorted[i + 1] as Scored).score === s.score) continue;
    const p = hits / (i + 1);
    if (p >= precision) chosen = { threshold: s.score, precision: p, recall: hits / Math.max(1, positives) };
  }
  // Rounded down, so the replies it was chosen on stay flagged.
  return { ...chosen, threshold: Math.floor(chosen.threshold * 1e4) / 1e4 };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

export interface Learned {
  models: Record<string, SentenceModel>;
  /** Per check that learns what keeps it: the model of a sentence that keeps it. */
  keepModels: Record<string, SentenceModel>;
  /** Per check: replies, breaking replies, and the cross-validated operating point its threshold came from. */
  figures: Record<string, { replies: number; positives: number; weights: number } & Operating>;
}

/** Each check's model, fitted on all its replies, with the threshold cross-validation chose. */
export function learnChecks(replies: readonly LabelledReply[], checks: readonly string[], keepChecks: readonly string[] = []): Learned {
  const learned: Learned = { models: {}, keepModels: {}, figures: {} };
  for (const check of keepChecks) {
    const own = replies.filter((r) => r.check === check);
    if (!own.some((r) => r.ok)) throw new Error(`no reply keeps ${check}: nothing to learn it from`);
    const chosen = chooseThreshold(crossValidatedKeeps(replies, check), FIT.keepPrecision);
    const model = fitKeepSentences(replies, check);
    learned.keepModels[check] = { ...model, threshold: chosen.threshold };
    learned.figures[`${check} (keeps)`] = { replies: own.length, positives: own.filter((r) => r.ok).length, weights: Object.keys(model.weights).length, ...chosen };
  }
  for (const check of checks) {
    const own = replies.filter((r) => r.check === check);
    if (!own.some((r) => !r.ok)) throw new Error(`no reply breaks ${check}: nothing to learn it from`);
    const chosen = chooseThreshold(crossValidated(replies, check));
    const model = fitSentences(replies, check);
    learned.models[check] = { ...model, threshold: chosen.threshold };
    learned.figures[check] = { replies: own.length, positives: own.filter((r) => !r.ok).length, weights: Object.keys(model.weights).length, ...chosen };
  }
  return learned;
}
