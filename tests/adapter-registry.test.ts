// Keeps the adapter house in order: one file per desk, every file registered, ids equal to file
// names, valid match patterns, a fixture for each, and the generic fallback last.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { adapters, findAdapter, matchesUrl, parseMatchPattern } from '../src/adapters/index';
import { deskMatchPatterns } from '../src/adapters/hosts';
import { readClean } from './support/read-clean';
import { defineSelectorAdapter } from '../src/adapters/read';

const ADAPTER_DIR = path.resolve(__dirname, '../src/adapters');
const FIXTURE_DIR = path.resolve(__dirname, 'fixtures');
/** Shared modules in src/adapters that are not adapters. */
const NOT_ADAPTERS = new Set(['types', 'read', 'clean', 'index', 'hosts']);

const adapterFiles = readdirSync(ADAPTER_DIR)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
  .map((name) => name.replace(/\.ts$/, ''))
  .filter((name) => !NOT_ADAPTERS.has(name))
  .sort();

describe('adapter registry', () => {
  it('has unique, kebab-case ids', () => {
    const ids = adapters.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('registers every adapter file, under its file name', () => {
    expect(adapters.map((a) => a.id).sort()).toEqual(adapterFiles);
  });

  it('registers each file as its default export', async () => {
    for (const file of adapterFiles) {
      const mod = (await import(`../src/adapters/${file}.ts`)) as { default: { id: string } };
      expect(mod.default.id).toBe(file);
      expect(adapters).toContain(mod.default);
    }
  });

  it('puts the generic fallback last, with neither URL patterns nor a signature', () => {
    const last = adapters[adapters.length - 1]!;
    expect(last.id).toBe('generic');
    expect(last.matches).toBeUndefined();
    expect(last.detect).toBeUndefined();
    expect(adapters.filter((a) => a.id === 'generic')).toHaveLength(1);
  });

  it('gives every desk a way to be recognised, a label and editor selectors', () => {
    for (const adapter of adapters.filter((a) => a.id !== 'generic')) {
      expect(Boolean(adapter.matches?.length) || Boolean(adapter.detect), adapter.id).toBe(true);
      expect(adapter.label.length, adapter.id).toBeGreaterThan(0);
      expect(adapter.editor.length, adapter.id).toBeGreaterThan(0);
    }
  });

  it('uses valid match patterns, none of them broader than one desk', () => {
    for (const adapter of adapters) {
      for (const pattern of adapter.matches ?? []) {
        const parsed = parseMatchPattern(pattern);
        expect(parsed, `${adapter.id}: ${pattern}`).not.toBeNull();
        expect(parsed!.allUrls, pattern).toBe(false);
        expect(parsed!.host, pattern).not.toBe('*');
        expect(parsed!.scheme, pattern).toBe('https');
      }
    }
  });

  it('uses selectors that parse', () => {
    const doc = new JSDOM('<!doctype html><body></body>').window.document;
    for (const adapter of adapters) {
      for (const selector of [...adapter.editor, ...(adapter.pending ?? [])]) {
        expect(() => doc.querySelector(selector), `${adapter.id}: ${selector}`).not.toThrow();
      }
    }
  });

  it('has at least one fixture page per adapter, and no fixture folder without an adapter', () => {
    for (const id of adapters.map((a) => a.id)) {
      const dir = path.join(FIXTURE_DIR, id);
      expect(existsSync(dir), `tests/fixtures/${id}/`).toBe(true);
      expect(readdirSync(dir).filter((n) => n.endsWith('.html')).length, id).toBeGreaterThan(0);
    }
    const folders = readdirSync(FIXTURE_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    for (const folder of folders) expect(adapters.map((a) => a.id)).toContain(folder);
  });

  it('names the public evidence for every desk adapter’s selectors, or says which are a structural guess', () => {
    for (const file of adapterFiles.filter((f) => f !== 'generic')) {
      const source = readFileSync(path.join(ADAPTER_DIR, `${file}.ts`), 'utf8');
      expect(source, file).toMatch(/^\/\/ Evidence/m);
    }
  });

  it('reads a thread by structure through the shared reader (reader/entries.ts), never a copy of its entry list', () => {
    for (const file of adapterFiles) {
      const source = readFileSync(path.join(ADAPTER_DIR, `${file}.ts`), 'utf8');
      expect(source, file).not.toMatch(/'\[role="article"\]',\s*'article'/);
    }
  });

  it('names its evidence in the header of every fixture page', () => {
    for (const folder of readdirSync(FIXTURE_DIR, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const name of readdirSync(path.join(FIXTURE_DIR, folder.name)).filter((n) => n.endsWith('.html'))) {
        const header = /^<!--([\s\S]*?)-->/.exec(readFileSync(path.join(FIXTURE_DIR, folder.name, name), 'utf8'))?.[1] ?? '';
        expect(header, `${folder.name}/${name}`).toMatch(/\| evidence: \S/);
      }
    }
  });

  it('never throws from detect or read on an empty or odd page', () => {
    const pages = ['', '<html><body><h1>Hello</h1></body></html>', '<frameset><frame src="about:blank"></frameset>'];
    for (const html of pages) {
      const dom = new JSDOM(html, { url: 'https://example.org/' });
      for (const adapter of adapters) {
        expect(() => adapter.detect?.(dom.window.document)).not.toThrow();
        expect(() => readClean(adapter, dom.window.document, new URL('https://example.org/'))).not.toThrow();
      }
    }
  });

  it('reads a desk whose own rule throws midway through its thread as no ticket, run whole or in steps', () => {
    const dom = new JSDOM('<h1>Refund</h1><article>Where is my refund?</article><article>Still nothing.</article>', { url: 'https://example.org/t/1' });
    const doc = dom.window.document;
    const url = new URL('https://example.org/t/1');
    const adapter = defineSelectorAdapter({
      id: 'throwing',
      label: 'Throwing',
      subject: ['h1'],
      ticketId: () => '1',
      // Thrown after the reading's first pause, inside the thread's walk.
      message: { item: ['article'], body: [], customerRule: () => () => { throw new Error('a desk changed under us'); } },
      order: 'oldest-first',
      editor: [],
    });
    expect(adapter.read(doc, url)).toBeNull();
    const steps = adapter.readInSteps!(doc, url);
    let step = steps.next();
    for (let i = 0; !step.done && i < 10; i++) step = steps.next();
    expect(step).toEqual({ done: true, value: null });
  });

  it("is not steered to another desk by that desk's markers inside a customer's message", () => {
    const url = 'https://help.example.org/conversation/412';
    const html = readFileSync(path.join(FIXTURE_DIR, 'freescout/conversation-pause-subscription.html'), 'utf8');
    const dom = new JSDOM(html, { url });
    const doc = dom.window.document;
    expect(findAdapter(doc, url).id).toBe('freescout');
    // An HTML email can carry any class: Zammad's signature, hidden, inside the customer's message. Zammad is
    // detected before FreeScout, and would read no ticket here.
    const body = doc.querySelector('.thread-type-customer .thread-content')!;
    body.insertAdjacentHTML('beforeend', '<div class="ticketZoom-header" style="display:none"></div><div class="ticketZoom"></div>');
    expect(adapters.find((a) => a.id === 'zammad')!.detect!(doc)).toBe(true);
    const found = findAdapter(doc, url);
    expect(found.id).toBe('freescout');
    expect(readClean(found, doc, new URL(url))?.messages.length).toBeGreaterThan(0);
  });

  it('falls back to generic on a page no desk claims', () => {
    const dom = new JSDOM('<main><p>Some help page.</p></main>', { url: 'https://intranet.example.org/kb/1' });
    expect(findAdapter(dom.window.document, 'https://intranet.example.org/kb/1').id).toBe('generic');
  });
});

describe('match patterns', () => {
  it.each([
    ['https://*.zendesk.com/agent/*', 'https://acme.zendesk.com/agent/tickets/1', true],
    ['https://*.zendesk.com/agent/*', 'https://zendesk.com/agent/tickets/1', true],
    ['https://*.zendesk.com/agent/*', 'https://acme.zendesk.com/hc/en-us', false],
    ['https://*.zendesk.com/agent/*', 'https://acme.zendesk.com.evil.example/agent/', false],
    ['https://*.zendesk.com/agent/*', 'http://acme.zendesk.com/agent/tickets/1', false],
    ['*://mail.google.com/*', 'http://mail.google.com/mail/u/0/', true],
    ['*://mail.google.com/*', 'ftp://mail.google.com/', false],
    ['https://secure.helpscout.net/*', 'https://secure.helpscout.net/conversation/1/2?x=1', true],
    ['https://app.hubspot.com/*/ticket/*', 'https://app.hubspot.com/help-desk/1/ticket/9', true],
    ['<all_urls>', 'https://anything.example/', true],
    ['file:///*', 'file:///home/a.html', true],
  ])('%s vs %s', (pattern, url, expected) => {
    expect(matchesUrl(pattern, url)).toBe(expected);
  });

  it.each(['https://*zendesk.com/*', 'https://acme.zendesk.com', 'https://a.*.com/*', 'chrome://extensions/*', 'https://acme.zendesk.com:8443/*', 'https:///x', 'not a pattern'])(
    'rejects %s',
    (pattern) => {
      expect(parseMatchPattern(pattern)).toBeNull();
      expect(matchesUrl(pattern, 'https://acme.zendesk.com/agent/')).toBe(false);
    },
  );
});

describe('the manifest and the adapters agree', () => {
  it('keeps no desk host in the source manifest: the build writes them from the adapters', () => {
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../manifest.json'), 'utf8')) as { host_permissions?: string[]; content_scripts: Array<{ matches: string[] }> };
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts.flatMap((c) => c.matches)).toEqual([]);
  });

  it.each(['chrome', 'firefox'])('the built %s manifest runs the content script, with host access, on exactly the hosted desks’ patterns', (build) => {
    const file = path.resolve(__dirname, '../dist', build, 'manifest.json');
    if (!existsSync(file)) throw new Error(`dist/${build} is missing: run "node build.mjs" first`);
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { host_permissions: string[]; content_scripts: Array<{ matches: string[] }> };
    const declared = deskMatchPatterns();
    expect(declared.length).toBeGreaterThan(10);
    expect(manifest.content_scripts.flatMap((c) => c.matches)).toEqual(declared);
    expect(manifest.host_permissions).toEqual(declared);
  });
});
