// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://forum.example.org/t/42" }
// The generic reader follows the agent's selection on the page (the customer's words they picked), but a selection
// inside the agent's own reply (a placeholder Insert left selected, say) is not the customer's text.
import { afterEach, expect, it, vi } from 'vitest';
import { findAdapter } from '../src/adapters/index';
import { readClean } from './support/read-clean';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  document.getSelection()?.removeAllRanges();
});

function page(): { message: HTMLElement; reply: HTMLTextAreaElement } {
  document.body.innerHTML = `<main><h1>Gift return</h1>
    <article><p>How do I return a gift without the receipt? The box was never opened.</p></article>
    <article><p>My parcel is lost and nobody answers my emails, I want a refund now.</p></article>
    <form><textarea name="reply"></textarea></form></main>`;
  return { message: document.querySelectorAll('article p')[1] as HTMLElement, reply: document.querySelector('textarea')! };
}

const read = () => readClean(findAdapter(document, location.href), document, new URL(location.href));

it('reads the customer words the agent selected on the page', () => {
  const { message } = page();
  const range = document.createRange();
  range.selectNodeContents(message);
  document.getSelection()!.addRange(range);
  expect(read()?.messages.map((m) => m.text)).toEqual(['My parcel is lost and nobody answers my emails, I want a refund now.']);
});

it('ignores a selection in the agent’s own reply box', () => {
  const { reply } = page();
  reply.value = 'It should reach you by [date].';
  reply.focus();
  reply.setSelectionRange(23, 29);
  // Chrome's document selection reports text selected inside a textarea too (jsdom's does not): as Chrome does.
  const selection = document.getSelection()!;
  vi.spyOn(document, 'getSelection').mockReturnValue(Object.assign(Object.create(selection) as Selection, { toString: () => reply.value.slice(23, 29) }));
  const messages = read()?.messages.map((m) => m.text) ?? [];
  expect(messages).not.toContain('[date]');
  expect(messages.join(' ')).toContain('return a gift');
});

it('reads the page as before when the agent selects a word or two (a double-click to copy an order number or a name)', () => {
  const { message } = page();
  for (const [start, end] of [[3, 9], [3, 17]] as const) {
    // "parcel", then "parcel is lost": too little to be the customer's words chosen, and each would have replaced the
    // reading (and the ticket's Not relevant and Helpful choices with it) until the selection went.
    const range = document.createRange();
    range.setStart(message.firstChild!, start);
    range.setEnd(message.firstChild!, end);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(document.getSelection()!.toString().split(' ').length).toBeLessThan(4);
    const messages = read()?.messages.map((m) => m.text) ?? [];
    expect(messages.join(' ')).toContain('return a gift');
    expect(messages.join(' ')).toContain('I want a refund now.');
  }
});

it('counts the words a person reads, not runs of letters: a name, an address, a phone number, a code or a date is a copy; a sentence is read', () => {
  page();
  const selected = (text: string) => vi.spyOn(document, 'getSelection').mockReturnValue({ toString: () => text } as unknown as Selection);
  for (const copy of ['priya.nair@example.com', '+44 20 7946 0958', 'A1B2-C3D4-E5F6-G7H8', '14/03/2026 10:45', 'https://shop.example.com/orders/5531', 'Order #112-4567890-1234567', 'Priya Nair', 'Priya Anjali Nair', 'Mr. J. Smith', 'Tracking number: 1Z999AA10123456784', 'London SW1A 1AA', '12 Baker Street, London', 'Order ID: AB-1234', 'Priya Nair\n12 Baker Street\nLondon', 'Dr. Priya Anjali Nair', 'Flat 4, 12 Upper Baker Street, London', '1600 Pennsylvania Avenue NW, Washington, DC 20500']) {
    selected(copy);
    expect((read()?.messages ?? []).map((m) => m.text).join(' '), copy).toContain('return a gift');
    vi.restoreAllMocks();
  }
  for (const sentence of ['Please cancel my subscription.', 'It has still not arrived!', 'This is simply not acceptable!', '#2 has still not arrived', 'I want a refund now.', 'I am not happy.', "I can't log in."]) {
    selected(sentence);
    expect(read()?.messages.map((m) => m.text), sentence).toEqual([sentence]);
    vi.restoreAllMocks();
  }
});

it('reads the page as before when the agent selects quoted mail alone: the cleaning would leave nothing of it', () => {
  page();
  const quote = document.createElement('pre');
  quote.textContent = '> We are sorry to hear your parcel arrived damaged.\n> Could you send us a photo of the box?';
  document.querySelector('main')!.append(quote);
  const range = document.createRange();
  range.selectNodeContents(quote);
  document.getSelection()!.addRange(range);
  expect(document.getSelection()!.toString()).toContain('We are sorry');
  expect(read()?.messages.map((m) => m.text)).toEqual([
    'How do I return a gift without the receipt? The box was never opened.',
    'My parcel is lost and nobody answers my emails, I want a refund now.',
  ]);
});

it("reads the page as before when the agent selects a reply header and the quote under it, or a forwarded mail's header block", () => {
  for (const history of [
    'On Mon, 5 Jan 2026 at 10:00, Ana Ruiz <ana@example.com> wrote:\n> Thanks for your patience, we are looking into it.',
    'From: Acme Support <help@acme.example>\nSent: Monday, 5 January 2026 10:00\nSubject: Your order\n\nThanks for your patience, we are looking into it.',
  ]) {
    page();
    const quote = document.createElement('pre');
    quote.textContent = history;
    document.querySelector('main')!.append(quote);
    const range = document.createRange();
    range.selectNodeContents(quote);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(read()?.messages.map((m) => m.text), history).toEqual([
      'How do I return a gift without the receipt? The box was never opened.',
      'My parcel is lost and nobody answers my emails, I want a refund now.',
    ]);
  }
});
