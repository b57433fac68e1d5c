// JSON Lines files (the corpus, the real tickets, the labelled replies) are read by one function, training/corpus.ts
// readJsonl, which names the file and the line of a bad line as it stands in the file, blank lines counted.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReplies } from '../training/coach/replies';
import { readJsonl } from '../training/corpus';
import { scratchDir } from './support/scratch-dir';

const dir = scratchDir('jsonl');

function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

const message = { id: 'm1', text: 'My parcel never arrived.', primary: 'keep-informed', also: [] };
const reply = { id: 'r1', check: 'says-when', ok: true, register: 'email', reply: 'You will hear from us by Friday.' };

describe('readJsonl', () => {
  it('reads every non-blank line', () => {
    const path = file('corpus.jsonl', [JSON.stringify(message), '', '  ', JSON.stringify({ ...message, id: 'm2' })]);
    expect(readJsonl(path).map((m) => m.id)).toEqual(['m1', 'm2']);
  });

  it('names the file and the line of a line that is not JSON, counting the blank lines before it', () => {
    const path = file('broken.jsonl', [JSON.stringify(message), '', '{"id": "m2", "text": '.padEnd(30, ' ')]);
    expect(() => readJsonl(path)).toThrow(`${path}:3: `);
  });

  it('names the file and the line of a line its reader refuses', () => {
    const path = file('refused.jsonl', ['', JSON.stringify(message), JSON.stringify({ id: 'm2' })]);
    const texts = (value: unknown) => {
      const text = (value as { text?: unknown }).text;
      if (typeof text !== 'string') throw new Error('needs "text"');
      return text;
    };
    expect(() => readJsonl(path, texts)).toThrow(`${path}:3: needs "text"`);
  });
});

describe('the reply coach measure reads its labelled replies with it', () => {
  it('reads the labelled set as before', () => {
    const replies = readReplies(resolve(__dirname, 'coach/replies.jsonl'));
    expect(replies).toHaveLength(192);
    expect(replies.every((r) => typeof r.reply === 'string' && typeof r.ok === 'boolean')).toBe(true);
  });

  it('names the file and line of a reply that is not JSON or lacks a field', () => {
    const notJson = file('replies-broken.jsonl', [JSON.stringify(reply), '', 'reply: no']);
    expect(() => readReplies(notJson)).toThrow(`${notJson}:3: `);
    const noVerdict = file('replies-refused.jsonl', ['', JSON.stringify(reply), JSON.stringify({ ...reply, ok: undefined })]);
    expect(() => readReplies(noVerdict)).toThrow(`${noVerdict}:3: needs "check", "ok" and "reply"`);
  });
});
