// A page of many candidate blocks costs the readers work in proportion to the blocks, not to their square: keeping
// the outermost of a set of matches (reader/outermost.ts) looks at each ancestor once, where it used to check every
// block against every other, and quoted history after Outlook's marker is noted once per list of siblings, where
// matching `#appendonsend ~ *` on every element walked all its earlier siblings. Counted as the tree steps and
// comparisons the page's DOM was asked for (the selector engine's own walking included), never timed.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readByStructure, readMessages } from '../src/adapters/read';
import { readRegion } from '../src/adapters/reader/conversation';
import { countWork } from './support/dom-work';

const block = (k: number) => `<p>My parcel ${k} has not arrived and tracking has not moved for a week.</p>`;
const repeat = (n: number, make: (k: number) => string) => Array.from({ length: n }, (_, k) => make(k)).join('');
/** A deep chain: each block inside the one before. */
const nest = (n: number, open: string, close: string) => `${repeat(n, (k) => `${open}${block(k)}`)}${close.repeat(n)}`;

type Reader = (doc: Document) => unknown;
const generic: Reader = (doc) => readByStructure(doc);
const drifted: Reader = (doc) => readRegion(doc, null);
const thread: Reader = (doc) => readMessages(doc, { item: ['article'], body: [] }, doc);

/** Pages of n candidate blocks, flat and nested, each with the reader it is read by. */
const PAGES: { name: string; read: Reader; page: (n: number) => string }[] = [
  { name: 'flat articles, generic reader', read: generic, page: (n) => `<main>${repeat(n, (k) => `<article>${block(k)}</article>`)}</main>` },
  { name: 'articles each quoting one, generic reader', read: generic, page: (n) => `<main>${repeat(n, (k) => `<article>${block(k)}<article>${block(-k)}</article></article>`)}</main>` },
  { name: 'a chain of nested articles, generic reader', read: generic, page: (n) => `<main>${nest(n, '<article>', '</article>')}</main>` },
  { name: 'a chat log, generic reader', read: generic, page: (n) => `<div role="log">${repeat(n, (k) => `<div>${block(k)}</div>`)}</div>` },
  { name: 'role="article" blocks, a drifted desk', read: drifted, page: (n) => `<main>${repeat(n, (k) => `<div role="article">${block(k)}</div>`)}</main>` },
  { name: 'paragraphs of one <main>, generic reader', read: generic, page: (n) => `<main>${repeat(n, block)}</main>` },
  { name: 'an Outlook reply: text, marker, then history, generic reader', read: generic, page: (n) => `<main>${repeat(n, block)}<div id="appendonsend"></div>${repeat(n, block)}</main>` },
  { name: 'flat thread entries, a desk', read: thread, page: (n) => `<div>${repeat(n, (k) => `<article>${block(k)}</article>`)}</div>` },
  { name: 'thread entries each quoting one, a desk', read: thread, page: (n) => `<div>${repeat(n, (k) => `<article>${block(k)}<article>${block(-k)}</article></article>`)}</div>` },
  { name: 'a chain of nested thread entries, a desk', read: thread, page: (n) => `<div>${nest(n, '<article>', '</article>')}</div>` },
  { name: 'one entry of many lines, a desk', read: thread, page: (n) => `<article>${repeat(n, (k) => `line ${k} of my complaint<br>`)}</article>` },
];

/** Below the generic reader's 200 messages, so every block is one it reads. */
const N = 40;

function workOn(page: string, read: Reader): { work: number; result: string } {
  const dom = new JSDOM(`<!doctype html><title>Where is my parcel</title><body>${page}</body>`);
  const doc = dom.window.document;
  let result: unknown;
  const work = countWork(dom.window as unknown as Window & typeof globalThis, () => {
    result = read(doc);
  });
  dom.window.close();
  return { work, result: JSON.stringify(result) };
}

describe('the work of reading a page of many blocks', () => {
  it.each(PAGES)('$name: grows linearly with the blocks', ({ page, read }) => {
    const [one, two, four] = [N, 2 * N, 4 * N].map((n) => workOn(page(n), read)) as [ReturnType<typeof workOn>, ReturnType<typeof workOn>, ReturnType<typeof workOn>];
    // Every page was read, and a longer page gave more to read.
    expect(one.result.length).toBeGreaterThan(2);
    expect(four.result.length).toBeGreaterThan(two.result.length);
    expect(two.result.length).toBeGreaterThan(one.result.length);
    // What an added block costs does not grow with the blocks already there.
    expect(four.work - two.work).toBeLessThanOrEqual(2 * (two.work - one.work));
    // And stays a few steps a block.
    expect(four.work).toBeLessThanOrEqual(20 * 4 * N);
  });

  it('reads what it used to: nested entries once, as part of the outer one; history after the marker left out', () => {
    const nested = workOn(`<main><article>${block(1)}<article>${block(2)}</article></article><article>${block(3)}</article></main>`, generic).result;
    expect(JSON.parse(nested)).toEqual({
      subject: 'Where is my parcel',
      messages: [
        { text: 'My parcel 1 has not arrived and tracking has not moved for a week.\n\nMy parcel 2 has not arrived and tracking has not moved for a week.' },
        { text: 'My parcel 3 has not arrived and tracking has not moved for a week.' },
      ],
    });
    const outlook = workOn(`<main>Before <b>marker</b><div id="appendonsend"></div>after text<div>${block(9)}</div></main>`, generic).result;
    // The text node after the marker is not an element, so `#appendonsend ~ *` never matched it: still read.
    expect(JSON.parse(outlook).messages).toEqual([{ text: 'Before marker\nafter text' }]);
  });
});
