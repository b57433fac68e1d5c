// Reading only the draft from a reply editor: textarea, CKEditor, ProseMirror, Gmail and Outlook markup, an iframe
// editor. The quoted history below the draft never reaches the checks.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CHECKS, checkReply } from '../src/coach/index';
import { draftFromText, readDraft } from '../src/coach/draft';

const editorIn = (html: string, selector = '[contenteditable]') => {
  const doc = new JSDOM(`<!doctype html><body>${html}</body>`, { url: 'https://desk.example.org/' }).window.document;
  const el = doc.querySelector(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
};

describe('the draft in a plain-text editor', () => {
  it('stops at an "On … wrote:" header and drops "> " lines', () => {
    const value = 'Hi Ana,\n\nI will call you on Friday.\n\nBest,\nTom\n\nOn Mon, 3 Nov 2026 at 10:12, Ana Ruiz <ana@example.com> wrote:\n> Please calm down, I said!\n> As I already said, nothing works.';
    expect(draftFromText(value)).toBe('Hi Ana,\n\nI will call you on Friday.\n\nBest,\nTom');
  });

  it('drops quoted lines with no header, and an Outlook header block', () => {
    expect(draftFromText('Sorted, the refund is on its way.\n> per my last email, where is it?')).toBe('Sorted, the refund is on its way.');
    const outlook = 'Your new card ships today.\n\n________________________________\nFrom: Ana Ruiz <ana@example.com>\nSent: Monday, 3 November 2026 10:12\nSubject: card\n\nYou should have sent it weeks ago.';
    expect(draftFromText(outlook)).toBe('Your new card ships today.');
  });

  it('a line of thanks near the top is the draft, not a sign-off: the sentences under it are read and checked', () => {
    const chat = 'Hi Maria,\nThank you!\nI had a look at the order.\nPlease contact the courier about the damage, it is their fault.';
    expect(draftFromText(chat)).toBe(chat);
    const checked = checkReply(draftFromText(chat), [], BUILTIN_CHECKS);
    expect(checked.find((r) => r.id === 'no-passing-on')?.ok).toBe(false);
    expect(draftFromText('Hi Maria,\nThanks.\nThe jug was fine when it left us.\nYou will need to contact the courier.')).toContain('contact the courier');
    // A short line under the thanks that could pass for a name is not one when sentences follow it.
    expect(draftFromText('Thank you!\nGood news\nYour order 12345 has shipped today and arrives Friday.')).toContain('arrives Friday');
    for (const line of ['Good news', 'Happy to help', 'Order 10482 Shipped']) {
      const draft = `Hi Maria,\nThank you!\n${line}\nPlease contact the courier about the damage, it is their fault.`;
      expect(draftFromText(draft)).toBe(draft);
    }
    // A real sign-off still ends the draft: the name stays, the contact block under it goes.
    expect(draftFromText('I have sent a new jug today.\n\nBest,\nTom B.\nCustomer Care | For billing call 0800 111 222\nwww.example.com')).toBe('I have sent a new jug today.\n\nBest,\nTom B.');
    expect(draftFromText('I have sent a new jug today.\n\nThanks,\nPriya | Acme Support\nPlease contact billing on 0800 111 222')).toBe('I have sent a new jug today.\n\nThanks,\nPriya | Acme Support');
    expect(draftFromText('I have sent a new jug today.\n\nThanks,\nPriya | Acme Support\nPlease contact billing on 0800 111 222.')).toBe('I have sent a new jug today.\n\nThanks,\nPriya | Acme Support');
  });

  it('a signature under the sign-off and name is cut, its title, contact, help-centre and hotline lines too', () => {
    const reply = "Sorry about the double charge, I've refunded it.";
    const signed = `${reply}\n\nBest regards,\nTom Smith`;
    for (const line of [
      'Need more help? Visit help.acme.com or contact our support team.',
      'For urgent matters please call our hotline.',
      'Please contact billing@acme.com for invoices.',
      'Please contact billing@acme.com for invoices, receipts and any other payment questions.',
      // 91 characters: the same signature without it was cut.
      'For urgent issues please call 0800 123 456 or contact our billing team at billing@acme.com',
    ]) {
      const draft = draftFromText(`${signed}\nCustomer Support Specialist\n${line}`);
      expect(draft, line).toBe(signed);
      expect(checkReply(draft, [], BUILTIN_CHECKS).find((r) => r.id === 'no-passing-on')?.ok, line).toBe(true);
    }
    // A help line under a "Thanks," and a name, with the signature's own contact line beside it.
    expect(draftFromText(`${reply}\n\nThanks,\nPriya | Acme Support\nsupport@acme.com\nOur help centre is open 24/7 at help.acme.com, or call our hotline.`)).toBe(`${reply}\n\nThanks,\nPriya | Acme Support`);
    // The draft goes on under a thanks and a short line: sentences that send the customer elsewhere are read, a phone
    // number or a help-centre word in them or not.
    for (const rest of [
      'You will need to call your bank on 0800 123 456 about the charge, it is not on our side.',
      'Please contact the courier via their help centre, the damage is their fault.',
    ]) {
      const chat = `Hi Maria,\nThank you!\nGood news\n${rest}`;
      expect(draftFromText(chat)).toBe(chat);
      expect(checkReply(draftFromText(chat), [], BUILTIN_CHECKS).find((r) => r.id === 'no-passing-on')?.ok, rest).toBe(false);
    }
    // Under a closing, a sentence with no contact or help-centre mark is still the draft.
    const more = 'Best regards,\nTom\nOne more thing: you will need to contact the courier about the damage.';
    expect(draftFromText(`${reply}\n\n${more}`)).toBe(`${reply}\n\n${more}`);
  });

  it('under a "Thank you!", a chat draft is kept whole unless all under the name-like line is the company\'s signature', () => {
    // A short capitalised line, then sentences with an order number, a link or a help word: the agent's, not a signature
    // (they were cut, and the rest read as an empty draft).
    for (const chat of [
      "Hi Ana,\nThank you!\nJust Checked\nOrder 45821 shipped, tracking: https://track.dpd.co.uk/45821\nIf it's damaged, contact the DPD help centre and they will sort it.",
      "Thank you!\nGood news\nNext Steps\nPlease contact your bank's customer service on 0800 123 456 to release the hold.",
      "Hi Maria,\nThank you!\nGood news\nOrder #45821\nYou will need to contact the courier's help centre about the damage.",
    ]) {
      expect(draftFromText(chat), chat).toBe(chat);
      expect(checkReply(draftFromText(chat), [], BUILTIN_CHECKS).find((r) => r.id === 'no-passing-on')?.ok, chat).toBe(false);
    }
  });

  it("a line the agent adds below the sign-off and name is the draft, and a help line under \"Thanks,\" and the name is the signature's", () => {
    const reply = "Sorry about the double charge, I've refunded it.";
    for (const signed of [
      `${reply}\n\nBest,\nTom\n\nOne more thing: if the pending charge stays, please call your bank's customer service on 0800 123 456.`,
      `${reply}\n\nBest regards,\nTom\n\nIf it's urgent, please contact the courier directly at dpd.co.uk.`,
    ]) {
      expect(draftFromText(signed), signed).toBe(signed);
      expect(checkReply(draftFromText(signed), [], BUILTIN_CHECKS).find((r) => r.id === 'no-passing-on')?.ok, signed).toBe(false);
    }
    const thanks = `${reply}\n\nThanks,\nTom`;
    const draft = draftFromText(`${thanks}\nNeed more help? Visit help.acme.com or contact our support team.`);
    expect(draft).toBe(thanks);
    expect(checkReply(draft, [], BUILTIN_CHECKS).find((r) => r.id === 'no-passing-on')?.ok).toBe(true);
  });

  it("under a closing and a name, what may be the agent's stays in the draft and breaks its check; what is surely the company's signature goes", () => {
    // Each was cut once as a signature's short line or as "our help" (three reviews found them), hiding a broken check.
    const reply = 'Sorry about that.';
    for (const [line, check] of [
      ['You need to speak to the merchant', 'no-passing-on'],
      ['[Job title]', 'no-placeholders'],
      ['For this please call the Samsung support line on 0800 111 222', null],
      ['Please contact our payment partner Klarna on 0800 111 222.', 'no-passing-on'],
      ["You'll need to raise this with the merchant", 'no-passing-on'],
      ['Your address was typed in wrong at checkout', 'blames-no-one'],
      ['Please calm down.', 'stays-calm'],
      // A short line under the name was not read by the checks at all (coach/words.ts; a fourth review).
      ['Please calm down', 'stays-calm'],
      ['Contact the courier', 'no-passing-on'],
      ['The courier lost it', 'blames-no-one'],
      // A footer's words beside the agent's in one line (a fifth review: cut as a footer).
      ['Please calm down. Our support hours are 9-5.', 'stays-calm'],
      ["As I already said, it's on its way", 'stays-calm'],
      ['Your refund of £XX is on its way', 'no-placeholders'],
      ['Refund: £XX', 'no-placeholders'],
      ['Refund date: TBD', 'no-placeholders'],
      ["Samsung's customer service can sort the repair for you.", 'no-passing-on'],
      ['Klarna customer service will need to refund you', 'no-passing-on'],
      // Words a footer uses, in the agent's line (a third review: cut as a footer).
      ["The courier's lines are open 24/7, so please call them to rearrange.", 'no-passing-on'],
      ['\nOne more thing: our offices are closed Monday, so please call your bank about the charge.', 'no-passing-on'],
    ] as const) {
      const signed = `${reply}\n\nBest regards,\nTom\n${line}`;
      expect(draftFromText(signed), line).toBe(signed);
      // (no-passing-on reads a brand's support line as help, not as sending the customer away: the check's matter)
      if (check) expect(checkReply(draftFromText(signed), [], BUILTIN_CHECKS).find((r) => r.id === check)?.ok, line).toBe(false);
    }
    // The company's own lines under it are surely the signature: cut.
    const signature = `${reply}\n\nBest regards,\nTom\nCustomer Support Specialist\nCall us on 0800 111 222\nPhone 0800 123 456 (free from UK landlines)\nwww.acme.com`;
    expect(draftFromText(signature)).toBe(`${reply}\n\nBest regards,\nTom`);
  });

  it('reads a line under a mid-draft "Thank you!" that only looks like a name to a loose reading', () => {
    // "Please calm down" passed for a name (two words in lower case) and went unread (a fifth review).
    const draft = 'Hi Ana,\nThank you!\nPlease calm down\nYour refund arrives Friday';
    expect(checkReply(draftFromText(draft), [], BUILTIN_CHECKS).find((r) => r.id === 'stays-calm')?.ok).toBe(false);
  });

  it("a footer, an availability note or a promise of a reply under the name keeps no check: it may be the desk's signature", () => {
    // Cut whole they hid the agent's lines above; kept as the draft they gave says-when ✓ to a reply that promised
    // nothing (three reviews). Now they stay in the draft, and a check they would keep is not kept by them.
    const reply = "Hi Ana,\n\nI'm so sorry your order hasn't arrived yet. I've asked the warehouse to look into it.";
    const saysWhen = (draft: string) => checkReply(draftFromText(draft), ['keep-informed'], BUILTIN_CHECKS).find((r) => r.id === 'says-when')?.ok;
    expect(saysWhen(`${reply} You'll hear from me by Friday.\n\nBest regards,\nTom B.`)).toBe(true);
    for (const footer of [
      'Please do not reply to this email',
      'Kindly allow 2 working days for a response.',
      'Please allow up to 48 hours for a response to your enquiry.',
      'Our team will respond within 2 working days.',
      'Our office hours are Monday to Friday, 9am to 5pm.',
      'Please note our offices are closed on 25 December.',
      'Your ticket number is #12345',
      'You can expect a reply within 24 hours',
      "I'm on annual leave 23 Dec - 2 Jan",
      "I'm out of the office until Monday 6 January",
      'Customer Experience Advisor | she/her\nI work Mon-Thu, so I may not reply until Monday',
      '\nWe will get back to you within 24 hours once the warehouse replies.',
      // A note on a paragraph of its own, as a rich-text editor's <p> reads (a fourth review: read as the agent's).
      "\nI'm on annual leave until 2 January.",
      '\nYou can expect a reply within 24 hours.',
    ]) {
      const signed = `${reply}\n\nBest regards,\nTom B.\n${footer}`;
      // Footers that send no one elsewhere are cut; notes stay; neither says when.
      expect([signed, `${reply}\n\nBest regards,\nTom B.`], footer).toContain(draftFromText(signed));
      expect(saysWhen(signed), footer).toBe(false);
    }
    expect(draftFromText(`${reply}\n\nBest regards,\nTom B.\nPlease do not reply to this email`)).toBe(`${reply}\n\nBest regards,\nTom B.`);
    expect(draftFromText(`${reply}\n\nBest regards,\nTom B.\nI'm on annual leave until 2 January`)).toBe(`${reply}\n\nBest regards,\nTom B.\nI'm on annual leave until 2 January`);
    // A template with such a footer or a short note under the name is still no reply; a reply typed under it is one
    // (a fourth review: read as empty, so nothing was checked).
    expect(draftFromText('Hi Ana,\n\nBest regards,\nTom B.\nPlease do not reply to this email')).toBe('');
    expect(draftFromText('Hi Ana,\n\nBest regards,\nTom B.\nshe/her')).toBe('');
    const under = "Hi Ana,\n\nBest regards,\nTom\nYou'll need to contact your bank about this charge, it's not something we can help with.";
    expect(draftFromText(under)).toBe(under);
    expect(checkReply(draftFromText(under), [], BUILTIN_CHECKS).find((r) => r.id === 'no-passing-on')?.ok).toBe(false);
  });

  it('a short reply of thanks is a reply, not the template: only a closing and a name are', () => {
    for (const reply of ['Thank you, Ana', 'Hi Ana,\n\nThank you!', 'Thanks so much!\nAll Sorted', 'Hi Ana,\nThank you for your help\nTom']) {
      expect(draftFromText(reply), reply).toBe(reply);
    }
  });

  it("is empty when all it holds is a greeting, a sign-off and a name: the desk's template, before the agent writes a word", () => {
    for (const template of ['Hi Ana,\n\nBest,\nTom', 'Hi Ana,', 'Hello there!\n\n', 'Best,\nTom', 'Kind regards, Tom Smith', 'Dear Mr. Ruiz,\n\nKind regards,\nTom Smith\nAcme Support', '-- \nTom', '--\nTom Smith\nAcme Support']) {
      expect(draftFromText(template), template).toBe('');
    }
    const el = editorIn('<div contenteditable="true"><p>Hi Ana,</p><p><br></p><p>Best,</p><p>Tom</p></div>');
    expect(readDraft(el)).toBe('');
    const outlook = editorIn('<div contenteditable="true"><div><br></div><div id="Signature">Kind regards, Tom Smith</div></div>');
    expect(readDraft(outlook)).toBe('');
    // A word of the agent's between them, or a blank still to fill, is a draft.
    expect(draftFromText('Hi Ana,\n\nDone, refunded.\n\nBest,\nTom')).toBe('Hi Ana,\n\nDone, refunded.\n\nBest,\nTom');
    expect(draftFromText('Hi {{first_name}},\n\nBest,\nTom')).toBe('Hi {{first_name}},\n\nBest,\nTom');
    expect(draftFromText('Hi Ana,\n\nBest,\n[agent name]')).toBe('Hi Ana,\n\nBest,\n[agent name]');
    expect(draftFromText('Hi Ana,\nPlease contact the courier.')).toBe('Hi Ana,\nPlease contact the courier.');
    expect(draftFromText('Thanks!')).toBe('Thanks!');
  });

  it('reads a textarea by its value', () => {
    const el = editorIn('<textarea id="reply">Thanks!\n\nOn Tue, Jo wrote:\n> [name] here</textarea>', '#reply');
    expect(readDraft(el)).toBe('Thanks!');
  });
});

describe('the draft in a rich-text editor', () => {
  it('CKEditor: paragraphs kept, the <blockquote> of history left out', () => {
    const el = editorIn(
      '<div class="ck ck-content ck-editor__editable" contenteditable="true" role="textbox"><p>Hello Sam,</p><p>Your parcel arrives <strong>tomorrow</strong>.</p>' +
        '<blockquote><p>You need to calm down and contact [date] the courier.</p></blockquote></div>',
    );
    expect(readDraft(el)).toBe('Hello Sam,\n\nYour parcel arrives tomorrow.');
  });

  it('ProseMirror: list items keep their numbers, so steps can be read', () => {
    const el = editorIn(
      '<div class="ProseMirror" contenteditable="true"><p>Here is how:</p><ol><li><p>Open Settings</p></li><li><p>Tap Security</p></li><li><p>Choose a new password</p></li></ol></div>',
    );
    const draft = readDraft(el);
    expect(draft).toBe('Here is how:\n\n1. Open Settings\n\n2. Tap Security\n\n3. Choose a new password');
    const steps = BUILTIN_CHECKS.find((c) => c.id === 'gives-steps')!;
    expect(checkReply(draft, ['clear-guidance'], [steps])[0]?.ok).toBe(true);
    // The page's own editor is not touched: the numbers went into a copy.
    expect(el.textContent).toBe('Here is how:Open SettingsTap SecurityChoose a new password');
  });

  it("numbers list items as the page shows them: from start=\"0\", counting down in a reversed list, from an item's value", () => {
    const items = '<li>Open Settings</li><li>Tap Security</li><li>Choose a new password</li>';
    const read = (ol: string) => readDraft(editorIn(`<div contenteditable="true">${ol}${items}</ol></div>`)).split('\n').filter(Boolean).map((line) => line.split('.')[0]);
    expect(read('<ol start="0">')).toEqual(['0', '1', '2']);
    expect(read('<ol start="5">')).toEqual(['5', '6', '7']);
    expect(read('<ol start="x">')).toEqual(['1', '2', '3']);
    expect(read('<ol reversed>')).toEqual(['3', '2', '1']);
    expect(read('<ol reversed start="10">')).toEqual(['10', '9', '8']);
    const valued = readDraft(editorIn('<div contenteditable="true"><ol><li>Open Settings</li><li value="7">Tap Security</li><li>Choose a new password</li></ol></div>'));
    expect(valued).toBe('1. Open Settings\n7. Tap Security\n8. Choose a new password');
  });

  it('Gmail: the gmail_quote with its "On … wrote:" line is left out, bullets kept', () => {
    const el = editorIn(
      '<div contenteditable="true" role="textbox" aria-label="Message Body" class="Am Al editable"><div dir="ltr">Hi Jo,<div><br></div><div>Two things to try:</div><ul><li>restart the router</li><li>sign in again</li></ul>' +
        '<div><br></div><div>Cheers,</div><div>Kim</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, 4 Nov 2026 at 09:00, Jo &lt;jo@example.com&gt; wrote:<br></div>' +
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">It is THE COURIER\'S FAULT and you should have known.</blockquote></div></div>',
    );
    expect(readDraft(el)).toBe('Hi Jo,\n\nTwo things to try:\n- restart the router\n- sign in again\n\nCheers,\nKim');
  });

  it('an editor inside an iframe: the checks see its body without the quote', () => {
    const outer = new JSDOM('<!doctype html><body><iframe id="ed"></iframe></body>', { url: 'https://desk.example.org/' }).window.document;
    const frame = outer.querySelector('iframe')!.contentDocument!;
    frame.body.innerHTML = '<p>Please contact your bank about it.</p><div class="moz-cite-prefix">On 3/11 Ana wrote:</div><blockquote type="cite">per my last email</blockquote>';
    const draft = readDraft(frame.body);
    expect(draft).toBe('Please contact your bank about it.');
    const results = checkReply(draft, [], BUILTIN_CHECKS);
    expect(results.find((r) => r.id === 'no-passing-on')?.ok).toBe(false);
    expect(results.find((r) => r.id === 'stays-calm')?.ok).toBe(true);
  });

  it("Outlook's signature container is not the draft", () => {
    const el = editorIn(
      '<div contenteditable="true" aria-label="Message body"><div>Sorry about the double charge, I have refunded it.</div><div><br></div>' +
        '<div id="Signature"><div>Tom Smith</div><div>Customer Support Specialist</div><div>Need more help? Please contact our billing team on 0800 123 456 for anything about invoices, receipts or payment plans.</div></div>' +
        '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Ana<br><b>Sent:</b> Monday</div><div>Earlier mail.</div></div>',
    );
    expect(readDraft(el)).toBe('Sorry about the double charge, I have refunded it.');
  });

  it('an Outlook reply: everything from the appendonsend marker on is history', () => {
    const el = editorIn(
      '<div contenteditable="true"><div>All fixed now.</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Ana<br><b>Sent:</b> Monday</div><div>[name] wrote THIS IS WRONG</div></div>',
    );
    expect(readDraft(el)).toBe('All fixed now.');
  });
});
