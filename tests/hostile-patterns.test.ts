// Patterns run on text a page or a customer chose (a sender's name, a draft, the words before the caret) stay linear in
// it: each input here is one a trust review (2026-12-04) crafted, which took seconds in the desk page or the background
// (a 100,000-letter Outlook sender name froze the page 11.6 s; a draft's 40,000-character line under a sign-off 7.8 s;
// five messages with a 20,000-character line under their names held the background's ranking 2.7 s; 60,000 spaces
// before the caret 2.5 s on Insert). Each is read right, and the bounds that keep it linear are checked as behaviour:
// an address's local part past 64 letters is none, a signature's line past SIGNATURE_LINE_MAX characters is the
// writer's words, a quotation past a line's QUOTE_MAX characters marks nothing, a blank's run of # or _ counts at most
// eight. Never timed: `npm run bench` times.
import { describe, expect, it } from 'vitest';
import { mailAddressIn } from '../src/adapters/reader/address';
import { cleanMessage } from '../src/adapters/clean';
import { closingNames, signatureBlock, SIGNATURE_LINE_MAX } from '../src/text/sign-off';
import { shouting } from '../src/coach/detectors/shouting';
import { placeholders } from '../src/coach/detectors/placeholders';
import { quoteIndex } from '../src/coach/quotes';
import { separatorFor } from '../content/insert-text';

describe('a mail address in a sender name or label', () => {
  it('is found after 200,000 letters with no @, and a name of letters alone has none', () => {
    expect(mailAddressIn(`${'a'.repeat(200_000)} <anna.berg@example.co.uk>`)).toBe('anna.berg@example.co.uk');
    expect(mailAddressIn('a'.repeat(200_000))).toBeNull();
    expect(mailAddressIn(`${'@'.repeat(100_000)}x`)).toBeNull();
  });

  it('reads an address as before: the first whole one, lower-cased; a local part past 64 letters is none', () => {
    expect(mailAddressIn('Anna Berg <Anna.Berg+desk@Example.COM>, cc bo@example.org')).toBe('anna.berg+desk@example.com');
    expect(mailAddressIn('support@acme')).toBeNull();
    expect(mailAddressIn('write to x@y.io.')).toBe('x@y.io');
    expect(mailAddressIn(`${'b'.repeat(64)}@example.com`)).toBe(`${'b'.repeat(64)}@example.com`);
    expect(mailAddressIn(`${'b'.repeat(65)}@example.com`)).toBeNull();
  });
});

describe('a signature under a sign-off', () => {
  const longLine = 'd-'.repeat(40_000);

  it("is no line longer than SIGNATURE_LINE_MAX: such a line in a draft is perhaps the agent's, in a ticket not the name's block", () => {
    expect(signatureBlock([longLine], true)).toBe('perhaps');
    expect(signatureBlock([longLine], false)).toBe('draft');
    expect(signatureBlock(['www.acme-support.example.com'], true)).toBe('signature');
    // Our help in one paragraph is the signature's, however long a footer may run within the bound; past it, never.
    const help = 'Need more help with your order? Our support team is here Monday to Friday: visit help.acme.com for answers to common questions, or email us at support@acme.com and we will get back to you.';
    const longHelp = `${help} ${'a'.repeat(SIGNATURE_LINE_MAX)}`.slice(0, SIGNATURE_LINE_MAX + 1);
    expect(signatureBlock([help], false)).toBe('signature');
    expect(signatureBlock([longHelp.slice(0, SIGNATURE_LINE_MAX)], false)).toBe('signature');
    expect(signatureBlock([longHelp], false)).toBe('draft');
  });

  it('leaves a draft with a 40,000-character line under its name whole, and finds the name over five such messages', () => {
    const draft = `Hi Sam,\n\nThe refund is on its way.\n\nKind regards,\nPriya Shah\n${longLine}`;
    expect(cleanMessage(draft, { draft: true })).toContain('The refund is on its way.');
    const message = `My parcel never came.\n\nThanks,\nAnna Berg\n${'d-'.repeat(10_000)}\n`;
    const text = message.repeat(5);
    const names = closingNames(text).map(([start, end]) => text.slice(start, end));
    expect(names).toEqual(Array(5).fill('Anna Berg'));
  });
});

// A review of the reading of 2026-12-05: a line of 80,000 ">" took 5.8 s to be told from ">>> URGENT <<<", and a name
// over a 78,000-character line 4.7 s to be looked at for a web address (a message's text is read up to 80,000
// characters and kept up to 20,000: these inputs are kept whole).
describe('the end of a customer message', () => {
  // A second reading of the change (2026-12-05): each quoted line looked back over every blank line kept so far, and
  // 26,000 "> " lines a blank apart under a reply header took 1.7 s.
  it('reads 26,000 quoted lines a blank line apart under a reply header as the quote, with no answer between them', () => {
    const header = 'On Mon, 4 May 2026 at 10:00, Acme <s@acme.example> wrote:';
    expect(cleanMessage(`It broke.\n\n${header}\n${'>\n\n'.repeat(26_000)}`)).toBe('It broke.');
    expect(cleanMessage(`It broke.\n\n${header}\n${'> q\n\n'.repeat(10_000)}A\n\n> q`)).toBe('It broke.\n\nA');
  });

  it('reads a line of 70,000 ">" as quoted, and one framed ">>> … <<<" as the writer\'s', () => {
    expect(cleanMessage(`${'>'.repeat(70_000)}\nIt broke.`)).toBe('It broke.');
    expect(cleanMessage(`>>> ${'<'.repeat(15_000)} <<<\nIt broke.`)).toContain('It broke.');
  });

  it('takes no line past SIGNATURE_LINE_MAX for a signature\'s under a name on its sign-off\'s line: the message stays whole', () => {
    const text = `My order is late.\n\nBest, Anna\n${'a.'.repeat(9_000)}`;
    expect(cleanMessage(text)).toBe(text);
    expect(cleanMessage('My order is late.\n\nBest, Anna\nwww.anna-berg.example')).toBe('My order is late.\n\nBest, Anna');
  });
});

describe('capitals in a draft', () => {
  const loud = (text: string) => shouting(text).map(([start, end]) => text.slice(start, end));

  it('reads shouting after a line of 20,000 unmatched quotation marks, and capitals inside a quotation as a label', () => {
    expect(loud(`${"'a ".repeat(7_000)}\nPLEASE STOP CALLING US`)).toEqual(['PLEASE STOP CALLING US']);
    expect(loud('The button reads "CONFIRM ORDER" on the last page.')).toEqual([]);
  });

  it('pairs quotation marks up to QUOTE_MAX apart (400): a long quotation closes where it closes, not at the next mark', () => {
    // Bounded at 200, a 250-character quotation's closing mark opened a quotation of its own round "YOU MUST PAY".
    expect(loud(`He wrote "${'x'.repeat(250)}." YOU MUST PAY "ok"`)).toEqual(['YOU MUST PAY']);
    expect(loud(`Label "${'x'.repeat(250)} CONFIRM ORDER" here`)).toEqual([]);
  });

  it('reads a line of 10,000 capital words and quotations with brackets looked for near each word only', () => {
    const text = 'ABCDE x '.repeat(10_000);
    expect(loud(text)).toHaveLength(10_000);
    expect(loud(`[${'ADDRESS LINE 1'}] and [${'x '.repeat(150)}ADDRESS]`)).toEqual(['ADDRESS']);
  });
});

describe('blanks in a draft', () => {
  it('finds a date left as ##/##/#### or __/__ after a run of 20,000 # or _, and the run alone as the blank it is', () => {
    const found = (text: string) => placeholders(text).map(([start, end]) => text.slice(start, end));
    expect(found('Your refund lands on ##/##/####.')).toEqual(['##/##/####']);
    expect(found(`${'#'.repeat(20_000)} then ##/##/####`)).toEqual(['##/##/####']);
    // The run is a blank on its own (three underscores or more): one blank, the whole of it.
    expect(found(`${'_'.repeat(20_000)}/__`).map((blank) => blank.length)).toEqual([20_003]);
  });
});

describe('quotations looked up by place', () => {
  it('answers as testing each span did: inside any, and around a place the first span given that holds it', () => {
    // Single quotes first, then double, as quoted() gives them: the blank inside both is the single quotation's example.
    const spans: Array<[number, number]> = [[14, 50], [20, 40], [60, 70]];
    const index = quoteIndex(spans);
    expect([index.inside(21, 39), index.inside(21, 45), index.inside(55, 58), index.inside(61, 69)]).toEqual([true, true, false, true]);
    expect([index.around(30), index.around(45), index.around(55)]).toEqual([spans[0], spans[0], undefined]);
    expect(placeholders(`For example: 'Dear "valued {first_name}" reader' is how our emails open.`)).toEqual([]);
    expect(placeholders(`She wrote 'for example: "Hi {first_name} there"' which was wrong.`)).toEqual([[28, 40]]);
  });
});

describe('the break before an inserted phrase', () => {
  it('is counted from the end of 60,000 spaces or line breaks before the caret', () => {
    expect(separatorFor(`${' '.repeat(60_000)}x`, '')).toBe('\n\n');
    expect(separatorFor(`${'\n'.repeat(60_000)}x`, '')).toBe('\n\n');
    expect(separatorFor(`Hi Anna,${'\n'.repeat(60_000)}`, '', '')).toBe('');
    expect(separatorFor(`Hi Anna,\n${' \t'.repeat(30_000)}`, '', ' \t'.repeat(30_000))).toBe('\n');
  });
});
