// How a draft is cut into the words and sentences the reply checks read: where the engine's tokenizer would end a
// sentence that the writer did not end, and where it would not end one the writer did.
import { describe, expect, it } from 'vitest';
import { draftWords } from '../src/coach/words';

function sentences(draft: string): string[] {
  const out: string[][] = [];
  for (const w of draftWords(draft)) (out[w.sentence] ??= []).push(w.word);
  return out.filter(Boolean).map((s) => s.join(' '));
}

describe('sentences of a draft', () => {
  it('are not ended by a full stop inside an amount, an address or a version', () => {
    expect(sentences('Refund of £18.40 is done. Sorry!')).toEqual(['refund of 18 40 is done', 'sorry']);
    expect(sentences('You typed jo@gmial.com by mistake.')).toEqual(['you typed jo gmial com by mistake']);
    expect(sentences('Update to v2.1 and restart.')).toEqual(['update to v2 1 and restart']);
  });

  it('are ended by an emoji before a capital, and not by one before a small letter', () => {
    expect(sentences('Happy to help 🙂 The code goes in the box')).toEqual(['happy to help', 'the code goes in the box']);
    expect(sentences('thanks 🙂 for waiting')).toEqual(['thanks for waiting']);
  });

  it("start after the @handles that open a tweet, and a handle elsewhere is a name", () => {
    const words = draftWords('@jules_w @Shop_Help Redelivery booked. Ask @AppleSupport');
    expect(sentences('@jules_w Redelivery booked')).toEqual(['jules w', 'redelivery booked']);
    expect(words.find((w) => w.word === 'redelivery')).toMatchObject({ clauseStart: true, proper: false });
    expect(words.find((w) => w.word === 'applesupport')).toMatchObject({ proper: true });
  });

  it("mark words in single quotes as quoted, apostrophes inside words notwithstanding", () => {
    const words = draftWords("You wrote 'it's all wrong', and the customers' bags are fine.");
    expect(words.filter((w) => w.quoted).map((w) => w.word)).toEqual(['it', 'is', 'all', 'wrong']);
  });

  it('take an acronym for a name even where a sentence starts, but not a word of a shouted run', () => {
    const proper = (draft: string) => draftWords(draft).filter((w) => w.proper).map((w) => w.word);
    expect(proper('HMRC are the ones to ask.')).toEqual(['hmrc']);
    // (Capitals after a sentence's first word were names before; the first word of a shouted run stays a plain word.)
    expect(proper('STOP SENDING ME THIS')).not.toContain('stop');
  });

  it("leave out a letter's sign-off: the closing line and the short lines of name, title and team under it", () => {
    const text = (draft: string) => draftWords(draft).map((w) => w.word).join(' ');
    expect(text('Hi Jo,\n\nThe refund is done.\n\nKind regards,\nSam Ortiz\nFinance Business Partner\nNorthwind Ltd')).toBe('hi jo the refund is done');
    expect(text('Your card is on its way. — Priya, Card Services')).toBe('your card is on its way');
    // Not a sign-off: long lines of prose after "Thanks," (a second thought), or a thank-you that opens the reply.
    expect(text('Thanks,\nplease note that for invoices you will need to email our accounts team')).toContain('accounts team');
    expect(text('Hi,\nThanks!\nI have moved your booking.')).toBe('hi thanks i have moved your booking');
  });
});
