// @vitest-environment jsdom
// The sidebar as the content script sees it: plain data in, a host element with an open shadow root out, callbacks on clicks.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountSidebar, SIDEBAR_TAG, type SidebarActions, type SidebarHandle, type SidebarView } from '../content/sidebar/index';
import { excerptFor } from '../content/sidebar/excerpt';
import type { Lesson } from '../src/lessons/schema';
import type { Suggestion, TicketText } from '../src/engine/types';
import { format, t } from '../src/i18n';
import messages from '../_locales/en/messages.json';

const APOLOGY: Lesson = {
  id: 'own-the-apology',
  title: 'Own the apology',
  topics: ['empathy', 'win-them-back'],
  advice: 'Say sorry for the specific thing that went wrong, in your own words, before you explain anything.',
  steps: ['Name what went wrong', 'Say sorry once, plainly', 'Say what you will do next'],
  phrases: ["I'm sorry your order arrived damaged — that's not the experience you should have had.", "You're right to be upset, and I'm going to fix this today."],
  cues: ['damaged', 'broken', 'unacceptable'],
  signals: ['shouting'],
  source: { article: 'The apology that works', quote: 'An apology is a promise about what happens next.' },
};

const KEEP_INFORMED: Lesson = {
  id: 'update-before-they-ask',
  title: 'Update them before they ask',
  topics: ['keep-informed'],
  advice: 'Tell the customer when they will hear from you next, and write before that time even if there is no news.',
  phrases: ["I'll update you by 3 pm tomorrow, even if I'm still waiting on the courier.", "Here's where things stand right now."],
  cues: ['still waiting', 'no reply'],
  source: { article: 'Nobody likes silence', quote: 'Silence is where trust goes to die.' },
};

const MESSAGE = 'Hello, I am still waiting for news. The lamp I ordered arrived damaged and the box was soaked. This is UNACCEPTABLE!!';
const TEXT: TicketText = { subject: 'Damaged lamp, order 5531', messages: [MESSAGE] };
const at = (s: string, word: string) => ({ start: s.indexOf(word), end: s.indexOf(word) + word.length });

const SUGGESTIONS: Suggestion[] = [
  {
    lesson: APOLOGY,
    score: 0.82,
    evidence: [
      { cue: 'damaged', text: 'damaged', part: 0, ...at(MESSAGE, 'damaged'), kind: 'exact', context: 'plain' },
      { cue: 'shouting', text: 'UNACCEPTABLE', part: 0, ...at(MESSAGE, 'UNACCEPTABLE'), kind: 'tone', context: 'plain' },
      { cue: 'damaged', text: 'Damaged', part: 'subject', start: 0, end: 7, kind: 'exact', context: 'plain' },
    ],
  },
  {
    lesson: KEEP_INFORMED,
    score: 0.6,
    evidence: [{ cue: 'still waiting', text: 'still waiting', part: 0, ...at(MESSAGE, 'still waiting'), kind: 'exact', context: 'plain' }],
  },
];

function view(overrides: Partial<SidebarView> = {}): SidebarView {
  return {
    state: 'ready',
    desk: { id: 'zendesk', label: 'Zendesk', generic: false },
    ticket: { id: '1234', subject: TEXT.subject ?? '', customerMessages: 3, text: TEXT },
    suggestions: SUGGESTIONS,
    open: true,
    side: 'right',
    theme: 'auto',
    pageIsDark: false,
    canInsert: true,
    bottomInset: 120,
    ...overrides,
  };
}

function actions(overrides: Partial<SidebarActions> = {}) {
  return {
    onToggle: vi.fn<SidebarActions['onToggle']>(),
    onCopy: vi.fn<SidebarActions['onCopy']>(async () => true),
    onInsert: vi.fn<SidebarActions['onInsert']>(() => true),
    onFeedback: vi.fn<SidebarActions['onFeedback']>(),
    ...overrides,
  };
}

let handles: SidebarHandle[] = [];
function mount(v = view(), a = actions()) {
  const handle = mountSidebar(document, v, a);
  handles.push(handle);
  const root = handle.element.shadowRoot;
  if (!root) throw new Error('no shadow root');
  return { handle, root, a };
}

// Preact batches state updates; let them render.
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const card = (root: ShadowRoot, id: string) => root.querySelector<HTMLElement>(`[data-lesson-id="${id}"]`);
const button = (scope: ParentNode, label: string) => {
  const found = Array.from(scope.querySelectorAll('button')).find((b) => b.getAttribute('aria-label') === label || b.textContent === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};
const header = (root: ShadowRoot) => root.querySelector('header')?.textContent ?? '';

afterEach(() => {
  for (const h of handles) h.destroy();
  handles = [];
  document.body.innerHTML = '';
});

describe('mountSidebar', () => {
  it('adds one host with the attributes outside tests rely on and an open shadow root', () => {
    const { handle, root } = mount();
    const hosts = document.querySelectorAll(SIDEBAR_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]).toBe(handle.element);
    expect(handle.element.getAttribute('data-state')).toBe('ready');
    expect(handle.element.getAttribute('data-desk')).toBe('zendesk');
    expect(handle.element.getAttribute('data-open')).toBe('true');
    expect(root.mode).toBe('open');
    // jsdom has no constructable stylesheets, so the fallback <style> carries the CSS.
    expect(root.querySelector('style')?.textContent).toContain(':host{all:initial}');
  });

  it('docks to the side and keeps the reply box free', () => {
    const { handle } = mount(view({ side: 'left', bottomInset: 96 }));
    const style = handle.element.style;
    expect(style.getPropertyValue('position')).toBe('fixed');
    expect(style.getPropertyPriority('position')).toBe('important');
    expect(style.getPropertyValue('left')).toBe('0px');
    expect(style.getPropertyValue('top')).toBe('0px');
    expect(style.getPropertyValue('bottom')).toBe('96px');
    expect(style.getPropertyValue('width')).toBe('340px');
    expect(style.getPropertyValue('z-index')).toBe('2147483000');
  });

  it('is a labelled complementary landmark with a collapse button', () => {
    const { root } = mount();
    const aside = root.querySelector('aside');
    expect(aside?.getAttribute('role')).toBe('complementary');
    expect(aside?.getAttribute('aria-label')).toBe('Extra Mile suggestions');
    expect(button(root, 'Collapse Extra Mile').getAttribute('aria-expanded')).toBe('true');
    for (const b of Array.from(root.querySelectorAll('button'))) expect(b.getAttribute('aria-label') || b.textContent).toBeTruthy();
  });

  it('follows the theme: auto goes dark on a dark page, light stays light', () => {
    const { handle, root } = mount(view({ theme: 'auto', pageIsDark: true }));
    const theme = () => root.querySelector('aside')?.getAttribute('data-theme');
    expect(theme()).toBe('dark');
    handle.update(view({ theme: 'auto', pageIsDark: false }));
    expect(theme()).toBe('auto'); // the stylesheet's prefers-color-scheme query decides
    handle.update(view({ theme: 'light', pageIsDark: true }));
    expect(theme()).toBe('light');
  });

  it('marks each suggestion with its lesson id and main topic, in ranked order', () => {
    const { root } = mount();
    const cards = Array.from(root.querySelectorAll<HTMLElement>('[data-lesson-id]'));
    expect(cards.map((c) => [c.dataset.lessonId, c.dataset.topic])).toEqual([
      ['own-the-apology', 'empathy'],
      ['update-before-they-ask', 'keep-informed'],
    ]);
    const first = cards[0]!;
    expect(first.textContent).toContain('Own the apology');
    expect(first.textContent).toContain('Empathy');
    expect(first.textContent).toContain('Say sorry once, plainly');
    expect(first.textContent).toContain(APOLOGY.phrases[0]);
  });

  it('says what it is reading, in every state', () => {
    const { handle, root } = mount();
    expect(header(root)).toContain('Zendesk · #1234 · 3 customer messages');
    expect(header(root)).toContain('Damaged lamp, order 5531');

    handle.update(view({ desk: { id: 'generic', label: 'Any page', generic: true }, ticket: { id: null, subject: '', customerMessages: 1, text: TEXT } }));
    expect(header(root)).toContain('Reading the page generically · 1 customer message');
    expect(handle.element.getAttribute('data-desk')).toBe('generic');

    handle.update(view({ state: 'reading', ticket: undefined, suggestions: [] }));
    expect(header(root)).toContain('Reading this ticket…');

    handle.update(view({ state: 'empty', suggestions: [] }));
    expect(header(root)).toContain('Zendesk · #1234');
    expect(root.textContent).toContain('No suggestions for this ticket');

    handle.update(view({ state: 'unreadable', ticket: undefined, suggestions: [] }));
    expect(header(root)).toContain("Couldn't read this ticket");
    expect(root.textContent).toContain("Select the customer's message on the page and Extra Mile will read just that.");
    expect(handle.element.getAttribute('data-state')).toBe('unreadable');
    expect(root.querySelectorAll('[data-lesson-id]')).toHaveLength(0);
  });

  it("shows why: the ticket's own words highlighted in a short excerpt, and tone by name", () => {
    const { root } = mount();
    const why = card(root, 'own-the-apology')!.querySelector('.why')!;
    const marks = Array.from(why.querySelectorAll('mark')).map((m) => m.textContent);
    expect(marks).toEqual(['damaged']);
    const excerpt = why.querySelector('.excerpt')!.textContent ?? '';
    expect(excerpt).toContain('The lamp I ordered arrived damaged and the box was soaked.');
    expect(excerpt.length).toBeLessThan(120);
    expect(why.textContent).toContain('Shouting: “UNACCEPTABLE”');
    // The subject hit repeats cue "damaged", so it is not listed twice.
    expect(why.querySelectorAll('li')).toHaveLength(2);
  });

  it('renders hostile ticket and lesson text as text, never as markup', () => {
    const hostile = 'Hi <img src=x onerror=alert(1)> there <script>alert(2)</script> <a href="javascript:alert(3)">link</a> broken';
    const text: TicketText = { subject: '<script>alert(4)</script>', messages: [hostile] };
    const lesson: Lesson = { ...APOLOGY, title: '<b>bold</b> apology', phrases: ['<img src=y onerror=alert(5)> sorry!', 'Another phrase here.'] };
    const suggestion: Suggestion = {
      lesson,
      score: 0.5,
      evidence: [{ cue: 'broken', text: 'broken', part: 0, ...at(hostile, 'broken'), kind: 'exact', context: 'plain' }],
    };
    const { root } = mount(view({ ticket: { id: '<i>9</i>', subject: text.subject ?? '', customerMessages: 1, text }, suggestions: [suggestion] }));
    expect(root.querySelector('img, script, a, b, i, iframe')).toBeNull();
    expect(root.textContent).toContain('<script>alert(4)</script>');
    expect(root.textContent).toContain('<b>bold</b> apology');
    expect(root.textContent).toContain('<img src=y onerror=alert(5)> sorry!');
    expect(root.querySelector('.excerpt')?.textContent).toContain('<a href="javascript:alert(3)">link</a> broken');
    expect(document.querySelector('img, script')).toBeNull();
  });
});

describe('actions', () => {
  it('Copy calls onCopy with the lesson and phrase, then says Copied', async () => {
    const { root, a } = mount();
    const phrase = APOLOGY.phrases[0]!;
    const copy = button(root, `Copy phrase: ${phrase.slice(0, 59).trimEnd()}…`);
    expect(copy.getAttribute('aria-label')!.length).toBeLessThan(80);
    copy.click();
    expect(a.onCopy).toHaveBeenCalledWith('own-the-apology', phrase);
    await settle();
    expect(copy.textContent).toBe('Copied');
  });

  it('Insert keeps the editor focused, calls onInsert, and falls back to copying', async () => {
    const onInsert = vi.fn<SidebarActions['onInsert']>(() => false);
    const { root, a } = mount(view(), actions({ onInsert }));
    const phrase = KEEP_INFORMED.phrases[1]!;
    const insert = button(root, `Insert into reply: ${phrase}`);
    const mousedown = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    insert.dispatchEvent(mousedown);
    expect(mousedown.defaultPrevented).toBe(true);
    insert.click();
    expect(onInsert).toHaveBeenCalledWith('update-before-they-ask', phrase);
    expect(a.onCopy).toHaveBeenCalledWith('update-before-they-ask', phrase);
    await settle();
    expect(insert.closest('li')?.textContent).toContain("Couldn't insert — copied instead");
  });

  it('Insert says Inserted on success, and is absent when there is no reply editor', async () => {
    const { handle, root, a } = mount();
    const insert = button(root, `Insert into reply: ${KEEP_INFORMED.phrases[1]}`);
    insert.click();
    expect(a.onInsert).toHaveBeenCalledTimes(1);
    expect(a.onCopy).not.toHaveBeenCalled();
    await settle();
    expect(insert.textContent).toBe('Inserted');
    handle.update(view({ canInsert: false }));
    expect(Array.from(root.querySelectorAll('button')).some((b) => b.textContent === 'Insert into reply')).toBe(false);
  });

  it('Helpful is a toggle reported once; Not relevant hides the suggestion for this ticket only', async () => {
    const { handle, root, a } = mount();
    const helpful = button(card(root, 'update-before-they-ask')!, 'Helpful: Update them before they ask');
    expect(helpful.getAttribute('aria-pressed')).toBe('false');
    helpful.click();
    await settle();
    expect(helpful.getAttribute('aria-pressed')).toBe('true');
    expect(a.onFeedback).toHaveBeenCalledWith('update-before-they-ask', 'helpful');
    helpful.click();
    await settle();
    helpful.click();
    await settle();
    expect(a.onFeedback).toHaveBeenCalledTimes(1);

    button(card(root, 'own-the-apology')!, 'Not relevant, hide: Own the apology').click();
    expect(a.onFeedback).toHaveBeenLastCalledWith('own-the-apology', 'not-relevant');
    await settle();
    expect(card(root, 'own-the-apology')).toBeNull();
    expect(card(root, 'update-before-they-ask')).not.toBeNull();

    // Still hidden when the same ticket is re-read; back on another ticket.
    handle.update(view());
    expect(card(root, 'own-the-apology')).toBeNull();
    handle.update(view({ ticket: { id: '5678', subject: 'Other', customerMessages: 1, text: TEXT } }));
    expect(card(root, 'own-the-apology')).not.toBeNull();
  });

  it('hiding every suggestion leaves the empty message', async () => {
    const { root } = mount(view({ suggestions: [SUGGESTIONS[1]!] }));
    button(root, 'Not relevant').click();
    await settle();
    expect(root.textContent).toContain('No suggestions for this ticket');
  });

  it('Esc collapses to the tab; the tab opens it again', async () => {
    const { handle, root, a } = mount();
    const inside = button(root, 'Helpful: Own the apology');
    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true });
    const pageSaw = vi.fn();
    document.addEventListener('keydown', pageSaw);
    inside.dispatchEvent(esc);
    document.removeEventListener('keydown', pageSaw);
    expect(a.onToggle).toHaveBeenCalledWith(false);
    expect(pageSaw).not.toHaveBeenCalled();
    expect(handle.element.getAttribute('data-open')).toBe('false');
    expect(handle.element.style.getPropertyValue('width')).toBe('32px');
    expect(root.querySelectorAll('[data-lesson-id]')).toHaveLength(0);
    const tab = button(root, 'Expand Extra Mile');
    expect(tab.textContent).toBe('Extra Mile');
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    tab.click();
    expect(a.onToggle).toHaveBeenLastCalledWith(true);
    expect(handle.element.getAttribute('data-open')).toBe('true');
    expect(root.querySelectorAll('[data-lesson-id]')).toHaveLength(2);
  });

  it('never moves focus on mount or update', () => {
    const input = document.createElement('textarea');
    document.body.append(input);
    input.focus();
    const { handle } = mount();
    handle.update(view({ state: 'empty', suggestions: [] }));
    handle.update(view());
    expect(document.activeElement).toBe(input);
  });
});

describe('lifecycle', () => {
  it('update() redraws the same host; destroy() removes it', () => {
    const { handle, root } = mount(view({ state: 'reading', ticket: undefined, suggestions: [] }));
    handle.update(view());
    expect(document.querySelectorAll(SIDEBAR_TAG)).toHaveLength(1);
    expect(handle.element.getAttribute('data-state')).toBe('ready');
    expect(root.querySelectorAll('[data-lesson-id]')).toHaveLength(2);
    handle.destroy();
    expect(document.querySelectorAll(SIDEBAR_TAG)).toHaveLength(0);
    handle.update(view());
    handle.destroy();
    expect(document.querySelectorAll(SIDEBAR_TAG)).toHaveLength(0);
  });

  it('a second copy of the content script leaves one host', () => {
    const first = mount().handle;
    const second = mount().handle;
    first.destroy();
    const hosts = document.querySelectorAll(SIDEBAR_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]).toBe(second.element);
    expect(second.element.shadowRoot?.querySelectorAll('[data-lesson-id]')).toHaveLength(2);
  });

  it('never defines its element in the page customElements registry (in Firefox that would lock page scripts out of the host), so a broken define does not matter', () => {
    const get = vi.spyOn(window.customElements, 'get').mockReturnValue(undefined);
    const define = vi.spyOn(window.customElements, 'define').mockImplementation(() => {
      throw new Error('patched by the page');
    });
    try {
      const { handle, root } = mount();
      expect(define).not.toHaveBeenCalled();
      expect(handle.element.localName).toBe(SIDEBAR_TAG);
      expect(root.querySelector('aside')).not.toBeNull();
    } finally {
      get.mockRestore();
      define.mockRestore();
    }
  });
});

describe('excerptFor', () => {
  const e = (text: string, start: number, end: number) => ({ cue: 'x', text, part: 0 as const, start, end, kind: 'exact' as const, context: 'plain' as const });

  it('cuts about 50 characters each side at word boundaries', () => {
    const long = `${'alpha beta gamma delta '.repeat(5)}REFUND${' epsilon zeta eta theta'.repeat(5)}`;
    const ex = excerptFor(e('REFUND', long.indexOf('REFUND'), long.indexOf('REFUND') + 6), { messages: [long] });
    expect(ex.match).toBe('REFUND');
    expect(ex.before.startsWith('…')).toBe(true);
    expect(ex.after.endsWith('…')).toBe(true);
    expect(ex.before.length).toBeLessThanOrEqual(52);
    expect(ex.before).toMatch(/^…(alpha|beta|gamma|delta) /);
    expect(ex.after).toMatch(/ (epsilon|zeta|eta|theta)…$/);
  });

  it('finds the words when offsets do not fit, and falls back to the evidence alone without ticket text', () => {
    expect(excerptFor(e('refund', 90, 96), { messages: ['I want a refund now'] })).toEqual({ before: 'I want a ', match: 'refund', after: ' now' });
    expect(excerptFor(e('refund', 9, 15), undefined)).toEqual({ before: '', match: 'refund', after: '' });
    expect(excerptFor({ ...e('Refund', 0, 6), part: 'subject' }, { subject: 'Refund please', messages: [] }).match).toBe('Refund');
  });
});

describe('t()', () => {
  it('falls back to the bundled English and fills placeholders', () => {
    expect(t('extName')).toBe('Extra Mile');
    expect(t('customerMessagesMany', '3')).toBe('3 customer messages');
    expect(t('copyPhrase', 'costs $$5 or $1')).toBe('Copy phrase: costs $$5 or $1');
    expect(format({ message: 'Costs $$$1' }, ['5'])).toBe('Costs $5');
  });

  it('uses the browser when it has the message', () => {
    const getMessage = vi.fn((key: string, subs?: string[]) => (key === 'extName' ? 'Extra Mile (de)' : `${key}:${subs?.join(',')}`));
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    try {
      expect(t('extName')).toBe('Extra Mile (de)');
      expect(t('ticketNumber', '42')).toBe('ticketNumber:42');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps the manifest strings within the stores\' limits', () => {
    expect(messages.extName.message).toBe('Extra Mile');
    expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
    for (const [key, entry] of Object.entries(messages)) expect(entry.description, key).toBeTruthy();
  });

  it('has every message the manifest names', () => {
    const manifest = readFileSync(fileURLToPath(import.meta.url).replace(/tests[\\/][^\\/]+$/, 'manifest.json'), 'utf8');
    const names = Array.from(manifest.matchAll(/__MSG_(\w+)__/g), (m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(Object.keys(messages), `__MSG_${name}__`).toContain(name);
  });
});
