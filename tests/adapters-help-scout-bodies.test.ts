// Help Scout (2024+) has no class on a thread entry's body: the body is each block after the header that ends in an
// <hr> (`div:has(> hr) ~ div`, read every one). A customer's HTML email can carry an <hr> of its own (a rule above a
// signature or a forwarded part): the blocks after it inside the body match the same selector, and must not be read a
// second time beside the body that holds them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { findAdapter } from '../src/adapters/index';
import { readClean } from './support/read-clean';

const URL_ = 'https://secure.helpscout.net/conversation/2204981733/8817?folderId=1';

it('reads a customer email with an <hr> inside its body once', () => {
  const dom = new JSDOM(readFileSync(path.join(__dirname, 'fixtures/help-scout/conversation-double-charge.html'), 'utf8'), { url: URL_ });
  const doc = dom.window.document;
  // The newest customer entry: header, body, quoted history. Its body now holds a rule and a block after it.
  doc.querySelector('#thread-61020003')!.children[1]!.innerHTML =
    '<div><p>Both charges are still pending today.</p></div><div><hr></div><div><p>Order FN-2231, annual plan, paid by Visa.</p></div>';
  const ticket = readClean(findAdapter(doc, URL_), doc, new URL(URL_))!;
  expect(ticket.messages.at(-1)!.text).toBe('Both charges are still pending today.\n\nOrder FN-2231, annual plan, paid by Visa.');
  dom.window.close();
});
