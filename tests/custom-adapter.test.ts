// The agent's own selectors for a desk no adapter knows (saved on the options page): read with the shared reader,
// customer messages only, never throwing on a selector the browser refuses.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { customAdapter, findAdapter } from '../src/adapters/index';
import { findEditor } from '../src/adapters/read';
import { readClean } from './support/read-clean';

const URL_ = 'https://generic.example.org/t/how-do-i-return-a-gift/4411';
const doc = new JSDOM(readFileSync(resolve(__dirname, 'fixtures/generic/forum-thread-how-to-return.html'), 'utf8'), { url: URL_ }).window.document;

describe('customAdapter', () => {
  it('reads the subject and only the messages the selectors name, and finds the reply editor', () => {
    expect(findAdapter(doc, URL_).id).toBe('generic');
    const adapter = customAdapter({ subject: 'main h1', messages: '#post-1 > p:first-of-type, #post-3 > p', editor: 'textarea[name="reply"]' }, 'generic.example.org');
    expect([adapter.id, adapter.label]).toEqual(['custom', 'generic.example.org']);
    const ticket = readClean(adapter, doc, new URL(URL_));
    expect(ticket?.subject).toBe('How do I return a gift without the receipt?');
    expect(ticket?.messages.map((m) => m.text)).toEqual([
      "My aunt gave me a blender from your store for my birthday but I already have one. I don't have the receipt. How do I return it or swap it for something else?",
      'There was no gift slip in the box either. Is there any other way?',
    ]);
    expect(findEditor(doc, adapter.editor)?.localName).toBe('textarea');
  });

  it('reads nothing, without throwing, from selectors that match nothing or are not CSS', () => {
    for (const messages of ['.no-such-thing', 'article p[', '']) {
      const adapter = customAdapter({ subject: '', messages, editor: '' }, 'generic.example.org');
      expect(readClean(adapter, doc, new URL(URL_))).toBeNull();
      expect(adapter.editor).toEqual([]);
    }
  });
});
