// @vitest-environment jsdom
// The side panel's cards (panel/cards.tsx: plain data in, callbacks out) and the in-page pointer (content/pointer.ts:
// the outside-check element, its attributes, and the small button that opens the panel).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { Panel } from '../panel/cards';
import { excerptFor } from '../panel/excerpt';
import { useBriefly } from '../panel/briefly';
import { fillPhrase } from '../panel/phrases';
import type { PanelActions } from '../panel/types';
import { mountPointer, SIDEBAR_TAG, type PointerHandle } from '../content/pointer';
import type { TabView } from '../src/messages';
import type { Lesson } from '../src/lessons/schema';
import type { Suggestion, TicketText } from '../src/engine/types';
import { format, t } from '../src/i18n';
import messages from '../_locales/en/messages.json';
import { statusText } from '../popup/site-view';
import { silenceOf, type Silence } from '../src/silent-tab';
import type { SiteAccess } from '../src/sites';

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

function view(overrides: Partial<TabView> = {}): TabView {
  return {
    state: 'ready',
    origin: 'https://acme.zendesk.com',
    desk: { id: 'zendesk', label: 'Zendesk', generic: false },
    ticket: { id: '1234', identity: '1234', subject: TEXT.subject ?? '', customerMessages: 3, customerName: 'Dana', text: TEXT },
    suggestions: SUGGESTIONS,
    hidden: [],
    canInsert: true,
    pageIsDark: false,
    theme: 'auto',
    ...overrides,
  };
}

function actions(overrides: Partial<PanelActions> = {}) {
  return {
    onCopy: vi.fn<PanelActions['onCopy']>(async () => true),
    onInsert: vi.fn<PanelActions['onInsert']>(async () => true),
    onFeedback: vi.fn<PanelActions['onFeedback']>(),
    onUnhide: vi.fn<PanelActions['onUnhide']>(),
    ...overrides,
  };
}

let container: HTMLElement;
function mount(v: TabView | null = view(), a = actions(), silence?: Silence) {
  container = document.createElement('div');
  document.body.append(container);
  render(h(Panel, { view: v, actions: a, ...(silence ? { silence } : {}) }), container);
  return { root: container, a, update: (next: TabView | null) => render(h(Panel, { view: next, actions: a }), container) };
}

// Preact batches state updates, and the actions are async: let them run.
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const card = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`[data-lesson-id="${id}"]`);
const button = (scope: ParentNode, label: string) => {
  const found = Array.from(scope.querySelectorAll('button')).find((b) => b.getAttribute('aria-label') === label || b.textContent === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};
const header = (root: ParentNode) => root.querySelector('header')?.textContent ?? '';

afterEach(() => {
  vi.restoreAllMocks();
  render(null, container);
  for (const p of pointers) p.destroy();
  pointers = [];
  document.body.innerHTML = '';
});

describe('the panel', () => {
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
    expect(first.textContent).toContain(APOLOGY.phrases[0]);
  });

  it('is compact: the best phrase and Insert show; steps, more phrases and why are folded away until asked for', () => {
    const { root } = mount();
    const first = card(root, 'own-the-apology')!;
    const more = first.querySelector('details')!;
    expect(more.open).toBe(false);
    // Outside the fold: topic, title, gist, the best phrase with Insert (primary) and Copy, and feedback.
    const outside = Array.from(first.children).filter((el) => el !== more);
    const shown = outside.map((el) => el.textContent).join(' ');
    expect(shown).toContain(APOLOGY.phrases[0]);
    expect(shown).not.toContain(APOLOGY.phrases[1]);
    expect(shown).not.toContain('Say sorry once, plainly');
    expect(first.querySelector('.phrase.best button.primary')?.textContent).toBe('Insert into reply');
    // Inside the fold.
    expect(more.textContent).toContain('Say sorry once, plainly');
    expect(more.textContent).toContain(APOLOGY.phrases[1]);
    expect(more.querySelector('.why')).not.toBeNull();
  });

  it('says on each card’s fold what it holds: no steps where the lesson has none, and no fold where it holds nothing', () => {
    const { root } = mount();
    const summary = (id: string) => card(root, id)?.querySelector('details summary')?.textContent;
    expect(summary('own-the-apology')).toBe('Steps, more phrases and why');
    expect(summary('update-before-they-ask')).toBe('More phrases and why');
    const bare: Suggestion = { lesson: { ...KEEP_INFORMED, id: 'one-phrase', phrases: [KEEP_INFORMED.phrases[0]!] }, score: 0.5, evidence: [] };
    const steps: Suggestion = { lesson: { ...APOLOGY, id: 'steps-only', phrases: [APOLOGY.phrases[0]!] }, score: 0.4, evidence: [] };
    render(null, container);
    const { root: other } = mount(view({ suggestions: [bare, steps] }));
    expect(card(other, 'one-phrase')?.querySelector('details')).toBeNull();
    expect(card(other, 'steps-only')?.querySelector('details summary')?.textContent).toBe('Steps');
  });

  it('names each card’s fold for its lesson, so a screen reader moving between them hears which card it is on', () => {
    const { root } = mount();
    const summaries = Array.from(root.querySelectorAll<HTMLElement>('.card details summary'));
    expect(summaries.map((el) => el.getAttribute('aria-label'))).toEqual([t('moreDetailsLesson', 'Steps, more phrases and why', 'Own the apology'), t('moreDetailsLesson', 'More phrases and why', 'Update them before they ask')]);
    // The name starts with the visible words, so "Steps, more phrases and why" said aloud (voice control) still finds it.
    for (const el of summaries) expect(el.getAttribute('aria-label')!.startsWith(el.textContent!)).toBe(true);
  });

  it('steps its headings down one level at a time, the cards under a heading of their own (axe: heading-order)', () => {
    const { root } = mount();
    card(root, 'own-the-apology')!.querySelector('details')!.open = true;
    const levels = Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    expect(levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`${levels[i - 1]} → ${level}`] : []))).toEqual([]);
  });

  it('says what it shows, in every state, plainly when there is no ticket', () => {
    const { root, update } = mount();
    expect(header(root)).toContain('Zendesk · #1234 · 3 customer messages');
    expect(header(root)).toContain('Damaged lamp, order 5531');

    update(view({ desk: { id: 'generic', label: 'Any page', generic: true }, ticket: { id: null, identity: 'generic page', subject: '', customerMessages: 1, text: TEXT } }));
    expect(header(root)).toContain('Reading the page generically · 1 message');

    // A chat with no subject (Chatwoot, HubSpot's inbox): named by its customer, else said to have none, never the
    // bare product name the panel shows between tabs.
    const chat = { id: '318', identity: '318', subject: '', customerMessages: 2, text: { messages: [MESSAGE] } };
    update(view({ ticket: { ...chat, customerName: 'Kemal' } }));
    expect(root.querySelector('h1')?.textContent).toBe(t('conversationWith', 'Kemal'));
    update(view({ ticket: chat }));
    expect(root.querySelector('h1')?.textContent).toBe(t('noSubject'));

    update(view({ state: 'reading', ticket: undefined, suggestions: [] }));
    expect(header(root)).toContain('Reading this ticket…');

    update(view({ state: 'empty', suggestions: [] }));
    expect(header(root)).toContain('Zendesk · #1234');
    expect(root.textContent).toContain('No suggestions for this ticket');

    update(view({ state: 'no-ticket', ticket: undefined, suggestions: [] }));
    expect(header(root)).toBe(t('panelNoTicket'));
    expect(root.textContent).toContain(t('panelNoTicketHint'));
    expect(root.querySelectorAll('[data-lesson-id]')).toHaveLength(0);

    update(view({ state: 'off', ticket: undefined, suggestions: [] }));
    expect(header(root)).toBe(t('panelOff'));
    expect(root.textContent).toContain(t('panelOffHint'));

    update(null);
    expect(header(root)).toBe(t('panelNotReading'));
  });

  // A Zendesk ticket whose page failed to load (ERR_EMPTY_RESPONSE) runs no content script: the panel said "Extra Mile
  // doesn't read this page" there while the popup said "Reload the tab to start". Both now say what silenceOf decides.
  it('where a tab does not answer, says what the popup says of it, for every reason (a desk page that did not load: reload)', () => {
    const zendesk: SiteAccess = { site: { kind: 'hosted', origin: 'https://acme.zendesk.com', deskPage: true }, enabled: undefined, locked: false, granted: true };
    const cases: [SiteAccess, Silence][] = [
      [zendesk, 'reload'],
      [{ ...zendesk, site: { kind: 'self-hosted', origin: 'https://help.example.org' }, enabled: true }, 'reload'],
      [{ ...zendesk, enabled: false }, 'off'],
      [{ ...zendesk, site: { kind: 'hosted', origin: 'https://acme.zendesk.com', deskPage: false } }, 'not-read'],
      [{ site: { kind: 'unsupported' }, enabled: undefined, locked: false, granted: false }, 'not-read'],
    ];
    for (const [access, silence] of cases) {
      expect(silenceOf(access)).toBe(silence);
      const { root } = mount(null, actions(), silence);
      expect(header(root), silence).toBe(statusText({ ...access, view: null }));
      render(null, container);
    }
    const { root } = mount(null, actions(), 'reload');
    expect(root.querySelector('.note')?.textContent).toBe(t('panelReloadHint'));
  });

  it('follows the theme: auto goes dark on a dark page, light stays light', () => {
    const { root, update } = mount(view({ pageIsDark: true }));
    const theme = () => root.querySelector('.panel')!.getAttribute('data-theme');
    expect(theme()).toBe('dark');
    update(view({ pageIsDark: false }));
    expect(theme()).toBe('auto');
    update(view({ theme: 'light', pageIsDark: true }));
    expect(theme()).toBe('light');
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
    expect(why.querySelectorAll('li')).toHaveLength(2);
  });

  it("marks the model's words and the lesson's own words apart from the lesson's cues, as the CLI does", () => {
    const lamp = { cue: 'lamp', text: 'lamp', part: 0, ...at(MESSAGE, 'lamp'), kind: 'model', context: 'plain' } as const;
    const box = { cue: 'boxes', text: 'box', part: 0, ...at(MESSAGE, 'box'), kind: 'lesson', context: 'plain' } as const;
    const { root } = mount(view({ suggestions: [{ ...SUGGESTIONS[0]!, evidence: [SUGGESTIONS[0]!.evidence[0]!, lamp, box] }] }));
    const cues = Array.from(card(root, 'own-the-apology')!.querySelectorAll('.why li .cue'));
    expect(cues.map((el) => el.textContent)).toEqual(['damaged', 'lamp', 'boxes']);
    expect(cues.map((el) => (el.nextElementSibling?.classList.contains('cue-note') ? el.nextElementSibling.textContent : null))).toEqual([null, ` (${t('cueModel')})`, ` (${t('cueLessonText')})`]);
  });

  it('shows one excerpt for words of one stretch of the ticket, each marked, where each had its own copy of the sentence', () => {
    // "lamp", "damaged" and "box" are one sentence: three copies of it, one under each word, read as three reasons
    // (a visual check, 2026-12-04); one line names the three and marks them in the one excerpt.
    const lamp = { cue: 'lamp', text: 'lamp', part: 0, ...at(MESSAGE, 'lamp'), kind: 'model', context: 'plain' } as const;
    const box = { cue: 'box', text: 'box', part: 0, ...at(MESSAGE, 'box'), kind: 'model', context: 'plain' } as const;
    const far = `${'Nothing to do with it. '.repeat(8)}The courier was rude.`;
    const rude = { cue: 'rude', text: 'rude', part: 1, ...at(far, 'rude'), kind: 'exact', context: 'plain' } as const;
    const text: TicketText = { subject: TEXT.subject, messages: [MESSAGE, far] };
    const { root } = mount(view({ ticket: { id: '1', identity: '1', subject: TEXT.subject ?? '', customerMessages: 2, text }, suggestions: [{ ...SUGGESTIONS[0]!, evidence: [SUGGESTIONS[0]!.evidence[0]!, rude, lamp, box] }] }));
    const items = Array.from(card(root, 'own-the-apology')!.querySelectorAll('.why li'));
    // The first three reasons (MAX_WHY), grouped by stretch in the order the first of each came.
    expect(items.map((li) => Array.from(li.querySelectorAll('.cue'), (el) => el.textContent))).toEqual([['damaged', 'lamp'], ['rude']]);
    expect(Array.from(items[0]!.querySelectorAll('.excerpt mark'), (m) => m.textContent)).toEqual(['lamp', 'damaged']);
    expect(items[0]!.querySelector('.excerpt')!.textContent).toContain('The lamp I ordered arrived damaged and the box');
    expect(items[1]!.querySelector('.excerpt mark')?.textContent).toBe('rude');
  });

  it('shows a stretch of the ticket once: of two cues over the same words ("i ordered", "ordered the"), the first given', () => {
    const ordered = (cue: string, word: string) => ({ cue, text: word, part: 0, ...at(MESSAGE, word), kind: 'exact', context: 'plain' }) as const;
    const subject = { cue: 'damaged', text: 'Damaged', part: 'subject', start: 0, end: 7, kind: 'exact', context: 'plain' } as const;
    const evidence = [ordered('i ordered', 'I ordered'), ordered('ordered the', 'ordered arrived'), subject, ordered('soaked', 'soaked')];
    const { root } = mount(view({ suggestions: [{ ...SUGGESTIONS[0]!, evidence }] }));
    const cues = Array.from(card(root, 'own-the-apology')!.querySelectorAll('.why li .cue'), (el) => el.textContent);
    // "soaked" is in the same stretch as "I ordered", named with it; the same words in another part (the subject) are
    // another stretch.
    expect(cues).toEqual(['i ordered', 'soaked', 'damaged']);
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
    const { root } = mount(view({ ticket: { id: '<i>9</i>', identity: '<i>9</i>', subject: text.subject ?? '', customerMessages: 1, text }, suggestions: [suggestion] }));
    expect(root.querySelector('img, script, a, b, i, iframe')).toBeNull();
    expect(root.textContent).toContain('<script>alert(4)</script>');
    expect(root.textContent).toContain('<b>bold</b> apology');
    expect(root.textContent).toContain('<img src=y onerror=alert(5)> sorry!');
    expect(root.querySelector('.excerpt')?.textContent).toContain('<a href="javascript:alert(3)">link</a> broken');
  });
});

describe('a press on a ticket the desk has left', () => {
  it("says Insert went nowhere in the panel, where the card it was pressed on left with its ticket before the answer came", async () => {
    let answer!: (value: 'moved-on') => void;
    const a = actions({ onInsert: vi.fn(() => new Promise<'moved-on'>((resolve) => (answer = resolve))) });
    const { root, update } = mount(view(), a);
    card(root, 'own-the-apology')!.querySelector<HTMLButtonElement>('.phrase.best button.primary')!.click();
    // The desk shows the next ticket before the tab answers: the card and its row are drawn afresh for it.
    update(view({ ticket: { id: '5600', identity: '5600', subject: 'Refund', customerMessages: 1, text: { subject: 'Refund', messages: ['Refund please'] } } }));
    answer('moved-on');
    await settle();
    await settle();
    expect(root.querySelector('.panel-notice[role=status]')?.textContent).toBe(t('insertMovedOn'));
    // Also where the tab went to a page that does not answer: the panel says so there too.
    render(null, container);
    let late!: (value: 'moved-on') => void;
    const c = actions({ onInsert: vi.fn(() => new Promise<'moved-on'>((resolve) => (late = resolve))) });
    const gone = mount(view(), c);
    card(gone.root, 'own-the-apology')!.querySelector<HTMLButtonElement>('.phrase.best button.primary')!.click();
    gone.update(null);
    late('moved-on');
    await settle();
    await settle();
    expect(gone.root.querySelector('.panel-notice[role=status]')?.textContent).toBe(t('insertMovedOn'));
    // Said once: where the row is still there, the row says it, and the panel's line stays empty.
    render(null, container);
    const b = actions({ onInsert: vi.fn(async () => 'moved-on' as const) });
    const again = mount(view(), b);
    card(again.root, 'own-the-apology')!.querySelector<HTMLButtonElement>('.phrase.best button.primary')!.click();
    await settle();
    await settle();
    expect(card(again.root, 'own-the-apology')!.querySelector('.phrase.best [role=status]')?.textContent).toBe(t('insertMovedOn'));
    expect(again.root.querySelector('.panel-notice')?.textContent ?? '').toBe('');
  });
});

describe('what a press came to, shown for a while (panel/briefly.ts)', () => {
  it('goes after its time, and showing the same again starts the time again', async () => {
    vi.useFakeTimers();
    try {
      let show!: (value: string) => void;
      function Shown() {
        const [value, set] = useBriefly<string>(2500);
        show = set;
        return h('p', null, value ?? '');
      }
      container = document.createElement('div');
      document.body.append(container);
      render(h(Shown, null), container);
      const text = async (ms: number) => {
        await vi.advanceTimersByTimeAsync(ms);
        return container.textContent;
      };
      show('Copied');
      expect(await text(2400)).toBe('Copied');
      show('Copied'); // pressed again: a fresh 2.5 s
      expect(await text(2400)).toBe('Copied');
      expect(await text(200)).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('keyboard', () => {
  it('Esc in an unfolded card folds it and puts focus back on its summary', () => {
    const { root } = mount();
    const details = card(root, 'own-the-apology')!.querySelector('details')!;
    details.open = true;
    const inside = details.querySelector<HTMLButtonElement>('.phrase button')!;
    inside.focus();
    inside.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(details.querySelector('summary'));
  });
});

describe('phrases with placeholders', () => {
  it('fills what the desk showed (first name, ticket number) and leaves the rest for the agent', () => {
    expect(fillPhrase('Hi [name], about ticket [ticket number]: it ships on [date].', { name: 'Dana', ticketId: '1234' })).toBe('Hi Dana, about ticket 1234: it ships on [date].');
    expect(fillPhrase('Hi [name], it ships on [date].', {})).toBe('Hi [name], it ships on [date].');
  });

  it('marks the placeholders left in the phrase the panel shows', () => {
    const lesson: Lesson = { ...KEEP_INFORMED, phrases: ['Hi [name], I will update you by [time] on [date].'] };
    const { root } = mount(view({ suggestions: [{ lesson, score: 0.5, evidence: [] }] }));
    const best = root.querySelector('.phrase.best p')!;
    expect(best.textContent).toBe('Hi Dana, I will update you by [time] on [date].');
    expect(Array.from(best.querySelectorAll('mark.placeholder'), (m) => m.textContent)).toEqual(['[time]', '[date]']);
  });
});

describe('actions', () => {
  it('Copy calls onCopy with the phrase, then says Copied', async () => {
    const { root, a } = mount();
    const phrase = APOLOGY.phrases[0]!;
    const copy = button(root, `Copy phrase: ${phrase.slice(0, 59).trimEnd()}…`);
    expect(copy.getAttribute('aria-label')!.length).toBeLessThan(80);
    copy.click();
    expect(a.onCopy).toHaveBeenCalledWith(phrase);
    await settle();
    expect(copy.textContent).toBe('Copied');
  });

  it('Insert calls onInsert, says Inserted, falls back to copying, and is absent without a reply editor', async () => {
    const onInsert = vi.fn<PanelActions['onInsert']>(async () => false);
    const { root, a } = mount(view(), actions({ onInsert }));
    const phrase = APOLOGY.phrases[0]!;
    const insert = button(root, `Insert into reply: ${phrase.slice(0, 59).trimEnd()}…`);
    insert.click();
    await settle();
    expect(onInsert).toHaveBeenCalledWith(phrase);
    expect(a.onCopy).toHaveBeenCalledWith(phrase);
    await settle();
    expect(insert.closest('.phrase')?.textContent).toContain("Couldn't insert — copied instead");

    const ok = mount();
    const insert2 = ok.root.querySelector<HTMLButtonElement>('.phrase.best button.primary')!;
    insert2.focus();
    insert2.click();
    await settle();
    await settle();
    expect(ok.a.onInsert).toHaveBeenCalledTimes(1);
    expect(ok.a.onCopy).not.toHaveBeenCalled();
    expect(insert2.textContent).toBe('Inserted');
    // Focus has left Insert for the phrase: a key meant for the reply cannot press it again.
    expect(document.activeElement).toBe(insert2.closest('.phrase')!.querySelector('p'));
    ok.update(view({ canInsert: false }));
    expect(Array.from(ok.root.querySelectorAll('button')).some((b) => b.textContent === 'Insert into reply')).toBe(false);
  });

  // A review: after the desk moved to another ticket the panel stayed scrolled down, the new subject out of sight.
  it('draws the next ticket from the top, and keeps the scroll while the same ticket is drawn again', () => {
    const page = document.documentElement;
    const { update } = mount();
    page.scrollTop = 159;
    update(view({ suggestions: SUGGESTIONS.slice(0, 1) })); // the same ticket, ranked again
    expect(page.scrollTop).toBe(159);
    update(view({ state: 'reading', ticket: undefined, suggestions: [] }));
    update(view({ ticket: { id: '5498', identity: '5498', subject: 'Wrong size boots', customerMessages: 1, text: TEXT } }));
    expect(page.scrollTop).toBe(0);
  });

  // A review: a double-click on Insert put the phrase into the reply twice (the second click lands on the same button).
  it('Insert takes no second press while the first is under way or its Inserted shows; a later press inserts again', async () => {
    let answer: (ok: boolean) => void = () => undefined;
    const onInsert = vi.fn<PanelActions['onInsert']>(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const { root } = mount(view(), actions({ onInsert }));
    const insert = root.querySelector<HTMLButtonElement>('.phrase.best button.primary')!;
    insert.click();
    insert.click(); // under way
    expect(onInsert).toHaveBeenCalledTimes(1);
    answer(true);
    await settle();
    expect(insert.textContent).toBe('Inserted');
    insert.click(); // the double-click's second half, or a press while it says Inserted
    await settle();
    expect(onInsert).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(insert.textContent).toBe('Insert into reply'), { timeout: 4000 });
    insert.click();
    answer(true);
    await settle();
    expect(onInsert).toHaveBeenCalledTimes(2);
  });

  it('Helpful is a toggle reported once per ticket; Not relevant reports, drops Helpful, and shows Undo with focus on it', async () => {
    // The panel has the keyboard, as in a real press (jsdom's document loses it when the focused button goes).
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    const { root, a, update } = mount();
    const helpful = button(card(root, 'update-before-they-ask')!, 'Helpful: Update them before they ask');
    expect(helpful.getAttribute('aria-pressed')).toBe('false');
    helpful.click();
    await settle();
    expect(helpful.getAttribute('aria-pressed')).toBe('true');
    expect(a.onFeedback).toHaveBeenCalledWith('update-before-they-ask', 'helpful');
    helpful.click();
    await settle();
    expect(helpful.getAttribute('aria-pressed')).toBe('false');
    // Un-pressed: its count is taken back.
    expect(a.onFeedback).toHaveBeenLastCalledWith('update-before-they-ask', 'helpful', true);

    button(card(root, 'own-the-apology')!, 'Helpful: Own the apology').click();
    await settle();
    const feedback = vi.mocked(a.onFeedback);
    feedback.mockClear();
    button(card(root, 'own-the-apology')!, 'Not relevant, hide: Own the apology').click();
    expect(feedback.mock.calls).toEqual([
      ['own-the-apology', 'helpful', true],
      ['own-the-apology', 'not-relevant'],
    ]);
    // The content script re-ranks without it: the next view has it hidden, the next suggestion moves up.
    update(view({ suggestions: [SUGGESTIONS[1]!], hidden: [{ id: 'own-the-apology', title: 'Own the apology' }] }));
    await settle();
    expect(card(root, 'own-the-apology')).toBeNull();
    const undo = root.querySelector<HTMLButtonElement>('[data-undo="own-the-apology"]')!;
    expect(undo.closest('li')?.textContent).toContain('Hidden for this ticket: Own the apology');
    expect(document.activeElement).toBe(undo);
    undo.click();
    expect(a.onUnhide).toHaveBeenCalledWith('own-the-apology');
    update(view());
    await settle();
    // Back, and Helpful no longer pressed: the two exclude each other.
    expect(button(card(root, 'own-the-apology')!, 'Helpful: Own the apology').getAttribute('aria-pressed')).toBe('false');
    expect(document.activeElement).toBe(card(root, 'own-the-apology')!.querySelector('h3'));
  });

  it("moves the keyboard after Not relevant and Undo only for that press: not on a later ranking, another ticket, or from where the agent went", async () => {
    const hasFocus = vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    const { root, update } = mount();
    const hiddenApology = { suggestions: [SUGGESTIONS[1]!], hidden: [{ id: 'own-the-apology', title: 'Own the apology' }] };
    // Undo, and the lesson does not come back (under the cut now): the move waits for nothing.
    update(view(hiddenApology));
    root.querySelector<HTMLButtonElement>('[data-undo="own-the-apology"]')!.click();
    update(view({ suggestions: [SUGGESTIONS[1]!] }));
    await settle();
    const copy = button(card(root, 'update-before-they-ask')!.querySelector('.phrase.best')!, t('copy'));
    copy.focus();
    // A later ranking of the same ticket brings it back: the keyboard stays on the agent's Copy, or where it was left.
    update(view());
    await settle();
    expect(document.activeElement).toBe(copy);
    update(view(hiddenApology));
    root.querySelector<HTMLButtonElement>('[data-undo="own-the-apology"]')!.click();
    update(view({ suggestions: [SUGGESTIONS[1]!] }));
    copy.blur();
    update(view());
    await settle();
    expect(document.activeElement).toBe(document.body);

    // Not relevant, and the tab moves on to another ticket before it is done; there the lesson is hidden too.
    button(card(root, 'own-the-apology')!, 'Not relevant, hide: Own the apology').click();
    update(null);
    const other = view({ ...hiddenApology, ticket: { id: '77', identity: '77', subject: 'Other', customerMessages: 1, text: TEXT } });
    render(h(Panel, { view: other, helpful: { ticket: '77', lessons: [] }, actions: actions() }), container);
    await settle();
    expect(document.activeElement).not.toBe(root.querySelector('[data-undo="own-the-apology"]'));

    // Not relevant, then the agent goes back to the desk (the panel loses the keyboard) before it is done: no focus taken.
    render(h(Panel, { view: view(), helpful: { ticket: '1234', lessons: [] }, actions: actions() }), container);
    await settle();
    button(card(root, 'update-before-they-ask')!, 'Not relevant, hide: Update them before they ask').click();
    hasFocus.mockReturnValue(false);
    const hiddenUpdate = { suggestions: [SUGGESTIONS[0]!], hidden: [{ id: 'update-before-they-ask', title: 'Update them before they ask' }] };
    render(h(Panel, { view: view(hiddenUpdate), helpful: { ticket: '1234', lessons: [] }, actions: actions() }), container);
    await settle();
    expect(root.querySelector('[data-undo="update-before-they-ask"]')).not.toBeNull();
    expect(document.activeElement).toBe(document.body);
  });

  it('Helpful pressed while a Not relevant on the lesson waits for the tab counts nothing', async () => {
    const { root, a, update } = mount();
    button(card(root, 'own-the-apology')!, 'Not relevant, hide: Own the apology').click();
    button(card(root, 'own-the-apology')!, 'Helpful: Own the apology').click();
    await settle();
    expect(vi.mocked(a.onFeedback).mock.calls).toEqual([['own-the-apology', 'not-relevant']]);
    update(view({ suggestions: [SUGGESTIONS[1]!], hidden: [{ id: 'own-the-apology', title: 'Own the apology' }] }));
    root.querySelector<HTMLButtonElement>('[data-undo="own-the-apology"]')!.click();
    update(view());
    await settle();
    expect(button(card(root, 'own-the-apology')!, 'Helpful: Own the apology').getAttribute('aria-pressed')).toBe('false');
  });

  it('each Undo names the lesson it brings back: a screen reader on it hears which, and two hidden lessons are told apart', async () => {
    const { root } = mount(view({ suggestions: [], hidden: [{ id: 'own-the-apology', title: 'Own the apology' }, { id: 'update-before-they-ask', title: 'Update them before they ask' }] }));
    const undos = Array.from(root.querySelectorAll<HTMLButtonElement>('[data-undo]'));
    expect(undos.map((b) => b.getAttribute('aria-label'))).toEqual([t('undoLesson', 'Own the apology'), t('undoLesson', 'Update them before they ask')]);
    // The name keeps the visible word, so "Undo" said aloud (voice control) still finds it.
    for (const b of undos) expect(b.getAttribute('aria-label')).toContain(b.textContent!);
  });

  it('shows Helpful pressed where it was kept for the ticket, so a press takes it back instead of counting twice', async () => {
    container = document.createElement('div');
    document.body.append(container);
    const a = actions();
    render(h(Panel, { view: view(), helpful: { ticket: 'tab 7 https://acme.zendesk.com\n1234', lessons: ['own-the-apology'] }, actions: a }), container);
    const helpful = button(card(container, 'own-the-apology')!, 'Helpful: Own the apology');
    expect(helpful.getAttribute('aria-pressed')).toBe('true');
    expect(button(card(container, 'update-before-they-ask')!, 'Helpful: Update them before they ask').getAttribute('aria-pressed')).toBe('false');
    helpful.click();
    await settle();
    expect(a.onFeedback).toHaveBeenLastCalledWith('own-the-apology', 'helpful', true);
    expect(helpful.getAttribute('aria-pressed')).toBe('false');

    // A press is remembered under the name the ticket is kept under: the same ticket in another tab (another name,
    // nothing kept there) shows it unpressed, and back in the first tab it is as this panel left it.
    const update = button(card(container, 'update-before-they-ask')!, 'Helpful: Update them before they ask');
    update.click();
    await settle();
    render(h(Panel, { view: view(), helpful: { ticket: 'tab 8 https://acme.zendesk.com\n1234', lessons: [] }, actions: a }), container);
    expect(button(card(container, 'update-before-they-ask')!, 'Helpful: Update them before they ask').getAttribute('aria-pressed')).toBe('false');
    render(h(Panel, { view: view(), helpful: { ticket: 'tab 7 https://acme.zendesk.com\n1234', lessons: ['own-the-apology'] }, actions: a }), container);
    expect(button(card(container, 'update-before-they-ask')!, 'Helpful: Update them before they ask').getAttribute('aria-pressed')).toBe('true');
    expect(button(card(container, 'own-the-apology')!, 'Helpful: Own the apology').getAttribute('aria-pressed')).toBe('false');
  });
});

let pointers: PointerHandle[] = [];
function pointer(onOpen = vi.fn()) {
  const handle = mountPointer(document, onOpen);
  pointers.push(handle);
  return { handle, onOpen, button: handle.element.shadowRoot!.querySelector('button')! };
}

describe('the in-page pointer', () => {
  it('keeps the outside-check attributes true in every state, and shows only where a ticket was read and ranked', () => {
    const { handle, button: b } = pointer();
    const el = handle.element;
    expect(el.localName).toBe(SIDEBAR_TAG);
    handle.update(view({ state: 'reading', ticket: undefined, suggestions: [] }), 0);
    expect([el.getAttribute('data-state'), el.getAttribute('data-lessons'), el.getAttribute('data-messages')]).toEqual(['reading', '', '0']);
    expect(handle.visible).toBe(false);
    expect(el.style.getPropertyValue('display')).toBe('none');

    handle.update(view(), 1);
    expect(el.getAttribute('data-state')).toBe('ready');
    expect(el.getAttribute('data-desk')).toBe('Zendesk');
    expect(el.getAttribute('data-messages')).toBe('3');
    expect(el.getAttribute('data-lessons')).toBe('own-the-apology update-before-they-ask');
    expect(el.getAttribute('data-topics')).toBe('empathy keep-informed');
    expect(handle.visible).toBe(true);
    expect(el.style.getPropertyValue('display')).toBe('block');
    expect(b.querySelector<HTMLElement>('.count')?.dataset.n).toBe('2'); // drawn by CSS, said in the name
    expect(b.querySelector('.title')?.textContent).toBe('Own the apology');
    expect(b.getAttribute('aria-label')).toBe(t('pointerOpen', '2 suggestions', 'Own the apology'));

    handle.update(view({ state: 'no-ticket', ticket: undefined, suggestions: [] }), 1);
    expect([el.getAttribute('data-state'), el.getAttribute('data-lessons'), el.getAttribute('data-topics'), el.getAttribute('data-messages')]).toEqual(['no-ticket', '', '', '0']);
    expect(handle.visible).toBe(false);
  });

  it('is not seen or clicked until it is first placed: nowhere is looked at yet, and its corner holds the desk’s own links', () => {
    const { handle } = pointer();
    handle.update(view(), 1);
    expect(handle.visible).toBe(true);
    expect(handle.element.style.getPropertyValue('visibility')).toBe('hidden'); // laid out all the same: it can be measured
    handle.place(812, 360);
    expect(handle.element.style.getPropertyValue('visibility')).toBe('visible');
  });

  it('where its click cannot open the panel, is named for what it shows and described by how to open it', () => {
    const { handle, button: b } = pointer();
    const hint = t('pointerShortcutKeysHow', 'Alt+Shift+M');
    handle.update(view(), 1, hint);
    expect(b.getAttribute('aria-label')).toBe(t('pointerNamed', '2 suggestions', 'Own the apology'));
    const describedBy = b.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    expect(handle.element.shadowRoot!.getElementById(describedBy!)?.textContent).toBe(hint);
    expect(handle.element.shadowRoot!.getElementById(describedBy!)?.hidden).toBe(true); // said, not shown beside it
    expect(b.title).toBe(t('pointerOpenHow', '2 suggestions', 'Own the apology', hint));
    // Where it can (Chromium), no description is left behind.
    handle.update(view(), 1);
    expect(b.getAttribute('aria-label')).toBe(t('pointerOpen', '2 suggestions', 'Own the apology'));
    expect(b.hasAttribute('aria-describedby')).toBe(false);
  });

  it('says its hint (how to open the panel where the page may not) to a screen reader too, not only on screen', () => {
    const { handle, button: b } = pointer();
    handle.update(view(), 1);
    const status = handle.element.shadowRoot!.querySelector('[role=status]');
    expect(status?.textContent).toBe(''); // there before anything is said, so the change is announced
    handle.hint(t('pointerShortcutHint'));
    expect(b.querySelector('.title')?.textContent).toBe(t('pointerShortcutHint'));
    // The button's aria-label overrides its text, so the hint must be said by a live region of its own.
    expect(status?.textContent).toBe(t('pointerShortcutHint'));
    expect(b.contains(status!)).toBe(false);
  });

  // The agent's own click opens the panel in a real browser (tests/e2e/side-panel.test.ts and every e2e file that opens
  // it); jsdom makes no trusted events, so here every event is one a page script could make.
  it('a click the page made (not the agent) opens nothing, the page does not hear it, and focus stays', () => {
    const input = document.createElement('textarea');
    document.body.append(input);
    input.focus();
    const { handle, onOpen, button: b } = pointer();
    handle.update(view(), 1);
    expect(document.activeElement).toBe(input);
    const pageSaw = vi.fn();
    document.addEventListener('click', pageSaw);
    b.click();
    document.removeEventListener('click', pageSaw);
    expect(onOpen).not.toHaveBeenCalled();
    expect(pageSaw).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(input);
  });

  it('a press, move and release the page dispatched moves nothing and reports no move', () => {
    const onMoved = vi.fn();
    const handle = mountPointer(document, vi.fn(), onMoved);
    pointers.push(handle);
    handle.update(view(), 1);
    handle.place(10, 10);
    const b = handle.element.shadowRoot!.querySelector('button')!;
    const press = (type: string, x: number, y: number) => b.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, button: 0, clientX: x, clientY: y }));
    press('pointerdown', 15, 15);
    press('pointermove', 300, 200);
    press('pointerup', 300, 200);
    expect(handle.at).toEqual({ left: 10, top: 10 });
    expect(onMoved).not.toHaveBeenCalled();
  });

  it('a second copy leaves one element; it never defines a custom element in the page registry', () => {
    const define = vi.spyOn(window.customElements, 'define').mockImplementation(() => {
      throw new Error('patched by the page');
    });
    try {
      pointer();
      const second = pointer().handle;
      const hosts = document.querySelectorAll(SIDEBAR_TAG);
      expect(hosts).toHaveLength(1);
      expect(hosts[0]).toBe(second.element);
      expect(define).not.toHaveBeenCalled();
    } finally {
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
