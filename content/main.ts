// The content script: one context per page. It finds the desk's adapter, reads the open ticket whenever the page
// changes, has the extension's background rank it (the model never runs in the desk's page) and keeps one sidebar
// up to date. Ticket text never leaves the browser.
import browser, { extensionAlive } from '../src/browser';
import { customAdapter, findAdapter } from '../src/adapters/index';
import { findEditor, isPending } from '../src/adapters/read';
import type { DeskAdapter, Ticket } from '../src/adapters/types';
import type { Suggestion, TicketText } from '../src/engine/types';
import { isMessage, type ContentContextReply, type Message, type RankReply, type StatusReply, type TrySelectorsReply } from '../src/messages';
import type { CustomSelectors, Preferences } from '../src/settings';
import { insertText } from './insert-text';
import { PANEL_WIDTH, SIDEBAR_TAG, mountSidebar, type SidebarHandle, type SidebarView } from './sidebar/index';
import { takeOver } from './takeover';

/** Re-read at most this often while the page is busy changing (ms); the first change after a quiet spell is read at once. */
const THROTTLE_MS = 50;
/** How often to check that the extension is still there and the URL unchanged, where nothing else tells us (ms). */
const HEARTBEAT_MS = 1000;
/** The open sidebar makes room for the reply editor only if it keeps at least this much height (px). */
const MIN_PANEL_HEIGHT = 160;
/** Space between the sidebar and the reply editor it makes room for (px). */
const GAP = 8;
/** Reading a ticket may take this long (ms) before drawing waits for the next task, so the page runs in between. */
const SLICE_MS = 20;

export interface ContentContext {
  signal: AbortSignal;
  stop(): void;
}

/** How the content script shares the page's main thread; the defaults are for real pages, tests choose their own. */
export interface StartOptions {
  /** How long reading may run before drawing waits for the page's next task (ms). */
  sliceMs?: number;
  /** Lets the page run, then resumes: scheduler.yield where there is one, else a new task. */
  yieldToPage?: () => Promise<void>;
}

export function start(win: Window = window, options: StartOptions = {}): ContentContext {
  const doc = win.document;
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const letPageRun = options.yieldToPage ?? (() => yieldToPage(win));
  const controller = new AbortController();
  const { signal } = controller;
  // A newer copy (the extension was reloaded or updated) has older copies step down, then takes over.
  takeOver(win, browser.runtime.id, () => controller.abort(), signal);

  const origin = win.location.origin;
  /** The lessons and preferences have arrived from the background: tickets can be ranked. */
  let ready = false;
  let adapter: DeskAdapter = findAdapter(doc, win.location.href);
  /** The desk the registry recognised (what the options page lists); `adapter` may be the agent's own selectors instead. */
  let recognised = adapter.id;
  let selectors: CustomSelectors | undefined;
  let sidebar: SidebarHandle | null = null;
  let lastKey: string | null = null;
  /** The ticket id last read (drawn or still being ranked): feedback hidden for one ticket does not carry to the next. */
  let lastReadId: string | null | undefined;
  let lastHref = win.location.href;
  /** The ticket drawn, and its suggestions: always set together, so excerpts are cut from the text they were found in. */
  let ticket: Ticket | null = null;
  let suggestions: Suggestion[] = [];
  /** Ranking runs started; only the newest one may draw, and starting one makes older ones stop at their next pause. */
  let rankRun = 0;
  /** loadContext requests made; an older reply arriving late is ignored. */
  let contextRequest = 0;
  /** Off when the agent or the organisation switched Extra Mile off on this site: no sidebar, no reading. */
  let enabled = true;
  let prefs: Preferences = { limit: 5, autoOpen: true, side: 'right', theme: 'auto' };
  /** The lessons and preferences last ranked with, to re-rank only when they change (not on feedback alone). */
  let contextKey = '';
  const hidden = new Set<string>(); // "not relevant" for the current ticket
  let open = true;
  /** The agent's stored open/collapsed choice has been read: until then nothing is drawn, so it never flashes open. */
  let settingsLoaded = false;
  /** What the sidebar shows now, for redraws that only move it (scroll, resize). */
  let shown: SidebarView['state'] = 'reading';
  /** The insets the sidebar was last drawn with ("top/bottom"), and the pending animation frame that re-checks them. */
  let insets = '';
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRefresh = -Infinity;
  /** How many times lessons were ranked on this page, shown as data-rank-count (the e2e tests count re-ranks). */
  let ranked = 0;

  const view = (state: SidebarView['state']): SidebarView => ({
    state,
    desk: { id: adapter.id, label: adapter.label, generic: adapter.id === 'generic' },
    ...(ticket
      ? { ticket: { id: ticket.id, subject: ticket.subject, customerMessages: ticket.messages.length, text: { subject: ticket.subject, messages: ticket.messages.map((m) => m.text) } } }
      : {}),
    suggestions,
    open,
    side: prefs.side,
    theme: prefs.theme,
    pageIsDark: pageIsDark(win),
    canInsert: editor() !== null,
    ...editorInsets(win, editor()),
  });

  const editor = () => findEditor(doc, adapter.editor);

  function show(state: SidebarView['state']) {
    if (signal.aborted || (!sidebar && !settingsLoaded)) return;
    shown = state;
    const next = view(state);
    insets = `${next.topInset}/${next.bottomInset}`;
    if (sidebar) sidebar.update(next);
    else sidebar = mountSidebar(doc, next, actions);
    sidebar.element.setAttribute('data-rank-count', String(ranked));
  }

  const actions = {
    onToggle(next: boolean) {
      open = next;
      send({ type: 'extra-mile:set-sidebar-open', origin, open: next });
    },
    async onCopy(_lessonId: string, phrase: string) {
      try {
        await win.navigator.clipboard.writeText(phrase);
        return true;
      } catch {
        return copyWithSelection(doc, phrase);
      }
    },
    onInsert(_lessonId: string, phrase: string) {
      const target = editor();
      return target ? insertText(target, phrase) : false;
    },
    onFeedback(lessonId: string, verdict: 'helpful' | 'not-relevant') {
      if (verdict === 'not-relevant') hidden.add(lessonId);
      send({ type: 'extra-mile:feedback', lessonId, verdict });
    },
  };

  /**
   * Reads the ticket; re-ranks only when what the customer wrote changed. Reading is one short pass (newest messages
   * first, stopping when the ticket is full); ranking runs in slices (rankLatest), and only the newest run draws.
   */
  function refresh(force = false) {
    timer = undefined;
    const started = performance.now();
    lastRefresh = started;
    if (signal.aborted) return;
    if (!extensionAlive()) return controller.abort();
    if (!enabled) return;
    if (win.location.href !== lastHref) {
      lastHref = win.location.href;
      adapter = chooseAdapter();
    } else if (recognised === 'generic' && findAdapter(doc, lastHref).id !== 'generic') {
      // A self-hosted single-page desk (Zammad, Chatwoot) draws its ticket view after the script started:
      // switch from the generic reader to its adapter, and tell the background which desk this is.
      adapter = chooseAdapter();
      void loadContext().catch(() => undefined);
    }
    if (isPending(doc, adapter)) {
      if (!sidebar) show('reading');
      return; // the observer calls again when the thread has loaded
    }
    if (!ready) {
      if (!sidebar) show('reading');
      return; // ranked as soon as the lessons arrive
    }
    const read = adapter.read(doc, new URL(lastHref));
    measure('extra-mile:read', started);
    const key = read ? JSON.stringify([read.desk, read.id, read.subject, read.messages.map((m) => m.text)]) : '';
    if (key === lastKey && !force) return;
    // "Not relevant" holds for one ticket: known by its id, or where the desk shows none by its subject and first message.
    const identity = read ? (read.id ?? `${read.subject}\u0000${read.messages[0]?.text ?? ''}`) : undefined;
    if (identity !== lastReadId) hidden.clear();
    lastReadId = identity;
    lastKey = key;
    const run = ++rankRun; // any run still going for an older read stops at its next pause
    if (!read || (!read.messages.length && !read.subject)) {
      ticket = null;
      suggestions = [];
      show('unreadable');
      return;
    }
    void rankLatest(run, read, started).catch(() => undefined);
  }

  /** Has the background rank a ticket, then draws it with its suggestions, unless a newer run started or the context stopped. */
  async function rankLatest(run: number, read: Ticket, taskStart: number): Promise<void> {
    const current = () => run === rankRun && !signal.aborted;
    const text: TicketText = { subject: read.subject, messages: read.messages.map((m) => m.text) };
    const request: Message = { type: 'extra-mile:rank', ticket: text, limit: prefs.limit, exclude: [...hidden] };
    const ranking = performance.now();
    const reply = (await browser.runtime.sendMessage(request)) as RankReply | undefined;
    if (!current() || !reply) return; // a newer read is being ranked, or this context stopped
    // The reply arrives in a message callback; drawing runs in a task of its own when reading took a good share.
    if (performance.now() - taskStart > sliceMs / 2) await letPageRun();
    if (!current()) return;
    measure('extra-mile:rank', ranking);
    ticket = read;
    suggestions = reply.suggestions;
    ranked++;
    show(suggestions.length ? 'ready' : 'empty');
  }

  /** The registry's adapter; where it knows no desk, the agent's saved selectors (when there are some). */
  function chooseAdapter(): DeskAdapter {
    const found = findAdapter(doc, lastHref);
    recognised = found.id;
    return found.id === 'generic' && selectors ? customAdapter(selectors, win.location.hostname) : found;
  }

  function schedule() {
    if (timer !== undefined || signal.aborted) return;
    // Leading edge: a ticket that just appeared is read now; a page that keeps changing, once per THROTTLE_MS.
    timer = setTimeout(refresh, Math.max(0, lastRefresh + THROTTLE_MS - performance.now()));
  }

  const observer = new MutationObserver((records) => {
    // Our own sidebar's changes, and the sidebar coming or going, are not the desk's.
    if (records.every(isOwnRecord)) return;
    schedule();
    relayout();
  });
  observer.observe(doc.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-is-active', 'aria-selected', 'hidden', 'class'] });

  const heartbeat = setInterval(() => {
    if (!extensionAlive()) controller.abort();
    else if (win.location.href !== lastHref) schedule();
  }, HEARTBEAT_MS);
  win.addEventListener('popstate', schedule, { signal });
  const navigation = (win as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', schedule, { signal });

  // The reply editor moves when the page scrolls, resizes or grows: keep the sidebar clear of it (one check per frame).
  function relayout() {
    if (frame || !sidebar || signal.aborted) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (!sidebar || signal.aborted) return;
      const now = editorInsets(win, editor());
      if (`${now.topInset}/${now.bottomInset}` !== insets) show(shown);
    });
  }
  win.addEventListener('scroll', relayout, { signal, passive: true, capture: true }); // capture: the desk's own scrolling panes too
  win.addEventListener('resize', relayout, { signal, passive: true });

  const onMessage = (message: unknown) => {
    if (!isMessage(message) || signal.aborted) return undefined;
    switch (message.type) {
      case 'extra-mile:toggle-sidebar':
        if (!enabled) return undefined;
        open = !open;
        actions.onToggle(open);
        // Redraw what is shown; a re-read would return early while the thread is still loading, ignoring the shortcut.
        if (sidebar) show(shown);
        return undefined;
      case 'extra-mile:settings-changed':
        void loadContext().catch(() => undefined);
        return undefined;
      case 'extra-mile:get-status':
        return Promise.resolve(status());
      case 'extra-mile:try-selectors':
        return Promise.resolve(trySelectors(win, message.selectors));
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);

  function status(): StatusReply {
    return {
      desk: { id: adapter.id, label: adapter.label },
      state: enabled ? (sidebar ? shown : 'reading') : 'off',
      ...(ticket ? { ticket: { id: ticket.id, subject: ticket.subject, customerMessages: ticket.messages.length } } : {}),
      suggestions: suggestions.length,
    };
  }

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearInterval(heartbeat);
    clearTimeout(timer);
    win.cancelAnimationFrame(frame);
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // the old extension context is gone; its listener went with it
    }
    sidebar?.destroy();
    sidebar = null;
  });

  /** Lessons, preferences and this site's choices, from the background (the only part that reads settings). */
  async function loadContext() {
    const request: Message = { type: 'extra-mile:get-context', origin, desk: recognised };
    const mine = ++contextRequest;
    let reply: ContentContextReply | undefined;
    try {
      reply = (await browser.runtime.sendMessage(request)) as ContentContextReply | undefined;
      // The reply arrives in a message callback; reading the ticket runs in a task of its own.
      await letPageRun();
    } catch (error) {
      settingsLoaded = true;
      throw error;
    }
    if (signal.aborted || mine !== contextRequest) return; // a newer request is on its way
    settingsLoaded = true;
    if (!reply) return;
    const firstTime = !ready;
    if (JSON.stringify(reply.selectors) !== JSON.stringify(selectors)) {
      selectors = reply.selectors;
      adapter = chooseAdapter();
    }
    if (firstTime) open = reply.preferences.autoOpen ? reply.sidebarOpen : false;
    const key = JSON.stringify([reply.enabled, reply.preferences, reply.lessons, reply.selectors]);
    if (key === contextKey) return; // only feedback changed: keep the cards where the agent's cursor is
    contextKey = key;
    prefs = reply.preferences;
    ready = true;
    if (enabled !== reply.enabled) {
      enabled = reply.enabled;
      if (!enabled) {
        // Switched off here: the sidebar goes at once; the page is left alone until switched back on.
        rankRun++;
        sidebar?.destroy();
        sidebar = null;
        lastKey = null;
      }
    }
    refresh(true);
  }

  void loadContext().catch(() => {
    ready = true;
    refresh(true);
  });

  function send(message: Message) {
    void browser.runtime.sendMessage(message).catch(() => undefined);
  }

  return { signal, stop: () => controller.abort() };
}

/**
 * Lets the page run (input, rendering, its own tasks) before continuing: scheduler.yield where there is one, else a
 * message to ourselves, a new task that, unlike setTimeout's, background tabs do not hold back for a second.
 */
function yieldToPage(win: Window): Promise<void> {
  const scheduler = (win as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      port2.close();
      resume();
    };
    port2.postMessage(null);
  });
}

/** What the agent's selectors read on this page, for the options page's Try button; nothing is stored or ranked. */
function trySelectors(win: Window, selectors: CustomSelectors): TrySelectorsReply {
  const none: TrySelectorsReply = { subject: '', messages: [], editorFound: false };
  if (![selectors?.subject, selectors?.messages, selectors?.editor].every((s) => typeof s === 'string')) return none;
  const custom = customAdapter(selectors, win.location.hostname);
  const ticket = custom.read(win.document, new URL(win.location.href));
  return { subject: ticket?.subject ?? '', messages: ticket?.messages.map((m) => m.text) ?? [], editorFound: findEditor(win.document, custom.editor) !== null };
}

/** The last read and rank durations, in the page's performance timeline (npm run bench reads them); one entry each. */
function measure(name: string, start: number) {
  try {
    performance.clearMeasures(name);
    performance.measure(name, { start });
  } catch {
    // A page that replaced performance.measure: timing is optional.
  }
}

function isOwnRecord(record: MutationRecord): boolean {
  if (isOwn(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every((node) => node.nodeName.toLowerCase() === SIDEBAR_TAG);
}

function isOwn(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n.nodeName.toLowerCase() === SIDEBAR_TAG) return true;
  }
  return false;
}

/** A desk in dark mode gets a dark sidebar: the page's background is dark. */
function pageIsDark(win: Window): boolean {
  for (const el of [win.document.body, win.document.documentElement]) {
    if (!el) continue;
    const match = win.getComputedStyle(el).backgroundColor.match(/rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/);
    if (!match || match[4] === '0') continue;
    const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 100;
  }
  return false;
}

/**
 * Room to leave so the open sidebar does not cover the reply editor where the editor reaches into its column:
 * the sidebar ends above the editor, or starts below it when the editor sits high on the page (more room below).
 */
function editorInsets(win: Window, editor: HTMLElement | null): { topInset: number; bottomInset: number } {
  const none = { topInset: 0, bottomInset: 0 };
  if (!editor || editor.ownerDocument !== win.document) return none;
  const rect = editor.getBoundingClientRect();
  if (!rect.width || !rect.height) return none;
  // Off screen, or clear of the sidebar's column: nothing to leave free.
  if (rect.right < win.innerWidth - PANEL_WIDTH || rect.bottom <= 0 || rect.top >= win.innerHeight) return none;
  const above = rect.top - GAP;
  const below = win.innerHeight - rect.bottom - GAP;
  // An editor taller than the screen leaves no room either side: stay full height (the agent can collapse it).
  if (Math.max(above, below) < MIN_PANEL_HEIGHT) return none;
  return above >= below ? { topInset: 0, bottomInset: Math.round(win.innerHeight - rect.top + GAP) } : { topInset: Math.round(rect.bottom + GAP), bottomInset: 0 };
}

function copyWithSelection(doc: Document, text: string): boolean {
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:-1000px;opacity:0';
  doc.body.append(area);
  area.select();
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
