// @vitest-environment jsdom
// @vitest-environment-options { "url": "https://acme.zendesk.com/agent/tickets/7001" }
// The content script reads the ticket, has the background rank it and shows the answer (the view it sends the side
// panel, and the pointer's attributes: content/main.ts, content/ticket-watcher.ts). Here the
// background's answers and the page pauses are a gate the test opens, so what happens while a run waits is exact: a
// newer read stops the older run (only the newest draws), and a context that stops (the extension reloaded, a newer
// copy took over) draws nothing more. The real timing on a 5 MB page is measured in tests/e2e/huge-ticket.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { start, type ContentContext } from '../content/main';
import { t } from '../src/i18n';
import { BUILTIN_CHECKS } from '../src/coach/index';
import { VOCABULARY } from '../src/coach/vocabulary';
import { BUILTIN_LESSONS } from '../src/lessons/index';
import { analyse } from '../src/engine/index';
import type { ContentContextReply, RankReply } from '../src/messages';
import type { TicketText } from '../src/engine/types';
import { ENGINE } from './support/engine';
import { DEFAULT_PREFERENCES } from '../src/settings';
import { rankReply } from './support/rank-reply';

const reply: ContentContextReply = { enabled: true, revision: 'library-1', library: { lessons: [...BUILTIN_LESSONS], checks: [...BUILTIN_CHECKS], vocabulary: VOCABULARY }, preferences: { ...DEFAULT_PREFERENCES } };
const fake = vi.hoisted(() => ({
  listeners: new Set<(message: unknown) => unknown>(),
  rank: null as null | ((ticket: unknown) => Promise<unknown>),
  /** The lessons the background keeps as not relevant for a ticket, by the ticket's identity. */
  stored: new Map<string, string[]>(),
  /** Every rank request, in order. */
  rankRequests: [] as Array<{ exclude: string[]; stored?: { origin: string; ticket: string } }>,
  /** Every view the content script sent (to the side panel and the background), in order. */
  views: [] as Array<{ state: string; ticket?: { subject: string } }>,
  /** The library revision each context request said the tab holds, in order. */
  contextHas: [] as Array<string | undefined>,
}));
vi.mock('../src/browser', () => ({
  default: {
    runtime: {
      id: 'fake-extension-id',
      sendMessage: async (message: { type: string; ticket?: unknown; view?: { state: string; ticket?: { subject: string } } }) => {
        if (message.type === 'extra-mile:tab-view') fake.views.push(message.view!);
        if (message.type === 'extra-mile:set-ticket-hidden') {
          // As the background does: the change applied to what is kept for the ticket.
          const change = message as unknown as { ticket: string; lessonId: string; hidden: boolean };
          const kept = (fake.stored.get(change.ticket) ?? []).filter((id) => id !== change.lessonId);
          fake.stored.set(change.ticket, change.hidden ? [...kept, change.lessonId] : kept);
          return true;
        }
        if (message.type === 'extra-mile:rank') {
          const request = message as unknown as { exclude: string[]; stored?: { origin: string; ticket: string } };
          fake.rankRequests.push(request);
          const storedHidden = request.stored ? (fake.stored.get(request.stored.ticket) ?? []) : undefined;
          return fake.rank?.(message.ticket).then((ranked) => ({ ...(ranked as object), ...(storedHidden ? { storedHidden } : {}) }));
        }
        if (message.type !== 'extra-mile:get-context') return true;
        // As the background does: the library is left out when the tab holds its revision.
        const has = (message as unknown as { has?: string }).has;
        fake.contextHas.push(has);
        const { library, ...rest } = structuredClone(reply);
        return has === reply.revision ? rest : { ...rest, library };
      },
      onMessage: { addListener: (l: (m: unknown) => unknown) => fake.listeners.add(l), removeListener: (l: (m: unknown) => unknown) => fake.listeners.delete(l) },
    },
  },
  extensionAlive: () => true,
}));

/** Pauses, and the background's answers, wait here until the test lets them go. */
const waiting: Array<() => void> = [];
const gate = () => new Promise<void>((resume) => waiting.push(resume));
/** The background ranks with the real engine; its answer waits at the gate unless `gated` is off. */
let gated = true;
fake.rank = async (ticket) => {
  if (gated) await gate();
  // As the real background: the messages cleaned, then ranked (rankReply says what they were cleaned to).
  const { cleaned } = rankReply(ticket, { suggestions: [] });
  const { suggestions, notEnglish } = analyse({ ...(ticket as TicketText), messages: cleaned.messages.filter(Boolean) }, ENGINE);
  return rankReply(ticket, { suggestions, ...(notEnglish ? { notEnglish } : {}) });
};
const flush = () => new Promise((done) => setTimeout(done, 0));

/** Lets the waiting pauses go one at a time, and those they lead to, until nothing waits any more; how many went. */
async function runToEnd(): Promise<number> {
  let released = 0;
  for (let round = 0; round < 10_000; round++) {
    await flush();
    if (!waiting.length) {
      await flush();
      if (!waiting.length) return released;
    }
    waiting.shift()?.();
    released++;
  }
  throw new Error('never finished');
}

function ticketHtml(subject: string, messages: string[], id = '7001'): string {
  const article = (text: string) =>
    `<article data-test-id="omni-log-comment-item"><div data-test-id="omni-log-item-message" type="end-user"><div data-test-id="omni-log-message-content"><div class="zd-comment"><p>${text}</p></div></div></div></article>`;
  return `<div class="ticket-panes-grid-layout active" data-is-active="true" data-ticket-id="${id}">
    <input data-test-id="omni-header-subject" value="${subject}">
    <div data-test-id="omni-log-container">${messages.map(article).join('')}</div></div>`;
}

const FILLER = 'We talked about the weather, the garden and the neighbours for a while before getting to it. '.repeat(40);
const A = ticketHtml('Refund still not received', [`${FILLER} I still have not been refunded.`, `${FILLER} Where is my refund?`]);
const B = ticketHtml('Cancel my account now', [`${FILLER} Please cancel my account.`, `${FILLER} I want to cancel.`]);
const C = ticketHtml('Transferred three times', [`${FILLER} I was transferred three times and nobody can help.`, `${FILLER} Nobody can help me.`]);

const host = () => document.querySelector('extra-mile-sidebar');
/** The last view shown with suggestions. */
const lastReady = () => fake.views.filter((v) => v.state === 'ready').at(-1) as { hidden?: Array<{ id: string; title: string }> } | undefined;
/** The lessons last shown as marked not relevant (with Undo). */
const shownHidden = () => new Set(lastReady()?.hidden?.map((h) => h.id));

/** Ticket A (7001) had `kept` marked not relevant on an earlier load; no ranking asked for yet. */
function keptOnA(kept: string): void {
  fake.stored.set('7001', [kept]);
  fake.rankRequests.length = 0;
}

/**
 * Starts on ticket A, where `kept` was marked not relevant on an earlier load; lets the page run until `reached` holds,
 * then marks `marked` not relevant on that ticket as the side panel does (naming the ticket it shows), and runs on.
 */
async function markWhileLoading(kept: string, marked: string, reached: () => void): Promise<void> {
  keptOnA(kept);
  document.body.innerHTML = A;
  context = start(window, { sliceMs: 0, yieldToPage: gate });
  await vi.waitFor(reached, { timeout: 2_000, interval: 5 });
  for (const listener of fake.listeners) listener({ type: 'extra-mile:hide-lesson', lessonId: marked, hidden: true, ticket: '7001' });
  await runToEnd();
}

/** The subject of the ticket last shown with its suggestions. */
const shownSubject = () => fake.views.filter((v) => v.state === 'ready').at(-1)?.ticket?.subject ?? null;
const rankCount = () => Number(host()?.getAttribute('data-rank-count'));
const readCount = () => performance.getEntriesByName('extra-mile:read').length;

let context: ContentContext | null = null;
let shownBefore = 0;
/** Every subject shown with suggestions since the first ticket was, however briefly. */
const drawnSubjects = () =>
  fake.views
    .slice(shownBefore)
    .filter((v) => v.state === 'ready')
    .map((v) => v.ticket?.subject ?? '')
    .filter((subject, i, all) => all[i - 1] !== subject);

async function startOn(html: string): Promise<void> {
  document.body.innerHTML = html;
  context = start(window, { sliceMs: 0, yieldToPage: gate });
  await runToEnd();
  shownBefore = fake.views.length;
}

/** Replaces the ticket on the page and waits until the content script has read it (past its 50 ms throttle), its run paused at the gate. */
async function changeTicket(html: string): Promise<void> {
  const reads = performance.getEntriesByName('extra-mile:read')[0]?.startTime;
  document.body.innerHTML = html;
  await vi.waitFor(() => expect(performance.getEntriesByName('extra-mile:read')[0]?.startTime).not.toBe(reads), { timeout: 2_000, interval: 5 });
  await flush();
  expect(waiting.length, 'the new run waits at a pause').toBeGreaterThan(0);
}

afterEach(() => {
  gated = true;
  context?.stop();
  context = null;
  fake.views.length = 0;
  waiting.splice(0);
  document.body.innerHTML = '';
});

describe('reading, ranking in the background and drawing (content/main.ts)', () => {
  it('draws a ticket once its run has passed every pause', async () => {
    await startOn(A);
    expect(host()?.getAttribute('data-state')).toBe('ready');
    expect(shownSubject()).toBe('Refund still not received');
    expect(rankCount()).toBe(1);
    expect(readCount()).toBe(1);
  });

  it("reads the add-on's strings while the background ranks, not when the first suggestions are drawn", async () => {
    // The browser loads an add-on's strings at their first use (several ms on a fresh page); it falls back to the
    // bundled English when this stand-in gives nothing.
    const getMessage = vi.fn(() => '');
    Object.assign(globalThis, { chrome: { i18n: { getMessage } } });
    try {
      document.body.innerHTML = A;
      context = start(window, { sliceMs: 0, yieldToPage: gate });
      await vi.waitFor(() => expect(waiting.length, 'the rank waits at the gate').toBeGreaterThan(0), { timeout: 2_000, interval: 5 });
      await flush();
      expect(fake.views.some((v) => v.state === 'ready')).toBe(false);
      expect(getMessage).toHaveBeenCalled();
      await runToEnd();
      expect(shownSubject()).toBe('Refund still not received');
    } finally {
      delete (globalThis as { chrome?: unknown }).chrome;
    }
  });

  it('a thread with no customer entry is shown under the desk’s own name, from its subject alone', async () => {
    gated = false;
    const agentOnly = ticketHtml('Return stuck in inspection', ['Our returns team has your parcel.']).replaceAll('type="end-user"', 'type="agent"');
    await startOn(agentOnly);
    expect(host()?.getAttribute('data-desk')).toBe('Zendesk');
    expect(host()?.getAttribute('data-messages')).toBe('0');
    const shown = fake.views.at(-1) as { desk?: { generic: boolean }; fallback?: { reason: string }; ticket?: { text: { messages: string[] } } };
    expect(shown.desk?.generic).toBe(false);
    expect(shown.fallback?.reason).toBe('no-customer-message');
    expect(shown.ticket?.text.messages).toEqual([]);
  });

  it('a thread with no customer entry and no subject is still shown, saying so, not as no ticket', async () => {
    gated = false;
    await startOn(ticketHtml('', ['Our returns team has your parcel.']).replaceAll('type="end-user"', 'type="agent"'));
    expect(host()?.getAttribute('data-state')).toBe('empty');
    expect((fake.views.at(-1) as { fallback?: { reason: string } }).fallback?.reason).toBe('no-customer-message');
  });

  it('a ticket in another language is shown with no suggestion, and why', async () => {
    gated = false;
    await startOn(ticketHtml('Paket nicht angekommen', ['Hallo, mein Paket ist immer noch nicht angekommen. Ich habe vor zwei Wochen bestellt. Können Sie bitte nachsehen?']));
    expect(host()?.getAttribute('data-state')).toBe('empty');
    expect((fake.views.at(-1) as { notEnglish?: boolean }).notEnglish).toBe(true);
    await changeTicket(A);
    await runToEnd();
    expect(host()?.getAttribute('data-state')).toBe('ready');
    expect((fake.views.at(-1) as { notEnglish?: boolean }).notEnglish).toBeUndefined();
  });

  it('a newer read stops the older run: only the newest ticket is drawn', async () => {
    await startOn(A);
    await changeTicket(B); // B's run starts and waits at its first pause
    await changeTicket(C); // C's read starts a newer run while B's still waits
    expect(shownSubject(), 'nothing drawn while both wait').toBe('Refund still not received');
    await runToEnd();
    expect(shownSubject()).toBe('Transferred three times');
    expect(drawnSubjects(), 'B was never drawn').toEqual(['Transferred three times']);
    expect(rankCount(), 'A and C drawn, B never').toBe(2);
    const lessons = host()!.getAttribute('data-lessons')!.split(' ').filter(Boolean);
    expect(lessons.length).toBeGreaterThan(0);
  });

  it('a context that stops while a run waits draws nothing more and leaves no sidebar', async () => {
    await startOn(A);
    await changeTicket(B);
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    context!.stop();
    expect(host()).toBeNull();
    // The waiting answer arrives once, its run sees the context stopped and ends there: nothing drawn.
    expect(await runToEnd()).toBe(1);
    expect(host()).toBeNull();
    expect(drawnSubjects()).toEqual([]);
    expect(errors).toEqual([]);
    window.removeEventListener('error', onError);
  });

  it('where the pointer names the shortcut (Firefox), names its new keys after the background says they changed, reading nothing again', async () => {
    const pointerHow = () => {
      const button = host()?.shadowRoot?.querySelector('button');
      const id = button?.getAttribute('aria-describedby');
      return id ? (host()!.shadowRoot!.getElementById(id)?.textContent ?? null) : null;
    };
    reply.panelKeys = 'Alt+Shift+M';
    try {
      await startOn(A);
      expect(pointerHow()).toBe(t('pointerShortcutKeysHow', 'Alt+Shift+M'));
      const [reads, ranks] = [readCount(), rankCount()];
      reply.panelKeys = 'Alt+Shift+K';
      for (const listener of fake.listeners) listener({ type: 'extra-mile:settings-changed' });
      await runToEnd();
      expect(pointerHow()).toBe(t('pointerShortcutKeysHow', 'Alt+Shift+K'));
      expect([readCount(), rankCount()]).toEqual([reads, ranks]);
    } finally {
      delete reply.panelKeys;
    }
  });

  it('a change of settings reads the ticket again when the library changed, not when it is the same', async () => {
    await startOn(A);
    const settingsChanged = async () => {
      for (const listener of fake.listeners) listener({ type: 'extra-mile:settings-changed' });
      await runToEnd();
    };
    await settingsChanged();
    expect(rankCount(), 'the same library (another site switched off, say): what is shown stays').toBe(1);
    const library = reply.library!;
    const renamed = { ...library.lessons[0]!, title: 'Renamed in library 2' };
    fake.contextHas.length = 0;
    try {
      reply.revision = 'library-2';
      reply.library = { ...library, lessons: [renamed, ...library.lessons.slice(1)] };
      await settingsChanged();
      expect(rankCount(), 'another library: ranked again').toBe(2);
      expect(shownSubject()).toBe('Refund still not received');
      // It holds library 2 now, and names it when it asks again.
      await settingsChanged();
      expect(fake.contextHas).toEqual(['library-1', 'library-2']);
      for (const listener of fake.listeners) listener({ type: 'extra-mile:hide-lesson', lessonId: renamed.id, hidden: true });
      await runToEnd();
      expect(lastReady()?.hidden).toEqual([{ id: renamed.id, title: 'Renamed in library 2' }]);
    } finally {
      reply.revision = 'library-1';
      reply.library = library;
    }
  });

  it('offers Insert once a reply box opens on the ticket, and no more once it closes, without ranking again', async () => {
    await startOn(A);
    const canInsert = () => (fake.views.at(-1) as { canInsert?: boolean } | undefined)?.canInsert;
    expect(canInsert()).toBe(false);
    const pane = document.querySelector('[data-is-active="true"]')!;
    pane.insertAdjacentHTML('beforeend', '<div data-test-id="omnicomposer-rich-text-ckeditor" contenteditable="true"></div>');
    await vi.waitFor(() => expect(canInsert()).toBe(true), { timeout: 2_000, interval: 5 });
    // The agent types: the reply changes, the ticket does not, and it is not read again.
    const editor = pane.querySelector('[data-test-id="omnicomposer-rich-text-ckeditor"]')!;
    const lastRead = () => performance.getEntriesByName('extra-mile:read')[0]?.startTime;
    const readAt = lastRead();
    expect(readAt).toBeDefined();
    for (const text of ['H', 'Hi', 'Hi Sam', 'Hi Sam,']) {
      editor.textContent = text;
      await new Promise((done) => setTimeout(done, 60)); // past the read's 50 ms throttle
    }
    editor.appendChild(document.createElement('p')).textContent = 'Sorry about the refund.';
    await new Promise((done) => setTimeout(done, 60));
    expect(lastRead()).toBe(readAt);
    // A desk that hides the editor element itself (not a wrapper) takes Insert away too.
    editor.setAttribute('hidden', '');
    await vi.waitFor(() => expect(canInsert()).toBe(false), { timeout: 2_000, interval: 5 });
    editor.removeAttribute('hidden');
    await vi.waitFor(() => expect(canInsert()).toBe(true), { timeout: 2_000, interval: 5 });
    editor.remove();
    await vi.waitFor(() => expect(canInsert()).toBe(false), { timeout: 2_000, interval: 5 });
    expect(rankCount()).toBe(1);
  });

  it('inserts a phrase only into the ticket it was filled for: a panel still showing the last ticket inserts nothing, and is told the ticket moved on', async () => {
    await startOn(A);
    const pane = document.querySelector('[data-is-active="true"]')!;
    pane.insertAdjacentHTML('beforeend', '<div data-test-id="omnicomposer-rich-text-ckeditor" contenteditable="true"><p><br></p></div>');
    await vi.waitFor(() => expect((fake.views.at(-1) as { canInsert?: boolean }).canInsert).toBe(true), { timeout: 2_000, interval: 5 });
    const editor = pane.querySelector('[data-test-id="omnicomposer-rich-text-ckeditor"]')!;
    /** The content script's answer (the one that answers at all). */
    const insert = async (phrase: string, ticket?: string) => {
      const answers = [...fake.listeners].map((listener) => listener({ type: 'extra-mile:insert', phrase, ...(ticket !== undefined ? { ticket } : {}) }));
      return (await Promise.all(answers)).find((answer) => answer !== undefined);
    };
    /** Whether the page says it is on that ticket, as the panel asks before Copy. */
    const shows = async (ticket?: string) => {
      const answers = [...fake.listeners].map((listener) => listener({ type: 'extra-mile:shows-ticket', ...(ticket !== undefined ? { ticket } : {}) }));
      return (await Promise.all(answers)).find((answer) => answer !== undefined);
    };
    expect(await shows('7001')).toBe(true);
    expect(await shows('an earlier ticket')).toBe(false);
    // Refused for another ticket: answered apart from "no editor" (false), so the panel copies nothing meant for it.
    expect(await insert('Hi Sven, sorry for the wait.', 'an earlier ticket')).toBe('moved-on');
    expect(editor.textContent).not.toContain('Sven');
    expect(await insert('Hi Ana, your refund is on its way.', '7001')).toBe(true);
    expect(editor.textContent).toContain('Hi Ana, your refund is on its way.');
    // The desk moves to the next ticket in the page: until it has been read, the last one's phrase goes nowhere.
    history.pushState({}, '', '/agent/tickets/7002');
    expect(await insert('Hi Ana, one more thing.', '7001')).toBe('moved-on');
    // Copy alike, though the view the page would give while it reads is still the last ticket's.
    expect(await shows('7001')).toBe(false);
    expect(editor.textContent).not.toContain('one more thing');
    history.pushState({}, '', '/agent/tickets/7001');
    await vi.waitFor(async () => expect(await insert('Hi Ana, one more thing.', '7001')).toBe(true), { timeout: 2_000, interval: 20 });
  });

  it('names the library it holds when it asks again, and keeps it when it is not sent', async () => {
    fake.contextHas.length = 0;
    await startOn(A);
    const lesson = BUILTIN_LESSONS[0]!;
    const preferences = reply.preferences;
    try {
      // A preference changed, the library did not: the tab is sent the preferences alone and ranks again with them.
      reply.preferences = { ...preferences, theme: 'dark' };
      for (const listener of fake.listeners) listener({ type: 'extra-mile:settings-changed' });
      await runToEnd();
      expect(fake.contextHas).toEqual([undefined, 'library-1']);
      expect(rankCount()).toBe(2);
      // The lessons it held still name a lesson marked not relevant.
      for (const listener of fake.listeners) listener({ type: 'extra-mile:hide-lesson', lessonId: lesson.id, hidden: true });
      await runToEnd();
      expect(lastReady()?.hidden).toEqual([{ id: lesson.id, title: lesson.title }]);
    } finally {
      reply.preferences = preferences;
    }
  });

  it('asks for what was marked not relevant on a ticket with its first ranking only, and shows it with Undo', async () => {
    const hiddenBefore = BUILTIN_LESSONS[0]!;
    keptOnA(hiddenBefore.id);
    try {
      await startOn(A);
      expect(fake.rankRequests).toHaveLength(1);
      expect(fake.rankRequests[0]?.stored).toEqual({ origin: 'https://acme.zendesk.com', ticket: '7001' });
      expect(lastReady()?.hidden).toEqual([{ id: hiddenBefore.id, title: hiddenBefore.title }]);
      // Marking another lesson not relevant ranks again: the tab knows the stored ones now, and sends them itself.
      for (const listener of fake.listeners) listener({ type: 'extra-mile:hide-lesson', lessonId: 'some-other-lesson', hidden: true });
      await runToEnd();
      expect(fake.rankRequests).toHaveLength(2);
      expect(fake.rankRequests[1]?.stored).toBeUndefined();
      expect(fake.rankRequests[1]?.exclude).toEqual([hiddenBefore.id, 'some-other-lesson']);
      // A lesson not in use here (hidden everywhere in Options since, or in a pack since removed) gets no Undo row:
      // it has no card to bring back, and only its id to be named by.
      expect(lastReady()?.hidden).toEqual([{ id: hiddenBefore.id, title: hiddenBefore.title }]);
    } finally {
      fake.stored.clear();
    }
  });

  // The side panel still shows the ticket while the page reloads: its Not relevant reaches the new page early.
  it.each([
    {
      moment: 'before the page has read its ticket',
      // The lessons and settings are on their way (the ticket is read once they are here).
      reached: () => {
        expect(waiting.length, 'the context waits at the gate').toBeGreaterThan(0);
        expect(fake.rankRequests, 'nothing ranked yet').toEqual([]);
      },
    },
    {
      moment: 'before its first ranking came back',
      // The pauses go until the first ranking is asked for; its answer waits at the gate.
      reached: () => {
        if (!fake.rankRequests.length) waiting.shift()?.();
        expect(fake.rankRequests.length, 'the first ranking was asked for').toBe(1);
        expect(fake.views.some((v) => v.state === 'ready'), 'nothing ranked is shown yet').toBe(false);
      },
    },
  ])('a lesson marked not relevant $moment adds to what was kept for the ticket the panel showed', async ({ reached }) => {
    const [kept, marked] = [BUILTIN_LESSONS[0]!.id, BUILTIN_LESSONS[1]!.id];
    try {
      await markWhileLoading(kept, marked, reached);
      expect(fake.stored.get('7001')).toEqual([kept, marked]);
      expect(shownHidden()).toEqual(new Set([kept, marked]));
    } finally {
      fake.stored.clear();
    }
  });

  it('a click on a ticket the page has moved on from is kept for that ticket, not the one shown now', async () => {
    const marked = BUILTIN_LESSONS[1]!;
    try {
      await startOn(A);
      await changeTicket(ticketHtml('Another customer', [`${FILLER} My parcel is late.`], '7002'));
      await runToEnd();
      const ranks = rankCount();
      for (const listener of fake.listeners) listener({ type: 'extra-mile:hide-lesson', lessonId: marked.id, hidden: true, ticket: '7001' });
      await runToEnd();
      expect(fake.stored.get('7001')).toEqual([marked.id]);
      expect(fake.stored.get('7002') ?? []).toEqual([]);
      expect(rankCount(), 'the ticket shown is not ranked again').toBe(ranks);
      expect(lastReady()?.hidden).toEqual([]);
    } finally {
      fake.stored.clear();
    }
  });

  it('going back to a ticket asks again for what was marked not relevant on it', async () => {
    const kept = BUILTIN_LESSONS[0]!;
    keptOnA(kept.id);
    try {
      await startOn(A);
      // Nothing to read for a moment (the desk between two views), then the same ticket again.
      const reads = performance.getEntriesByName('extra-mile:read')[0]?.startTime;
      document.body.innerHTML = '';
      await vi.waitFor(() => expect(performance.getEntriesByName('extra-mile:read')[0]?.startTime).not.toBe(reads), { timeout: 2_000, interval: 5 });
      await runToEnd();
      await changeTicket(A);
      await runToEnd();
      expect(fake.rankRequests.map((r) => r.stored?.ticket)).toEqual(['7001', '7001']);
      expect(lastReady()?.hidden?.map((h) => h.id)).toEqual([kept.id]);
    } finally {
      fake.stored.clear();
    }
  });

  it('with the real pauses and answers, a long ticket is still ranked and drawn', async () => {
    gated = false;
    document.body.innerHTML = ticketHtml('Refund still not received', Array.from({ length: 30 }, (_, i) => `${FILLER} Message ${i}: I still have not been refunded.`));
    context = start(window, { sliceMs: 1 });
    await vi.waitFor(() => expect(host()?.getAttribute('data-state')).toBe('ready'), { timeout: 5_000 });
    expect(rankCount()).toBe(1);
  });
});
