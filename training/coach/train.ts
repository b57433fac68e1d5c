// npm run train-coach: fits the learned part of the forbidding reply checks from training/coach/*.jsonl (replies we
// wrote, with the words that break each) and writes src/coach/learned.json. Prints each check's cross-validated
// precision and recall at the threshold it chose. Deterministic: the same files give the same JSON.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { KEEP_CHECKS, LEARNED_CHECKS, trainingReplies } from './data';
import { FIT, learnChecks } from './fit';

const ROOT = resolve(import.meta.dirname, '../..');
const { files, replies } = trainingReplies(resolve(ROOT, 'training/coach'));
const { models, keepModels, figures } = learnChecks(replies, LEARNED_CHECKS, KEEP_CHECKS);
for (const [check, f] of Object.entries(figures)) {
  console.log(
    `${check}: ${f.replies} replies (${f.positives} ${check.endsWith('(keeps)') ? 'keep' : 'break'} it); ${FIT.folds}-fold threshold ${f.threshold}: on the replies its ` +
      `patterns leave to the model, precision ${f.precision.toFixed(2)}, recall ${f.recall.toFixed(2)}; ${f.weights} weights`,
  );
}
const out = resolve(ROOT, 'src/coach/learned.json');
writeFileSync(out, `${JSON.stringify({ format: 'extra-mile-learned-checks', version: 1, files, models, keepModels })}\n`);
console.log(`wrote ${out}`);
