// @vitest-environment jsdom
// jsdom has no execCommand('insertText'), so these exercise the fallback: the path that must never silently fail.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertText, separatorAfter, separatorFor } from '../content/insert-text';
import { draftText, readDraft } from '../src/coach/draft';
import { countWork } from './support/dom-work';

/** A rich editor holding `html`, in the page, with no caret anywhere (as when the agent has not clicked into it). */
function rich(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.append(el);
  document.getSelection()!.removeAllRanges();
  return el;
}

afterEach(() => {
  document.body.innerHTML = '';
});

function record(el: EventTarget, ...types: string[]) {
  const seen: Event[] = [];
  for (const type of types) el.addEventListener(type, (e) => seen.push(e));
  return seen;
}

describe('insertText into a textarea or input', () => {
  it('inserts at the caret, moves the caret after it, and fires input and change', () => {
    const area = document.createElement('textarea');
    area.value = 'Hi Sam, Best, Kim';
    document.body.append(area);
    area.setSelectionRange(7, 7);
    const seen = record(document.body, 'input', 'change');
    expect(insertText(area, ' sorry about the lamp.', draftText)).toBe(true);
    expect(area.value).toBe('Hi Sam, sorry about the lamp. Best, Kim');
    expect(area.selectionStart).toBe(29);
    expect(seen.map((e) => e.type)).toEqual(['input', 'change']);
    expect((seen[0] as InputEvent).inputType).toBe('insertText');
    expect((seen[0] as InputEvent).data).toBe(' sorry about the lamp.');
  });

  it('replaces the selected text', () => {
    const input = document.createElement('input');
    input.value = 'Dear CUSTOMER,';
    document.body.append(input);
    input.setSelectionRange(5, 13);
    expect(insertText(input, 'Sam', draftText)).toBe(true);
    expect(input.value).toBe('Dear Sam,');
  });

  it('reaches a React-style controlled field through the prototype setter', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    // React shadows `value` on the instance to track what it last rendered.
    let tracked = '';
    const proto = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
    Object.defineProperty(area, 'value', {
      configurable: true,
      get: () => proto.get!.call(area),
      set: (v: string) => {
        tracked = v;
        proto.set!.call(area, v);
      },
    });
    const onInput = vi.fn(() => expect(tracked).not.toBe(area.value));
    area.addEventListener('input', onInput);
    expect(insertText(area, 'Thanks for waiting.', draftText)).toBe(true);
    expect(area.value).toBe('Thanks for waiting.');
    expect(onInput).toHaveBeenCalledTimes(1);
  });

  // A review: a textarea with maxlength=40 took only the phrase's first words and the panel said "Inserted".
  it('puts nothing in a field whose length limit would cut the phrase, and says it could not (the panel copies it)', () => {
    const area = document.createElement('textarea');
    area.maxLength = 40;
    area.value = 'Hi Sam,';
    document.body.append(area);
    const seen = record(document.body, 'input');
    expect(insertText(area, "I'm sorry the lamp arrived broken; a new one leaves today.", draftText)).toBe(false);
    expect(area.value).toBe('Hi Sam,');
    expect(seen).toEqual([]);
    // Within the limit it goes in.
    expect(insertText(area, 'Sorry!', draftText)).toBe(true);
    expect(area.value).toBe('Hi Sam,\n\nSorry!');
  });

  it('refuses what is not editable, and never throws', () => {
    const ro = document.createElement('textarea');
    ro.readOnly = true;
    const disabled = document.createElement('input');
    disabled.disabled = true;
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    const div = document.createElement('div');
    const locked = document.createElement('div');
    locked.setAttribute('contenteditable', 'false');
    document.body.append(ro, disabled, checkbox, div, locked);
    for (const el of [ro, disabled, checkbox, div, locked]) expect(insertText(el, 'x', draftText)).toBe(false);
    expect(ro.value).toBe('');
    const exploding = document.createElement('textarea');
    Object.defineProperty(exploding, 'focus', { value: () => { throw new Error('boom'); } });
    expect(insertText(exploding, 'x', draftText)).toBe(false);
  });
});

describe('insertText into a contenteditable editor', () => {
  function editor(html: string) {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    el.innerHTML = html;
    document.body.append(el);
    return el;
  }

  it('inserts at the caret and fires beforeinput and input', () => {
    const el = editor('<p>Hi Sam,</p><p>Best, Kim</p>');
    const first = el.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(first, 7);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const seen = record(el, 'beforeinput', 'input');
    expect(insertText(el, ' I am sorry.', draftText)).toBe(true);
    expect(el.querySelector('p')!.textContent).toBe('Hi Sam, I am sorry.');
    expect(seen.map((e) => [e.type, (e as InputEvent).inputType, (e as InputEvent).data])).toEqual([
      ['beforeinput', 'insertText', ' I am sorry.'],
      ['input', 'insertText', ' I am sorry.'],
    ]);
    // The caret ends after the inserted words, so a second insert follows the first.
    expect(insertText(el, ' Really.', draftText)).toBe(true);
    expect(el.querySelector('p')!.textContent).toBe('Hi Sam, I am sorry. Really.');
  });

  it('goes to the end when the caret is elsewhere on the page, and accepts a target inside the editor', () => {
    const el = editor('<p>Hello</p>');
    const outside = document.createElement('p');
    outside.textContent = 'page text';
    document.body.append(outside);
    document.getSelection()!.selectAllChildren(outside);
    expect(insertText(el.querySelector('p')!, ' there', draftText)).toBe(true);
    expect(el.textContent).toBe('Hello there');
    expect(outside.textContent).toBe('page text');
  });

  it('leaves the insertion to an editor that handles beforeinput itself', () => {
    const el = editor('<p>Hi</p>');
    el.addEventListener('beforeinput', (e) => e.preventDefault());
    const onInput = vi.fn();
    el.addEventListener('input', onInput);
    expect(insertText(el, ' there', draftText)).toBe(true);
    expect(el.textContent).toBe('Hi');
    expect(onInput).not.toHaveBeenCalled();
  });

  it('keeps line breaks as <br>, as text nodes only', () => {
    const el = editor('');
    expect(insertText(el, 'Line one\n<b>Line two</b>', draftText)).toBe(true);
    expect(el.querySelectorAll('br')).toHaveLength(1);
    expect(el.querySelector('b')).toBeNull();
    expect(el.textContent).toBe('Line one<b>Line two</b>');
  });

  it('uses execCommand when the browser supports it', () => {
    const el = editor('<p>Hi</p>');
    const exec = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { configurable: true, value: exec });
    try {
      expect(insertText(el, 'Thanks for writing.', draftText)).toBe(true);
      // After what is already written: a blank line first.
      expect(exec).toHaveBeenCalledWith('insertText', false, '\n\nThanks for writing.');
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
  });

  it('works in a same-origin iframe', () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const doc = frame.contentDocument!;
    doc.body.innerHTML = '<div contenteditable="">Hello</div>';
    const el = doc.querySelector('div')!;
    expect(insertText(el, ' from the frame', draftText)).toBe(true);
    expect(el.textContent).toBe('Hello from the frame');
  });
});

describe('phrases after phrases, and placeholders', () => {
  it('a phrase added after what is written starts after one blank line; in the middle of a sentence it goes in as it is', () => {
    expect(separatorFor('', '')).toBe('');
    expect(separatorFor('Hi Sam,', '')).toBe('\n\n');
    expect(separatorFor('Hi Sam,\n', '')).toBe('\n');
    expect(separatorFor('Hi Sam,\n\n', '  ')).toBe('');
    expect(separatorFor('Hi Sam, ', ' Best, Kim')).toBe('');
    // The start of an empty paragraph of a rich editor is a line break already.
    expect(separatorFor('Hi Sam,', '', '')).toBe('\n');
  });

  it('never runs a phrase into the text after the caret: its own paragraph at the start of a line, a space mid-line', () => {
    // Start of a line with text after (the signature, the draft's first line): a paragraph of its own.
    expect(separatorAfter('', 'Best,\nPriya')).toBe('\n\n');
    expect(separatorFor('Thanks for the logs.\n\n', 'Best,\nPriya')).toBe('');
    expect(separatorFor('Thanks for the logs.\n', 'Best,')).toBe('\n');
    // End of a line with more lines below: a blank line before, nothing after (the text below is on its own line).
    expect(separatorFor('Thanks for the logs.', '\n\nBest,')).toBe('\n\n');
    expect(separatorAfter('Thanks for the logs.', '\n\nBest,')).toBe('');
    // Mid-line: one space on each side that touches a word.
    expect(separatorFor('Hi Anna,', ' you need')).toBe(' ');
    expect(separatorAfter('Hi Anna, ', 'you need')).toBe(' ');
    expect(separatorAfter('Hi Anna,', ' you need')).toBe('');
    // A phrase that brings its own spacing is left as it is.
    expect(separatorFor('Hi Sam,', 'Best', 'Hi Sam,', '', ' I am sorry.')).toBe('');
  });

  it('in a textarea: before a signature, at the start of the draft and mid-line, the phrase keeps apart from the text after it', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    const at = (value: string, caret: number, phrase: string) => {
      area.value = value;
      area.setSelectionRange(caret, caret);
      expect(insertText(area, phrase, draftText)).toBe(true);
      return area.value;
    };
    const draft = 'Hi Dan,\n\nThanks for the logs.\n\nBest,\nPriya';
    expect(at(draft, draft.indexOf('Best'), 'Here is how to do it, step by step.')).toBe('Hi Dan,\n\nThanks for the logs.\n\nHere is how to do it, step by step.\n\nBest,\nPriya');
    expect(at(draft, draft.indexOf('\n\nBest'), 'Here is how.')).toBe('Hi Dan,\n\nThanks for the logs.\n\nHere is how.\n\nBest,\nPriya');
    expect(at('Hello Ines, I have updated it.', 0, 'I am sorry about the mix-up.')).toBe('I am sorry about the mix-up.\n\nHello Ines, I have updated it.');
    expect(at('Hi Anna,you need to', 8, 'I am sorry.')).toBe('Hi Anna, I am sorry. you need to');
    // The caret after the phrase, not after the blank line that follows it.
    expect(area.selectionStart).toBe('Hi Anna, I am sorry.'.length);
  });

  it('in a rich editor: at the start of a paragraph with text after it, the phrase does not run into that text', () => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    el.innerHTML = '<p>Thanks for the logs.</p><p>Best, Priya</p>';
    document.body.append(el);
    const range = document.createRange();
    range.setStart(el.querySelectorAll('p')[1]!.firstChild!, 0);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(insertText(el, 'Here is how to do it.', draftText)).toBe(true);
    const second = el.querySelectorAll('p')[1]!;
    // The fallback path writes line breaks as <br>: one before (the paragraph is a line already), two after.
    expect(second.innerHTML).toBe('<br>Here is how to do it.<br><br>Best, Priya');
    // A <br> is a line too: after "Thanks<br>" the caret starts a line.
    el.innerHTML = '<div>Thanks<br>Best</div>';
    const text = el.querySelector('div')!.lastChild!;
    range.setStart(text, 0);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(insertText(el, 'Sorry.', draftText)).toBe(true);
    expect(el.querySelector('div')!.innerHTML).toBe('Thanks<br><br>Sorry.<br><br>Best');
  });

  it('with no caret, the phrase goes into the last paragraph: the first line of an empty editor, after the draft in a typed one', () => {
    // A new editor's one empty paragraph (CKEditor 5 in Zendesk, Redactor in osTicket, Summernote in FreeScout): the
    // phrase is its first line, not loose text under it (Firefox types where the caret is put, after the paragraph).
    for (const html of ['<p><br data-cke-filler="true"></p>', '<p></p>', '<div><br></div>']) {
      const el = rich(html);
      expect(insertText(el, 'Sorry for the wait.', draftText)).toBe(true);
      expect(el.childNodes, html).toHaveLength(1);
      expect(el.firstChild!.textContent, html).toBe('Sorry for the wait.');
    }
    // A draft typed: the phrase goes in its last paragraph, a blank line below the text, before the closing <br>.
    const typed = rich('<p>Hi Sam,</p>\n<p>Thanks for writing.<br></p>');
    expect(insertText(typed, 'Sorry for the wait.', draftText)).toBe(true);
    expect(typed.querySelectorAll('p')).toHaveLength(2);
    expect(typed.lastElementChild!.innerHTML).toBe('Thanks for writing.<br><br>Sorry for the wait.<br>');
  });

  it('a caret between paragraphs, in the editor itself, goes into the paragraph beside it', () => {
    // A fresh iframe editor's document in Firefox holds its caret at the start of the body, before the empty paragraph.
    const fresh = rich('<p><br></p>');
    document.getSelection()!.collapse(fresh, 0);
    expect(insertText(fresh, 'Sorry for the wait.', draftText)).toBe(true);
    expect(fresh.innerHTML).toBe('<p>Sorry for the wait.<br></p>');
    // After the last paragraph: at the end of its text, a blank line below it.
    const typed = rich('<p>Hi Sam,</p>');
    document.getSelection()!.collapse(typed, 1);
    expect(insertText(typed, 'Sorry for the wait.', draftText)).toBe(true);
    expect(typed.innerHTML).toBe('<p>Hi Sam,<br><br>Sorry for the wait.</p>');
    // Beside quoted history or a signature, the caret never steps into it (a review found both), nor into one a level
    // down, in a wrapper (a second review found both): each case the editor, where the caret is, and what stays as it was.
    const beside: Array<[html: string, caret: number, kept: string, text: string, into?: string]> = [
      ['<p>Hi Sam,</p><blockquote class="gmail_quote"><p>Please contact the courier.</p></blockquote>', 2, 'blockquote', 'Please contact the courier.'],
      ['<p>Hi Sam,</p><div class="gmail_signature"><p>Ana, Support</p></div>', 1, '.gmail_signature', 'Ana, Support', 'p'],
      ['<p>Hi Sam,</p><div><blockquote class="gmail_quote"><p>Please contact the courier.</p></blockquote></div>', 1, 'blockquote', 'Please contact the courier.'],
      ['<div dir="ltr"><p>Hi Sam,</p><div class="gmail_signature"><p>Ana, Support</p></div></div>', 1, '.gmail_signature', 'Ana, Support'],
    ];
    for (const [html, caret, kept, text, into] of beside) {
      const editor = rich(html);
      document.getSelection()!.collapse(editor, caret);
      expect(insertText(editor, 'Sorry for the wait.', draftText), html).toBe(true);
      expect(editor.querySelector(kept)!.textContent, html).toBe(text);
      if (into) expect(editor.querySelector(into)!.textContent, html).toContain('Sorry for the wait.');
    }
  });

  it('with no caret in an editor that holds quoted history, the phrase goes into the reply above it, not into the quote', () => {
    // Gmail: the thread below an empty first line, in .gmail_quote.
    const gmail = rich('<br><div class="gmail_quote"><div class="gmail_attr">On Mon, 2 Mar 2026, Support wrote:<br></div><blockquote class="gmail_quote">Please contact the courier.</blockquote></div>');
    expect(insertText(gmail, 'I have sent a new one.', draftText)).toBe(true);
    expect(gmail.firstChild!.textContent).toBe('I have sent a new one.');
    expect(gmail.querySelector('.gmail_quote')!.textContent).not.toContain('I have sent');
    // Request Tracker: an empty paragraph, the "On … wrote:" header, the quoted transaction; with a draft typed above.
    const rt = rich('<p>Hello Ines,</p><p><br></p><p>On Thu Jun 11 10:15:47 2026, Ines Duarte wrote:</p><blockquote>We will change it by [date].</blockquote>');
    expect(insertText(rt, 'Sorry for the mix-up.', draftText)).toBe(true);
    expect(rt.querySelector('p')!.textContent).toBe('Hello Ines,Sorry for the mix-up.'); // after a line break (<br> here)
    expect(rt.querySelector('blockquote')!.textContent).toBe('We will change it by [date].');
    // Outlook: everything from #appendonsend on is history.
    const outlook = rich('<div><br></div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Support</div><div>Earlier mail.</div>');
    expect(insertText(outlook, 'Your standing order is fixed.', draftText)).toBe(true);
    expect(outlook.firstElementChild!.textContent).toBe('Your standing order is fixed.');
    expect(outlook.lastElementChild!.textContent).toBe('Earlier mail.');
  });

  it('with no caret, the phrase goes above a signature the desk put in, and after a quote the draft goes on below', () => {
    // Gmail: the draft, its signature ("-- " and the block), then the thread.
    const gmail = rich('<div>Thanks for waiting.</div><br><span class="gmail_signature_prefix">-- </span><br><div class="gmail_signature">Priya<br>Acme Support</div><br><div class="gmail_quote"><blockquote class="gmail_quote">Please contact the courier.</blockquote></div>');
    expect(insertText(gmail, 'I have sent a new one.', draftText)).toBe(true);
    expect(gmail.firstElementChild!.textContent).toBe('Thanks for waiting.I have sent a new one.'); // after a line break
    expect(gmail.querySelector('.gmail_signature')!.textContent).toBe('PriyaAcme Support');
    // An editor that keeps no history: the agent quotes the customer and answers below; the phrase goes at the end.
    const quoting = rich('<p>Hi Ines,</p><p>You wrote:</p><blockquote><p>It came in the wrong colour.</p></blockquote><p>Sorry about that, a black one ships today.</p>');
    expect(insertText(quoting, 'I have refunded the shipping.', draftText)).toBe(true);
    expect(quoting.lastElementChild!.textContent).toBe('Sorry about that, a black one ships today.I have refunded the shipping.');
    expect(quoting.querySelector('blockquote')!.textContent).toBe('It came in the wrong colour.');
    // A "-- " signature typed line by line, and an "On … wrote:" header that says the draft's last word again: the
    // phrase goes after the draft, where the checklist reads it.
    for (const html of [
      '<div>Thanks.</div><div>-- </div><div>Priya</div><div>Acme Support</div><div class="gmail_quote"><blockquote>Earlier.</blockquote></div>',
      '<div>Thanks.<br>-- <br>Priya</div><div class="gmail_quote"><blockquote>Earlier.</blockquote></div>',
      '<div>We will call you Monday<br><br>On Monday, 2 March 2026, Ana wrote:<br></div><blockquote>Earlier.</blockquote>',
      // The last word not in one text node as the reader has it: split by a link, a bold name said twice, hidden text.
      '<div>Hi Anna,</div><div>Details are on <a href="#">our help page</a>.</div><div class="gmail_quote"><blockquote>Earlier.</blockquote></div>',
      '<div>Sorry for the wait, <b>Anna</b>.</div><div>It ships today, Anna.</div><div class="gmail_quote"><blockquote>Earlier.</blockquote></div>',
      '<div>Hi Anna,</div><div>It ships <span style="display:none">today.</span>today.</div><div class="gmail_quote"><blockquote>Earlier.</blockquote></div>',
    ]) {
      const el = rich(html);
      const before = readDraft(el);
      expect(insertText(el, 'I have sent a new one.', draftText)).toBe(true);
      const squash = (text: string) => text.replace(/\s+/g, '');
      expect(squash(readDraft(el)), html).toBe(squash(`${before}I have sent a new one.`));
    }
    // A signature and no draft yet: the phrase goes above the signature, not inside it.
    const signed = rich('<div class="gmail_signature">Priya<br>Acme Support</div><div class="gmail_quote"><blockquote>Earlier.</blockquote></div>');
    expect(insertText(signed, 'I have sent a new one.', draftText)).toBe(true);
    expect(signed.querySelector('.gmail_signature')!.textContent).toBe('PriyaAcme Support');
    expect(readDraft(signed)).toBe('I have sent a new one.');
    // Only the desk's greeting above the signature (no draft yet, for the checks): the phrase goes under the greeting.
    const greeted = rich('<div>Hi Ana,</div><div><br></div><div class="gmail_signature">Priya<br>Acme Support</div><div class="gmail_quote"><blockquote>Earlier.</blockquote></div>');
    expect(readDraft(greeted)).toBe('');
    expect(insertText(greeted, 'I have sent a new one.', draftText)).toBe(true);
    expect(readDraft(greeted).replace(/\s+/g, ' ')).toBe('Hi Ana, I have sent a new one.');
  });

  it('with no caret, the phrase goes after a line the agent added below the sign-off and name, not above it', () => {
    // Gmail: the agent's "One more thing" under "Best,\nTom" is the draft's last line, so the phrase goes after it.
    const last = "One more thing: if the pending charge stays, please call your bank's customer service on 0800 123 456.";
    const el = rich(`<div>Sorry about the double charge, I've refunded it.</div><div><br></div><div>Best,</div><div>Tom</div><div><br></div><div>${last}</div><div class="gmail_quote"><blockquote>Earlier.</blockquote></div>`);
    expect(insertText(el, 'I have sent a new one.', draftText)).toBe(true);
    const lines = [...el.children].map((child) => child.textContent);
    expect(lines).not.toContain('TomI have sent a new one.');
    expect(lines.join('\n')).toContain(`${last}I have sent a new one.`);
    expect(readDraft(el).replace(/\s+/g, ' ').endsWith(`${last} I have sent a new one.`)).toBe(true);
  });

  it('with no caret, finding the end of the draft costs work in proportion to the editor, not to its depth squared', () => {
    // Lines nested ever deeper, Gmail's quote at the bottom (a reply written inside wrappers a desk or a paste left).
    const nested = (depth: number) => {
      let html = '<div class="gmail_quote"><blockquote>Earlier.</blockquote></div>';
      for (let i = 0; i < depth; i++) html = `<div><span>line ${i}</span>${html}</div>`;
      return html;
    };
    const workAt = (depth: number) => {
      const el = rich(nested(depth));
      let inserted = false;
      const work = countWork(window as unknown as Window & typeof globalThis, () => (inserted = insertText(el, 'Sorry.', draftText)));
      expect(inserted).toBe(true);
      expect(el.querySelector('.gmail_quote')!.textContent).toBe('Earlier.');
      el.remove();
      return work;
    };
    const [one, two] = [100, 200].map(workAt) as [number, number];
    expect(two).toBeLessThanOrEqual(2.5 * one);
  });

  it('two inserts into a textarea are a blank line apart, never run together', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    expect(insertText(area, 'I have asked the courier.', draftText)).toBe(true);
    expect(insertText(area, 'I am sorry for the wait.', draftText)).toBe(true);
    expect(area.value).toBe('I have asked the courier.\n\nI am sorry for the wait.');
  });

  it('selects the first placeholder for the agent to type over; the next insert goes after it, not over it', () => {
    const area = document.createElement('textarea');
    document.body.append(area);
    expect(insertText(area, 'It will reach you by [date], order [order number].', draftText)).toBe(true);
    expect(area.value.slice(area.selectionStart, area.selectionEnd)).toBe('[date]');
    expect(insertText(area, 'Thanks for your patience.', draftText)).toBe(true);
    expect(area.value).toBe('It will reach you by [date], order [order number].\n\nThanks for your patience.');
  });

  it('in a rich editor: a blank line between inserts, and the placeholder selected', () => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    el.innerHTML = '<p>Hi Sam,</p>';
    document.body.append(el);
    expect(insertText(el, 'I will update you by [time] on [date].', draftText)).toBe(true);
    expect(el.querySelectorAll('br')).toHaveLength(2);
    expect(document.getSelection()!.toString()).toBe('[time]');
    expect(insertText(el, 'Sorry for the wait.', draftText)).toBe(true);
    expect(el.textContent).toBe('Hi Sam,I will update you by [time] on [date].Sorry for the wait.');
    expect(el.querySelectorAll('br')).toHaveLength(4);
  });
});
