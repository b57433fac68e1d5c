// Watches the page for the open ticket: picks the desk's adapter, re-reads when the desk changes (throttled), has the
// extension's background clean and rank what the customer wrote (neither the cleaning rules nor the model run in the
// desk's page), and hands on a plain view of the result. Re-reading a ticket whose text did not change does nothing.
import { isCleanedTexts, withCleanedTexts } from '../src/adapters/clean/cleaned-texts';
import { customAdapter, findAdapter } from '../src/adapters/index';
import { opensQuotedMail, QUOTED_LINE } from '../src/text/quoted-line';
import { findEditor, isPending, isWritingNote, type Steps } from '../src/adapters/read';
import type { DeskAdapter, Ticket } from '../src/adapters/types';
import type { Vocabulary } from '../src/coach/pattern';
import type { Check } from '../src/coach/schema';
import type { Suggestion, TicketText } from '../src/engine/types';
import type { ContentContextReply, LessonInPage, Message, RankReply, TabState, TabView } from '../src/messages';
import { DEFAULT_PREFERENCES, type CustomSelectors, type PointerPlace, type Preferences } from '../src/settings/defaults';
import type { ContentScriptContext } from './context';
import { firstName } from './first-name';
import { readingKey } from './reading-key';

/** Re-read at most this often while the page is busy changing (ms); the first change after a quiet spell is read at once. */
const THROTTLE_MS = 50;
/**
 * While the page keeps changing, the next read waits at least this many times as long as the last one took, so
 * re-reading takes at most a tenth of the page's main thread however busy the page is (a 25 ms read of a 5 MB thread,
 * 250 ms apart; a small ticket's 1 ms read is still 50 ms apart).
 */
const READ_SPACING = 10;
/** After the address changes, read again on this many heartbeats (one a second): the desk may show the ticket later. */
const SETTLING_BEATS = 2;
/**
 * A desk's loading placeholder is waited for this many heartbeats at most, then the page is read as it stands: a load
 * that failed can leave it for good (RT's "Loading..." after "Show ticket history" has no error handler), and the
 * panel would say "reading" forever. The history arriving later is read as any change is.
 */
const PENDING_BEATS = 15;
/**
 * The address names another ticket while the page still shows the last one's words (a single-page desk fetching the
 * next): waited for this many heartbeats at most, then read as it stands, since two tickets may read alike.
 */
const STALE_BEATS = 4;
/** Reading may take this long (ms) before drawing waits for the next task, so the page runs in between. */
const SLICE_MS = 20;
/**
 * Reading a thread lets the page run after this long (ms), then goes on from the next entry: a 5 MB thread read in one
 * task took 56 to 76 ms of a slow machine's main thread (`npm run bench`, 2026-12-05), past the 50 ms a desk may wait.
 */
const READ_SLICE_MS = 16;
/** After a failed ranking (or context request), the wait before asking again: doubling from the first to the last. */
const RANK_RETRY_MS = 1_000;
const RANK_RETRY_MAX_MS = 30_000;
/** The wait before asking again after `failures` failures in a row. */
const retryWait = (failures: number) => Math.min(RANK_RETRY_MAX_MS, RANK_RETRY_MS * 2 ** failures);

export interface WatcherOptions {
  /** How long reading may run before drawing waits for the page's next task (ms). */
  sliceMs?: number;
  /** How long reading a thread may run before it lets the page run, then goes on (ms). */
  readSliceMs?: number;
  /** Lets the page run, then resumes. */
  yieldToPage: () => Promise<void>;
  /** Called whenever what the tab shows changed. */
  onView: (view: TabView) => void;
  /** True for a mutation that is Extra Mile's own (not the desk's). */
  isOwnRecord: (record: MutationRecord) => boolean;
  /** The agent switched Extra Mile off here (or back on). */
  onEnabled?: (enabled: boolean) => void;
}

export class TicketWatcher {
  private adapter: DeskAdapter;
  /** The desk the registry recognised; `adapter` may be the agent's own selectors instead. */
  private recognised: string;
  private selectors: CustomSelectors | undefined;
  // Until the background answers with the agent's own.
  private prefs: Readonly<Preferences> = DEFAULT_PREFERENCES;
  /** Lessons and preferences have arrived from the background: tickets can be ranked. */
  private ready = false;
  private enabled = true;
  private contextKey = '';
  private contextRequest = 0;
  private lastKey: string | null = null;
  private lastIdentity: string | undefined;
  /** The address the last ticket was read at. */
  private readAt = '';
  private lastHref: string;
  private state: TabState = 'reading';
  /** The ticket shown: as read, its messages cleaned by the background. */
  private ticket: Ticket | null = null;
  /** The shown ticket's identity, from its reading (the page's text, as the ranking asked with). */
  private ticketShownIdentity = '';
  private suggestions: Suggestion[] = [];
  /** The background found the ticket not in English (and suggested nothing). */
  private notEnglish = false;
  /** Lessons marked not relevant for the current ticket, in the order marked; kept by the background across reloads. */
  private hidden: string[] = [];
  /** The lessons in use, by id (the panel names a hidden lesson beside its Undo; the reply coach offers their phrases). */
  private lessonsById = new Map<string, LessonInPage>();
  /** The reply checks in use, as the background sends them (the bundled ones and its enabled packs'); none until then,
   * like the lessons, so the bundled checks stay out of the content script. */
  private checksInUse: readonly Check[] = [];
  /** The words the checks' patterns name, sent with them (none until then: no check runs before). */
  private checkWords: Vocabulary = { classes: {}, sets: {} };
  /** The revision of the library held above: named when asking for the context, so it is not sent again. */
  private libraryRevision: string | undefined;
  /** The ticket whose stored hidden lessons came back with a ranking: until then each ranking asks for them. */
  private hiddenLoadedFor: string | undefined;
  /** Choices made on the current ticket before its stored ones came back, by lesson: applied over them. */
  private choicesBeforeStored = new Map<string, boolean>();
  private rankRun = 0;
  /** Rankings failed in a row, for the wait before asking again (rankFailed). */
  private rankFailures = 0;
  /** Context requests unanswered in a row, for the wait before asking again (loadContext). */
  private contextFailures = 0;
  /** Heartbeats left on which to read again after the address moved. */
  private settlingBeats = 0;
  /** Heartbeats left to wait for this page's loading placeholder (PENDING_BEATS); -1 while none is seen. */
  private pendingBeats = -1;
  /** Heartbeats left to wait for the next ticket's words after the address moved (STALE_BEATS); -1 while not waiting. */
  private staleBeats = -1;
  /** The id and customer's messages of the last ticket read, to tell the next ticket from the last one still on screen. */
  private lastRead: { id: string | null; messages: readonly string[] } | null = null;
  /** The ticket last sent to be ranked, as read: ranked again when a lesson is hidden or brought back. */
  private lastTicket: Ticket | null = null;
  /** A lesson was hidden or brought back during a read: the ticket is ranked once that read ends. */
  private rankAfterRead = false;
  private timer: number | undefined;
  private lastRefresh = -Infinity;
  /** How long the last read took (ms), its pauses left out: what the next one waits for while the page keeps changing. */
  private lastReadCost = 0;
  /** A read paused to let the page run is under way: another waits for its end (readAgain). */
  private reading = false;
  /** The page changed while a read was under way: read again when it ends (forced, if asked so). */
  private readAgain: { force: boolean } | null = null;
  /** The last read was dropped, its page having moved on: the next read is kept however the page moves. */
  private droppedRead = false;
  /** How many times lessons were ranked on this page. */
  ranked = 0;
  /** Where the agent moved the pointer on this site (fractions of the window), from the background. */
  pointerPlace: PointerPlace | undefined;
  /** From the background, where the pointer's click cannot open the panel (Firefox): the keys that can, or ''. */
  panelKeys: string | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly options: WatcherOptions,
  ) {
    const { win } = ctx;
    this.lastHref = win.location.href;
    this.adapter = findAdapter(win.document, this.lastHref);
    this.recognised = this.adapter.id;
    // aria-busy: a desk may mark its thread loading by that attribute alone (Zammad's feed), and the bounded wait for a
    // placeholder (PENDING_BEATS) starts only once a read has seen it; unseen, Insert was refused for as long as it stayed.
    ctx.watchDocument({ childList: true, characterData: true, attributes: ['data-is-active', 'aria-selected', 'hidden', 'class', 'aria-busy'] }, (records) => {
      // The agent typing a reply changes only the reply editor: the ticket is the same, so it is not read again (on a
      // 5 MB thread every keystroke cost a full read of 8 to 23 ms).
      if (!records.every((record) => options.isOwnRecord(record) || this.isDraftChange(record))) this.schedule();
    });
    // A desk may show the new ticket a while after its address changed, by a change the observer is not asked to see
    // (Zoho Desk shows a ticket's kept pane by its inline style alone; observing every inline style in the page would
    // cost the desk's own animations): read again on the next heartbeats, a bounded number of times per move. Before
    // the address watch, which may find the move on a heartbeat too: that beat's read is the move's own.
    ctx.onHeartbeat(() => {
      if (this.pendingBeats > 0 && --this.pendingBeats === 0) this.schedule();
      if (this.staleBeats > 0 && --this.staleBeats === 0) this.schedule();
      if (this.settlingBeats <= 0) return;
      this.settlingBeats--;
      this.schedule();
    });
    ctx.onLocationChange(() => {
      this.schedule();
      this.settlingBeats = SETTLING_BEATS;
    });
    // The generic reader prefers the text the agent selected: follow the selection.
    ctx.addEventListener(win.document, 'selectionchange', () => {
      if (this.adapter.id === 'generic') this.schedule();
    });
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  get preferences(): Readonly<Preferences> {
    return this.prefs;
  }

  lesson(id: string): LessonInPage | undefined {
    return this.lessonsById.get(id);
  }

  get checks(): readonly Check[] {
    return this.checksInUse;
  }

  get vocabulary(): Vocabulary {
    return this.checkWords;
  }

  editor(): HTMLElement | null {
    return findEditor(this.ctx.win.document, this.adapter.editor, this.adapter.thread);
  }

  /** The desk's editor is set to an internal note, not a reply to the customer. */
  writingNote(): boolean {
    return isWritingNote(this.ctx.win.document, this.adapter);
  }

  view(): TabView {
    const t = this.ticket;
    const name = t ? firstName(t.messages.at(-1)?.author ?? t.messages[0]?.author) : undefined;
    return {
      state: this.enabled ? this.state : 'off',
      origin: this.ctx.win.location.origin,
      // A desk whose layout was not recognised was read by the generic reader: say so wherever the desk is named.
      desk: { id: this.adapter.id, label: this.adapter.label, generic: this.adapter.id === 'generic' || t?.generic === true },
      ...(t?.fallback ? { fallback: t.fallback } : {}),
      ...(t?.olderHidden ? { olderHidden: true } : {}),
      ...(t && this.notEnglish ? { notEnglish: true as const } : {}),
      ...(t
        ? { ticket: { id: t.id, identity: this.ticketShownIdentity, subject: t.subject, customerMessages: t.messages.length, ...(name ? { customerName: name } : {}), text: { subject: t.subject, messages: t.messages.map((m) => m.text) } } }
        : {}),
      suggestions: this.suggestions,
      // Only lessons in use: one hidden everywhere since (Options' Hide) or in a pack since removed has no card for
      // Undo to bring back, and no title to name it by.
      hidden: this.hidden.flatMap((id) => {
        const lesson = this.lessonsById.get(id);
        return lesson ? [{ id, title: lesson.title }] : [];
      }),
      canInsert: (this.shownCanInsert = this.seenEditor() !== null),
      pageIsDark: pageIsDark(this.ctx.win),
      theme: this.prefs.theme,
    };
  }

  /** Asks the background for lessons and preferences, then reads. Call once; settings changes call it again. */
  async loadContext(): Promise<void> {
    const { win } = this.ctx;
    const request: Message = { type: 'extra-mile:get-context', origin: win.location.origin, desk: this.recognised, ...(this.libraryRevision ? { has: this.libraryRevision } : {}) };
    const mine = ++this.contextRequest;
    let reply: ContentContextReply | undefined;
    try {
      reply = (await this.ctx.sendMessage(request)) as ContentContextReply | undefined;
      await this.options.yieldToPage(); // the reply arrives in a message callback; reading runs in a task of its own
    } catch {
      reply = undefined;
    }
    if (this.ctx.stopped || mine !== this.contextRequest) return;
    if (!reply) {
      // No answer (the worker stopped mid-answer, its storage unreadable for a moment): asked again after a wait that
      // grows, and nothing read or ranked meanwhile. Read with the defaults, a site switched off was ranked and pointed
      // at, and the coach ran with no checks, for the page's life (a review, 490).
      const wait = retryWait(this.contextFailures++);
      this.ctx.setTimeout(() => {
        if (mine === this.contextRequest) void this.loadContext();
      }, wait);
      if (!this.ready) this.show('reading');
      return;
    }
    this.contextFailures = 0;
    this.pointerPlace = reply.pointer;
    this.panelKeys = reply.panelKeys;
    if (JSON.stringify(reply.selectors) !== JSON.stringify(this.selectors)) {
      this.selectors = reply.selectors;
      this.adapter = this.chooseAdapter();
    }
    // The library by its revision, digested in the background: writing out its lessons and checks here to compare
    // them took 13 ms of the desk page's main thread, in the same task as the first read of the ticket.
    const key = JSON.stringify([reply.enabled, reply.preferences, reply.revision, reply.selectors]);
    if (key === this.contextKey) return; // nothing this tab uses changed (feedback, another site): keep what is shown
    this.contextKey = key;
    this.prefs = reply.preferences;
    // Left out only when it is the revision this tab named: what is held is that library.
    if (reply.library) {
      this.lessonsById = new Map(reply.library.lessons.map((lesson) => [lesson.id, lesson]));
      this.checksInUse = reply.library.checks;
      this.checkWords = reply.library.vocabulary;
      this.libraryRevision = reply.revision;
    }
    this.ready = true;
    if (this.enabled !== reply.enabled) {
      this.enabled = reply.enabled;
      this.rankRun++;
      this.lastKey = null;
      this.options.onEnabled?.(this.enabled);
    }
    this.refresh(true);
  }

  /**
   * The identity of the ticket on screen: the one last read, while the page is still at the address it was read at
   * and not loading another thread; else undefined. (A single-page desk moving to the next ticket keeps the last one's
   * view until it has read the new one, and Insert must not fill the new reply with the last customer's name.)
   */
  get ticketIdentity(): string | undefined {
    // A placeholder that outlasted its wait (PENDING_BEATS) is the page as it stands, read as such.
    if (this.pendingBeats !== 0 && isPending(this.ctx.win.document, this.adapter)) return undefined;
    return this.ticketAtAddress;
  }

  /**
   * The ticket last read, while the page is at the address it was read at; else undefined. What Copy asks (a phrase on
   * the clipboard goes nowhere by itself): a thread reloading at the same address is still that ticket, where Insert,
   * which writes into the page, waits for it to be read.
   */
  get ticketAtAddress(): string | undefined {
    return this.ctx.win.location.href === this.readAt ? this.lastIdentity : undefined;
  }

  /**
   * Not relevant (hidden) or its Undo, for `ticket` (the ticket the panel showed; this page's when not given): kept by
   * the background as a change to that ticket's choices. On the ticket this page shows, it also re-ranks without the
   * hidden lessons; a ticket it shows no more, or not yet (the panel still shows it while the page reloads), reads the
   * choice with its first ranking.
   */
  setHidden(lessonId: string, hidden: boolean, ticket: string | undefined = this.lastIdentity): void {
    if (ticket === undefined) return;
    const message: Message = { type: 'extra-mile:set-ticket-hidden', origin: this.ctx.win.location.origin, ticket, lessonId, hidden };
    void this.ctx.sendMessage(message).catch(() => undefined);
    if (ticket !== this.lastIdentity) return;
    this.hidden = this.hidden.filter((id) => id !== lessonId);
    if (hidden) this.hidden.push(lessonId);
    // Before the stored choices came back, this one is applied over them when they do.
    if (this.hiddenLoadedFor !== ticket) this.choicesBeforeStored.set(lessonId, hidden);
    this.rankAgain();
  }

  /**
   * Ranks the ticket last read again (a lesson hidden or back), without reading the page again: on a long thread a
   * read lets the page run every 16 ms, and Not relevant waited for a whole new read (a review, 492). During a read,
   * it waits for that one; with no ticket read, the page is read again.
   */
  private rankAgain(): void {
    if (this.reading) {
      // Ranked when the read under way ends, by its own ranking or again (readInSlices): not by a second read.
      this.rankAfterRead = true;
      return;
    }
    const read = this.lastTicket;
    const identity = this.lastIdentity;
    if (!read || identity === undefined || this.ctx.stopped || !this.enabled) return this.refresh(true);
    const run = ++this.rankRun;
    void this.rankLatest(run, read, performance.now(), identity).catch(() => this.rankFailed(run, identity));
  }

  schedule(): void {
    if (this.timer !== undefined || this.ctx.stopped) return;
    // Leading edge: a ticket that just appeared is read now; a page that keeps changing, once per THROTTLE_MS, or
    // READ_SPACING times the last read's cost where reading is slow: a page that toggled one class every 4 ms had a
    // 5 MB thread read 20 times a second, half of its main thread.
    const gap = Math.max(THROTTLE_MS, READ_SPACING * this.lastReadCost);
    this.timer = this.ctx.setTimeout(() => this.refresh(), Math.max(0, this.lastRefresh + gap - performance.now()));
  }

  /** Reads the ticket; re-ranks only when what the customer wrote changed (or `force`). */
  refresh(force = false): void {
    this.timer = undefined;
    if (this.reading) {
      // One read at a time: this change is read once the read under way ends.
      this.readAgain = { force: force || this.readAgain?.force === true };
      return;
    }
    // Only the read straight after a dropped one is kept however the page moves (no read at all clears it too).
    const keepIfMoved = this.droppedRead;
    this.droppedRead = false;
    const started = performance.now();
    this.lastRefresh = started;
    const { win } = this.ctx;
    if (this.ctx.stopped || !this.enabled) return;
    const doc = win.document;
    if (win.location.href !== this.lastHref) {
      this.lastHref = win.location.href;
      this.pendingBeats = -1;
      this.adapter = this.chooseAdapter();
    } else if (this.recognised === 'generic' && findAdapter(doc, this.lastHref).id !== 'generic') {
      // A self-hosted single-page desk (Zammad, Chatwoot) drew its ticket view after the script started:
      // switch to its adapter, and tell the background which desk this is.
      this.adapter = this.chooseAdapter();
      void this.loadContext();
    }
    if (!isPending(doc, this.adapter)) this.pendingBeats = -1;
    else if (this.pendingBeats < 0) this.pendingBeats = PENDING_BEATS;
    if (this.pendingBeats > 0 || !this.ready) {
      // The thread is still loading, or the lessons have not arrived: the observer or loadContext calls again.
      return this.show('reading');
    }
    const url = new URL(this.lastHref);
    const steps = this.adapter.readInSteps?.(doc, url);
    if (!steps) return this.readDone(this.adapter.read(doc, url), started, started, performance.now() - started, force);
    this.reading = true;
    void this.readInSlices(steps, started, force, keepIfMoved);
  }

  /**
   * Runs a reading READ_SLICE_MS at a time, letting the page run in between. A read whose page moved on meanwhile (its
   * address, its adapter) stops at its next pause and the page is read again, unless the last read stopped so too: a
   * desk that rewrites its address more often than a long thread takes to read (a scroll position kept by
   * replaceState) had every read dropped and its ticket never shown (a review, 492). That read is kept as of the
   * address it began at (readAt), and the move is read next.
   */
  private async readInSlices(steps: Steps<Ticket | null>, started: number, force: boolean, keepIfMoved: boolean): Promise<void> {
    const { adapter, lastHref } = this;
    const moved = () => adapter !== this.adapter || lastHref !== this.ctx.win.location.href;
    const sliceMs = this.options.readSliceMs ?? READ_SLICE_MS;
    let cost = 0;
    let sliceStart = started;
    let read: Ticket | null | undefined;
    try {
      for (;;) {
        const step = steps.next();
        const now = performance.now();
        if (step.done) {
          cost += now - sliceStart;
          read = step.value;
          break;
        }
        if (now - sliceStart < sliceMs) continue;
        cost += now - sliceStart;
        await this.options.yieldToPage();
        if (this.ctx.stopped || !this.enabled || (moved() && !keepIfMoved)) {
          steps.return(null); // the reading's own clean-up, if it has any
          break;
        }
        sliceStart = performance.now();
      }
    } finally {
      this.reading = false;
    }
    const again = this.readAgain;
    this.readAgain = null;
    if (this.ctx.stopped || !this.enabled) return;
    if (read === undefined || (moved() && !keepIfMoved)) {
      this.droppedRead = true;
      return this.refresh(force || again?.force === true);
    }
    const ranks = this.rankRun;
    this.readDone(read, started, sliceStart, cost, force);
    // A lesson hidden or brought back during the read: its ranking left it out, or the ticket is ranked again now.
    if (this.rankAfterRead) {
      this.rankAfterRead = false;
      if (this.rankRun === ranks) this.rankAgain();
    }
    if (again?.force) this.refresh(true);
    // A read kept though the page moved is of the address it began at: the move is read next.
    else if (again || moved()) this.schedule();
  }

  /**
   * What a read found: shown as reading while the page is stale, else ranked when it changed (or `force`). `started`:
   * when the read began; `taskStart`: when its last slice did; `cost`: its time, pauses left out.
   */
  private readDone(read: Ticket | null, started: number, taskStart: number, cost: number, force: boolean): void {
    // The address names another ticket, the page still the last customer's messages: not shown as that ticket (its id
    // over the last customer's words, where Not relevant would be kept and Insert fill in the last one's name) until
    // the thread changes, or STALE_BEATS pass. The messages alone: a desk may draw the next header first.
    // Compared in place, only after a move: a 5 MB thread is not copied on every read.
    const last = this.lastRead;
    if (read?.id && last && this.readAt !== this.lastHref && read.id !== last.id && sameMessages(read, last.messages)) {
      if (this.staleBeats < 0) this.staleBeats = STALE_BEATS;
      if (this.staleBeats > 0) return this.show('reading');
    }
    this.staleBeats = -1;
    this.lastRead = read ? { id: read.id, messages: read.messages.map((m) => m.text) } : null;
    this.readAt = this.lastHref;
    this.lastReadCost = cost;
    measure('extra-mile:read', started);
    const key = read ? readingKey(read) : '';
    if (key === this.lastKey && !force) {
      // The same ticket, but a reply box opened or closed (a desk shows it on "Reply"): Insert comes or goes with it.
      if (this.published && this.state !== 'reading' && (this.seenEditor() !== null) !== this.shownCanInsert) this.options.onView(this.view());
      return;
    }
    const identity = read ? identityOf(read) : undefined;
    if (identity !== this.lastIdentity) {
      // Another ticket (or back to one): its stored choices are asked for with its first ranking.
      this.hidden = [];
      this.hiddenLoadedFor = undefined;
      this.choicesBeforeStored.clear();
    }
    this.lastIdentity = identity;
    this.lastKey = key;
    const run = ++this.rankRun; // any run still going for an older read stops at its next pause
    // A ticket with nothing to read is none, unless its desk has something to say of it (a thread with no customer entry).
    if (!read || (!read.messages.length && !read.subject && !read.fallback)) {
      this.ticket = null;
      this.lastTicket = null;
      this.suggestions = [];
      return this.show('no-ticket');
    }
    this.lastTicket = read;
    void this.rankLatest(run, read, taskStart, identity!).catch(() => this.rankFailed(run, identity!));
  }

  /**
   * A ranking that failed or came back empty (the background's storage unreadable for a moment, its worker stopped
   * mid-answer): the ticket counts as not read, and is asked for again after a wait that grows; another ticket's cards
   * do not stay meanwhile (a review, 2026-12-05: they stayed for good, the ticket never asked for again).
   */
  private rankFailed(run: number, identity: string): void {
    if (run !== this.rankRun || this.ctx.stopped) return;
    this.lastKey = null;
    if (this.ticket && this.ticketShownIdentity !== identity) {
      this.ticket = null;
      this.suggestions = [];
      this.published = false; // so "reading" is shown, not held back as between two readings of one ticket
      this.show('reading');
    }
    const wait = retryWait(this.rankFailures++);
    this.ctx.setTimeout(() => this.refresh(), wait);
  }

  /** Has the background rank a ticket, then shows it, unless a newer run started or the context stopped. */
  private async rankLatest(run: number, read: Ticket, taskStart: number, identity: string): Promise<void> {
    const current = () => run === this.rankRun && !this.ctx.stopped;
    const text: TicketText = { subject: read.subject, messages: read.messages.map((m) => m.text) };
    // A ticket's first ranking on this page also leaves out what the agent marked not relevant on it before (an earlier
    // load of it): asked in the same round trip, where a request of its own cost one more (6 ms in Chromium).
    const askStored = this.hiddenLoadedFor !== identity;
    const request: Message = {
      type: 'extra-mile:rank',
      ticket: text,
      limit: this.prefs.limit,
      exclude: [...this.hidden],
      ...(askStored ? { stored: { origin: this.ctx.win.location.origin, ticket: identity } } : {}),
    };
    const ranking = performance.now();
    const reply = (await this.ctx.sendMessage(request)) as RankReply | undefined;
    if (!current()) return;
    if (!reply) return this.rankFailed(run, identity);
    this.rankFailures = 0;
    if (askStored && Array.isArray(reply.storedHidden)) {
      this.hiddenLoadedFor = identity;
      for (const id of reply.storedHidden) if (typeof id === 'string' && !this.hidden.includes(id) && this.choicesBeforeStored.get(id) !== false) this.hidden.push(id);
      this.choicesBeforeStored.clear();
    }
    // Showing runs in a task of its own when reading took a good share of this one.
    if (performance.now() - taskStart > (this.options.sliceMs ?? SLICE_MS) / 2) await this.options.yieldToPage();
    if (!current()) return;
    measure('extra-mile:rank', ranking);
    if (!isCleanedTexts(reply.cleaned, read.messages.length)) return;
    const shown = withCleanedTexts(read, reply.cleaned);
    // Nothing of the customer's was left (a page of quoted mail alone, a desk's pane holding only a signature): no
    // ticket, as when the page cleaned what it read. A generic reading (a desk drifted) is its messages; a desk's own
    // may be its subject, or say why it found none (fallback).
    if (!shown.messages.length && (read.generic || (!shown.subject && !shown.fallback))) {
      this.ticket = null;
      this.suggestions = [];
      return this.show('no-ticket');
    }
    this.ticket = shown;
    this.ticketShownIdentity = identity;
    // A choice made while this ranking was under way holds at once.
    this.suggestions = reply.suggestions.filter((s) => !this.hidden.includes(s.lesson.id));
    this.notEnglish = reply.notEnglish === true;
    this.ranked++;
    this.show(this.suggestions.length ? 'ready' : 'empty');
  }

  private show(state: TabState): void {
    if (this.ctx.stopped) return;
    // While a thread reloads, what was shown stays (no flash of "reading" between tickets).
    if (state === 'reading' && this.published) return;
    this.published = true;
    this.state = state;
    this.options.onView(this.view());
  }

  private published = false;
  /** Whether the last view offered Insert (a reply editor was on the page). */
  private shownCanInsert = false;
  /** The reply editor as last looked up: changes inside it are the agent's draft, not the ticket. */
  private editorSeen: HTMLElement | null = null;

  private seenEditor(): HTMLElement | null {
    return (this.editorSeen = this.editor());
  }

  /** A change inside the reply editor (the draft), not one to the editor element itself (hidden, shown, replaced). */
  private isDraftChange(record: MutationRecord): boolean {
    const editor = this.editorSeen;
    if (!editor?.isConnected || !editor.contains(record.target)) return false;
    return !(record.type === 'attributes' && record.target === editor);
  }

  /** The registry's adapter; where it knows no desk, the agent's saved selectors (when there are some). */
  private chooseAdapter(): DeskAdapter {
    const { win } = this.ctx;
    const found = findAdapter(win.document, this.lastHref);
    this.recognised = found.id;
    return found.id === 'generic' && this.selectors ? customAdapter(this.selectors, win.location.hostname) : found;
  }
}

/** Whether the read holds customer messages, and the same ones as `messages`, in order. */
function sameMessages(read: Ticket, messages: readonly string[]): boolean {
  return read.messages.length > 0 && read.messages.length === messages.length && read.messages.every((m, i) => m.text === messages[i]);
}

/** How much of the first message's opening names a ticket with no id: an identity travels in every message. */
const IDENTITY_CHARS = 200;

/**
 * "Not relevant" holds for one ticket: known by its id, or where the desk shows none by its subject and the opening of
 * its first message (IDENTITY_CHARS, spacing aside) above any quoted mail in it: the page's text is read uncleaned, and
 * a desk showing or folding the history under the customer's words must not make it another ticket, whose choices
 * would be lost (a review, 2026-12-05).
 */
function identityOf(read: Ticket): string {
  if (read.id !== null) return read.id;
  const lines = (read.messages[0]?.text ?? '').slice(0, IDENTITY_CHARS * 20).split('\n');
  const history = lines.findIndex((line) => QUOTED_LINE.test(line) || opensQuotedMail(line));
  const opening = (history < 0 ? lines : lines.slice(0, history)).join(' ').replace(/\s+/g, ' ').trim();
  return `${read.subject}\u0000${opening.slice(0, IDENTITY_CHARS)}`;
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

/** A desk in dark mode gets a dark panel: the page's background is dark. */
function pageIsDark(win: Window): boolean {
  for (const el of [win.document.body, win.document.documentElement]) {
    if (!el) continue;
    const match = win.getComputedStyle(el).backgroundColor?.match(/rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/);
    if (!match || match[4] === '0') continue;
    const [r, g, b] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 100;
  }
  return false;
}
