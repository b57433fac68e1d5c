// The topic model at run time: reads the packed model file, scores a text's features, and says which of the text's
// words pushed a topic up. Knows nothing of the DOM or of lessons.
import { fromBase64 } from './base64';
import { denseSize, featuresOf, HASH_SIZE, SOURCES_PER_FEATURE, type Features, type FeatureWeights } from './features';
import { FUNCTION_WORDS, isFunctionWord, isMistypedFunctionWord, SAID_IN_PASSING } from './function-words';
import { lexiconOf, type RealWords } from './lexicon';
import { negationBefore, type ModelWord } from './words';
import { WordVectors, type PackedVectors } from './vectors';

/** The label of messages that need no lesson. */
export const NONE = 'none';

export interface PackedModel {
  format: 'extra-mile-topic-model';
  version: 2;
  /** Class ids in weight order: the ticket topics, then "none". */
  classes: string[];
  features: FeatureWeights;
  /** Hashed feature buckets with a weight, ascending, as base64 of little-endian uint32 deltas. */
  buckets: string;
  /** Weights of those buckets, then of the dense features (tone, vector), class after class per row, as int8 × scale. */
  weights: string;
  scale: number;
  bias: number[];
  /** Softmax temperature fitted on held-out messages of our own, so probabilities mean what they say. */
  temperature: number;
  vectors: PackedVectors | null;
  /** Real English words, most frequent first, space-separated: typo matching never reads one as another. */
  lexicon: string;
  /** What it was trained on and how it did on data it never saw: for the README and the eval. */
  provenance: Record<string, unknown>;
}

export interface TopicScore {
  topic: string;
  /** Calibrated probability that this is what the ticket most needs. */
  probability: number;
}

export interface Driver {
  /** The ticket's words (a word, or a pair of neighbouring words) at [start, end) of the text. */
  text: string;
  start: number;
  end: number;
  /** How much they raised the topic's score (logit units). */
  weight: number;
}

export class TopicModel {
  readonly classes: readonly string[];
  readonly featureWeights: FeatureWeights;
  readonly vectors: WordVectors | null;
  /**
   * Which hashed buckets have a row (one bit each), and how many rows come before each 32 buckets: a bucket's row is
   * that count plus the set bits below it. 256 KB that stay in cache, where a direct table of rows took 4 MB and each
   * lookup a cache miss.
   */
  private readonly present = new Uint32Array(HASH_SIZE / 32);
  private readonly rowsBefore = new Uint32Array(HASH_SIZE / 32);
  /** The weights as shipped (int8; × scale for their value): a quarter the memory of floats, so rows stay in cache. */
  private readonly weights: Int8Array;
  private readonly scale: number;
  private readonly bias: readonly number[];
  /** Rows of the hashed buckets come first; the dense features' rows follow from here. */
  private readonly denseBase: number;
  readonly temperature: number;
  readonly lexicon: RealWords;
  readonly provenance: Record<string, unknown>;

  constructor(packed: PackedModel) {
    if (packed.format !== 'extra-mile-topic-model' || packed.version !== 2) throw new Error('Not an Extra Mile topic model of version 2 (word vectors at four bits)');
    this.classes = packed.classes;
    this.featureWeights = packed.features;
    this.vectors = packed.vectors ? new WordVectors(packed.vectors) : null;
    this.temperature = packed.temperature;
    this.bias = packed.bias;
    this.provenance = packed.provenance;
    this.lexicon = lexiconOf(packed.lexicon);
    const deltas = fromBase64(packed.buckets);
    const view = new DataView(deltas.buffer, deltas.byteOffset, deltas.byteLength);
    let bucket = 0;
    for (let i = 0; i < deltas.byteLength / 4; i++) {
      bucket += view.getUint32(i * 4, true);
      this.present[bucket >>> 5] = (this.present[bucket >>> 5] as number) | (1 << (bucket & 31));
    }
    let before = 0;
    for (let w = 0; w < this.present.length; w++) {
      this.rowsBefore[w] = before;
      before += bitCount(this.present[w] as number);
    }
    this.denseBase = deltas.byteLength / 4;
    const bytes = fromBase64(packed.weights);
    const int8 = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.weights = int8;
    this.scale = packed.scale;
    const expected = (this.denseBase + denseSize(this.vectors)) * this.classes.length;
    if (this.weights.length !== expected) throw new Error(`Topic model weights: ${this.weights.length} numbers, expected ${expected}`);
  }

  features(text: string, explain = false): Features {
    return featuresOf(text, this.featureWeights, this.vectors, explain);
  }

  private row(index: number): number | undefined {
    if (index >= HASH_SIZE) return this.denseBase + (index - HASH_SIZE);
    const bits = this.present[index >>> 5] as number;
    const bit = 1 << (index & 31);
    if (!(bits & bit)) return undefined;
    // (bit - 1) is every lower bit; for bit 31 the sum leaves int32 range and & brings it back to 0x7fffffff.
    return (this.rowsBefore[index >>> 5] as number) + bitCount(bits & (bit - 1));
  }

  /** Raw class scores of a text's features. */
  logits(features: Features): Float64Array {
    const K = this.classes.length;
    const sums = new Float64Array(K);
    const { indices, values } = features;
    // The rows are found first, each first weight read as they are: in a loop this short, the cache misses of many
    // rows (scattered over megabytes) overlap, where in the summing loop each waited for the one before.
    const rows = new Int32Array(indices.length);
    let touched = 0;
    for (let i = 0; i < indices.length; i++) {
      const row = this.row(indices[i] as number) ?? -1;
      rows[i] = row;
      if (row >= 0) touched |= this.weights[row * K] as number;
    }
    // Never true (an int8 is below 128): it keeps the reads above from being optimised away.
    if (touched > 127) throw new Error('Topic model weights: not int8');
    for (let i = 0; i < indices.length; i++) {
      const row = rows[i] as number;
      if (row < 0) continue;
      const x = values[i] as number;
      for (let k = 0; k < K; k++) sums[k] = (sums[k] as number) + (this.weights[row * K + k] as number) * x;
    }
    return Float64Array.from(sums, (sum, k) => (this.bias[k] as number) + sum * this.scale);
  }

  /** Calibrated probabilities of every class, best first. */
  predict(features: Features): TopicScore[] {
    const z = this.logits(features);
    let max = -Infinity;
    for (const v of z) max = Math.max(max, v / this.temperature);
    let sum = 0;
    const p = Array.from(z, (v) => {
      const e = Math.exp(v / this.temperature - max);
      sum += e;
      return e;
    });
    return this.classes.map((topic, k) => ({ topic, probability: (p[k] as number) / sum })).sort((a, b) => b.probability - a.probability);
  }

  /**
   * For each of `topics`, the ticket's words that most raised its score over the average class: word and word-pair
   * features, with the character n-grams of each word added to it. One pass over the features serves every topic
   * that asks (the few that make a suggestion). Never a function word alone.
   */
  drivers(features: Features, text: string, topics: readonly string[], limit = 3): Map<string, Driver[]> {
    const out = new Map<string, Driver[]>();
    const { indices, values, sources, words } = features;
    const asked = topics.map((topic) => [topic, this.classes.indexOf(topic)] as const).filter(([, k]) => k >= 0);
    if (!sources || !asked.length) return out;
    const K = this.classes.length;
    const T = asked.length;
    const askedClass = Int32Array.from(asked, ([, k]) => k);
    const lifts = new Float64Array(words.length * T);
    // Only words that may be shown gather lift: a feature of function words alone (a third of a ticket's) is skipped
    // before its row is looked up. Each source still takes its share, so the lifts are those of every source.
    const telling = new Uint8Array(words.length);
    for (let w = 0; w < words.length; w++) {
      const word = words[w] as ModelWord;
      // The word as written is read only where its form differs in length (an apostrophe dropped, letters squeezed).
      if (isTellingWord(word.form, word.end - word.start === word.form.length ? undefined : text.slice(word.start, word.end), this.lexicon)) telling[w] = 1;
    }
    const { positions, counts } = sources;
    for (let i = 0; i < counts.length; i++) {
      const n = counts[i] as number;
      const first = i * SOURCES_PER_FEATURE;
      let shown = 0;
      for (let j = 0; j < n; j++) shown |= telling[positions[first + j] as number] as number;
      if (!shown) continue;
      const row = this.row(indices[i] as number);
      if (row === undefined) continue;
      const share = (values[i] as number) / n;
      // The row's mean over the classes, from the row the lifts read anyway: a table of means cost a cache miss a
      // feature. Rounded to float32 as that table was, so the lifts are the same as with it.
      const at = row * K;
      let sum = 0;
      for (let k = 0; k < K; k++) sum += this.weights[at + k] as number;
      const mean = Math.fround((sum / K) * this.scale);
      for (let t = 0; t < T; t++) {
        const lift = ((this.weights[at + (askedClass[t] as number)] as number) * this.scale - mean) * share;
        for (let j = 0; j < n; j++) {
          const w = positions[first + j] as number;
          if (telling[w]) lifts[w * T + t] = (lifts[w * T + t] as number) + lift;
        }
      }
    }
    asked.forEach(([topic], t) => {
      const ranked: Array<[number, number]> = [];
      for (let w = 0; w < words.length; w++) {
        const lift = lifts[w * T + t] as number;
        if (lift > 0) ranked.push([w, lift]);
      }
      ranked.sort((a, b) => b[1] - a[1]);
      // A word said twice is shown once, where it lifted most: the reasons name different words.
      const drivers: Driver[] = [];
      const shown = new Set<string>();
      for (const [w, lift] of ranked) {
        if (drivers.length === limit) break;
        const word = words[w] as ModelWord;
        if (shown.has(word.form)) continue;
        shown.add(word.form);
        // A negated word is shown with its negation ("not frustrated", "never arrived"): alone it says the opposite.
        const start = word.negated ? (negationBefore(words, w)?.start ?? word.start) : word.start;
        drivers.push({ text: text.slice(start, word.end), start, end: word.end, weight: Math.round(lift * 1000) / 1000 });
      }
      out.set(topic, drivers);
    });
    return out;
  }
}

/** Set bits of a 32-bit integer. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** A word the explanation may show: not a function word, a word said in passing ("ur", "ago", "sir"), a one-letter
 * word, a handle, a number class, a placeholder, a link or a run of "!!" or "??" (tone, which the reasons name as such);
 * given the real words, not a function word mistyped ("agian"). `written`, the word as the ticket has it, tells a
 * contraction whose form lost its apostrophe ("where's" → wheres, "we've" → weve) for the function word it is. */
export function isTellingWord(form: string | undefined, written?: string, realWords?: RealWords): boolean {
  if (!form || form.length < 2 || FUNCTION_WORDS.has(form) || SAID_IN_PASSING.has(form) || (written !== undefined && isFunctionWord(written))) return false;
  if (realWords && isMistypedFunctionWord(form, realWords)) return false;
  return !/^[#@[!?]|^url$/.test(form);
}
