// Multinomial logistic regression over sparse features, trained with AdaGrad and L2, on soft targets (the primary
// topic, with a share for the topics also present). Deterministic: seeded order, no parallelism.
import { seededRandom, shuffled } from './random';

export interface Example {
  indices: number[];
  values: number[];
  /** Target distribution over the classes (sums to 1). */
  target: number[];
  /** How much this example counts (default 1): rarer classes can count for more. */
  weight?: number;
}

export interface TrainOptions {
  classes: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Hashed features seen in fewer training messages than this get no weight (noise, and a smaller model). */
  minCount: number;
  seed: number;
}

export interface LinearModel {
  classes: number;
  /** Feature index → column of `weights`. */
  columns: Map<number, number>;
  /** columns.size × classes, row-major. */
  weights: Float64Array;
  bias: Float64Array;
}

export function train(examples: readonly Example[], options: TrainOptions): LinearModel {
  const K = options.classes;
  const counts = new Map<number, number>();
  for (const e of examples) for (const i of e.indices) counts.set(i, (counts.get(i) ?? 0) + 1);
  const columns = new Map<number, number>();
  for (const [index, count] of [...counts].sort((a, b) => a[0] - b[0])) if (count >= options.minCount) columns.set(index, columns.size);
  const weights = new Float64Array(columns.size * K);
  const squares = new Float64Array(columns.size * K);
  const bias = new Float64Array(K);
  const biasSquares = new Float64Array(K);
  const random = seededRandom(options.seed);
  const logits = new Float64Array(K);
  const grad = new Float64Array(K);
  const compact = examples.map((e) => {
    const cols: number[] = [];
    const vals: number[] = [];
    e.indices.forEach((index, i) => {
      const c = columns.get(index);
      if (c !== undefined) {
        cols.push(c);
        vals.push(e.values[i] as number);
      }
    });
    return { cols, vals, target: e.target, weight: e.weight ?? 1 };
  });
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const e of shuffled(compact, random)) {
      scores(e.cols, e.vals, weights, bias, K, logits);
      softmaxInPlace(logits);
      for (let k = 0; k < K; k++) grad[k] = ((logits[k] as number) - (e.target[k] as number)) * e.weight;
      for (let i = 0; i < e.cols.length; i++) {
        const row = (e.cols[i] as number) * K;
        const x = e.vals[i] as number;
        for (let k = 0; k < K; k++) {
          const at = row + k;
          const g = (grad[k] as number) * x + options.l2 * (weights[at] as number);
          squares[at] = (squares[at] as number) + g * g;
          weights[at] = (weights[at] as number) - (options.learningRate * g) / (Math.sqrt(squares[at] as number) + 1e-8);
        }
      }
      for (let k = 0; k < K; k++) {
        const g = grad[k] as number;
        biasSquares[k] = (biasSquares[k] as number) + g * g;
        bias[k] = (bias[k] as number) - (options.learningRate * g) / (Math.sqrt(biasSquares[k] as number) + 1e-8);
      }
    }
  }
  return { classes: K, columns, weights, bias };
}

function scores(cols: number[], vals: number[], weights: Float64Array, bias: Float64Array, K: number, out: Float64Array): void {
  for (let k = 0; k < K; k++) out[k] = bias[k] as number;
  for (let i = 0; i < cols.length; i++) {
    const row = (cols[i] as number) * K;
    const x = vals[i] as number;
    for (let k = 0; k < K; k++) out[k] = (out[k] as number) + (weights[row + k] as number) * x;
  }
}

export function softmaxInPlace(z: Float64Array | number[]): void {
  let max = -Infinity;
  for (let k = 0; k < z.length; k++) max = Math.max(max, z[k] as number);
  let sum = 0;
  for (let k = 0; k < z.length; k++) {
    z[k] = Math.exp((z[k] as number) - max);
    sum += z[k] as number;
  }
  for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) / sum;
}
