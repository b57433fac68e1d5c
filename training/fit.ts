// Fits the topic model to labelled messages and packs it into the file the extension ships.
import { toBase64 } from '../src/engine/base64';
import { HASH_SIZE, denseSize, featuresOf, type FeatureWeights } from '../src/engine/features';
import { NONE, type PackedModel } from '../src/engine/model';
import { WordVectors, type PackedVectors } from '../src/engine/vectors';
import { TICKET_TOPICS } from '../src/engine/topics';
import type { LabelledMessage } from './corpus';
import { familyOf, readsLikeReal } from './families';
import { train, type TrainOptions } from './logistic';

export const CLASSES = [...TICKET_TOPICS, NONE];

export interface FitConfig {
  features: FeatureWeights;
  train: Omit<TrainOptions, 'classes'>;
  /** Share of the target given to each topic labelled `also` (the primary gets the rest). */
  alsoShare: number;
  /**
   * How far to even out the classes: each message counts (N / (classes × its class's count)) ^ balance. 0 keeps the
   * corpus's proportions as the model's prior; 1 makes every class count alike.
   */
  balance: number;
  /**
   * How much more each message of the families that read like real tickets (the topic-blind natural batches and the
   * real complaints, families.ts) counts than text written topic by topic, which shows its topic plainly. 1: alike.
   */
  likeRealWeight: number;
}

export const DEFAULT_CONFIG: FitConfig = {
  features: { word: 1, pair: 0.5, char: 0.5, tone: 0.5, vector: 0.7 },
  train: { epochs: 12, learningRate: 0.1, l2: 3e-4, minCount: 2, seed: 20261130 },
  alsoShare: 0.15,
  balance: 0,
  likeRealWeight: 1,
};

export function targetOf(message: LabelledMessage, alsoShare: number): number[] {
  const target = CLASSES.map(() => 0);
  const also = message.also.filter((t) => CLASSES.includes(t) && t !== message.primary);
  const primary = CLASSES.indexOf(message.primary);
  if (primary < 0) throw new Error(`${message.id}: unknown primary topic "${message.primary}"`);
  target[primary] = 1 - alsoShare * also.length;
  for (const t of also) target[CLASSES.indexOf(t)] = alsoShare;
  return target;
}

export function fit(messages: readonly LabelledMessage[], config: FitConfig, vectors: PackedVectors | null, lexicon = '', provenance: Record<string, unknown> = {}): PackedModel {
  const runtimeVectors = vectors ? new WordVectors(vectors) : null;
  const counts = new Map<string, number>();
  for (const m of messages) counts.set(m.primary, (counts.get(m.primary) ?? 0) + 1);
  const examples = messages.map((m) => {
    // The same extraction the shipped model runs (TopicModel.features).
    const f = featuresOf(m.text, config.features, runtimeVectors);
    const weight = (messages.length / (CLASSES.length * (counts.get(m.primary) ?? 1))) ** config.balance * (readsLikeReal(familyOf(m)) ? config.likeRealWeight : 1);
    return { indices: f.indices, values: f.values, target: targetOf(m, config.alsoShare), weight };
  });
  const model = train(examples, { ...config.train, classes: CLASSES.length });
  const K = CLASSES.length;
  const hashed = [...model.columns.keys()].filter((i) => i < HASH_SIZE).sort((a, b) => a - b);
  const dense = denseSize(runtimeVectors);
  const rows = hashed.length + dense;
  const weights = new Float64Array(rows * K);
  const copyRow = (index: number, to: number) => {
    const c = model.columns.get(index);
    if (c === undefined) return;
    for (let k = 0; k < K; k++) weights[to * K + k] = model.weights[c * K + k] as number;
  };
  hashed.forEach((index, r) => copyRow(index, r));
  for (let d = 0; d < dense; d++) copyRow(HASH_SIZE + d, hashed.length + d);
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const bytes = Int8Array.from(weights, (w) => Math.round(w / scale));
  const deltas = new DataView(new ArrayBuffer(hashed.length * 4));
  hashed.forEach((index, i) => deltas.setUint32(i * 4, index - (i ? (hashed[i - 1] as number) : 0), true));
  return {
    format: 'extra-mile-topic-model',
    version: 2,
    classes: CLASSES,
    features: config.features,
    buckets: toBase64(new Uint8Array(deltas.buffer)),
    weights: toBase64(new Uint8Array(bytes.buffer)),
    scale,
    bias: Array.from(model.bias, (b) => Math.round(b * 1e4) / 1e4),
    temperature: 1,
    vectors,
    lexicon,
    provenance,
  };
}

/**
 * The temperature that makes the model's probabilities best match the labels of messages it was not trained on (least
 * negative log-likelihood of the primary topic), given each message's raw class scores.
 */
export function fitTemperature(predictions: ReadonlyArray<{ logits: Float64Array; primary: string }>): number {
  let best = 1;
  let bestLoss = Infinity;
  for (let t = 0.3; t <= 4.0001; t += 0.05) {
    let loss = 0;
    for (const { logits: z, primary } of predictions) {
      let max = -Infinity;
      for (const v of z) max = Math.max(max, v / t);
      let sum = 0;
      for (const v of z) sum += Math.exp(v / t - max);
      loss -= (z[CLASSES.indexOf(primary)] as number) / t - max - Math.log(sum);
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}
