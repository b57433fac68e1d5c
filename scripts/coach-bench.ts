// The reply coach's part of `npm run bench`: what one keystroke costs the panel, for a 2 KB draft: cutting quoted
// history (draftFromText) and running every bundled check (all topics on, the most a ticket can ask for).
// Drafts are our labelled replies joined up to 2 KB; each keystroke's draft is one character longer than the last.
// Prints figures; asserts nothing. (Reading the editor's DOM is elementText, benched with the messages.)
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { checkReply, draftFromText } from '../src/coach/index';
import { CHECKS_WITH_MODELS } from '../src/coach/models';
import { TOPIC_IDS } from '../src/topics';
import { readReplies } from '../training/coach/replies';

const FRAME_MS = 1000 / 60;

export function benchReplyChecks(repo: string): void {
  const replies = readReplies(resolve(repo, 'tests/coach/replies.jsonl')).map((r) => r.reply);
  let text = '';
  for (let i = 0; text.length < 2_200; i++) text += (replies[(i * 7) % replies.length] ?? '') + '\n\n';
  const keystroke = (n: number) => {
    const draft = draftFromText(text.slice(0, 2_000 - 200 + (n % 200)));
    return checkReply(draft, TOPIC_IDS, CHECKS_WITH_MODELS);
  };
  const first = performance.now();
  keystroke(0); // compiles the checks' patterns once per session
  const firstMs = performance.now() - first;
  const samples: number[] = [];
  for (let n = 1; n <= 400; n++) {
    const t = performance.now();
    keystroke(n);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const q = (p: number) => (samples[Math.min(samples.length - 1, Math.floor(p * samples.length))] ?? NaN).toFixed(3);
  console.log(`\nreply coach, per keystroke on a 2 KB draft (${CHECKS_WITH_MODELS.length} checks, quoted history cut): median ${q(0.5)} ms, p95 ${q(0.95)} ms; first call (compiles patterns) ${firstMs.toFixed(2)} ms`);
  console.log(`target: well under one frame (${FRAME_MS.toFixed(1)} ms); the panel also debounces typing. Load average while measured: ${loadavg()[0]?.toFixed(1)} (p95 rises with it).`);
}
