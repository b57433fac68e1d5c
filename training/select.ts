// `npm run select`: chooses the model's settings on our own corpus, never on the real dev set. Each family of
// batches (airline tweets, chat, email, …) is left out in turn and predicted by a model trained on the others: that
// is the nearest we have to wording nobody wrote for training. The held-out split stays out of it altogether.
// For each candidate it prints leave-one-family-out hit@1 / hit@3, then the temperature and the cut (how far below the
// best topic a topic may be and still be suggested) that do best on those out-of-family predictions.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TopicModel, NONE } from '../src/engine/model';
import { MIN_SCORE, NONE_THRESHOLD, RELATIVE_CUT } from '../src/engine/suggest';
import { readCorpus, split } from './corpus';
import { CLASSES, DEFAULT_CONFIG, fit, fitTemperature, type FitConfig } from './fit';
import { softmaxInPlace } from './logistic';
import { measure } from './measure';
import { familyOf, outOfFamily, readsLikeReal, REAL_FAMILY, type Prediction } from './families';
import { loadGlove, vectorsFor } from './vectors-source';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { train } = split(readCorpus(resolve(repo, 'training/corpus')));
const glove = loadGlove();
const vectors = vectorsFor(glove, train);

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const candidates: Array<[string, FitConfig]> = [
  ['default', DEFAULT_CONFIG],
  ['l2 1e-5', { ...DEFAULT_CONFIG, train: { ...DEFAULT_CONFIG.train, l2: 1e-5 } }],
  ['l2 1e-3', { ...DEFAULT_CONFIG, train: { ...DEFAULT_CONFIG.train, l2: 1e-3 } }],
  ['no chars', { ...DEFAULT_CONFIG, features: { ...DEFAULT_CONFIG.features, char: 0 } }],
  ['vectors 1.5', { ...DEFAULT_CONFIG, features: { ...DEFAULT_CONFIG.features, vector: 1.5 } }],
  ['epochs 5', { ...DEFAULT_CONFIG, train: { ...DEFAULT_CONFIG.train, epochs: 5 } }],
  ['also .25', { ...DEFAULT_CONFIG, alsoShare: 0.25 }],
  ['balance .5', { ...DEFAULT_CONFIG, balance: 0.5 }],
  ['balance 1', { ...DEFAULT_CONFIG, balance: 1 }],
  ['also .05', { ...DEFAULT_CONFIG, alsoShare: 0.05 }],
  ['no pairs', { ...DEFAULT_CONFIG, features: { ...DEFAULT_CONFIG.features, pair: 0 } }],
  ['chars 1', { ...DEFAULT_CONFIG, features: { ...DEFAULT_CONFIG.features, char: 1 } }],
  ['l2 1e-4', { ...DEFAULT_CONFIG, train: { ...DEFAULT_CONFIG.train, l2: 1e-4 } }],
  ['like-real-2', { ...DEFAULT_CONFIG, likeRealWeight: 2 }],
  ['like-real-4', { ...DEFAULT_CONFIG, likeRealWeight: 4 }],
];

const f = (x: number) => x.toFixed(3);
const families = [...new Set(train.map(familyOf))].sort();
console.log(`${train.length} training messages in ${families.length} families: ${families.join(', ')}\n`);
// The class prior, for the sweep below. Each family's prior is that of the messages its model was trained on (the
// other families), as it would be. Centred over the topics, so the topics as a whole gain nothing on `none` (which keeps
// its logit): only their order changes, and the gate for messages that need nothing stays where it was.
const priors = new Map(
  families.map((family) => {
    const rest = train.filter((m) => familyOf(m) !== family);
    const logs = CLASSES.map((c) => Math.log(Math.max(1, rest.filter((m) => m.primary === c).length) / rest.length));
    const topics = logs.filter((_, k) => CLASSES[k] !== NONE);
    const mean = topics.reduce((a, x) => a + x, 0) / topics.length;
    return [family, logs.map((x, k) => (CLASSES[k] === NONE ? 0 : x - mean))] as const;
  }),
);
for (const [name, config] of candidates) {
  if (only.length && !only.includes(name)) continue;
  const predictions = outOfFamily(train, (messages) => new TopicModel({ ...fit(messages, config, vectors), temperature: 1 }));
  // The topic-blind natural batches read most like real tickets: their figures are the ones to choose by.
  const natural = predictions.filter((p) => p.family.startsWith('nat-'));
  const r = rankFigures(predictions);
  const n = natural.length ? rankFigures(natural) : null;
  console.log(`${name.padEnd(12)} all families: hit@1 ${f(r.hit1)} hit@3 ${f(r.hit3)} (even ${f(r.evenHit1)} / ${f(r.evenHit3)}), worst hit@3 ${r.worst}`);
  console.log(`${''.padEnd(12)} by family (hit@1/hit@3): ${r.families}`);
  if (n) console.log(`${''.padEnd(12)} natural:      hit@1 ${f(n.hit1)} hit@3 ${f(n.hit3)} (even ${f(n.evenHit1)} / ${f(n.evenHit3)}), worst hit@3 ${n.worst}`);
  const t = fitTemperature(predictions.map((p) => ({ logits: p.logits, primary: p.message.primary })));
  // The cut is chosen on what reads most like real tickets: the natural batches and, apart, the real complaints.
  const real = predictions.filter((p) => p.family === REAL_FAMILY);
  const likeReal = predictions.filter((p) => readsLikeReal(p.family));
  for (const cut of [0, 0.05, 0.1, 0.15, 0.2, 0.3]) {
    const line = (label: string, set: readonly Prediction[]) => {
      const c = cutFigures(set, t, cut);
      return `${label} hit@3 ${f(c.hit3)} prec@3 ${f(c.precision3)} shown ${c.shown.toFixed(2)} none→nothing ${f(c.noneQuiet)}`;
    };
    const parts = [line('natural', natural.length ? natural : predictions)];
    if (real.length) parts.push(line('real', real), line('both', likeReal));
    console.log(`    T ${t.toFixed(2)} cut ${cut.toFixed(2)}: ${parts.join(' · ')}`);
  }
  // The class prior (priors, above): a model trained on real traffic's proportions leans to its commonest topics.
  // Subtracting λ × log prior from the logits evens it out; the project is measured on an even set and on one in real
  // proportions, so each λ is shown on both weightings of what reads like real tickets.
  for (const lambda of [0, 0.25, 0.5, 0.75, 1]) {
    const shifted = (set: readonly Prediction[]) =>
      set.map((p) => ({ ...p, logits: Float64Array.from(p.logits, (v, k) => v / t - lambda * (priors.get(p.family)?.[k] ?? 0)) }));
    const reading = shifted(likeReal.length ? likeReal : predictions);
    const a = rankFigures(reading);
    const b = real.length ? rankFigures(shifted(real)) : null;
    const c = cutFigures(reading, 1, RELATIVE_CUT);
    console.log(
      `    prior λ ${lambda.toFixed(2)}: like-real hit@1 ${f(a.hit1)} hit@3 ${f(a.hit3)} (even ${f(a.evenHit1)} / ${f(a.evenHit3)}), at the cut prec@3 ${f(c.precision3)} none→nothing ${f(c.noneQuiet)}` +
        (b ? ` · real hit@1 ${f(b.hit1)} hit@3 ${f(b.hit3)} (even ${f(b.evenHit1)} / ${f(b.evenHit3)})` : ''),
    );
  }
  // How sure the model must be that a message needs nothing before nothing is shown: quiet on thanks and auto-replies
  // against silence on a real need (natural and real families together, at the engine's cut).
  for (const threshold of [0, 0.3, 0.4, 0.5, 0.6, 0.7]) {
    const c = cutFigures(likeReal.length ? likeReal : predictions, t, RELATIVE_CUT, threshold);
    console.log(`    T ${t.toFixed(2)} cut ${RELATIVE_CUT.toFixed(2)} none at ${threshold.toFixed(1)}: hit@3 ${f(c.hit3)} prec@3 ${f(c.precision3)} none→nothing ${f(c.noneQuiet)}`);
  }
}

/** hit@1 and hit@3 as real traffic weighs them (each message once) and as an even set would (each topic alike). */
function rankFigures(predictions: readonly Prediction[]) {
  const byTopic = new Map<string, [number, number, number]>();
  const byFamily = new Map<string, [number, number, number]>();
  const topical = predictions.filter((p) => p.message.primary !== NONE);
  for (const p of topical) {
    const top = topicsBy(p.logits, 1).filter((t) => t.topic !== NONE).map((t) => t.topic);
    const h1 = top[0] === p.message.primary ? 1 : 0;
    const h3 = top.slice(0, 3).includes(p.message.primary) ? 1 : 0;
    const t = byTopic.get(p.message.primary) ?? [0, 0, 0];
    byTopic.set(p.message.primary, [t[0] + h1, t[1] + h3, t[2] + 1]);
    const fam = byFamily.get(p.family) ?? [0, 0, 0];
    byFamily.set(p.family, [fam[0] + h3, fam[1] + 1, fam[2] + h1]);
  }
  const sum = (i: 0 | 1) => [...byTopic.values()].reduce((a, t) => a + t[i], 0) / topical.length;
  const even = (i: 0 | 1) => [...byTopic.values()].reduce((a, t) => a + t[i] / t[2], 0) / byTopic.size;
  const worst = [...byFamily].map(([fam, [h, n]]) => [fam, h / n] as const).sort((a, b) => a[1] - b[1])[0];
  const families = [...byFamily].map(([fam, [h3, n, h1]]) => `${fam} ${f(h1 / n)}/${f(h3 / n)}`).join(' · ');
  return { hit1: sum(0), hit3: sum(1), evenHit1: even(0), evenHit3: even(1), worst: worst ? `${worst[0]} ${f(worst[1])}` : '-', families };
}

/** The classes by probability at a temperature (the softmax training uses). */
function topicsBy(logits: Float64Array, temperature: number): Array<{ topic: string; probability: number }> {
  const p = Array.from(logits, (v) => v / temperature);
  softmaxInPlace(p);
  return CLASSES.map((topic, k) => ({ topic, probability: p[k] as number })).sort((a, b) => b.probability - a.probability);
}

/**
 * The topics the engine would suggest (its none gate, then every topic within `cut` × the best topic's probability),
 * measured as the eval measures: hit@3 and prec@3 over the topical messages, and how many none messages get nothing.
 */
function cutFigures(predictions: readonly Prediction[], temperature: number, cut: number, noneThreshold = NONE_THRESHOLD) {
  const tops = new Map<string, string[]>();
  for (const p of predictions) {
    const ranked = topicsBy(p.logits, temperature);
    const quiet = ranked[0]?.topic === NONE && (ranked[0]?.probability ?? 0) >= noneThreshold;
    const topics = ranked.filter((t) => t.topic !== NONE);
    const floor = Math.max(MIN_SCORE, cut * (topics[0]?.probability ?? 0));
    tops.set(p.message.text, quiet ? [] : topics.filter((t) => t.probability >= floor).map((t) => t.topic));
  }
  const system = (text: string) => tops.get(text) ?? [];
  const topical = predictions.filter((p) => p.message.primary !== NONE).map((p) => p.message);
  const nones = predictions.filter((p) => p.message.primary === NONE).map((p) => p.message);
  const r = measure(system, topical);
  const shown = topical.reduce((sum, m) => sum + system(m.text).slice(0, 3).length, 0) / Math.max(1, topical.length);
  return { hit3: r.hit3, precision3: r.precision3, shown, noneQuiet: measure(system, nones).none };
}
