// The real pages: osTicket, FreeScout and Request Tracker as their own servers rendered them, read in
// place from ../shared/desk-pages (GPL pages, not copied into this repository). Each adapter must give
// exactly the answer written beside the page.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findAdapter } from '../src/adapters/index';
import { findEditor } from '../src/adapters/read';
import { sharedData } from './support/shared';
import { readClean } from './support/read-clean';

const DESK_PAGES = sharedData('desk-pages');
const FOLDERS: Record<string, string> = { osticket: 'osticket', freescout: 'freescout', rt: 'request-tracker' };

interface Expected {
  subject: string;
  customer_messages: string[];
  agent_messages: string[];
  internal_notes: string[];
}

/** Whitespace-normalised, so line wrapping differences do not count. */
const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The page URL from the capture's first-line comment ("page URL path: /scp/tickets.php?id=1"). */
function pageUrl(html: string): string {
  const pathPart = /page URL path:\s*(\S+)/.exec(html)?.[1] ?? '/';
  return `https://support.example.org${pathPart}`;
}

const cases = Object.entries(FOLDERS).flatMap(([folder, desk]) => {
  const dir = path.join(DESK_PAGES.path, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => ({ folder, desk, name, file: path.join(dir, name) }));
});

// Without ../shared (a fresh clone) the whole file skips, named with what is missing.
describe.skipIf(DESK_PAGES.missing)(`real desk pages in ../shared/desk-pages${DESK_PAGES.missing ? ` (${DESK_PAGES.missing})` : ''}`, () => {
  it('finds the pages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(9);
  });

  it.each(cases)('$folder/$name', ({ desk, file }) => {
    const html = readFileSync(file, 'utf8');
    const expected = JSON.parse(readFileSync(file.replace(/\.html$/, '.json'), 'utf8')) as Expected;
    const url = pageUrl(html);
    const dom = new JSDOM(html, { url });
    const doc = dom.window.document;

    const adapter = findAdapter(doc, url);
    expect(adapter.id).toBe(desk);
    const ticket = readClean(adapter, doc, new URL(url));
    expect(ticket).not.toBeNull();
    if (!ticket) return;

    expect(ticket.desk).toBe(desk);
    expect(ticket.subject).toBe(expected.subject);
    expect(ticket.messages.map((m) => norm(m.text))).toEqual(expected.customer_messages.map(norm));

    const read = norm(ticket.messages.map((m) => m.text).join('\n'));
    for (const other of [...expected.agent_messages, ...expected.internal_notes]) {
      // No sentence of an agent reply or a note may leak in (quoted history included).
      for (const sentence of other.split(/(?<=[.!?])\s+|\n+/).map(norm).filter((s) => s.length > 25)) {
        expect(read).not.toContain(sentence);
      }
    }
    dom.window.close();
  });

  // FreeScout keeps its reply box in a block with Bootstrap 3's `hidden` class (`.hidden { display: none !important }`,
  // in its stylesheet, which the captures do not carry) until the agent clicks Reply: no editor to insert into till then.
  it.each(cases.filter((c) => c.desk === 'freescout'))('$folder/$name: the reply editor counts only once shown', ({ file }) => {
    const html = readFileSync(file, 'utf8').replace('</head>', '<style>.hidden { display: none !important; }</style></head>');
    const url = pageUrl(html);
    const dom = new JSDOM(html, { url });
    const doc = dom.window.document;
    const adapter = findAdapter(doc, url);
    expect(findEditor(doc, adapter.editor)).toBeNull();
    doc.querySelector('.conv-reply-block')!.classList.remove('hidden');
    expect(findEditor(doc, adapter.editor)).not.toBeNull();
    dom.window.close();
  });
});
