// The shared reading helpers: innerText-like extraction without layout, and message cleaning.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_CHARS, MAX_RAW_MESSAGE_CHARS, capText, cleanLine, cleanMessage } from '../src/adapters/clean';
import { blankUnread } from '../src/adapters/clean/blank-unread';
import { elementText, findEditor, findScope, firstText, orderBy, queryAllFirst, readMessages } from '../src/adapters/read';

const docOf = (html: string) => new JSDOM(`<!doctype html><body>${html}</body>`, { url: 'https://desk.example.org/' }).window.document;
const textOf = (html: string) => elementText(docOf(html).body);
/** Each text read whole: all of it is the customer's, whatever it looks like. */
const keepsWhole = (texts: readonly string[]) => {
  for (const own of texts) expect(cleanMessage(own), own).toBe(own);
};

describe('elementText', () => {
  it('breaks lines like innerText: <p> a blank line, blocks and <br> one', () => {
    expect(textOf('<p>One</p><p>Two</p><div>Three</div><div>Four<br>Five</div>')).toBe('One\n\nTwo\n\nThree\nFour\nFive');
  });

  it('collapses source whitespace, but keeps <pre> and white-space: pre-wrap', () => {
    expect(textOf('<p>  Hello,\n     world  </p>')).toBe('Hello, world');
    expect(textOf('<div style="white-space:pre-wrap">Line 1\n\nLine  3</div>')).toBe('Line 1\n\nLine  3');
    expect(textOf('<pre>a\n  b</pre>')).toBe('a\n  b');
  });

  it('joins inline elements without extra spaces and separates table cells', () => {
    expect(textOf('<p>The <b>black</b> <i>kettle</i>,<span> please</span></p>')).toBe('The black kettle, please');
    expect(textOf('<table><tr><td>Order</td><td>#1</td></tr><tr><td>Total</td><td>$5</td></tr></table>')).toBe('Order #1\nTotal $5');
  });

  it('drops whitespace-only text between blocks and trailing spaces before breaks', () => {
    expect(textOf('<div>\n  <div>A </div>\n  <div> B</div>\n</div>')).toBe('A\nB');
    expect(textOf('<p>Hi,<br>\n<br>\nthere</p>')).toBe('Hi,\n\nthere');
  });

  it('skips scripts, styles, templates, form controls and hidden elements', () => {
    const html =
      '<p>Keep</p><script>no()</script><style>p{}</style><template>no</template><textarea>draft</textarea><button>Send</button>' +
      '<p hidden>no</p><p aria-hidden="true">no</p><p style="color:red; display: none">no</p><p style="visibility:hidden">no</p><p>Also</p>';
    expect(textOf(html)).toBe('Keep\n\nAlso');
  });

  it('honours skip, cutAt and maxChars', () => {
    const doc = docOf('<div id="m"><p>Mine</p><blockquote class="q">theirs</blockquote><p>More</p><span class="sig"></span><p>Signature</p></div>');
    const m = doc.getElementById('m')!;
    expect(elementText(m, { skip: '.q' })).toBe('Mine\n\nMore\n\nSignature');
    expect(elementText(m, { cutAt: '.sig' })).toBe('Mine\n\ntheirs\n\nMore');
    expect(elementText(m, { maxChars: 3 })).toBe('Min');
  });

  it('reads a same-origin iframe in place', () => {
    const doc = docOf('<div id="m"><p>Before</p><iframe></iframe><p>After</p></div>');
    doc.querySelector('iframe')!.contentDocument!.body.innerHTML = '<p>Inside the frame</p>';
    expect(elementText(doc.getElementById('m')!)).toBe('Before\n\nInside the frame\n\nAfter');
  });
});

describe('selector helpers', () => {
  it('firstText takes the first selector that has text; inputs give their value', () => {
    const doc = docOf('<h1 class="a"> </h1><input class="b" value=" Subject  here "><h2 class="c">Other</h2>');
    expect(firstText(doc, ['.missing', '.a', '.b', '.c'])).toBe('Subject here');
  });

  it('treats an invalid selector as no match instead of throwing', () => {
    const doc = docOf('<p class="ok">fine</p>');
    expect(firstText(doc, ['p:unknown-pseudo(', '.ok'])).toBe('fine');
  });

  it('finds thread items inside a same-origin iframe when the page has none', () => {
    const doc = docOf('<iframe id="thread"></iframe>');
    doc.querySelector('iframe')!.contentDocument!.body.innerHTML = '<div class="msg customer">Where is my parcel?</div><div class="msg agent">On its way</div>';
    expect(queryAllFirst(doc, ['.msg'])).toHaveLength(2);
    const messages = readMessages(doc, { item: ['.msg'], body: [], customerRule: () => (el) => el.classList.contains('customer') }, doc);
    expect(messages).toEqual([{ text: 'Where is my parcel?' }]);
  });

  it('findScope prefers the visible pane and fills in {ticketId}', () => {
    const doc = docOf('<div class="pane" data-ticket-id="1" style="display:none">a</div><div class="pane" data-ticket-id="2">b</div>');
    expect(findScope(doc, ['.pane'], null)?.getAttribute('data-ticket-id')).toBe('2');
    expect(findScope(doc, ['[data-ticket-id="{ticketId}"]'], '2')?.textContent).toBe('b');
    expect(findScope(doc, ['[data-ticket-id="{ticketId}"]'], '1')).toBeNull(); // hidden
    expect(findScope(doc, ['[data-ticket-id="{ticketId}"]'], null)).toBeNull();
  });

  it('findEditor returns the body of an editor iframe', () => {
    const doc = docOf('<iframe class="cke_wysiwyg_frame"></iframe>');
    const editor = findEditor(doc, ['.missing', 'iframe.cke_wysiwyg_frame']);
    expect(editor?.localName).toBe('body');
    expect(editor?.ownerDocument).not.toBe(doc);
  });

  it('findEditor passes over an editor inside an iframe the page does not show', () => {
    const doc = docOf('<style>.hidden { display: none }</style><div class="reply hidden"><iframe class="editor-frame"></iframe></div>');
    const frame = doc.querySelector('iframe')!;
    frame.contentDocument!.body.setAttribute('contenteditable', 'true');
    expect(findEditor(doc, ['[contenteditable="true"]'])).toBeNull();
    doc.querySelector('.reply')!.classList.remove('hidden');
    expect(findEditor(doc, ['[contenteditable="true"]'])).toBe(frame.contentDocument!.body);
  });

  it('puts messages in time order when every one has a timestamp', () => {
    const doc = docOf('<ol><li class="m"><time datetime="2026-01-02T00:00:00Z"></time>second</li><li class="m"><time datetime="2026-01-01T00:00:00Z"></time>first</li></ol>');
    expect(readMessages(doc, { item: ['.m'], body: [], time: ['time'] }, doc).map((m) => m.text)).toEqual(['first', 'second']);
    expect(readMessages(doc, { item: ['.m'], body: [] }, doc, 'newest-first').map((m) => m.text)).toEqual(['first', 'second']);
  });
});

describe('orderBy', () => {
  const order = orderBy((item) => Number(item.getAttribute('data-n')));
  const thread = (...ns: number[]) => {
    const doc = docOf(ns.map((n) => `<p data-n="${n}"></p>`).join(''));
    return { items: [...doc.querySelectorAll('p')], doc };
  };

  it('tells a thread newest first by what most neighbours do, not by its two ends', () => {
    expect(order(thread(1, 2, 3))).toBe('oldest-first');
    expect(order(thread(3, 2, 1))).toBe('newest-first');
    // An older entry drawn last (osTicket shows a merged ticket's entries after the thread's own): still oldest first.
    expect(order(thread(5, 6, 7, 8, 1))).toBe('oldest-first');
    expect(order(thread(7))).toBe('oldest-first');
  });
});

describe('cleanMessage', () => {
  it('keeps a reply written under the quote: the lines after the quoted block are the customer\'s', () => {
    const under = 'On Mon, 3 Jun 2024 at 09:12, Acme Support <help@acme.example> wrote:\n> Your parcel is on its way.\n> Regards, Acme\n\nIt is not. The tracking has not moved for a week.';
    expect(cleanMessage(under)).toBe('It is not. The tracking has not moved for a week.');
    expect(cleanMessage('On Mon, 3 Jun 2024 at 09:12, Acme Support <help@acme.example>\nwrote:\n> Sent.\n\nStill nothing here.')).toBe('Still nothing here.');
    // Only quoted history: nothing of the customer's, marked ">" or not.
    expect(cleanMessage('On Mon, 3 Jun 2024 at 09:12, Acme <help@acme.example> wrote:\n> Your parcel is on its way.')).toBe('');
    expect(cleanMessage('On Mon, 3 Jun 2024 at 09:12, Acme <help@acme.example> wrote:\n\nHi Anna, your refund was declined.\n\nBest, Tom')).toBe('');
  });

  it('cuts quoted history from "On … wrote:", also when the header wraps', () => {
    expect(cleanMessage('Thanks!\n\nOn Tue, 3 Mar 2026 at 10:02, Support <help@example.com> wrote:\n> old text')).toBe('Thanks!');
    expect(cleanMessage('Thanks!\n\nOn Tue, 3 Mar 2026 at 10:02, Support <help@example.com>\nwrote:\n\nold text')).toBe('Thanks!');
    expect(cleanMessage('Merci\n\nLe mar. 3 mars 2026 à 10:02, Support <help@example.com> a écrit :\nancien')).toBe('Merci');
  });

  // A review (2026-12-04): a line of times and "a@" repeated made the header patterns try every split of it, 480 s for
  // one 80 KB message, a tab frozen by what a customer can send. Each hostile line comes back as it was (capped).
  it.each([
    ['times, then an address of many @', '0:00'.repeat(70) + '<' + 'a@'.repeat(39_800)],
    ['times, then many addresses', '0:00 '.repeat(70) + '<a@b> '.repeat(13_000)],
    ['a Polish header of many @', '0:00'.repeat(70) + '<' + 'a@'.repeat(39_800) + '> napisał:'],
    ['an Outlook From line of many @', 'From: ' + 'a@'.repeat(39_000) + '\nTo: x'],
  ])('reads a hostile line (%s) without trying every way to split it', (_what, line) => {
    const cleaned = cleanMessage(line);
    expect(cleaned.length).toBeGreaterThan(0);
    expect(line.startsWith(cleaned.slice(0, 100))).toBe(true);
  });

  it('drops an "On … wrote:" line without a date, time or address above a ">" quote, and keeps what follows', () => {
    expect(cleanMessage('On Mon, Jo wrote:\n> where is it')).toBe('');
    expect(cleanMessage('Hi,\nOn Monday your colleague wrote:\n> we will refund you within 3 days\nIt is now Friday.')).toBe('Hi,\n\nIt is now Friday.');
  });

  it('cuts an Outlook header block with a blank line between its fields', () => {
    expect(cleanMessage('Please cancel my order.\n\nFrom: Anna Smith\n\nSent: Monday, 2 March 2026 09:00\n\nTo: Support\n\nSubject: RE: order\n\nOld text here.')).toBe('Please cancel my order.');
  });

  it('cuts Outlook headers and "Original Message" blocks', () => {
    expect(cleanMessage('Still broken.\n\n________________________________\nFrom: Support <help@example.com>\nSent: Monday, 2 March 2026 09:00\nTo: Me\n\nold')).toBe('Still broken.');
    expect(cleanMessage('See below.\n-----Original Message-----\nFrom: x')).toBe('See below.');
  });

  // Outlook writes no ">" before the reply it quotes, only its header block, in the sender's language: a Swedish,
  // Danish, German ("Datum"), Spanish or Italian customer's reply carried the agent's whole reply as their own words.
  it.each([
    ['Swedish', 'Från: Acme Support <support@example.com>\nSkickat: den 2 mars 2026 09:00\nTill: Sven\nÄmne: SV: Order 10482'],
    ['Danish, Norwegian', 'Fra: Acme Support <support@example.com>\nSendt: 2. marts 2026 09:00\nTil: Mette\nEmne: SV: Order 10482'],
    ['German (Datum)', 'Von: Acme Support <support@example.com>\nDatum: 2. März 2026 um 09:00:00 MEZ\nAn: Jonas\nBetreff: AW: Order 10482'],
    ['Spanish', 'De: Acme Support <support@example.com>\nEnviado: lunes, 2 de marzo de 2026 9:00\nPara: Ana\nAsunto: RE: Order 10482'],
    ['Italian', 'Da: Acme Support <support@example.com>\nInviato: lunedì 2 marzo 2026 09:00\nA: Giulia\nOggetto: R: Order 10482'],
    // The labels of Outlook desktop's reply header in these languages (a review, 2026-12-03).
    ['Spanish (Enviado el)', 'De: Acme Support <support@example.com>\nEnviado el: miércoles, 25 de noviembre de 2026 1:04\nPara: Ana\nAsunto: RE: Order 10482'],
    ['Brazilian Portuguese', 'De: Acme Support <support@example.com>\nEnviada em: quarta-feira, 25 de novembro de 2026 01:04\nPara: João\nAssunto: RE: Order 10482'],
    ['Polish', 'Od: Acme Support <support@example.com>\nWysłane: środa, 25 listopada 2026 01:04\nDo: Anna\nTemat: RE: Order 10482'],
    ['Polish, as two blind rounds wrote it', 'Od: Acme Support <support@example.com>\nWysłano: piątek, 27 listopada 2026 13:45\nDo: Anna\nTemat: Re: Order 10482'],
    ['Czech', 'Od: Acme Support <support@example.com>\nOdesláno: středa 25. listopadu 2026 1:04\nKomu: Jana\nPředmět: RE: Order 10482'],
    // Beyond Western Europe a quoted reply carried the agent's words as the customer's (a review, 2026-12-04).
    ['Russian (Outlook)', 'От: Acme Support <support@example.com>\nОтправлено: 25 ноября 2026 г. 1:04\nКому: Иван\nТема: RE: Order 10482'],
    ['Ukrainian (Thunderbird)', 'Від: Acme Support <support@example.com>\nДата: 25.11.2026 01:04\nКому: Олена\nТема: Re: Order 10482'],
    ['Ukrainian (Yahoo)', 'Від: Acme Support <support@example.com>\nВідправлено: середа, 25 листопада 2026 р., 01:04\nКому: Олена\nТема: Re: Order 10482'],
    ['Turkish (Outlook)', 'Kimden: Acme Support <support@example.com>\nGönderildi: 25 Kasım 2026 Çarşamba 01:04\nKime: Ayşe\nKonu: RE: Order 10482'],
    ['Turkish (Thunderbird)', 'Kimden: Acme Support <support@example.com>\nTarih: 25.11.2026 01:04\nKime: Ayşe\nKonu: Re: Order 10482'],
    ['Finnish (Outlook)', 'Lähettäjä: Acme Support <support@example.com>\nLähetetty: keskiviikko 25. marraskuuta 2026 1.04\nVastaanottaja: Aino\nAihe: VS: Order 10482'],
    ['Japanese (Outlook)', '差出人: Acme Support <support@example.com>\n送信日時: 2026年11月25日 1:04\n宛先: 佐藤\n件名: RE: Order 10482'],
    ['Japanese (full-width colons)', '送信元：Acme Support <support@example.com>\n日付：2026年11月25日 1:04\n送信先：佐藤\n件名：RE: Order 10482'],
    ['Chinese (Outlook, simplified)', '发件人: Acme Support <support@example.com>\n发送时间: 2026年11月25日 1:04\n收件人: 王伟\n主题: 回复: Order 10482'],
    ['Chinese (Outlook, traditional)', '寄件者: Acme Support <support@example.com>\n寄件日期: 2026年11月25日 上午 01:04\n收件者: 陳怡\n主旨: RE: Order 10482'],
    ['Hebrew (Outlook)', 'מאת: Acme Support <support@example.com>\nנשלח: יום רביעי 25 נובמבר 2026 01:04\nאל: Noa\nנושא: RE: Order 10482'],
    ['Arabic (Outlook)', 'من: Acme Support <support@example.com>\nتاريخ الإرسال: الأربعاء، 25 نوفمبر 2026 01:04\nإلى: Omar\nالموضوع: RE: Order 10482'],
  ])('cuts an Outlook header block in %s', (_language, header) => {
    const agent = 'Hi, I have refunded the shipping fee and the parcel will arrive on Thursday.\nAlex\nAcme Support';
    expect(cleanMessage(`Still nothing has arrived.\n\n${header}\n\n${agent}`)).toBe('Still nothing has arrived.');
  });

  it.each([
    ['German, a route', 'Hallo, ich möchte meine Fahrt umbuchen:\nVon: Hamburg Hbf\nNach: München Hbf\nDatum: 14.03.2026\nBitte auf den 16.03. verschieben, der Zug fällt aus.'],
    ['Italian, a parcel', 'Ciao, il pacco è arrivato rotto.\nDa: magazzino Milano\nInviato: ieri con BRT\nVorrei un rimborso.'],
    ['English, a flight', 'My booking:\nFrom: London Heathrow\nTo: New York JFK\nDate: 14 March\nIt was cancelled and nobody told me.'],
  ])('keeps lines that only look like a header block (%s): no address on the From line, no Subject', (_what, text) => {
    expect(cleanMessage(text)).toBe(text);
  });

  // A forward is cut at the forwarded mail's header block; the client's line above it is no more the customer's words.
  it.each([
    ['Gmail', '---------- Forwarded message ---------\nFrom: Parcel Courier <noreply@courier.example>\nDate: Mon, Nov 23, 2026'],
    ['Gmail in German', '---------- Weitergeleitete Nachricht ---------\nVon: Paketdienst <noreply@courier.example>\nDate: Mo., 23. Nov. 2026'],
    ['Thunderbird', '-------- Forwarded Message --------\nSubject: Delivery attempted\nDate: Mon, 23 Nov 2026 10:00:00 +0000\nFrom: Parcel Courier <noreply@courier.example>'],
    ['Apple Mail', 'Begin forwarded message:\n\nFrom: Courier Notifications\nSubject: Delivery failed\nDate: 23 November 2026'],
    ['Gmail in Italian', '---------- Messaggio inoltrato ---------\nDa: Corriere <noreply@courier.example>\nDate: lun 23 nov 2026'],
  ])('cuts a forwarded mail from the line that says so (%s)', (_client, header) => {
    const text = `Hi, see below what your courier sent me. Nobody has called me.\n\n${header}\n\nYour package was damaged in transit.`;
    expect(cleanMessage(text)).toBe('Hi, see below what your courier sent me. Nobody has called me.');
  });

  // With nothing of the customer's own above it, a forward is what they sent to be read: a courier's notice, their own
  // earlier mail sent again. Its body is read, its header block left out (a helper's blind round, 2026-12-04: "Forwarding
  // this again since nobody answered…" under Gmail's line was read as an empty message). A reply header with nothing
  // above stays empty: what it quotes is the desk's own answer.
  it.each([
    ['Gmail', '---------- Forwarded message ---------\nFrom: Parcel Courier <noreply@courier.example>\nDate: Mon, Nov 23, 2026\nSubject: Delivery attempted\nTo: <ana@example.com>'],
    ['Gmail in German', '---------- Weitergeleitete Nachricht ---------\nVon: Paketdienst <noreply@courier.example>\nDate: Mo., 23. Nov. 2026\nSubject: Zustellung'],
    ['Thunderbird', '-------- Forwarded Message --------\nSubject: Delivery attempted\nDate: Mon, 23 Nov 2026 10:00:00 +0000\nFrom: Parcel Courier <noreply@courier.example>'],
    ['Apple Mail', 'Begin forwarded message:\n\nFrom: Courier Notifications\nSubject: Delivery failed\nDate: 23 November 2026'],
  ])('reads the forwarded mail where nothing stands above its line (%s)', (_client, header) => {
    const body = 'Your package was damaged in transit and returned to the sender.';
    expect(cleanMessage(`${header}\n\n${body}`)).toBe(body);
    // Its own quoted history and signature go, as in any message.
    const resent = `${header}\n\nSending this again since nobody answered. The hotel says you never paid them.\n\n> On Mon, Nov 2, Reservations wrote:\n> Your booking is confirmed.\n\n--\nDana Whitfield | Account Manager`;
    expect(cleanMessage(resent)).toBe('Sending this again since nobody answered. The hotel says you never paid them.');
    // An agent's draft that is only a forward has no words of the agent's own to check.
    expect(cleanMessage(`${header}\n\n${body}`, { draft: true })).toBe('');
  });

  it('reads nothing of a reply\'s header with nothing above it, spaced, in other languages or a desk\'s own: the desk\'s answer', () => {
    const outlook = 'From: Acme Support <help@acme.example>\nSent: Monday\nSubject: RE: Order\n\nYour refund was declined.';
    for (const header of ['-----Original Message-----', '----- Original Message -----', '-------- Original message --------', '________________________________']) {
      expect(cleanMessage(`${header}\n${outlook}`), header).toBe('');
    }
    // A review of the first version (2026-12-05): each of these read the desk's words as the customer's.
    expect(cleanMessage('-----Ursprüngliche Nachricht-----\nVon: Acme <help@acme.example>\nGesendet: Montag\nBetreff: AW: Bestellung\n\nHi Ana, your package was damaged in transit.')).toBe('');
    expect(cleanMessage('--- Reply above this line ---\n\nHi Ana, your refund was declined.\nSam')).toBe('');
  });

  it('reads a forward\'s body past every field of its header block, and no further', () => {
    const body = 'The courier could not deliver your parcel and returned it to us.';
    const gmail = '---------- Forwarded message ---------\nFrom: Shop <help@shop.example>';
    // Thunderbird's Reply-To; a blank line between fields (some mail puts a paragraph round each); a To line wrapped.
    expect(cleanMessage(`${gmail}\nReply-To: help@shop.example\nDate: Mon, 4 May 2026\n\n${body}`)).toBe(body);
    expect(cleanMessage(`${gmail}\n\nDate: Mon, 4 May 2026\n\nSubject: Delivery\n\n${body}`)).toBe(body);
    expect(cleanMessage(`${gmail}\nTo: Ana Ruiz <ana@example.com>, Carl\n<carl@example.com>\nSubject: Delivery\n\n${body}`)).toBe(body);
    // With no header block, the forward's first lines are its body, whatever they open with.
    expect(cleanMessage('Begin forwarded message:\n\nNote: my order 123 arrived broken.\nPlease help.')).toBe('Note: my order 123 arrived broken.\nPlease help.');
  });

  it('reads a forward under a client\'s tagline or the writer\'s own "--" signature as one with nothing above it', () => {
    const forward = 'Begin forwarded message:\n\nFrom: Courier <no-reply@courier.example>\nSubject: Delivery failed\n\nWe could not get access and the parcel was returned to the sender.';
    expect(cleanMessage(`Sent from my iPhone\n\n${forward}`)).toBe('We could not get access and the parcel was returned to the sender.');
    expect(cleanMessage(`--\nAna Ruiz\nm: 07700 900123\n\n${forward}`)).toBe('We could not get access and the parcel was returned to the sender.');
    // Words of their own above it, a tagline under them, keep them and not the forward.
    expect(cleanMessage(`Where is this parcel now?\nSent from my iPhone\n\n${forward}`)).toBe('Where is this parcel now?');
  });

  it('reads forwards within forwards only so deep, and a page of forward lines without running out of stack', () => {
    expect(() => cleanMessage('Begin forwarded message:\n'.repeat(1954) + 'x')).not.toThrow();
    expect(() => cleanMessage('---------- Forwarded message ---------\nFrom: a@b.example\nSent: x\n'.repeat(3125))).not.toThrow();
    expect(cleanMessage('Begin forwarded message:\n\nBegin forwarded message:\n\nFrom: Shop <a@b.example>\n\nYour order was cancelled.')).toBe('Your order was cancelled.');
  });

  it.each([
    ['Portuguese (Gmail)', 'Em qua., 25 de nov. de 2026 às 10:00, Acme Support <support@acme.example> escreveu:'],
    ['Portuguese (Apple Mail)', 'Em 25 de nov. de 2026, à(s) 10:00, Acme Support <support@acme.example> escreveu:'],
    ['Italian (Gmail)', 'Il giorno mer 25 nov 2026 alle ore 10:00 Acme Support <support@acme.example> ha scritto:'],
    ['Italian (Thunderbird)', 'Il 25/11/26 10:00, Acme Support ha scritto:'],
    ['Italian, wrapped', 'Il giorno mer 25 nov 2026 alle ore 10:00 Acme Support <\nsupport@acme.example> ha scritto:'],
    ['German (Gmail)', 'Am Mi., 25. Nov. 2026 um 10:00 Uhr schrieb Acme Support <support@acme.example>:'],
    ['Spanish (Gmail)', 'El mié, 25 nov 2026 a las 10:00, Acme Support (<support@acme.example>) escribió:'],
    ['Swedish (Gmail)', 'Den ons 25 nov. 2026 kl 01:04 skrev Acme Support <support@acme.example>:'],
    ['Swedish, wrapped', 'Den ons 25 nov. 2026 kl 01:04 skrev Acme Support <\nsupport@acme.example>:'],
    ['Polish (Gmail)', 'śr., 25 lis 2026 o 01:04 Acme Support <support@acme.example> napisał(a):'],
    ['Polish, wrapped', 'śr., 25 lis 2026 o 01:04 Acme Support <support@acme.example>\nnapisał(a):'],
    // Gmail's Russian header names no verb: a time, then the sender's address before the colon (as quoted in public
    // mailing-list archives, 2023 – 2025).
    ['Russian (Gmail)', 'пн, 23 нояб. 2026 г. в 10:00, Acme Support <support@acme.example>:'],
    ['Russian (Gmail, mailto)', 'пн, 23 нояб. 2026 г. в 10:00, Acme Support <support@acme.example <mailto:support@acme.example>>:'],
    ['Russian, wrapped', 'пн, 23 нояб. 2026 г. в 10:00, Acme Support <\nsupport@acme.example>:'],
    ['English (Thunderbird, no address)', 'On 25/11/2026 10:00, Acme Support wrote:'],
    ['English (Apple Mail)', 'On 25 Nov 2026, at 10:00, Acme Support <support@acme.example> wrote:'],
    ['English (Yahoo)', 'On Wednesday, November 25, 2026, 10:00:00 AM GMT, Acme Support <support@acme.example> wrote:'],
    ['French (Gmail, no time)', 'Le 25 nov. 2026, Acme Support a écrit :'],
  ])('cuts quoted history from a reply header in %s', (_language, header) => {
    expect(cleanMessage(`Ainda não chegou.\n\n${header}\nOlá Sam, o seu pedido foi enviado com reembolso.`)).toBe('Ainda não chegou.');
  });

  it.each([
    ['German', 'Das Paket ist kaputt.\n\nVon meinem iPhone gesendet'],
    ['German, another order', 'Das Paket ist kaputt.\n\nGesendet von meinem Samsung Galaxy Smartphone.'],
    ['French', 'Das Paket ist kaputt.\n\nEnvoyé de mon iPad'],
    ['Spanish', 'Das Paket ist kaputt.\n\nEnviado desde mi iPhone'],
    ['Portuguese', 'Das Paket ist kaputt.\n\nEnviado do meu iPhone'],
    ['Italian', 'Das Paket ist kaputt.\n\nInviato da iPhone'],
    ['Dutch', 'Das Paket ist kaputt.\n\nVerzonden met mijn iPhone'],
    // Found in public mail-cleaning code in the research index (its repositories unnamed), 2025 – 2026.
    ['Russian', 'Das Paket ist kaputt.\n\nОтправлено с iPhone'],
    ['Russian, Mail.ru', 'Das Paket ist kaputt.\n\nОтправлено из мобильной Почты Mail'],
    ['Russian, Mail.ru (older)', 'Das Paket ist kaputt.\n\nОтправлено из мобильной Почты Mail.ru'],
    ['Japanese', 'Das Paket ist kaputt.\n\niPhoneから送信'],
  ])('cuts a mobile tagline in %s', (_language, text) => {
    expect(cleanMessage(text)).toBe('Das Paket ist kaputt.');
  });

  it.each([
    ['an order summary between lines of dashes', 'It came broken.\n\n---------- Order summary ----------\n1 × Mug, blue\n\nPlease send a new one.'],
    ['a forward mentioned', 'I got a forwarded message from the courier: begin forwarded message: that is all it said.\nPlease check.'],
    ['Italian, what someone wrote', 'Il tecnico mi ha scritto:\nche il pacco arriva lunedì, ma non è arrivato.'],
    ['Portuguese, what someone wrote', 'Em resumo, o técnico escreveu:\nque o pedido chegaria ontem.'],
    ['German, a sentence about the phone', 'Ich habe die Bestellung von meinem iPhone gesendet, aber sie kam nie an.\nVon meinem Konto wurde zweimal abgebucht.'],
    ['German, a sentence over two lines', 'Am Montag schrieb mir Ihr Kollege, dass\ndas Paket heute kommt. Es kam nicht. Meine Fragen:\nWo ist es?'],
    ['Russian, a sentence about sending', 'Посылка пришла пустой.\nОтправлено с опозданием на неделю.\nВерните деньги.'],
    ['Italian, who sent the parcel', 'Il pacco è rotto.\nInviato da Amazon il 3 marzo.\nVorrei un rimborso.'],
    ['Swedish, what someone wrote', 'Den som svarade skrev:\natt paketet skulle komma i går.'],
    ['Polish, what the courier wrote', 'Kurier o 10:30 napisał:\nże paczka będzie jutro.'],
    // A review: a date or a price for the time, a name in brackets for the address.
    ['Swedish, a date', 'Den 12.11 skrev ni att paketet skulle komma före fredag, men nu står det:\n"Leverans försenad".'],
    ['Danish, a date', 'Den 3.12 skrev jeg til jer om følgende:\npakken er ikke kommet.'],
    ['Polish, a name in brackets', 'Kurier o 10:30 [DPD] napisał:\nże paczka będzie jutro.'],
    // A review (2026-12-04): "On … wrote:" with no date, time or address is the customer quoting someone.
    ['English, what a colleague wrote', 'Hi,\nOn Monday your colleague wrote:\n"we will refund you within 3 days"\nIt is now Friday and nothing has come.'],
    ['German, what a colleague wrote', 'Hallo,\nAm Montag schrieb mir Ihr Kollege:\n"Die Erstattung kommt in 3 Tagen."\nHeute ist Freitag.'],
    ['Spanish, what a colleague wrote', 'Hola,\nEl lunes su compañero me escribió:\n"le devolvemos el dinero en 3 días"\nHoy es viernes.'],
    ['French, what support wrote', 'Bonjour,\nLe support m\'a écrit :\n« remboursement sous 3 jours »\nRien reçu.'],
    ['Dutch, what a colleague wrote', 'Hallo,\nOp maandag schreef uw collega:\n"u krijgt binnen 3 dagen uw geld terug"\nVandaag is het vrijdag.'],
    ['English, a time and an address', 'I called you twice.\nAt 10:30 I also emailed your billing team <billing@acme.example>:\nthe charge of £40 is wrong, please refund it.'],
    ['Russian, a time and an address', 'Курьер в 10:30 написал на support@acme.example:\nчто посылка будет завтра.'],
    ['Russian, a route', 'Здравствуйте, хочу поменять билет:\nОт: Москва\nКому: Анна Петрова\nДата: 14.03.2026\nПоезд отменили.'],
  ])('keeps customer text that only looks like quoting (%s)', (_what, text) => {
    expect(cleanMessage(text)).toBe(text);
  });

  it('keeps a "From:" line that is not a mail header', () => {
    expect(cleanMessage('From: my desk at work the app will not load.\nPlease help.')).toBe('From: my desk at work the app will not load.\nPlease help.');
  });

  it('drops lines quoted with ">"', () => {
    expect(cleanMessage('> you said\nI disagree\n>> older')).toBe('I disagree');
  });

  it('cuts a "-- " signature and mobile taglines', () => {
    expect(cleanMessage('It broke again.\n\n-- \nJane Roe\nACME Ltd')).toBe('It broke again.');
    expect(cleanMessage('It broke again.\n\nSent from my iPhone')).toBe('It broke again.');
    expect(cleanMessage('Fine.\n\nGet Outlook for Android')).toBe('Fine.');
    // Two reading rounds (2026-12-05): AOL's app tagline, and a mail gateway's stamp as the last paragraph.
    expect(cleanMessage('Please cancel it.\n\nSent from the all new AOL app for iOS')).toBe('Please cancel it.');
    expect(cleanMessage('The key stopped working.\n\nThis e-mail has been scanned for viruses by Sophos Email Security.')).toBe('The key stopped working.');
    expect(cleanMessage('The key stopped working.\n\nThis email has been scanned for viruses and malware by Mimecast Ltd.')).toBe('The key stopped working.');
    const asked = 'The key stopped working.\n\nYour last email has been scanned for viruses by our gateway and flagged, can you resend it?';
    expect(cleanMessage(asked)).toBe(asked);
    // A blind reading round (2026-12-05): a plea for brevity under a tagline, and a note on the environment before
    // printing in Italian and German. Not "This message was sent from a mobile device.": customers quote it, asking how
    // to remove it (a sweep, 2026-12-05).
    keepsWhole(['Please remove the line\nThis email was sent from a mobile device\nfrom my signature settings, I can\'t find it.']);
    expect(cleanMessage('The lid is cracked.\n\nSent from my iPhone\nPlease excuse any typos and the brevity.')).toBe('The lid is cracked.');
    expect(cleanMessage('Il coperchio è rotto.\n\nSaluti,\nLuca\n\nPrima di stampare, pensa all\'ambiente.')).toBe('Il coperchio è rotto.\n\nSaluti,\nLuca');
    expect(cleanMessage('Der Deckel ist gebrochen.\n\nBitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.')).toBe('Der Deckel ist gebrochen.');
    const printed = 'The lid is cracked.\n\nThis message was sent from my phone because my laptop died, sorry.\nI checked the proof before printing and the colours were fine.';
    expect(cleanMessage(printed)).toBe(printed);
    const printer = 'Ciao,\n\nLa stampante non stampa più in questo ambiente di rete da lunedì.';
    expect(cleanMessage(printer)).toBe(printer);
  });

  it('keeps the sign-off and name but drops a contact block after them', () => {
    expect(cleanMessage('Please refund me.\n\nKind regards,\nJane Roe\nHead of Buying | ACME\n+44 20 5550 0100')).toBe('Please refund me.\n\nKind regards,\nJane Roe');
    expect(cleanMessage('Please refund me.\n\nThanks,\nJane')).toBe('Please refund me.\n\nThanks,\nJane');
    const withPs = 'Please refund me.\n\nThanks,\nJane\n\nP.S. The order number is 4411.';
    expect(cleanMessage(withPs)).toBe(withPs);
  });

  // A reading round of 50 customer emails (2026-12-05) found these customers' words left out, their need with them.
  it('reads a short reply that opens with thanks as the customer\'s, not as a sign-off with a name and contact block under it', () => {
    const opening = 'Thanks!\nThat fixed the login on the website.\nBut the app still says session expired\nCan you reset it from your side?\nTom';
    expect(cleanMessage(opening)).toBe(opening);
    const greeted = 'Hi,\nThank you\nThe refund arrived but only half of it\nCan you check the rest?';
    expect(cleanMessage(greeted)).toBe(greeted);
  });

  it('keeps a sentence the customer added under their name, and takes "Thanks & Regards" and "Yours faithfully" as closings', () => {
    const added = 'The jacket is too small.\n\nThanks,\nMia\nForgot to say - can you send the XL instead?';
    expect(cleanMessage(added)).toBe(added);
    expect(cleanMessage('Please refund me.\n\nThanks & Regards,\nRavi Kumar\nSenior Analyst\nOrbit Solutions Pvt. Ltd.\n+91 80 5550 0100')).toBe('Please refund me.\n\nThanks & Regards,\nRavi Kumar');
    expect(cleanMessage('Please refund me.\n\nYours faithfully,\nMargaret Hale\n12 Mill Lane, Milton')).toBe('Please refund me.\n\nYours faithfully,\nMargaret Hale');
  });

  it('takes a tagline only as a line of its own, and cuts that line alone where the customer typed on under it', () => {
    for (const own of ['Sent via DPD on 30 April and it arrived with the box split open.', 'Sent from my work email last Tuesday, still no answer.']) {
      const text = `${own}\nI want a replacement or a refund.`;
      expect(cleanMessage(text), own).toBe(text);
    }
    expect(cleanMessage('It broke again.\n\nSent from my iPhone\nActually the receipt number is R-55102.')).toBe('It broke again.\n\nActually the receipt number is R-55102.');
    for (const tagline of ['Sent from Yahoo Mail on Android', 'Sent with Proton Mail secure email.', 'Sent from my Samsung Galaxy smartphone.', 'Sent from my iPhone 15 Pro', 'Sent from Outlook for Android']) {
      expect(cleanMessage(`It broke again.\n\n${tagline}`), tagline).toBe('It broke again.');
    }
  });

  it('keeps a customer\'s own last paragraph about a confidential mail, and a colleague\'s words quoted under "On <date> your colleague wrote:"', () => {
    const leak = 'My parcel is late.\n\nAlso, the email you sent me yesterday contains another customer\'s confidential details. Please remove my address from that thread.';
    expect(cleanMessage(leak)).toBe(leak);
    const quoting = 'On 14 April 2026 your colleague Dan wrote:\n"Your refund will be paid within 5 days."\nNothing has arrived. I want it paid this week.';
    expect(cleanMessage(quoting)).toBe(quoting);
  });

  // A review of those mends (2026-12-05) found real taglines missed, what stood under a tagline read, and contact blocks
  // kept whole for a line that went on.
  it('knows the taglines phones and mail apps write, and cuts what stands under one unless the customer typed on', () => {
    for (const tagline of [
      'Sent from my Verizon, Samsung Galaxy smartphone',
      'Sent from my Verizon Wireless 4G LTE smartphone',
      'Sent from my T-Mobile 4G LTE Device',
      'Sent from my BlackBerry® wireless device',
      'Sent from my Android device with K-9 Mail. Please excuse my brevity.',
      'Sent from my Windows Phone',
      'Sent from my HTC',
      'Sent from my iPhone SE (2nd generation)',
      'sent from my iphone',
      'Get Outlook for Android<https://aka.ms/ghei36>',
      'Sent from Outlook.com',
    ]) {
      expect(cleanMessage(`My order has not arrived.\n\n${tagline}`), tagline).toBe('My order has not arrived.');
    }
    expect(cleanMessage('I returned it.\nSent via Evri\nStill no refund.')).toBe('I returned it.\nSent via Evri\nStill no refund.');
    // Under a tagline: a reply header the patterns do not know, a contact block; a forward under one is read.
    expect(cleanMessage('まだ届いていません。\n\niPhoneから送信\n\n2026/03/03 10:04、Acme Support <help@acme.com>のメール:\n\nお客様、返金いたします。')).toBe('まだ届いていません。');
    expect(cleanMessage('Where is it?\n\nSent from my iPhone\n\nJohn Smith\nAcme Ltd\n07700 900123')).toBe('Where is it?');
    const forward = '---------- Forwarded message ---------\nFrom: DPD <noreply@dpd.example>\nDate: Tue, 3 Mar 2026 at 10:00\nSubject: Your parcel\nTo: <me@example.com>\n\nYour parcel was damaged.';
    expect(cleanMessage(`Sent from my Verizon, Samsung Galaxy smartphone\n\n${forward}`)).toBe('Your parcel was damaged.');
  });

  it('cuts a contact block under a sign-off on the first line, under any name, and keeps only the lines that go on', () => {
    expect(cleanMessage('Thanks,\nJohn Smith\nAcme Ltd\n07700 900123')).toBe('Thanks,\nJohn Smith');
    expect(cleanMessage('Regards,\nJohn Smith\nAcme Ltd\n07700 900123')).toBe('Regards,\nJohn Smith');
    for (const name of ['john smith', 'John Smith, Acme Ltd.', 'John Smith.']) {
      expect(cleanMessage(`It is broken.\n\nThanks,\n${name}\n07700 900123\njohn@example.com`), name).toBe(`It is broken.\n\nThanks,\n${name}`);
    }
    expect(cleanMessage('It is broken.\n\nThanks,\nJohn\nPlease note I work Monday to Wednesday only.\nAcme Ltd\n07700 900123')).toBe(
      'It is broken.\n\nThanks,\nJohn\nPlease note I work Monday to Wednesday only.',
    );
    // "The … email" boilerplate is still a footer; "the email you sent me" is not.
    expect(cleanMessage('It is broken.\n\nThe information in the email is confidential and may be privileged.')).toBe('It is broken.');
  });

  it('drops trailing legal and confidentiality footers', () => {
    const text =
      'My invoice is wrong.\n\nJane\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee.\n\nPlease consider the environment before printing this email.';
    expect(cleanMessage(text)).toBe('My invoice is wrong.\n\nJane');
    // A customer mentioning confidentiality mid-message keeps it.
    expect(cleanMessage('Is my data kept confidential?\n\nThanks')).toBe('Is my data kept confidential?\n\nThanks');
  });

  // A reading round of 50 customer emails (2026-12-05) found business signatures read whole: a legal footer in another
  // language or worded the other way round under the name, an address of many lines, a P.S. below, "Best, Priya" on one
  // line, a name and contact lines with no sign-off. The examples here are written for the tests, not the round's.
  it('cuts a legal footer in other languages or other words, with two of its marks, and keeps a customer line with one', () => {
    for (const footer of [
      'Diese Nachricht ist vertraulich und nur für den angegebenen Empfänger bestimmt. Sollten Sie sie irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender und löschen Sie sie.',
      'Confidential information may be contained in this message. If you are not the addressee, please notify the sender and destroy it.',
      'AVISO LEGAL: Este correo es confidencial y va dirigido solo a su destinatario. Si lo ha recibido por error, avise al remitente y elimínelo.',
      "Ce courriel est confidentiel et destiné uniquement à son destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur.",
      'Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Heeft u het per vergissing ontvangen, verwijder het dan.',
      'Questo messaggio è riservato ed è destinato esclusivamente al destinatario. Se lo avete ricevuto per errore, cancellatelo.',
      'Vogel Tools Ltd. Registered in England and Wales No. 01234567. Registered office: 1 Dock Road, Hull HU1 1AA',
      'Dit bericht is uitsluitend bestemd voor de geadresseerde. Gebruik door anderen is niet toegestaan; verwijder het als het niet voor u is.',
      'Vogel Werkzeuge GmbH, Sitz der Gesellschaft: Hamburg, Registergericht Hamburg HRB 98765, Geschäftsführerin: Karin Vogel',
      "You're receiving this email because you bought from us. Unsubscribe | Privacy\nVogel Tools Ltd, 1 Dock Road, Hull",
      // Data-protection notices name the law and what it lets the reader do (two reading rounds, 2026-12-05).
      'De conformidad con el Reglamento (UE) 2016/679 (RGPD), le informamos que sus datos personales serán tratados por Vogel S.L. Puede ejercer sus derechos de acceso y supresión en privacidad@vogel.example.',
      'Administratorem Pani/Pana danych osobowych jest Vogel Sp. z o.o. z siedzibą w Krakowie. Szczegóły dotyczące przetwarzania danych znajdują się na stronie www.vogel.example/rodo.',
      'Informationen zur Verarbeitung Ihrer personenbezogenen Daten nach der DSGVO finden Sie in unserer Datenschutzerklärung unter vogel.example/datenschutz.',
      'Vogel Tools Ltd processes personal data in line with the UK GDPR. To find out how we use your data and your rights, see vogel.example/privacy.',
      "Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données en écrivant à dpo@vogel.example.",
      'This email is subject to the POPI Act. Any personal information contained herein is processed in accordance with our privacy policy.',
    ]) {
      expect(cleanMessage(`The invoice total is wrong.\n\n${footer}`), footer).toBe('The invoice total is wrong.');
      const signed = `The invoice total is wrong.\n\nBest regards\nKarin Vogel\nEinkauf | Vogel Werkzeuge GmbH\nTel. +49 40 555 1234\n\n${footer}`;
      expect(cleanMessage(signed), footer).toBe('The invoice total is wrong.\n\nBest regards\nKarin Vogel');
    }
    for (const own of [
      "Please keep this message confidential, my employer doesn't know I'm leaving.",
      'Our registered office has moved to 3 Park Row, please send invoices there.',
      'If you sent that email in error, please tell me which order is really mine.',
      'Under the GDPR I ask for a copy of all personal data you hold about me, and for its deletion once my order is closed.',
      'Please delete my personal data under the GDPR; I have closed the account and do not want the newsletter.',
    ]) {
      const text = `The invoice total is wrong.\n\n${own}`;
      expect(cleanMessage(text), own).toBe(text);
    }
  });

  it('cuts a contact block of many lines, keeps a P.S. under it, and reads a sign-off with the name on its line', () => {
    const address = 'Amir Haddad\nIT Technician\nNorthgate School\nNorthgate House\n9 Mill Road\nLeeds\nLS2 7QT\nT: 0113 555 0101\nE: a.haddad@northgate.example\nFollow us: @NorthgateSch';
    expect(cleanMessage(`The projector has a dead line of pixels.\n\nKind regards,\n${address}`)).toBe('The projector has a dead line of pixels.\n\nKind regards,\nAmir Haddad');
    const ps = 'Please send a replacement.\n\nBest regards,\nRuth Lane\nProject Manager, Lane Build\n+44 7700 900321\n\nP.S. I am away next week, so please deliver it to reception.';
    expect(cleanMessage(ps)).toBe('Please send a replacement.\n\nBest regards,\nRuth Lane\n\nP.S. I am away next week, so please deliver it to reception.');
    const oneLine = 'Exports fail since the update.\n\nBest, Priya\nPriya Nair | Head of People, Cobalt\n+1 415 555 0199\ncobalt-studio.com';
    expect(cleanMessage(oneLine)).toBe('Exports fail since the update.\n\nBest, Priya');
    // Closings in other languages, and their taglines.
    // Swedish, Swahili and Turkish ones, and English ones that are no usual closing (a reading round, 2026-12-05).
    for (const closing of ['Mit freundlichen Grüßen', 'Met vriendelijke groet,', 'Cordiali saluti', 'Grazie,', 'Pozdrawiam', 'Saludos cordiales,', 'Cordialement,', 'Mvh', 'Med vänlig hälsning,', 'Asante,', 'Asante sana', 'Saygılarımla,', 'Thanking you,', 'Thanks a million,', 'Thanks a lot,', 'Bien à vous,']) {
      expect(cleanMessage(`Die Rechnung ist falsch.\n\n${closing}\nKarin Vogel\nEinkauf\nTel. +49 40 555 1234`), closing).toBe(`Die Rechnung ist falsch.\n\n${closing}\nKarin Vogel`);
    }
    for (const tagline of ['Skickat från min iPhone', 'Gesendet mit der WEB.DE Mail App', 'Obtener Outlook para iOS', "iPhone'umdan gönderildi", 'iPad’imden gönderildi']) {
      expect(cleanMessage(`Die Rechnung ist falsch.\n\n${tagline}`), tagline).toBe('Die Rechnung ist falsch.');
    }
    // A review (2026-12-05): "Thanks a lot." is as often sarcasm as a closing, and lines under the name that ask or
    // complain in words stay, ended with a full stop or not.
    const sarcasm = 'Your courier left my parcel on the street in the rain.\n\nThanks a lot.\nTotally Useless\nOrder 55123 - laptop ruined\nI want a replacement or a full refund by Friday';
    expect(cleanMessage(sarcasm)).toBe(sarcasm);
    expect(cleanMessage('Dear Sir,\nI have paid twice for invoice INV-2231.\n\nThanking you,\nRavi Kumar\nKindly refund one payment to the same card\nPh 98450 12345')).toBe(
      'Dear Sir,\nI have paid twice for invoice INV-2231.\n\nThanking you,\nRavi Kumar\nKindly refund one payment to the same card',
    );
    expect(cleanMessage('Nimelipa mara mbili kwa bili ya Mei.\n\nAsante\nJuma\nTafadhali rudisha pesa moja\nM-Pesa 0712 345 678')).toBe('Nimelipa mara mbili kwa bili ya Mei.\n\nAsante\nJuma\nTafadhali rudisha pesa moja');
    expect(cleanMessage('So the replacement is also broken.\n\nThanks a lot\nReally\nThe screen flickers like the first one\nI want my money back')).toBe(
      'So the replacement is also broken.\n\nThanks a lot\nReally\nThe screen flickers like the first one\nI want my money back',
    );
    // Words going on with no full stop stay; a saying in quotation marks under the name goes with the block.
    expect(cleanMessage('The kettle leaks from the base.\n\nThanks\nJohn\nalso the charger is missing')).toBe('The kettle leaks from the base.\n\nThanks\nJohn\nalso the charger is missing');
    expect(cleanMessage('Please pause my deliveries for three weeks.\n\nBest wishes,\nGrace\n"Be the change you wish to see in the world."')).toBe('Please pause my deliveries for three weeks.\n\nBest wishes,\nGrace');
    expect(cleanMessage('Is there a bulk merge option?\n\nThanks a million,\nAoife Byrne\nTalent Lead, Fernbrook\n“Hire for attitude, train for skill.” – R. Branson')).toBe('Is there a bulk merge option?\n\nThanks a million,\nAoife Byrne');
    // A second review (2026-12-05): an order or tracking number under the name is the customer's; a title, a promotion
    // or opening hours are the signature's, in words or not.
    expect(cleanMessage('The parcel was left in the rain.\n\nThanks a lot,\nTotally Useless\nOrder 55123 - laptop ruined\nI want a refund by Friday')).toBe(
      'The parcel was left in the rain.\n\nThanks a lot,\nTotally Useless\nOrder 55123 - laptop ruined\nI want a refund by Friday',
    );
    expect(cleanMessage('I was charged twice.\n\nThanking you,\nRavi Kumar\nOrder ID: 408-1234567-1234567\nPh 98450 12345')).toBe('I was charged twice.\n\nThanking you,\nRavi Kumar\nOrder ID: 408-1234567-1234567');
    expect(cleanMessage('Please cancel my plan.\n\nRegards,\nJan de Vries\nCustomer number: 4471-2289\nCustomer Service: 0800 123 4567')).toBe('Please cancel my plan.\n\nRegards,\nJan de Vries\nCustomer number: 4471-2289');
    for (const line of ['Director of sales and marketing', 'Directora de ventas y marketing', 'Responsable des achats et de la logistique', 'Ask us about our free delivery on orders over £50', 'Please visit our new showroom in Leeds', 'open tuesday to sunday from 9 till 5']) {
      expect(cleanMessage(`The invoice total is wrong.\n\nKind regards,\nSarah Hill\n${line}\n+44 113 555 0101`), line).toBe('The invoice total is wrong.\n\nKind regards,\nSarah Hill');
    }
    expect(cleanMessage('The cake never came.\n\nThanks\nJo\nour kids were so disappointed')).toBe('The cake never came.\n\nThanks\nJo\nour kids were so disappointed');
    // Thanks with words after it is a sentence, not a sign-off with a name.
    const thanks = 'Exports fail since the update.\n\nThanks, that is all\nPriya Nair | Head of People\n+1 415 555 0199';
    expect(cleanMessage(thanks)).toBe(thanks);
  });

  // A name with no sign-off over contact lines is read whole: two reviews (2026-12-05) found an address the customer
  // gave ("New Address\n12 High Street…", "Jane Smith\n12 High Street…\njane@…" under "Please update my details.")
  // cut as one, and nothing tells the two apart.
  // Before 2026-12-05 a name with no sign-off read the lines under it whole, a signature's too ("Daniel Osei" over
  // "Operations Lead | Fernway Events"): five reading rounds had such blocks in 23 of 43 messages read wrong. Cut since
  // (below), except where the customer speaks of an address or their details.
  it('reads a name with no sign-off and the lines under it whole where the customer gives an address among them', () => {
    for (const text of [
      'Hi,\n\nI need to change the delivery address for order 55123.\n\nNew Address\n12 High Street\nLondon SW1A 1AA\n+44 7700 900456',
      'Please update my details on the account.\n\nJane Smith\n12 High Street\nLondon SW1A 1AA\njane.smith@example.com',
    ]) {
      expect(cleanMessage(text), text).toBe(text);
    }
  });

  it('keeps the words a review found lost: thanks with a name opening a reply, requests with two footer words, lines above a footer, a list under a heading', () => {
    keepsWhole([
      'Thanks, Sarah\n\nThe replacement arrived but it is the wrong size\nCan you send a large instead\nOrder 4471',
      'Can you help?\nThanks, Tom\nSorry, one more thing\nmy order is 1234',
      'Hallo,\n\nDas Paket wurde irrtümlich an den Absender zurückgeschickt. Bitte senden Sie es erneut an meine neue Adresse, Bestellnummer 55821.',
      "Bonjour,\n\nLe colis a été renvoyé par erreur à l'expéditeur. Merci de le renvoyer à ma nouvelle adresse, commande numéro 55821.",
      'Hi,\n\nI was charged twice in error last week. I used the card solely for the one order, so please refund the second payment of £49.99.',
      'Hi,\n\nPlease put our details on the invoice.\n\nCompany number 12345678',
      'Hi,\n\nWrong Item Received\nOrdered blue kettle 123456789\nGot a red toaster instead\nPlease swap',
      'Please send the replacement to my work address instead\n\nJane Smith\nAcme Ltd, 4 Mill Lane\nLeeds LS1 4AB\nTel 0113 496 0000',
      'Hej,\n\nPaketet kom aldrig.\nSendt fra min konto i går, se kvittering',
      // A second review: a register or two legal words in a request that speaks as "we" or asks; a sign-off that opens.
      'Hi,\n\nCan you re-issue the invoice? We are registered in England and need the VAT number on it.',
      'Guten Tag,\n\nBitte stellen Sie die Rechnung auf unsere Firma aus: Muster GmbH, Handelsregister Amtsgericht München HRB 123456.',
      'Hallo,\n\nKunt u de factuur op ons bedrijf zetten, KvK 12345678?',
      'Hello,\n\nYour courier delivered our parcel in error to the wrong address. The addressee on the label was our office manager, but it went next door. Please arrange collection and redelivery.',
      'Saludos,\nPedido 4411 sin llegar\nTracking 1Z999AA10123456784\nPor favor reembolsen el importe',
      'Salutations,\nOrder 4411 never came\nTracking 1Z999AA10123456784\nPlease refund me',
      'Hi Sam,\n\nThanks, Sarah\nNew Address\n12 High Street\nLondon SW1A 1AA\n07700 900456',
    ]);
    expect(cleanMessage('Hi,\n\nPlease cancel order 5521 and refund me.\nThanks,\nAnna Berg\nThis email and any attachments are confidential.')).toBe(
      'Hi,\n\nPlease cancel order 5521 and refund me.\nThanks,\nAnna Berg',
    );
    // An agent's draft reads as it did: no footer words of a customer's, no answers after a quote.
    expect(cleanMessage('Hi Sam,\n\nThe second charge was taken in error. It will be refunded to your card exclusively, within 5 working days, so please do not worry.', { draft: true })).toContain('refunded to your card');
    expect(cleanMessage('Hi Sam,\n\nYour refund is on its way.\nKind regards,\nPriya\nAcme Ltd, registered in England and Wales', { draft: true })).toBe('Hi Sam,\n\nYour refund is on its way.\nKind regards,\nPriya');
    expect(cleanMessage('Thanks Sam, will do.\n\nOn Mon, 4 May 2026 at 10:00, Sam <sam@example.com> wrote:\n> My order has not come.\n\nSam Jones\n07700 900123', { draft: true })).toBe('Thanks Sam, will do.');
    // Nor in a customer's: a quote wrapped without its ">", or a list's footer after the quote, is no answer.
    const header = 'On Mon, 4 May 2026 at 10:00, Acme Support <s@acme.example> wrote:';
    expect(cleanMessage(`Yes, the refund please.\n\n${header}\n> Dear customer, we can refund or replace your order\nof the blue kettle. Please let us know which you prefer.\n> Kind regards, Acme`)).toBe('Yes, the refund please.');
    expect(cleanMessage(`Yes, the refund please.\n\n${header}\n> Dear customer, which do you prefer?\n\nYou received this message because you joined the Acme list.`)).toBe('Yes, the refund please.');
  });

  it('keeps a P.S. under a "-- " signature, and reads a line the customer framed with >>> and <<<', () => {
    expect(cleanMessage('The heater trips the fuse.\n\n-- \nOliver Grant\n07700 900 812\n\nPS: I am home all day Thursday if a courier can collect it.')).toBe(
      'The heater trips the fuse.\n\nPS: I am home all day Thursday if a courier can collect it.',
    );
    const framed = '>>> URGENT: my flight is tomorrow at 6am and I still have no ticket <<<\n\nBooking ref QW7TZP.';
    expect(cleanMessage(framed)).toBe(framed);
  });

  it('reads answers written between the lines of a ">" quote, under text of their own, up to older history', () => {
    const inline = 'Hi Marta,\nAnswers below.\n\nOn Tue, 5 May 2026 at 11:02, Marta <support@cloudnest.example> wrote:\n> Which browser do you use?\n\nChrome on a MacBook.\n\n> Does it happen for all files?\n\nOnly files over 2 GB.\n\nOn Mon, 4 May 2026 at 09:00, Priya <priya@example.com> wrote:\nThe upload fails.';
    expect(cleanMessage(inline)).toBe('Hi Marta,\nAnswers below.\n\nChrome on a MacBook.\n\nOnly files over 2 GB.');
    // Answered right under each question, no blank line between (a reading round, 2026-12-05): a quoted line that ends
    // a question and a line that starts anew under it are question and answer, not one line wrapped.
    const tight = 'Hi Daniel, answers below.\n\nOn Tue, 15 Apr 2025 at 11:40, Daniel <daniel@shiftly.example> wrote:\n> 1. How many locations will use Shiftly?\nThree: Porto, Braga and Coimbra.\n> 2. Do you need a payroll export?\nYes, in Primavera\'s format.\n> 3. When would you like to start?\nAfter 1 June.\n>\n> Looking forward to hearing from you!\n> Daniel\n\nObrigado,\nInês';
    expect(cleanMessage(tight)).toBe("Hi Daniel, answers below.\n\nThree: Porto, Braga and Coimbra.\nYes, in Primavera's format.\nAfter 1 June.\n\nObrigado,\nInês");
    // Where the lines above say the answer is below, the lines after the quote are it, and a line right under a quoted
    // statement that starts anew is an answer too (a reading round, 2026-12-05); one that goes on in lower case is not.
    const below = 'Thanks, the update fixed the Wi-Fi. One thing left though, see below.\n\nOn 05/03/2025 11:47, Acme Support wrote:\n> Please install firmware 3.4.2.\n>\n> Best regards,\n> Lena\nThe printer still shows "Paper jam in tray 2" although the tray is empty.\nKarim';
    expect(cleanMessage(below)).toBe('Thanks, the update fixed the Wi-Fi. One thing left though, see below.\n\nThe printer still shows "Paper jam in tray 2" although the tray is empty.\nKarim');
    const statement = 'Hi,\nanswers below\n\nOn Wed, 5 Mar 2025, 08:30 ClimaServe <service@climaserve.example> wrote:\n> 1. What is the serial number?\nSN 4471\n> Once we have this we will book a visit.\nMornings are best for us.\n> Our engineers carry ID\nbadges at all times.';
    expect(cleanMessage(statement)).toBe('Hi,\nanswers below\n\nSN 4471\nMornings are best for us.');
    // Without such words, text only after the quote is the quoted mail's own or a list's footer, as before.
    expect(cleanMessage(below.replace(' One thing left though, see below.', ''))).toBe('Thanks, the update fixed the Wi-Fi.');
    // A review (2026-12-05): "below" must say where the answer is ("see below", "answers below"), not "below 5 degrees",
    // "der Button unten links" or "inline skates"; a quoted line wrapped mid-sentence stays quoted however it goes on;
    // a long quoted question is a paragraph rewrapped, not one asked to be answered; a colon asks nothing.
    const H = 'On Tue, 5 May 2026 at 11:02, Acme Support <support@acme.example> wrote:';
    const heater = `Thanks, the heater works again, although last night it went below 5 degrees once.\n\n${H}\n> Your engineer visit is booked for Monday 11 May between 8am and\n12pm. Please make sure someone is at home.\n> If you need to change it, call us on 0800 123 456.\n> Kind regards,\n> Lena`;
    expect(cleanMessage(heater)).toBe('Thanks, the heater works again, although last night it went below 5 degrees once.');
    const button = 'Hallo, der Button unten links reagiert immer noch nicht.\n\nAm 05.05.2026 um 11:02 schrieb Acme Support <support@acme.example>:\n> Bitte leeren Sie den Cache und melden Sie sich neu an.\n> Viele Grüße\n> Lena\nAcme Support Team\nTel. 030 1234567';
    expect(cleanMessage(button)).toBe('Hallo, der Button unten links reagiert immer noch nicht.');
    const skates = `I ordered the inline skates in size 42 but got 40.\n\n${H}\n> Thanks for your order 55123!\n> Your items will ship within 2 days.\nTrack your parcel at https://acme.example/track\n> Kind regards,\n> Acme Shop`;
    expect(cleanMessage(skates)).toBe('I ordered the inline skates in size 42 but got 40.');
    const courier = `Please see my answers below.\n\n${H}\n> Our courier DPD will collect the parcel from your address on\nMonday 11 May. Please have it packed and labelled.\n> Kind regards,\n> Lena`;
    expect(cleanMessage(courier)).toBe('Please see my answers below.');
    const cache = `Thanks, that worked!\n\n${H}\n> Hi Karim, thanks for getting back to us. Could you try clearing the cache?\nThen restart the app and log in again.\n> If it still fails, please send us a screenshot.\n> Best, Marta`;
    expect(cleanMessage(cache)).toBe('Thanks, that worked!');
    const steps = `Thanks, that worked!\n\n${H}\n> To reset your password please do the following:\nGo to Settings > Account > Password.\n> Best, Marta`;
    expect(cleanMessage(steps)).toBe('Thanks, that worked!');
    // Said to be below, answers in lower case are answers; and a question may end in a full-width or Arabic mark.
    expect(cleanMessage(`hi, answers below\n\n${H}\n> Which browser do you use?\nchrome\n> Does it happen on every file?\nno only big ones\n> Best, Marta`)).toBe('hi, answers below\n\nchrome\nno only big ones');
    expect(cleanMessage(`以下に回答します。\n\n${H}\n> 1. ご利用のブラウザは何ですか？\nChromeです。\n> 2. いつからですか？\n先週からです。`)).toBe('以下に回答します。\n\nChromeです。\n先週からです。');
    // A second review (2026-12-05). Answers under a sign-off above the quote are answers, not a contact block; long
    // questions said to be answered below get their answers; a line whose first word would have fitted on the quoted
    // line above it is no wrap of it, one that would not have is (a 64-character question over "Unfortunately…").
    expect(cleanMessage(`Hi Marta, answers below.\n\nThanks,\nAnna\n\n${H}\n> 1. Which browser do you use?\nChrome 124\n> 2. Does it happen for all files?\nOnly the big ones\n> 3. Since when?\nSince Monday 4 May`)).toBe(
      'Hi Marta, answers below.\n\nThanks,\nAnna\n\nChrome 124\nOnly the big ones\nSince Monday 4 May',
    );
    expect(cleanMessage(`Hi Marta, answers below.\n\n${H}\n> 1. Could you please send us a screenshot of the error message you see?\nAttached.\n> 2. Does the problem happen both in the app and on the website for you?\nOnly in the app.\n> 3. Which browser?\nFirefox 126`)).toBe(
      'Hi Marta, answers below.\n\nAttached.\nOnly in the app.\nFirefox 126',
    );
    const rewrapped = `Version 4.2.1 on Android 14.\n\n${H}\n> Thanks for the screenshot. Could you tell us your app version?\nUnfortunately we cannot reproduce the crash on our side yet.\n> Kind regards,\n> Marta`;
    expect(cleanMessage(rewrapped)).toBe('Version 4.2.1 on Android 14.');
    const refund = `Please see my answers below.\n\n${H}\n> Which card did you pay with?\n\nVisa, ending 4421.\n\n> We have issued a refund of 49.99 EUR to your Visa card today.\nUnfortunately it can take up to 10 working days to show.\n> Kind regards,\n> Marta`;
    expect(cleanMessage(refund)).toBe('Please see my answers below.\n\nVisa, ending 4421.');
    // "below" in a sentence of what is wrong is no word of where answers are; under a quoted name, the desk's own
    // signature is no answer.
    expect(cleanMessage(`Hi,\nsince the update I cannot see the checkout button below the basket.\n\n${H}\n> Please clear the cache and log in again.\n> Kind regards,\n> Lena\nAcme Support Team\nTel. 030 1234567`)).toBe(
      'Hi,\nsince the update I cannot see the checkout button below the basket.',
    );
    expect(cleanMessage(`Temperatura spadła poniżej 5 stopni.\n\n${H}\n> Proszę zrestartować urządzenie.\n> Lena\nAcme Support Team`)).toBe('Temperatura spadła poniżej 5 stopni.');
    expect(cleanMessage(`Hi Marta, answers below.\n\n${H}\n> Which browser do you use?\n\nChrome 124.\n\n> Best regards,\n> Marta\nMarta Silva\nSupport Lead, CloudNest\n+351 21 555 0101`)).toBe('Hi Marta, answers below.\n\nChrome 124.');
    // A line under a quoted question that goes on in lower case, or under a quoted statement, is the quote wrapped.
    const wrapped = 'Yes please.\n\nOn Tue, 5 May 2026 at 11:02, Marta <support@cloudnest.example> wrote:\n> Shall we send a new one?\nor would you rather have a refund, we can do either.\n> Our courier collects the old one the same day.\nThat is free of charge for you.\n> Thanks, Marta';
    expect(cleanMessage(wrapped)).toBe('Yes please.');
    // A quote under the reply with nothing after it, or not marked ">": all of it goes, as before.
    expect(cleanMessage('It still fails.\n\nOn Tue, 5 May 2026 at 11:02, Marta <support@cloudnest.example> wrote:\n> Which browser?\n> Thanks, Marta')).toBe('It still fails.');
    expect(cleanMessage('It still fails.\n\nOn Tue, 5 May 2026 at 11:02, Marta <support@cloudnest.example> wrote:\nWhich browser?\nThanks, Marta')).toBe('It still fails.');
  });

  it('reads "From:", "To:" and "Date:" lines the customer typed, whose date is no date, and cuts headers that open with the date', () => {
    const typed = 'Please change the email on my account:\n\nFrom: j.harlow@example.com\nTo: jamie.harlow@example.org\nDate: as soon as you can, the old mailbox closes soon\n\nThanks,\nJamie';
    expect(cleanMessage(typed)).toBe(typed);
    const gmx = 'Der Techniker kam nicht.\n\nGesendet: Montag, 04. Mai 2026 um 10:04 Uhr\nVon: "Haushalt Service" <service@haushalt.example>\nAn: klaus@example.de\nBetreff: Ihr Termin\n\nDer Techniker kommt am Dienstag.';
    expect(cleanMessage(gmx)).toBe('Der Techniker kam nicht.');
    const turkish = 'Iade hala gelmedi.\n\n3 Mar 2025 Pzt, saat 12:00 tarihinde Moda Store Destek <destek@modastore.example> şunu yazdı:\n\nMerhaba Elif Hanım, iade talebiniz alınmıştır.';
    expect(cleanMessage(turkish)).toBe('Iade hala gelmedi.');
    const czech = 'Objednávka stále nedorazila.\n\npo 4. 5. 2026 v 10:04 odesílatel Obchod Zahrada <podpora@zahrada.example> napsal:\n\nVaše objednávka bude doručena do 2 dnů.';
    expect(cleanMessage(czech)).toBe('Objednávka stále nedorazila.');
  });

  describe('">" lines a customer writes as a list', () => {
    const list = 'A few problems with the cabinets delivered yesterday:\n\n> two doors have scratches on the front\n> one hinge is missing\n\nCan you tell me how we fix this?';
    it('reads them under a line ending in ":", with the customer going on below, above a reply header too', () => {
      expect(cleanMessage(list)).toBe(list);
      const header = '\n\nOn Mon, 4 Mar 2024 at 17:10, Sarah Cole <sarah@onboardly.example> wrote:\n> Let me know if anything else is missing.';
      expect(cleanMessage(`${list}${header}`)).toBe(list);
      expect(blankUnread(list)).toBe(list);
    });
    it('cuts a quote under a header, a quote the message ends with, one line alone, and the desk\'s questions', () => {
      for (const [text, own] of [
        ['It still fails.\n\nAna wrote:\n> Restart it.\n> Then update it.\n\nI did both.', 'It still fails.\n\nAna wrote:\n\nI did both.'],
        ['Here is what your colleague said:\n> Your refund is on its way.\n> It takes five days.\n\nIt has not come.', 'Here is what your colleague said:\n\nIt has not come.'],
        ['Here is what your colleague told me:\n> Your refund is on its way.\n> It takes five days.', 'Here is what your colleague told me:'],
        ['The problem:\n> doors scratched\n\nPlease fix it.', 'The problem:\n\nPlease fix it.'],
        ['You asked:\n> Which model is it?\n> When did you buy it?\n\nThe X200, bought in May.', 'You asked:\n\nThe X200, bought in May.'],
      ]) {
        expect(cleanMessage(text!), text).toBe(own);
      }
    });
  });

  // A blind reading round (2026-12-05): a closing from Portugal, a booking page's link and a note on the writer's hours.
  it("cuts the contact block under Portugal's closing, a booking link in a signature, and a note on the writer's hours", () => {
    const ask = 'A encomenda 4410 chegou sem o carregador.';
    expect(cleanMessage(`${ask}\n\nCom os melhores cumprimentos,\nJoão Pires\nDiretor Comercial\nPires & Filhos, Lda.\nTel: +351 222 000 111`)).toBe(`${ask}\n\nCom os melhores cumprimentos,\nJoão Pires`);
    const late = 'The engineer did not come on Tuesday and nobody rang to say why.';
    expect(cleanMessage(`${late}\n\nBest,\nMaya\n______\nMaya Lindgren\nFacilities Manager | Norrvik AB\nPick a time with me: calendly.com/maya-lindgren\n+46 8 555 010 20`)).toBe(`${late}\n\nBest,\nMaya`);
    // A boast or a call the company puts in its signatures goes with them.
    for (const boast of ["We're hiring! See our open roles at our careers page", "🚀 We're hiring!", "Voted Leeds' Best Independent Bakery 2025", 'Order online for next-day delivery: www.norrvik.example']) {
      expect(cleanMessage(`${late}\n\nBest,\nMaya\nMaya Lindgren\nFacilities Manager | Norrvik AB\n+46 8 555 010 20\n${boast}`), boast).toBe(`${late}\n\nBest,\nMaya`);
    }
    const hours = 'I do not feel obliged to wait any longer for the refund.';
    expect(cleanMessage(`${hours}\n\nThanks,\nOwen\n\nOwen Reyes | Studio Lead\nI send mail at odd hours; please do not feel obliged to reply outside your own.`)).toBe(`${hours}\n\nThanks,\nOwen`);
  });

  // A blind reading round (2026-12-05, rc8) found these messages' own words lost: an address pointed to with ":" above
  // a sign-off, the customer's own earlier mail forwarded under a note.
  it('keeps what the customer points to under their sign-off, and their own mail forwarded under a note', () => {
    const pointed = 'Hola,\n\nPor favor, enviad el pedido 30917 a mi oficina, ya no trabajo en la anterior:\n\nSaludos,\nMarta Gil\nCalle Alcalá 12, 2º A\n28014 Madrid\nTel. 611 000 111';
    expect(cleanMessage(pointed)).toBe(pointed);
    const own = 'I wrote to your branch about this ten days ago and heard nothing, so here it is again.\n\nOla';
    const forward = '---------- Forwarded message ---------\nFrom: Ola Berg <ola.berg@mail.example>\nDate: Mon, 2 Jun 2025 at 10:15\nSubject: Broken kettle\nTo: <branch4@shop.example>\n\nHello,\nThe kettle I bought on 30 May leaks from the base. I want a replacement.\nOla Berg';
    expect(cleanMessage(`${own}\n\n${forward}`)).toBe(`${own}\n\nHello,\nThe kettle I bought on 30 May leaks from the base. I want a replacement.\nOla Berg`);
    // Someone else's mail forwarded under a note stays unread, as before.
    const theirs = forward.replace('Ola Berg <ola.berg@mail.example>', 'Shop Branch 4 <branch4@shop.example>');
    expect(cleanMessage(`${own}\n\n${theirs}`)).toBe(own);
  });

  // A second review (474, 2026-12-05) found these cut by that day's rules: the customer's own words.
  it('keeps what a second review found cut: details a P.S. or a last line points to, a pasted notice, a list of people, lines like a boast', () => {
    keepsWhole([
      'Hi,\nthe label printer is broken.\n\nI think the environment variable is wrong before printing starts, can you check?',
      'Hi,\n\nThink your environment setting breaks it: before printing anything the app hangs for 30s',
      'Bom dia,\n\nA vossa fatura foi enviada por erro ao remetente errado. O destinatário era a nossa contabilista e o documento é confidencial. Peço que corrijam o endereço de envio.',
      'Hi,\nThe replacement charger never arrived (order 55123).\n\nBest wishes,\nHannah Schmidt\n\nP.S. I have moved, please send it here instead:\n\nHannah Schmidt\n14 Elm Grove, Flat 2\nBristol BS6 5AA\n+44 7700 900321',
      "Hi,\nThe charger never arrived.\n\nBest wishes,\nHannah Schmidt\n\nP.S. I've included my direct line below, mornings are best.\n\nHannah Schmidt\n+49 30 1234567",
      "Hi,\nI booked the wrong slot, this is the confirmation:\nFrom: bookings@clinic.example\nSubject: Appointment confirmed\nAppointment: Monday 7 December 2026 09:30\nClinician: Dr Patel\n\nCan you move it to the 14th at the same time? I'm away on the 7th.",
      'Hi,\nThe email was sent from my mobile phone.\nIt never arrived at your end, bounce says 550 5.7.1 rejected',
      "Hi,\nWe've hired two new people in the sales team, please add them to our workspace.\nThanks for your help\nAnna Berg\nMarketing Manager\nanna.berg@nordlys.example\nLars Holm\nSales Director\nlars.holm@nordlys.example",
      "Hi,\nThe engineer never came. Please call me on the number below, I can't check email at work.\n\nSpeak soon,\nPriya Shah\n07700 900555",
      'Boa tarde,\nA fatura 2231 está errada, o NIF correto está abaixo.\n\nCom os melhores cumprimentos,\nAna Costa\nNIF 123456789\nRua Augusta 12, 1100-053 Lisboa',
      "Hi,\nMy parcel is late again.\n\nThanks,\nJo\nOrder online at www.acme.example said next day delivery and it's been a week",
      "Hi,\nWe need more seats.\n\nBest,\nMaya\nWe are hiring fast so we'll need another 10 seats next month",
      'Hi,\nStill no reply.\n\nRegards,\nTom\nVoted best customer service 2024 my foot',
      'Hi,\nWe signed up last week.\n\nBest,\nMaya\nPick any slot that suits you here calendly.com/maya-lindgren/onboarding',
    ]);
    // A name over a footer keeps the number under it where the customer asked to be called on it.
    const notice = 'This email is confidential and intended solely for the addressee. If you received it in error please notify the sender and delete it.';
    const callBack = 'Hi,\nThe engineer never came. Please call me back on the number below today.\n\nDaniel Osei\n+44 7700 900456';
    expect(cleanMessage(`${callBack}\n${notice}`)).toBe(callBack);
  });

  // A third review (476, 2026-12-05) of the rules above.
  it('keeps what a third review found cut or taken for the customer: links they list, their own forward whole, forwards and footers', () => {
    keepsWhole([
      'Your blender broke on the second day, I filmed both attempts.\n\nMark Jensen\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\nhttps://www.youtube.com/watch?v=abcdEFGhijk',
      'Two sellers list your sofa cheaper, please match.\n\nLena Fischer\nhttps://www.instagram.com/p/C0abcdEFG/\nhttps://www.instagram.com/p/C0hijkLMN/',
    ]);
    // The customer's own mail forwarded is read whole, not cut as the contact block under the note's sign-off.
    const note = 'Sent this a week ago, still nothing.\n\nThanks,\nOla';
    const own = '---------- Forwarded message ---------\nFrom: Ola Berg <ola.berg@example.no>\nDate: Mon, 30 Nov 2026 at 09:12\nSubject: Heater\nTo: <support@acme.example>\n\nHeater broken since Monday\nEngineer never came\nOrder 55123';
    expect(cleanMessage(`${note}\n\n${own}`)).toBe(`${note}\n\nHeater broken since Monday\nEngineer never came\nOrder 55123`);
    // Not a team's mail from someone of the same first name, nor a closing taken for a name, nor a surname alone.
    for (const [signed, from] of [
      ['Anna', 'Anna Schmidt, Acme Support <support@acme.example>'],
      ['Best', 'Best Buy Customer Care <care@bestbuy.example>'],
      ['Berg', 'Per Berg <per.berg@example.no>'],
    ]) {
      const text = `Still no answer to this.\n\n${signed}\n\n---------- Forwarded message ---------\nFrom: ${from}\nDate: Mon, 30 Nov 2026 at 09:12\nSubject: Re: Refund\n\nDear customer, we cannot issue a refund.`;
      expect(cleanMessage(text), from).toBe(`Still no answer to this.\n\n${signed}`);
    }
    // A hostile signed line does not build a pattern (a 32,768-letter name threw).
    expect(() => cleanMessage(`note.\n\nA${'a'.repeat(40_000)}\n\n---------- Forwarded message ---------\nbody`)).not.toThrow();
    // Apple Mail's forward in Italian under a note: the note alone.
    const italian = 'Buongiorno, vi inoltro la risposta ricevuta, che non risolve nulla.\n\nMarco\n\nInizio messaggio inoltrato:\n\nDa: Assistenza Acme <assistenza@acme.example>\nOggetto: Re: Ordine 4471\nData: 27 novembre 2026 13:45:00 CET\nA: Marco Rossi <marco@example.it>\n\nGentile cliente, il rimborso non è dovuto.';
    expect(cleanMessage(italian)).toBe('Buongiorno, vi inoltro la risposta ricevuta, che non risolve nulla.\n\nMarco');
    // A pasted notification with its time right under From, but no To line, is the customer's.
    keepsWhole(['Hi, I booked online and got this confirmation.\nFrom: bookings@clinic.example\nAppointment: Monday 7 December 2026 09:30\nSubject: Booking confirmed\n\nBut when I arrived at 09:30 the clinic was closed. I want my deposit back.']);
    // Signatures cut again: under a last line naming something below that is no detail; with a support mail beside the
    // writer's.
    const block = 'Kind regards,\nDaniel Osei\nOperations Lead | Fernway Events\n+44 7700 900456\nwww.fernway.example';
    expect(cleanMessage(`The heat pump stops every night when it drops below zero. Please send an engineer.\n\n${block}`)).toBe('The heat pump stops every night when it drops below zero. Please send an engineer.\n\nKind regards,\nDaniel Osei');
    expect(cleanMessage('Please cancel order 60021.\n\nDaniel Osei\nOperations Lead | Fernway Events\nE: daniel@fernway.example\nSupport: help@fernway.example\n+44 7700 900456')).toBe('Please cancel order 60021.\n\nDaniel Osei');
  });

  // A fourth review (477, 2026-12-05): what the rules above, as the third review left them, cut of customers' words.
  it('keeps what a fourth review found cut: pasted notifications, "we" of an environment, a forward line written of, what a P.S. asks', () => {
    keepsWhole([
      'I got this confirmation.\n\nFrom: Parcelly <no-reply@parcelly.example>\nTo: jane@mail.example\nDelivery window: Tuesday 8 December 2026 14:00-16:00\nSubject: Your parcel is on its way\n\nThe driver never came and the tracking says delivered. Please investigate.',
      'Hello,\n\nPlease consider that our production environment was updated the day before printing stopped working.',
      'Danke.\n\nWir denken, die Umwelt-Einstellung wird vor dem Drucken zurückgesetzt.',
      'Bom dia,\n\nRecebemos por engano a fatura confidencial de outro cliente, com o nome e a morada dele. A nossa contabilidade vai destruí-la.',
      'Ich habe die Mail an euch weitergeleitet, in der Betreffzeile steht\n---------- Weitergeleitete Nachricht ---------\nund danach nichts mehr. Der Anhang fehlt. Was ist da passiert?',
      'Quando inoltro una mail dal Mac compare la riga\nInizio messaggio inoltrato:\ne poi il testo sparisce. Potete aiutarmi? Uso la versione 4.2.',
      "Best wishes,\nHannah Schmidt\n\nP.S. Could you call me on my mobile rather than the office number? I'm out all week.\n\nHannah Schmidt | Senior Copywriter\nWordsmith Agency Ltd | www.wordsmith.example\nMobile +44 7700 900123",
      'Please refund to the IBAN below, the card was cancelled.\n\nThanks,\nAmy Chen\nIBAN DE89 3704 0044 0532 0130 00',
    ]);
    // Apple Mail's forward in Spanish: its date and To lines are the forward's fields, not the customer's words.
    expect(cleanMessage('Inicio del mensaje reenviado:\n\nDe: Tienda <pedidos@tienda.es>\nAsunto: Reembolso\nFecha: 7 de diciembre de 2026, 9:30:00 CET\nPara: ana@gmail.com\n\nSu reembolso se ha procesado.')).toBe('Su reembolso se ha procesado.');
  });

  // A fifth review (478, 2026-12-05) compared 254 inputs with the session's start: these lost words the start kept.
  it('keeps what a fifth review found lost against the morning: a request after a printing note, new details under a P.S., a notice\'s own fields', () => {
    keepsWhole([
      "Hi,\nLabels print blank since yesterday.\n\nThink about the environment before printing return slips, can't you send a QR code instead",
      'Hello,\nThe copy has typos.\n\nBest wishes,\nHannah Schmidt\n\nP.S. I\'ve moved office, please use these from now on.\n\nHannah Schmidt\n14 Mill Lane, Bristol BS1 5TT\n+44 117 496 0123',
      'Hi,\nOrder arrived broken.\n\nKind regards,\nMaria Gomez\n\nP.S. Please note my new direct line.\n\nMaria Gomez\nBuyer | Gomez Retail\n0113 000 0000',
      'Hi,\nMy order 8812 is late.\n\nTake care,\nMaria\n\nMy new address from Monday: 5 Elm Road, York YO1 7HH',
      'Hola,\ncuando reenvío un correo sale\nInicio del mensaje reenviado:\nA: mi jefe\ny luego nada más.',
    ]);
    const notice = '---------- Forwarded message ---------\nFrom: Shop <noreply@shop.example>\nDate: Mon, 3 Mar 2025\nSubject: Zamówienie\nTo: <anna@kowalska.example>\n\nData: 03.03.2025\nKwota: 120 zł\nStatus: odrzucona';
    expect(cleanMessage(notice)).toBe('Data: 03.03.2025\nKwota: 120 zł\nStatus: odrzucona');
  });

  // A sixth sweep (479, 2026-12-05), 315 inputs against the session's start: these lost words the start kept, and the
  // rules behind most were taken back (Portuguese legal words, the signature under a P.S., a thanks over a name).
  it('keeps what a sixth sweep found lost: a Portuguese complaint, a name a P.S. spells out, a reference under a plea for brevity', () => {
    keepsWhole([
      'Bom dia,\n\nRecebi por engano uma mensagem confidencial destinada a outro destinatário, com a morada e o telefone dele. Isso é proibido pela lei de proteção de dados.',
      // A seventh sweep (480): an order and tax number under Portugal's closing.
      'Olá, a encomenda 3321 não chegou.\n\nCom os melhores cumprimentos,\nJoão\nNIF 123456789\nEncomenda nº 3321',
      'Hi,\n\nCan you put the right name on the certificate?\n\nBest,\nDaniel Osei\n\nP.S. It should read exactly like this\n\nDaniel Osei\nHead of Operations\nFernway Events Ltd',
      'Hi,\n\nPlease stop sending us the paper catalogue.\n\nThink about the environment before printing catalogues nobody reads.',
      'Hi,\n\nPlease change the owner of our account to the person below.\nThanks for your help\nMaria Lopez\nHead of Finance, Acme Ltd\nmaria@acme.example\n+44 20 7946 0111',
    ]);
    expect(cleanMessage('Hi, where is my parcel?\n\nSent from my iPhone\nPlease excuse the brevity and any typos.\nOrder 5512')).toBe('Hi, where is my parcel?\n\nPlease excuse the brevity and any typos.\nOrder 5512');
    // A seventh sweep (480): a plea that is no tagline's is the customer's sentence going on.
    expect(cleanMessage('I bought the wrong size.\nSent from my iPhone\nPlease excuse the errors on the form I filled in.')).toBe('I bought the wrong size.\nPlease excuse the errors on the form I filled in.');
    // A partner's mail forwarded under a note signed with the same first name is not the customer's own.
    const partner = 'FYI, this is what your partner sent me. Can you explain?\n\nAnna\n\n---------- Forwarded message ---------\nFrom: Anna Lind <anna.lind@partner.example>\nDate: Mon, 2 Mar 2026 at 10:00\nSubject: Installation\n\nDear customer, your installation is scheduled for 3 March.';
    expect(cleanMessage(partner)).toBe('FYI, this is what your partner sent me. Can you explain?\n\nAnna');
  });

  describe('a signature with no sign-off above it', () => {
    const request = 'Hi,\nPlease cancel order 60021, we ordered the wrong quantity by mistake.';
    it('cuts the lines under the name where one names a number, a mail or a web address', () => {
      const block = 'Daniel Osei\nOperations Lead | Fernway Events\n+44 7700 900456 | daniel@fernway.events\nlinkedin.com/in/danielosei';
      expect(cleanMessage(`${request}\n\n${block}`)).toBe(`${request}\n\nDaniel Osei`);
      // Right under the request's last sentence, too; and an address or a department that is no signature's line.
      const tight = 'Svetlana Ivanova\nHead of Finance Operations\nNordlys Logistics AS\n+47 22 55 01 88\nKarl Johans gate 22, 0159 Oslo, Norway\nPurchasing Dept.';
      expect(cleanMessage(`${request}\n${tight}`)).toBe(`${request}\nSvetlana Ivanova`);
    });
    // A review (2026-12-05) found this signature read whole: a notice with no blank line above it (which took the name
    // too). A thanks with no stop above the name still stops the cut: read so, a review found people listed under
    // "Thanks for your help" cut.
    it('cuts over a notice with no blank line above it', () => {
      const block = 'Daniel Osei\nOperations Lead | Fernway Events\n+44 7700 900456 | daniel@fernway.events';
      // A notice with no blank line above it takes the block, not the name; a company's name over its register goes.
      const notice = 'This email is confidential and intended solely for the addressee. If you received it in error please notify the sender and delete it.';
      expect(cleanMessage(`${request}\n\n${block}\n${notice}`)).toBe(`${request}\n\nDaniel Osei`);
      expect(cleanMessage(`${request}\n\nDaniel Osei\n+44 7700 900456\n${notice}`)).toBe(`${request}\n\nDaniel Osei`);
      expect(cleanMessage(`${request}\n\nAcme Ltd\nRegistered in England and Wales No. 0881234\nRegistered office: 4 Mill Lane, London E1 6AN`)).toBe(request);
      // A site and its shop are one signature's, not a list of pages.
      expect(cleanMessage(`${request}\n\nPriya Nair\nHead of Digital\nFernway Events Ltd\n+44 7700 900456\nwww.fernway.events\nhttps://shop.fernway.events`)).toBe(`${request}\n\nPriya Nair`);
    });
    // A review (2026-12-05) of the rules above and the blind round's found these cut by them: the customer's own words.
    it("keeps what the customer writes that those rules could take for a signature's, a footer's or a header", () => {
      keepsWhole([
        "Hi Sam,\nThanks for the update on the refund.\n\nI know it's late where you are, so don't feel obliged to reply outside office hours, but I do need the refund confirmed by Friday.",
        'Hi,\nThe shipping labels come out blank since your update.\n\nWe tested it in our staging environment before printing the real labels and it worked there.',
        "Buongiorno,\nil gestionale si blocca dopo l'aggiornamento.\n\nNel nostro ambiente di test l'errore compare subito prima di stampare le etichette.",
        "Hi,\nWe've hired two new people in the sales team.\nThanks, please add these users\nAnna Berg\nMarketing Manager\nanna.berg@nordlys.example\nLars Holm\nSales Director\nlars.holm@nordlys.example",
        'Hi,\nPlease update the name and address on invoice 2231, we have moved.\n\nNew registered address: 12 High Street, York YO1 7HH',
        'Hi,\nThe company name on invoice INV-2231 is wrong, please reissue it as follows.\nJane Smith\nFinance Manager\nAcme Trading Ltd\nRegistered address: 5 Mill Lane, Leeds LS1 4AB\n+44 113 496 0000',
        "Hi, I got this email claiming to be from you. Is it genuine?\nFrom: billing@acme-payments.example\nSubject: Your account will be suspended\nAmount due: 49.99\nPlease confirm it's not from you.",
        'Mudei de casa, por favor enviem a substituição para a nova morada.\n\nCom os melhores cumprimentos,\nAna Costa\nRua Augusta 12, 3º Esq.\n1100-053 Lisboa\n+351 912 345 678',
        "Hi, your form won't submit.\nThe message was sent from my iPhone\niOS 17.4, Safari\nScreenshot attached",
        'Please cancel order 60021, it was ordered twice.\n\nTom Baker\nHead Brewer\nCheers Brewing Co\n+44 7700 900123\nwww.cheersbrewing.example\nPlease pick a slot for the call here: https://calendly.com/tom-baker/call',
      ]);
      // A request under a tagline stays, its tagline gone, though it opens with a plea for brevity; the plea alone goes
      // with the tagline, and what the customer types under both stays.
      expect(cleanMessage('The box arrived crushed.\n\nSent from my iPhone\nPlease excuse typos, but I need to cancel order 55123 before it ships tomorrow.')).toBe(
        'The box arrived crushed.\n\nPlease excuse typos, but I need to cancel order 55123 before it ships tomorrow.',
      );
      expect(cleanMessage('The lid is cracked.\n\nSent from my iPhone\nExcuse typos\nAlso the order number is 55123, it came yesterday.')).toBe('The lid is cracked.\n\nAlso the order number is 55123, it came yesterday.');
    });
    it('passes a confidentiality notice under it, which goes too', () => {
      const notice = 'CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.';
      expect(cleanMessage(`${request}\n\nMike Dombrowski\nProject Manager\nHalvorsen Construction, Inc.\nO: (614) 555-0182\n\n${notice}`)).toBe(`${request}\n\nMike Dombrowski`);
    });
    it('keeps a P.S. under it', () => {
      const block = 'Daniel Osei\nOperations Lead | Fernway Events\n+44 7700 900456';
      expect(cleanMessage(`${request}\n\n${block}\n\nP.S. Sorry for the typos.`)).toBe(`${request}\n\nDaniel Osei\n\nP.S. Sorry for the typos.`);
      expect(cleanMessage(`${request}\n\nJohn Smith\nAcme Ltd\n07700 900123\nP.S. need it by Friday`)).toBe(`${request}\n\nJohn Smith\nP.S. need it by Friday`);
    });
    // A review (2026-12-05) found these cut by the first version of the rule: details the customer gives under a name.
    it('keeps details the customer gives: a number to call, a new mail, a colleague, an address, bank details, items, a product', () => {
      keepsWhole([
        'My parcel still hasn\'t arrived. Please call me back on the number below.\n\nJohn Smith\n07700 900123',
        'Please update my phone on the account.\n\nNew Number\n07700 900123',
        "I'd like to add my husband as an authorised user.\n\nMark Smith\n07700 900123\nmark.smith@example.com",
        'Please invoice our accounts team instead.\n\nAccounts Payable\nAcme Ltd\nap@acme.example\n+44 20 7946 0000',
        'Can you resend it to my office instead?\n\nJane Smith\nAcme Ltd\n4 Mill Lane\nLondon E1 6AN\n020 7946 0123',
        'Bitte ändern Sie meine Lieferadresse.\n\nHans Müller\nHauptstraße 5\n10115 Berlin\n0171 1234567',
        'Bitte rufen Sie mich an.\n\nHans Müller\nMüller GmbH\n0171 1234567',
        'Please refund to my bank account instead.\n\nJohn Smith\nSort code 20-00-00\nAccount 12345678',
        'I want to return these two items.\nBlue Kettle\nSKU 10023344\nRed Toaster\nSKU 10023355',
        'My dishwasher stopped working.\n\nBosch Dishwasher\nModel SMS46KI01G\nSerial FD 9912 00345',
        'Hi,\nOrder 55123 never came.\nJohn Smith\nAcme Ltd\n07700 900123\nStill waiting.',
        'My order is late.\nJohn Smith\nAcme Ltd\n07700 900123\nNeed it Friday',
        // Plans with their pages, under a question about them (a review, 2026-12-05): a signature gives one web address.
        'We are a team of 8. Which of these plans do I need?\n\nTeam Plus\nwww.example.com/pricing/team-plus\nBusiness\nwww.example.com/pricing/business',
        'Registered address changed last month, please update it.\n\nJane Smith\nAcme Ltd\n4 Mill Lane, London E1 6AN\n020 7946 0123',
      ]);
    });
    it('keeps the block whole where the customer goes on under the name', () => {
      const goesOn = `${request}\n\nDaniel Osei\nPlease call me back on +44 7700 900456 today\nwww.fernway.events`;
      expect(cleanMessage(goesOn)).toBe(goesOn);
    });
    it('keeps an address the customer gives, lines with no number or address in them, and a first line with a digit', () => {
      const address = 'Please send order 77812 to my new address instead:\n\nEmma Lloyd\nFlat 3, 18 Hawthorn Road\nBristol BS6 7QE\n07700 900123';
      expect(cleanMessage(address)).toBe(address);
      const parts = `${request}\n\nOak Table Leg\nBrass Hinge Set\nDrawer Runner`;
      expect(cleanMessage(parts)).toBe(parts);
      const model = `${request}\n\nModel XR-200\nSerial 4455-221\nwww.shop.example.com`;
      expect(cleanMessage(model)).toBe(model);
    });
  });

  it('tidies whitespace and caps length', () => {
    expect(cleanMessage('  a\u00a0\u00a0b  \r\n\r\n\r\n\r\nc\u200b ')).toBe('a b\n\nc');
    expect(cleanMessage('x'.repeat(MAX_MESSAGE_CHARS + 500))).toHaveLength(MAX_MESSAGE_CHARS);
    expect(capText('ab😀', 3)).toBe('ab');
    expect(cleanLine('  Re:\n  Order   late ')).toBe('Re: Order late');
  });
});

describe('blankUnread (the CLI reads a ticket as the extension reads a message)', () => {
  const mail =
    'Perfect, the new invoice is exactly right.\r\nThanks,\r\nAna\r\nHead of Finance\r\n\r\n> Sam wrote: sorry about the wrong address\r\n>   and the damaged box.\r\n\r\nThis email is confidential and intended solely for the addressee.';

  it('blanks what reading leaves out, keeps every other character where it was', () => {
    const blanked = blankUnread(mail);
    expect(blanked).toHaveLength(mail.length);
    // The words left are the reading's, in the same places.
    expect(blanked.replace(/\s+/g, ' ').trim()).toBe(cleanMessage(mail).replace(/\s+/g, ' '));
    for (const word of ['Perfect', 'invoice', 'Thanks', 'Ana']) expect(blanked.indexOf(word)).toBe(mail.indexOf(word));
    for (const word of ['Head of Finance', 'wrong address', 'damaged', 'confidential']) expect(blanked).not.toContain(word);
    expect(blanked.split('\r\n')).toHaveLength(mail.split('\r\n').length);
  });

  it('leaves a text as given where reading cuts nothing, or where it is longer than the extension reads at all', () => {
    const plain = 'My parcel never came.\n\nIt was a gift,   and nobody answers.';
    expect(blankUnread(plain)).toBe(plain);
    const huge = `${'Still waiting. '.repeat(MAX_RAW_MESSAGE_CHARS / 15 + 1)}\n> quoted`;
    expect(blankUnread(huge)).toBe(huge);
  });

  // A review (2026-12-05): at first a text over 20,000 characters was read as given, so a long quoted thread under a
  // thank-you was read whole, and a file's line ends alone (CRLF adding a character a line) could tip it over.
  it('blanks a long quoted thread under a short reply, whatever its line ends, and does not cut what is kept short', () => {
    const quoted = '> Sorry about the damaged box, a new one is on its way to you today.\n'.repeat(400);
    for (const end of ['\n', '\r\n']) {
      const text = `Thanks, that is all sorted now.${end}${end}On Mon, 4 May 2026 at 10:00, Acme <help@acme.example> wrote:${end}${quoted.replaceAll('\n', end)}`;
      expect(text.length).toBeGreaterThan(MAX_MESSAGE_CHARS);
      expect(blankUnread(text).trim()).toBe('Thanks, that is all sorted now.');
    }
    const long = `${'My order has not arrived and nobody answers. '.repeat(600)}\n> quoted`;
    expect(long.length).toBeGreaterThan(MAX_MESSAGE_CHARS);
    expect(blankUnread(long).trim()).toBe(long.split('\n')[0]!.trim());
  });
});

describe('visibility', () => {
  it('keeps reading the active pane while a dialog marks the app aria-hidden', () => {
    const doc = docOf('<div id="app" aria-hidden="true"><div class="pane" data-ticket-id="2"><p>msg</p></div></div><div role="dialog">Merge tickets?</div>');
    expect(findScope(doc, ['.pane'], null)?.getAttribute('data-ticket-id')).toBe('2');
  });
});
