// Reading the agent's draft costs work in proportion to its lines, not to their square: quoted history after
// Outlook's #appendonsend marker is noted once per list of siblings as the text walk passes the marker, where
// matching `#appendonsend ~ *` on every line walked back through all the lines before it. Counted as the tree steps
// and comparisons the editor's DOM was asked for (the selector engine's own walking included), never timed.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readDraft } from '../src/coach/draft';
import { countWork } from './support/dom-work';

const line = (k: number) => `Line ${k}: I have asked the courier myself and will chase the parcel for you.`;
const lines = (n: number, make: (k: number) => string) => Array.from({ length: n }, (_, k) => make(k)).join('');
const HISTORY = 'You should contact the courier yourself.';

/** Editors' drafts of n lines, as each kind of editor lays them out. */
const DRAFTS: { name: string; editor: (n: number) => string }[] = [
  { name: 'paragraphs (CKEditor 5, ProseMirror)', editor: (n) => lines(n, (k) => `<p>${line(k)}</p>`) },
  { name: 'a <div> per line (Gmail, Outlook)', editor: (n) => lines(n, (k) => `<div>${line(k)}</div>`) },
  { name: 'lines broken by <br>', editor: (n) => lines(n, (k) => `${line(k)}<br>`) },
  { name: 'a numbered list of paragraphs', editor: (n) => `<ol>${lines(n, (k) => `<li><p>${line(k)}</p></li>`)}</ol>` },
  {
    name: 'an Outlook reply: the draft, the marker, then as many lines of history',
    editor: (n) => `${lines(n, (k) => `<div>${line(k)}</div>`)}<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Ana</div>${lines(n, () => `<div>${HISTORY}</div>`)}`,
  },
  { name: "a Gmail reply: the draft, then the thread's quote", editor: (n) => `${lines(n, (k) => `<div>${line(k)}</div>`)}<div class="gmail_quote">${lines(n, () => `<div>${HISTORY}</div>`)}</div>` },
];

const N = 40;

function workOn(inner: string): { work: number; draft: string } {
  const dom = new JSDOM(`<!doctype html><body><div contenteditable="true">${inner}</div></body>`);
  const editor = dom.window.document.querySelector('[contenteditable]')!;
  let draft = '';
  const work = countWork(dom.window as unknown as Window & typeof globalThis, () => {
    draft = readDraft(editor);
  });
  dom.window.close();
  return { work, draft };
}

describe('the work of reading a short draft above a long quote', () => {
  // The quoted thread holds lists (an order's items, steps sent before): reading the draft once copied the whole editor
  // to number its list items, quote and all (17 ms for 3,000 quoted items in Chromium, 125 ms for 12,000, in the desk's
  // page at each pause in typing).
  const reply = (quoted: number) =>
    `<ol><li><p>${line(0)}</p></li><li><p>${line(1)}</p></li></ol><div class="gmail_quote">${lines(quoted, (k) => `<ul><li>${HISTORY} (${k})</li></ul>`)}</div>`;
  it('does not grow with the quote, and still numbers the draft\'s own list', () => {
    const [short, long] = [N, 8 * N].map((n) => workOn(reply(n))) as [ReturnType<typeof workOn>, ReturnType<typeof workOn>];
    expect(short.draft).toContain(`1. ${line(0)}`);
    expect(short.draft).toContain(`2. ${line(1)}`);
    expect(long.draft).toBe(short.draft);
    expect(long.draft).not.toContain(HISTORY);
    expect(long.work - short.work).toBeLessThanOrEqual(N);
  });
});

describe('the work of reading a draft of many lines', () => {
  it.each(DRAFTS)('$name: grows linearly with the lines', ({ editor }) => {
    const [one, two, four] = [N, 2 * N, 4 * N].map((n) => workOn(editor(n))) as [ReturnType<typeof workOn>, ReturnType<typeof workOn>, ReturnType<typeof workOn>];
    // Every line of the draft was read, and none of the history.
    for (const [n, read] of [[N, one], [2 * N, two], [4 * N, four]] as const) {
      expect(read.draft).toContain(line(0).slice(0, 20));
      expect(read.draft).toContain(line(n - 1).slice(0, 20));
      expect(read.draft).not.toContain(HISTORY);
    }
    // What an added line costs does not grow with the lines already there.
    expect(four.work - two.work).toBeLessThanOrEqual(2 * (two.work - one.work));
    // And stays a few steps a line.
    expect(four.work).toBeLessThanOrEqual(20 * 4 * N);
  });
});
