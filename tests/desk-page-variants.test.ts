// Variants of the real desk pages in ../shared/desk-pages, drawn as the desks' own templates would draw them (each
// change names its template): attachments, another thread order, a body the desk does not show. Read as
// tests/desk-pages.test.ts reads the pages themselves.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findAdapter } from '../src/adapters/index';
import { isPending } from '../src/adapters/read';
import type { Ticket } from '../src/adapters/types';
import { sharedData } from './support/shared';
import { asRt6Page } from './support/rt6';
import { readClean } from './support/read-clean';

const DESK_PAGES = sharedData('desk-pages');

interface Expected {
  customer_messages: string[];
}

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The page `folder/name` after `change`, read by the adapter that finds it, and whether that adapter waits. */
function readTicket(folder: string, name: string, change: (doc: Document) => void): { ticket: Ticket | null; pending: boolean } {
  const file = path.join(DESK_PAGES.path, folder, `${name}.html`);
  const html = readFileSync(file, 'utf8');
  const url = `https://support.example.org${/page URL path:\s*(\S+)/.exec(html)?.[1] ?? '/'}`;
  const dom = new JSDOM(html, { url });
  const doc = dom.window.document;
  change(doc);
  const adapter = findAdapter(doc, url);
  const ticket = readClean(adapter, doc, new URL(url));
  const pending = isPending(doc, adapter);
  dom.window.close();
  return { ticket, pending };
}

/** The page `folder/name` after `change`, read by the adapter that finds it: its customer messages, normalised. */
function readVariant(folder: string, name: string, change: (doc: Document) => void): string[] {
  return (readTicket(folder, name, change).ticket?.messages ?? []).map((m) => norm(m.text));
}

function expected(folder: string, name: string): string[] {
  const file = path.join(DESK_PAGES.path, folder, `${name}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as Expected).customer_messages.map(norm);
}

/** osTicket's attachment list for one entry, as include/staff/templates/thread-entry.tmpl.php draws it (v1.18.1). */
function osTicketAttachments(files: [name: string, size: string][]): string {
  const spans = files.map(
    ([name, size]) => `
        <span class="attachment-info">
        <i class="icon-paperclip icon-flip-horizontal"></i>
        <a class="no-pjax truncate filename" href="/file.php?key=k&amp;id=3" download="${name}"
            target="_blank">${name}</a><small class="filesize faded">${size}</small>
        </span>`,
  );
  return `<div class="attachments">${spans.join('')}</div>`;
}

const osTicketEntries = (doc: Document) => [...doc.querySelectorAll('#ticket_thread .thread-entry')];

describe.skipIf(DESK_PAGES.missing)('real desk pages, varied', () => {
  describe('osTicket', () => {
    it('leaves an entry’s attachment list out of the customer’s words', () => {
      const read = readVariant('osticket', '1-late-package', (doc) => {
        osTicketEntries(doc)[0]!.querySelector('.thread-body')!.insertAdjacentHTML('beforeend', osTicketAttachments([['tracking-screenshot.png', '214 kb']]));
      });
      expect(read).toEqual(expected('osticket', '1-late-package'));
    });

    it('reads an entry with attachments and no text as no message', () => {
      const read = readVariant('osticket', '1-late-package', (doc) => {
        const body = osTicketEntries(doc)[2]!.querySelector('.thread-body')!;
        body.firstElementChild!.innerHTML = '';
        body.insertAdjacentHTML('beforeend', osTicketAttachments([['lamp-base-crack.jpg', '1.2 mb'], ['crushed-box.jpg', '860 kb']]));
      });
      expect(read).toEqual(expected('osticket', '1-late-package').slice(0, 1));
    });

    // A customer answering from Outlook desktop in Spanish: its HTML reply quotes the agent's under a header block.
    it('leaves out the agent’s reply quoted under a Spanish Outlook header', () => {
      const read = readVariant('osticket', '1-late-package', (doc) => {
        const body = osTicketEntries(doc)[2]!.querySelector('.thread-body')!.firstElementChild!;
        body.innerHTML = `<div class="WordSection1"><p class="MsoNormal">Thursday is better than nothing, but I'm not impressed. If it isn't here on Thursday I want the whole order refunded, no more excuses.</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Sam</p><p class="MsoNormal">&nbsp;</p><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p class="MsoNormal"><b>De:</b> Acme Home Goods Support &lt;support@acme.example&gt;<br><b>Enviado el:</b> miércoles, 25 de noviembre de 2026 1:04<br><b>Para:</b> Sam Carter &lt;sam.carter@example.com&gt;<br><b>Asunto:</b> RE: Order #10482</p></div><p>Hi Sam,</p><p>I looked into order #10482: the parcel was mis-sorted at our carrier's hub in Columbus and sat there for a week.</p></div>`;
      });
      expect(read).toEqual(expected('osticket', '1-late-package'));
    });

    // The agent's "Thread View Order: Descending" (include/staff/profile.inc.php, thread_view_order; ticket-view.inc.php
    // sorts the thread by it, v1.18.1): the same entries and events, newest first.
    it('reads a newest-first thread oldest first', () => {
      const read = readVariant('osticket', '1-late-package', (doc) => {
        const items = doc.querySelector('#thread-items')!;
        for (const child of [...items.children].reverse()) items.appendChild(child);
      });
      expect(read).toEqual(expected('osticket', '1-late-package'));
    });
  });

  describe('Request Tracker', () => {
    /** The requestor's reply (transaction 96), whose own body is the first part after its download links. */
    const reply = (doc: Document) => doc.querySelector('.transaction[data-transaction-id="96"] .content')!;
    /** One more MIME part as share/html/Elements/ShowTransactionAttachments draws it (rt-5.0.3): its download link (with
     * the file's name when it has one), then its .messagebody. */
    const part = (name: string, body: string) =>
      `<div class="downloadattachment"><a href="Attachment/96/48/${name}" target="_blank"${name ? ` alt="Download text/plain 1.1k"><span class="fas fa-paperclip fa-2x"></span><span class="downloadfilename">${name}</span>` : '>'}</a><br></div><div class="messagebody">${body}</div>`;
    /** The reply as a multipart/mixed mail: its parts inside .messageattachments, the body part first. */
    const withParts = (doc: Document, ...parts: string[]) => {
      const content = reply(doc);
      const own = [...content.querySelectorAll(':scope > .downloadattachment, :scope > .messagebody')];
      content.insertAdjacentHTML('beforeend', `<div class="messageattachments">${own.map((el) => el.outerHTML).join('')}${parts.join('')}</div>`);
      for (const el of own) el.remove();
    };

    it('leaves a text attachment shown inline out of the customer’s words', () => {
      const read = readVariant('rt', '1-late-package', (doc) =>
        withParts(doc, part('tracking-history.txt', '<div class="message-stanza">17 Nov 08:12  Arrived at sorting facility - Memphis TN<br>16 Nov 22:40  Departed origin facility<br></div>')),
      );
      expect(read).toEqual(expected('rt', '1-late-package'));
    });

    it('reads a reply of named parts alone (a photo) as no message, not as the transaction’s header', () => {
      const read = readVariant('rt', '1-late-package', (doc) => {
        const content = reply(doc);
        for (const el of [...content.querySelectorAll(':scope > .downloadattachment, :scope > .messagebody')]) el.remove();
        content.insertAdjacentHTML('beforeend', `<div class="messageattachments">${part('IMG_4021.jpg', '<img alt="" src="Attachment/96/49/IMG_4021.jpg">')}</div>`);
      });
      expect(read).toEqual(expected('rt', '1-late-package').slice(0, 1));
    });

    it('drops RT’s notices for a part it does not show', () => {
      const read = readVariant('rt', '1-late-package', (doc) =>
        withParts(doc, part('', '<p>Message body is not shown because sender requested not to inline it.</p>')),
      );
      expect(read).toEqual(expected('rt', '1-late-package'));
      const tooLarge = readVariant('rt', '1-late-package', (doc) => {
        reply(doc).querySelector('.messagebody')!.innerHTML = '<p>Message body is not shown because it is too large.</p>';
      });
      expect(tooLarge).toEqual(expected('rt', '1-late-package').slice(0, 1));
    });

    // "Show quoted text" (share/static/js/history-folding.js, fold_message_stanza; rt-5.0.3 and 6.0-trunk 2025-06-05)
    // turns the folder and its stanza from `closed` to `open`; deeper quote levels are drawn `open` inside it
    // (share/html/Elements/ShowMessageStanza). Unfolded, the quote is still the agent's earlier reply.
    it('leaves the quoted reply out once the agent unfolds it', () => {
      const unfold = (doc: Document) => {
        for (const el of doc.querySelectorAll('.message-stanza-folder.closed, .message-stanza.closed')) {
          el.classList.remove('closed');
          el.classList.add('open');
        }
      };
      expect(readVariant('rt', '1-late-package', unfold)).toEqual(expected('rt', '1-late-package'));
      /** The reply's own words end at the sign-off: no "On … wrote:" line above its quote (an answer typed above it). */
      const noHeader = (doc: Document) => {
        const own = doc.querySelector('.transaction[data-transaction-id="96"] .messagebody > .message-stanza')!;
        for (const node of [...own.childNodes]) if (node.nodeType === 3 && node.textContent!.startsWith('On Wed')) node.remove();
      };
      // An HTML mail's quote, a blockquote with no "> " before its lines, and a deeper level inside it.
      const htmlQuote = (doc: Document) => {
        noHeader(doc);
        const stanza = doc.querySelector('.transaction[data-transaction-id="96"] .message-stanza.closed')!;
        stanza.innerHTML =
          '<blockquote>Hi Rachel, our carrier now expects to deliver it on Friday, November 27, in time for your race.<div class="message-stanza open"><blockquote>Thanks for waiting while we look into the parcel.</blockquote></div></blockquote>';
        unfold(doc);
      };
      expect(readVariant('rt', '1-late-package', htmlQuote)).toEqual(expected('rt', '1-late-package'));
    });

    // OldestTransactionsFirst off, or "Reverse history order" (ReverseTxns=DESC): the transactions newest first, and
    // the link offering the other order (share/html/Elements/ShowHistoryHeader, rt-5.0.3).
    it('reads a newest-first history oldest first', () => {
      const read = readVariant('rt', '1-late-package', (doc) => {
        const history = doc.querySelector('.history-container')!;
        for (const txn of [...history.querySelectorAll(':scope > .transaction')].reverse()) history.appendChild(txn);
        const link = doc.querySelector('a[href*="ReverseTxns=DESC"]')!;
        link.setAttribute('href', link.getAttribute('href')!.replace('DESC', 'ASC'));
      });
      expect(read).toEqual(expected('rt', '1-late-package'));
    });

    // RT in another language: a transaction's description is "<user> - " and its type in the agent's language (the
    // Comment type's "Comments added", lib/RT/Transaction.pm, translated in share/po/*.po; rt-6.0.0). A requestor's mail
    // to the comment address is a comment, not the customer's words to read.
    it('leaves out a requestor’s comment whatever the language of RT’s interface', () => {
      const asComment = (type: string) => (doc: Document) => {
        const description = doc.querySelector('.transaction[data-transaction-id="96"] .metadata .description')!;
        description.lastChild!.textContent = ` - ${type}\n    `;
      };
      for (const type of ['Comments added', 'Kommentar hinzugefügt', 'Commentaires ajoutés', 'Comentarios añadidos', 'コメントが追加されました', 'Добавлен комментарий', 'Megjegyzés hozzáadva']) {
        expect(readVariant('rt', '1-late-package', asComment(type)), type).toEqual(expected('rt', '1-late-package').slice(0, 1));
      }
      // Its correspondence, in German, is read.
      expect(readVariant('rt', '1-late-package', asComment('Korrespondenz hinzugefügt'))).toEqual(expected('rt', '1-late-package'));
      // The word is looked for in what the description says, not in the user's name.
      const commentInName = readVariant('rt', '1-late-package', (doc) => {
        for (const link of doc.querySelectorAll('.user[data-user-id="57"] a')) link.textContent = 'Rachel Komentarz <rachel.kim@example.com>';
      });
      expect(commentInName).toEqual(expected('rt', '1-late-package'));
    });

    // RT 6: the RT 5 page redrawn as RT 6.0.0's templates draw it (bestpractical/rt, tag rt-6.0.0); structural, from
    // the templates, not a page RT 6 served.
    describe('as RT 6 draws it', () => {
      /** share/html/Elements/ShowUser and ShowUserAvatar: a user shown with a linked avatar, their initials, before the name. */
      const withAvatars = (doc: Document) => {
        for (const user of doc.querySelectorAll('.user[data-user-id]')) {
          const link = user.querySelector(':scope > a[href*="/User/Summary.html"]');
          const initials = (user.textContent ?? '').replace(/<[^>]*>/g, '').split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0]!.toUpperCase()).join('');
          if (!initials) continue;
          const avatar = `<span class="rt-user-avatar rounded text-center p-1 rt-blue rt-user-unprivileged">${initials}</span>`;
          if (link) link.insertAdjacentHTML('beforebegin', `<a href="${link.getAttribute('href')}" class="rt-user-avatar">${avatar}</a>`);
          else user.insertAdjacentHTML('afterbegin', avatar);
        }
      };
      const authors = (ticket: Ticket | null) => (ticket?.messages ?? []).map((m) => m.author);

      it('reads the author’s name, not their avatar’s initials before it', () => {
        const rt5 = readTicket('rt', '1-late-package', () => undefined).ticket;
        const rt6 = readTicket('rt', '1-late-package', withAvatars).ticket;
        expect(authors(rt5)).toEqual(['Rachel Kim <rachel.kim@example.com>', 'Rachel Kim <rachel.kim@example.com>']);
        expect(authors(rt6)).toEqual(authors(rt5));
        expect(rt6?.messages.map((m) => norm(m.text))).toEqual(expected('rt', '1-late-package'));
      });

      /**
       * share/html/Widgets/HTMXLoadStart with its placeholder Spinner: each widget of Ticket/Display.html's layout
       * (Elements/ShowWidgets, a modern browser) arrives by its own request to /Views/Ticket/Widgets/Display/<name>,
       * into this <div>.
       */
      const placeholder = (widget: string, content = '<div class="spinner"><div class="d-flex justify-content-center rt-placeholder"><svg class="checkbox-spinner"></svg></div></div>') =>
        `<div hx-get="/Views/Ticket/Widgets/Display/${widget}" hx-vals='{"id":"5"}' class="htmx-load-widget" hx-trigger="reload,revealed" target="_top">${content}</div>`;

      it('waits for the History and People widgets, then reads them', () => {
        for (const [widget, selector] of [['History', '#delayed_ticket_history'], ['People', '.main-container div.ticket-info-people:not(.titlebox)']] as const) {
          const waiting = readTicket('rt', '1-late-package', (doc) => {
            doc.querySelector(selector)!.outerHTML = placeholder(widget);
          });
          expect(waiting.pending, widget).toBe(true);
          const loaded = readTicket('rt', '1-late-package', (doc) => {
            const el = doc.querySelector(selector)!;
            el.outerHTML = placeholder(widget, el.outerHTML);
          });
          expect(loaded.pending, widget).toBe(false);
          expect(loaded.ticket?.messages.map((m) => norm(m.text)), widget).toEqual(expected('rt', '1-late-package'));
        }
        // A page's first load: the .main-container alone, with a spinner, fetching itself (share/html/Elements/Header).
        const shell = readTicket('rt', '1-late-package', (doc) => {
          doc.body.setAttribute('hx-boost', 'true');
          const main = doc.querySelector('.main-container')!;
          main.outerHTML = `<div class="main-container" hx-get="/Ticket/Display.html?id=5" hx-trigger="revealed once" hx-target="this" hx-select=".main-container" hx-swap="outerHTML"><div class="spinner"></div><div id="rt-header-container">${doc.querySelector('#footer')!.outerHTML}</div></div>`;
        });
        expect(shell.pending).toBe(true);
        expect(shell.ticket).toBeNull();
      });

      /** Ticket/Display.html's <h1> fetches its title from /Views/Ticket/Title (rt-6.0.0). */
      const boosted = (firstPage: string, address: string) => (doc: Document) => asRt6Page(doc, firstPage, address);

      it('reads a ticket opened from another RT page, whose <body> is still that page’s', () => {
        const { ticket } = readTicket('rt', '1-late-package', (doc) => {
          boosted('comp-Search-Results', '/Ticket/Display.html?id=5')(doc);
          const h1 = doc.querySelector('#header h1')!;
          h1.setAttribute('hx-trigger', 'ticketSubjectChanged from:body');
          h1.setAttribute('hx-get', '/Views/Ticket/Title?id=5');
        });
        expect(ticket?.id).toBe('5');
        expect(ticket?.subject).toBe('Package for order #31206 is over a week late');
        expect(ticket?.messages.map((m) => norm(m.text))).toEqual(expected('rt', '1-late-package'));
      });

      /** Ticket/Elements/ShowPeople: one row per role, `requestors`, `cc` and `admincc`. */
      const watcher = (doc: Document, role: 'cc' | 'admincc') => {
        doc.querySelector(`.ticket-info-people .${role} .current-value`)!.innerHTML =
          '<span class="user" data-user-id="58"><a href="/User/Summary.html?id=58">Daniel Kim &lt;daniel.kim@example.com&gt;</a></span>';
        doc.querySelector(`.ticket-info-people .${role}`)!.classList.remove('unset-field');
        // The last reply is Rachel's husband's, copied in.
        doc.querySelector('.transaction[data-transaction-id="96"] .description .user')!.outerHTML =
          '<span class="user" data-user-id="58"><a href="/User/Summary.html?id=58">Daniel Kim &lt;daniel.kim@example.com&gt;</a></span>';
      };

      // Cc watchers are the customer's side: RT's default scrips send them the correspondence ("On Correspond Notify
      // Requestors and Ccs") and the comments only to AdminCcs ("On Comment Notify AdminCcs as Comment"; etc/initialdata).
      it('reads the correspondence of a Cc watcher, not of an AdminCc', () => {
        expect(readVariant('rt', '1-late-package', (doc) => watcher(doc, 'cc'))).toEqual(expected('rt', '1-late-package'));
        expect(readVariant('rt', '1-late-package', (doc) => watcher(doc, 'admincc'))).toEqual(expected('rt', '1-late-package').slice(0, 1));
      });

      // Anyone may be made a Cc, staff too (the Watch right is General, not Staff: lib/RT/Queue.pm; and
      // $ParseNewMessageForTicketCcs makes every address a first mail was sent to a Cc). RT 6 marks a user's avatar
      // privileged (staff) or not (Elements/ShowUserAvatar, rt-6.0.0): a privileged Cc's replies are an agent's.
      it('leaves out the replies of a Cc watcher who is staff, as RT 6 marks them', () => {
        const avatarred = (id: string, name: string, initials: string, privileged: boolean) =>
          `<span class="user" data-user-id="${id}"><a href="/User/Summary.html?id=${id}" class="rt-user-avatar"><span class="rt-user-avatar rounded text-center p-1 rt-blue ${privileged ? 'rt-user-privileged' : 'rt-user-unprivileged'}">${initials}</span></a><a href="/User/Summary.html?id=${id}">${name}</a></span>`;
        const agentAsCc = (doc: Document) => {
          boosted('comp-Ticket-Display', '/Ticket/Display.html?id=5')(doc);
          doc.querySelector('.ticket-info-people .cc .current-value')!.innerHTML = avatarred('31', 'alice (Alice Agent)', 'AA', true);
          doc.querySelector('.ticket-info-people .cc')!.classList.remove('unset-field');
          for (const user of doc.querySelectorAll('.description .user[data-user-id="31"]')) user.outerHTML = avatarred('31', 'alice (Alice Agent)', 'AA', true);
        };
        expect(readVariant('rt', '1-late-package', agentAsCc)).toEqual(expected('rt', '1-late-package'));
      });
    });
  });
});
