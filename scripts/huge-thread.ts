// A huge Zendesk ticket page (several MB of thread: thousands of customer messages, agent replies and internal
// notes in Agent Workspace's real DOM), generated server-side into the HTML, so the page builds no DOM in script and
// its own script does no long task. For tests/e2e/huge-ticket.test.ts and `npm run bench` (scripts/bench-browser.ts).
//
// The page's only script, at the top of <head>, records every long task (> 50 ms) of the page's main thread, whoever
// runs it, into window.__longTasks, with its start and duration; `since(t)` in the page lists those that started at
// or after t.
import { seededRandom } from '../training/random';

/** Where the huge ticket is served: a Zendesk ticket URL, which the production manifest matches. */
export const HUGE_TICKET_URL = 'https://huge.zendesk.com/agent/tickets/880001';
export const HUGE_TICKET_SUBJECT = 'Refund still not received after many weeks of emails';

export interface LongTask {
  start: number;
  duration: number;
}

/** The page's long-task recorder, inline (the huge page) or as a file (a page whose CSP forbids inline scripts). */
export const LONG_TASK_RECORDER = `window.__longTasks = [];
new PerformanceObserver(function (list) {
  list.getEntries().forEach(function (e) { window.__longTasks.push({ start: e.startTime, duration: e.duration }); });
}).observe({ type: 'longtask', buffered: true });`;

// A seeded generator: the same page every time.
const random = seededRandom;

const COMMON =
  'the a to and of in it is that for on with was this my you have not be at but your as are they we order from our can so if when would about all there what one been had just also no more time them get out do some like could into back then only new week other which their any over after now first two how day still because its these days much even made last well again before should here too very next few where those while'.split(
    ' ',
  );
const ITEMS = 'jacket boots parcel package order invoice account card delivery courier warehouse label box refund payment subscription kettle mug tent stove lantern backpack sleeping bag'.split(' ');
/** Sentences a customer writes that bring lessons: a late refund, being passed around, wanting to leave. */
const CUES = [
  'I still have not been refunded.',
  'This is the third time I am asking.',
  'Nobody can help me and I was transferred three times.',
  'Where is my refund?',
  'I want to cancel my account if this goes on.',
  'Nothing on my card yet.',
  'Please explain step by step what happens next.',
  'You promised me a call back and nobody called.',
];

/** Syllable-built words: a real thread's vocabulary is large, and every new word costs the matcher a lookup. */
function word(rnd: () => number): string {
  const syllables = ['ka', 'ran', 'to', 'mel', 'vi', 'sor', 'den', 'pla', 'qui', 'stra', 'lo', 'ber', 'fin', 'gal', 'nu', 'tre', 'sho', 'wen'];
  let out = '';
  const n = 2 + Math.floor(rnd() * 3);
  for (let i = 0; i < n; i++) out += syllables[Math.floor(rnd() * syllables.length)];
  return out;
}

function sentence(rnd: () => number): string {
  if (rnd() < 0.08) return CUES[Math.floor(rnd() * CUES.length)] ?? '';
  const n = 8 + Math.floor(rnd() * 14);
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rnd();
    words.push(r < 0.6 ? (COMMON[Math.floor(rnd() * COMMON.length)] ?? 'the') : r < 0.75 ? (ITEMS[Math.floor(rnd() * ITEMS.length)] ?? 'order') : word(rnd));
  }
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + (rnd() < 0.15 ? '?' : '.');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function article(kind: 'end-user' | 'agent' | 'internal', n: number, rnd: () => number): string {
  const paragraphs: string[] = [];
  const count = 2 + Math.floor(rnd() * 4);
  for (let p = 0; p < count; p++) {
    const sentences: string[] = [];
    for (let s = 0, m = 2 + Math.floor(rnd() * 4); s < m; s++) sentences.push(sentence(rnd));
    paragraphs.push(`<p>${escapeHtml(sentences.join(' '))}</p>`);
  }
  const who = kind === 'end-user' ? ['Noor Haddad', '90412'] : ['Lukas Berger', '311'];
  const minutes = String(n % 60).padStart(2, '0');
  const day = String(1 + (Math.floor(n / 60) % 28)).padStart(2, '0');
  return `<article data-test-id="omni-log-comment-item" aria-label="Comment from ${who[0]}">
<div data-test-id="omni-log-item-header"><span data-test-id="omni-log-item-sender"><a data-test-id="omni-log-comment-user-link" href="/agent/users/${who[1]}">${who[0]}</a></span>${
    kind === 'internal' ? '<div data-test-id="omni-log-internal-note-tag">Internal note</div>' : ''
  }<time data-test-id="timestamp-relative" datetime="2026-02-${day}T10:${minutes}:00Z">Feb ${day}</time></div>
<div data-test-id="omni-log-item-message" type="${kind}"><div data-test-id="omni-log-message-content"><div class="zd-comment" dir="auto">${paragraphs.join('')}</div></div></div>
</article>
`;
}

export interface HugeThread {
  html: string;
  /** Articles in the thread, and how many are the customer's. */
  articles: number;
  customerMessages: number;
}

/**
 * A Zendesk ticket page of at least `bytes` bytes of HTML: one open ticket whose conversation log holds thousands of
 * entries (two customer messages for each agent reply or internal note), the composer below it. `headScript` is what
 * goes at the top of <head> (by default the inline long-task recorder); `headers`-free, so any route may serve it.
 */
export function hugeZendeskThread(bytes = 5 * 1024 * 1024, headScript = `<script>${LONG_TASK_RECORDER}</script>`, seed = 42): HugeThread {
  const rnd = random(seed);
  const head = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">${headScript}<title>${escapeHtml(HUGE_TICKET_SUBJECT)} – Outdoor Co. – Agent</title></head>
<body>
<div id="root">
<header data-test-id="header"><nav aria-label="Ticket tabs"><div data-test-id="header-tab" data-entity-id="880001" role="tab" aria-selected="true"><span data-test-id="header-tab-title">${escapeHtml(HUGE_TICKET_SUBJECT)}</span></div></nav></header>
<main id="main_panes">
<div class="ticket-panes-grid-layout active" data-is-active="true" data-ticket-id="880001">
<div data-side-conversations-anchor-id="880001" class="omni-conversation-pane">
<div data-test-id="ticket-pane-header"><input data-test-id="omni-header-subject" aria-label="Subject" type="text" value="${escapeHtml(HUGE_TICKET_SUBJECT)}"></div>
<div data-test-id="omni-log-container" role="log" aria-label="Conversation log">
`;
  const tail = `</div>
<div data-test-id="omnichannel-composer">
<div data-test-id="omnicomposer-rich-text-ckeditor" class="ck ck-content ck-editor__editable" contenteditable="true" role="textbox" aria-label="Rich Text Editor. Editing area: main"><p><br data-cke-filler="true"></p></div>
</div>
</div>
</div>
</main>
</div>
</body></html>
`;
  const parts: string[] = [head];
  let size = head.length + tail.length;
  let articles = 0;
  let customerMessages = 0;
  while (size < bytes) {
    const kind = articles % 3 === 2 ? (articles % 2 ? 'agent' : 'internal') : 'end-user';
    const html = article(kind, articles, rnd);
    parts.push(html);
    size += html.length;
    articles++;
    if (kind === 'end-user') customerMessages++;
  }
  parts.push(tail);
  return { html: parts.join(''), articles, customerMessages };
}

// ---------------------------------------------------------------------------------------------
// The page's main thread, as Chromium's own trace sees it

/** One top-level slice of work on a renderer's main thread: a task, or a microtask checkpoint run outside one. */
export interface MainThreadSlice {
  /** When it started, in the page's own clock (performance.now()), so it lines up with the page's long-task entries. */
  at: number;
  /** ms, wall clock (what a 'longtask' observer measures, time the OS gave to other processes included) */
  duration: number;
  /** ms of the main thread's own CPU time: the work itself, whatever else the machine was doing */
  cpu: number;
  name: string;
  /** Scripts whose code ran inside it (URLs), e.g. chrome-extension://<id>/content.js. */
  scripts: string[];
  /** The longest events inside it, "name ms", longest first. */
  inside: string[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; startTime?: number; frames?: { processId?: number; url?: string }[] } };
}

interface TraceSession {
  on(event: 'Tracing.dataCollected', listener: (e: { value: object[] }) => void): unknown;
  once(event: 'Tracing.tracingComplete', listener: () => void): unknown;
  send(method: 'Tracing.start', params: object): Promise<unknown>;
  send(method: 'Tracing.end'): Promise<unknown>;
  send(method: 'Runtime.evaluate', params: { expression: string }): Promise<unknown>;
}

/** A user-timing mark the trace and the page both see: it ties the trace's clock to the page's. */
const SYNC_MARK = 'extra-mile-trace-sync';

/**
 * Records Chromium's trace while `during` runs and returns every top-level slice of the main thread of the renderer
 * showing `pageUrl`. Unlike a page's 'longtask' observer, this also sees work run in a microtask checkpoint outside a
 * task (a content script's promise continuation after an extension message), and names the scripts in each slice.
 * `cdp` is a DevTools session on the page (playwright's context.newCDPSession(page)). Slices' times are in the page's
 * clock (a user-timing mark made at the start ties the two clocks).
 */
export async function traceMainThread(cdp: TraceSession, pageUrl: string, during: () => Promise<void>): Promise<MainThreadSlice[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as TraceEvent[])));
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] }, transferMode: 'ReportEvents' });
  try {
    await cdp.send('Runtime.evaluate', { expression: `performance.mark(${JSON.stringify(SYNC_MARK)})` });
    await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
  }
  const started = events.find((e) => e.name === 'TracingStartedInBrowser');
  const origin = new URL(pageUrl).origin;
  const pid = started?.args?.data?.frames?.find((f) => f.url?.startsWith(origin))?.processId;
  if (pid === undefined) throw new Error(`the trace names no renderer for ${pageUrl}`);
  const main = events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) throw new Error(`no main thread in renderer ${pid}`);
  const slices = events.filter((e) => e.pid === pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const mark = events.find((e) => e.pid === pid && e.name === SYNC_MARK && typeof e.args?.data?.startTime === 'number');
  if (!mark) throw new Error('the trace has no sync mark (category blink.user_timing)');
  const t0 = mark.ts - mark.args!.data!.startTime! * 1000; // the page's time origin, in the trace's clock (µs)
  const top: MainThreadSlice[] = [];
  /** Each slice's events inside it, formatted once they are in order (longest first). */
  const insideOf = new Map<MainThreadSlice, TraceEvent[]>();
  let end = -Infinity;
  let current: MainThreadSlice | null = null;
  for (const e of slices) {
    if (e.ts >= end) {
      current = { at: (e.ts - t0) / 1000, duration: e.dur! / 1000, cpu: (e.tdur ?? e.dur!) / 1000, name: e.name, scripts: [], inside: [] };
      top.push(current);
      end = e.ts + e.dur!;
    } else if (current && e.dur! >= 2000 && !/RunTask|OnHandleReady/.test(e.name)) {
      const inside = insideOf.get(current);
      if (inside) inside.push(e);
      else insideOf.set(current, [e]);
    }
    const url = e.args?.data?.url;
    if (current && url && (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.run' || e.name === 'v8.callFunction') && !current.scripts.includes(url)) current.scripts.push(url);
  }
  // Events were gathered in the order they started: the longest first, as MainThreadSlice says.
  for (const [slice, inside] of insideOf) slice.inside = inside.sort((a, b) => b.dur! - a.dur!).map((e) => `${e.name} ${(e.dur! / 1000).toFixed(1)}`);
  return top;
}
