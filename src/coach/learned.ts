// A check's learned part: a logistic model over a sentence's words and word pairs, trained by training/coach/fit.ts on
// replies we wrote. What breaks a check that forbids something (passing on, blame), and what keeps one that asks for
// something (a remedy), is said in more ways than patterns can list; the model flags a sentence whose probability
// reaches the check's threshold (check.ts), and the sentence is the evidence.
import type { Check } from './schema';

/** A check's `learned` or `learnedKeeps` field (schema.ts): the probability at or above which a sentence breaks (or
 * keeps) the check, chosen in training for precision; the bias; and each feature's weight (features not listed weigh
 * nothing). */
export type SentenceModel = NonNullable<Check['learned']>;

// JSON objects inherit from Object.prototype: "constructor" is a word a draft may hold, so weights are read from a Map.
const maps = new WeakMap<SentenceModel, Map<string, number>>();

function weightsOf(model: SentenceModel): Map<string, number> {
  let m = maps.get(model);
  if (!m) maps.set(model, (m = new Map(Object.entries(model.weights))));
  return m;
}

/** The sentence's probability of breaking the check. */
export function sentenceProbability(model: SentenceModel, features: readonly string[]): number {
  const weights = weightsOf(model);
  let z = model.bias;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
