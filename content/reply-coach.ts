// The reply coach in the tab: while the side panel is open on this tab, reads the agent's draft from the desk's reply
// editor a moment after they stop typing, checks it against the checks of the topics shown, and sends the panel only
// the checklist (each check's verdict and message, and for a broken one a short quote and a better phrase).
// The draft itself is read into a local, checked and dropped: it is never kept, stored, or sent anywhere, and the
// checks run here, in the tab's content-script world, so nothing of it reaches the background. The checks themselves
// (content/reply-checks.ts), with the rules that tell the draft from history and a signature typed below it, are
// injected on first need: most desk pages never load them. Checking never touches the editor, so it cannot block
// sending.
import type { Runtime } from '../src/browser';
import { draftSource } from '../src/coach/draft-source';
import type { Check, PhraseSource, ShownSuggestion, Vocabulary } from '../src/coach/index';
import { COACH_PORT, REPLY_CHECKS_GLOBAL, type CoachState, type Message } from '../src/messages';
import { hashOf } from '../src/engine/hash';
import { isField } from '../src/adapters/reader/dom';
import type { ContentScriptContext } from './context';
import type { LessonPhrases, ReplyChecks } from './reply-checks';

/** Checks run this long after the last keystroke (ms): typing is not slowed, and the list does not flicker. */
export const COACH_DEBOUNCE_MS = 300;

/** What the coach needs from the tab, asked afresh at each check. */
export interface CoachSource {
  /** The agent's preference, as the background last sent it. */
  enabled(): boolean;
  editor(): HTMLElement | null;
  /** The editor is set to write an internal note: a note to colleagues is not held to what a reply should do. */
  writingNote(): boolean;
  /** The suggestions shown for the ticket, in order: the main topics of those that score enough choose the checks
   * (checkedTopics), and their lessons' phrases are offered first under a broken one. */
  suggested(): readonly ShownSuggestion<PhraseSource>[];
  /** The checks in use: the bundled ones and the enabled packs' (checksWith), as the background sent them. */
  checks(): readonly Check[];
  /** The words their patterns name, as the background sent them with the checks. */
  vocabulary(): Vocabulary;
  /** A lesson in use, by id (a check's own lesson, for its phrase). */
  lesson: LessonPhrases;
  /** The checks' code, asked for the first time an editor with text is to be checked: injectedChecks in a desk tab. */
  loadChecks(): ReplyChecks | Promise<ReplyChecks>;
}

/** How long the checks' injection may take before it counts as refused (a stuck injection never answers at all). */
export const CHECKS_LOAD_TIMEOUT_MS = 15_000;

/**
 * Has the background inject the checks into this frame, beside the content script, and resolves with what they left
 * on its global (content/reply-checks.ts); rejects where the background refuses, or has not answered within
 * CHECKS_LOAD_TIMEOUT_MS.
 */
export async function injectedChecks(ctx: ContentScriptContext): Promise<ReplyChecks> {
  // Already here: an injection that answered after the wait had counted it refused (a review, 2026-12-05).
  const present = checksLeft();
  if (present) return present;
  const asked = ctx.sendMessage({ type: 'extra-mile:load-reply-checks' } satisfies Message);
  let timer = 0;
  const waited = new Promise<never>((_, refuse) => (timer = ctx.setTimeout(() => refuse(new Error('The reply checks took too long to load')), CHECKS_LOAD_TIMEOUT_MS)));
  const injected = await Promise.race([asked, waited]).finally(() => ctx.win.clearTimeout(timer));
  const checks = checksLeft();
  if (injected !== true || !checks) throw new Error('The reply checks could not be loaded');
  return checks;
}

/** What content/reply-checks.ts left on this world's global, where it is whole. */
function checksLeft(): ReplyChecks | undefined {
  const checks = (globalThis as Record<string, unknown>)[REPLY_CHECKS_GLOBAL] as Partial<ReplyChecks> | undefined;
  return typeof checks?.checkEditorText === 'function' && typeof checks.draftText === 'function' ? (checks as ReplyChecks) : undefined;
}

/** What the panel shows with the coach switched off, and with no words of the agent's in the editor (or none). */
const OFF: CoachState = { enabled: false, empty: true, lines: [] };
const EMPTY: CoachState = { enabled: true, empty: true, lines: [] };
/** What the panel shows while the desk's editor writes an internal note: the draft is not read. */
const WRITING_NOTE: CoachState = { enabled: true, empty: true, note: true, lines: [] };
/** What the panel shows while the draft waits for the checks' code, and once they were refused, until they come. */
const CHECKS_LOADING: CoachState = { enabled: true, empty: true, loading: true, lines: [] };
const CHECKS_REFUSED: CoachState = { enabled: true, empty: true, loadFailed: true, lines: [] };

export class ReplyCoach {
  private readonly ports = new Set<Runtime.Port>();
  private readonly onInput = () => this.typed();
  /** The reply editor the last check read, and whose document is listened to. */
  private editorSeen: HTMLElement | null = null;
  /**
   * Changes no input event told of (the desk emptied the box on Send, or put a macro's text in): a rich editor's are
   * flagged from the page's one observer (or, for an editor in an iframe, which that observer does not see, one of its
   * own), a form field's show as another hash of its value (not kept itself).
   */
  private changedUnseen = false;
  private valueSeen = 0;
  /** Whether the last check found the editor set to an internal note (switching it changes no text). */
  private noteSeen = false;
  private frameObserver: MutationObserver | null = null;
  private lastSent = '';
  private lastInput = 0;
  private timer: number | undefined;
  /** The checks' code once it came (CoachSource.loadChecks, or Insert's load: checksLoaded); whether it was asked for
   * and has not answered; and, after a refusal, whether the wait before asking again is still running (typing
   * meanwhile does not ask sooner). */
  private replyChecks: ReplyChecks | undefined;
  private loading = false;
  private retryWaiting = false;
  private loadFailures = 0;
  /** How many times the draft was checked on this page (tests count work, not time). */
  checks = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly source: CoachSource,
  ) {
    ctx.addEventListener(ctx.win.document, 'input', this.onInput, { capture: true, passive: true });
    ctx.watchDocument({ childList: true, characterData: true }, (records) => {
      const editor = this.editorSeen;
      if (this.ports.size && editor && !this.changedUnseen && records.some((record) => editor.contains(record.target))) this.changedUnseen = true;
    });
    // A desk may replace its editor: a composer drawn anew, or an iframe editor (CKEditor 4, TinyMCE) rewriting its
    // document, which drops every listener on it. And it may change the draft with no input event. Nothing in the page
    // tells us of the first, so look once a second while a panel is connected and the agent is not typing (on the
    // context's heartbeat); a new editor, or a draft changed unseen, is checked at once. The draft is not read to
    // find out: on a reply quoting a long thread that read costs tens of milliseconds.
    ctx.onHeartbeat(() => {
      if (!this.ports.size || this.timer !== undefined) return;
      const editor = this.source.editor();
      if (editor !== this.editorSeen || this.changedUnseen || (editor !== null && this.source.writingNote() !== this.noteSeen)) return this.update();
      // A note is not read, not even to hash it.
      if (editor && isField(editor) && !this.noteSeen && hashOf(editor.value) !== this.valueSeen) this.update();
    });
    ctx.onConnect(COACH_PORT, (port) => {
      this.ports.add(port);
      port.onDisconnect.addListener(() => this.ports.delete(port));
      this.lastSent = ''; // the new panel gets the checklist even if it did not change
      this.update();
    });
    ctx.onStop(() => {
      this.frameObserver?.disconnect();
      for (const port of this.ports) port.disconnect();
      this.ports.clear();
    });
  }

  /** The ticket, its suggestions or the preference changed: check again now (the draft did not change, but what applies may). */
  update(): void {
    if (!this.ports.size || this.ctx.stopped) return;
    const editor = this.source.editor();
    if (editor !== this.editorSeen) {
      this.editorSeen = editor;
      // An editor in an iframe sends its input events to its own document (adding the same listener twice adds it once).
      if (editor && editor.ownerDocument !== this.ctx.win.document) this.ctx.addEventListener(editor.ownerDocument, 'input', this.onInput, { capture: true, passive: true });
      this.frameObserver?.disconnect();
      if (editor && !isField(editor) && editor.ownerDocument !== this.ctx.win.document) {
        this.frameObserver ??= new MutationObserver(() => (this.changedUnseen = true));
        this.frameObserver.observe(editor, { subtree: true, childList: true, characterData: true });
      }
    }
    this.changedUnseen = false;
    const enabled = this.source.enabled();
    this.noteSeen = editor !== null && this.source.writingNote();
    this.valueSeen = editor && isField(editor) && !this.noteSeen ? hashOf(editor.value) : 0;
    let state = !enabled ? OFF : this.noteSeen ? WRITING_NOTE : EMPTY;
    // The editor's text; whether any of it is the agent's (not only the desk's greeting and signature) the checks tell.
    const text = enabled && editor && !this.noteSeen ? draftSource(editor) : '';
    if (text.trim() && !this.replyChecks) {
      if (!this.retryWaiting) this.load();
      // Checks given at once have checked the draft already (load's own update); otherwise the panel hears they are
      // on their way, or, once refused, that they were (asked again meanwhile, not "on their way" each time: the
      // message would flicker at each ask), and the draft is checked when they come.
      if (!this.replyChecks) this.send(this.loadFailures ? CHECKS_REFUSED : CHECKS_LOADING);
      return;
    }
    if (text.trim()) state = this.replyChecks!.checkEditorText(text, this.source.suggested(), this.source.checks(), this.source.vocabulary(), this.source.lesson);
    if (enabled && editor && !this.noteSeen) this.checks++;
    this.send(state);
  }

  /** Sends the panels `state` where it differs from what they were last sent. */
  private send(state: CoachState): void {
    const sent = JSON.stringify(state);
    if (sent === this.lastSent) return;
    this.lastSent = sent;
    for (const port of this.ports) {
      try {
        port.postMessage(state);
      } catch {
        this.ports.delete(port); // the panel closed meanwhile
      }
    }
  }

  /** Asks for the checks once (again only if that failed), and checks the draft as it stands when they come. */
  private load(): void {
    if (this.loading) return;
    this.loading = true;
    try {
      const checks = this.source.loadChecks();
      if (!('then' in checks)) return this.checksLoaded(checks);
      checks.then((loaded) => this.checksLoaded(loaded), () => this.loadFailed());
    } catch {
      this.loadFailed();
    }
  }

  /** The checks' code came, asked by the coach or by Insert (which shares the load): the draft is checked now, not
   * when a wait after an earlier refusal ends. */
  checksLoaded(checks: ReplyChecks): void {
    if (this.replyChecks) return;
    this.replyChecks = checks;
    this.loading = false;
    this.retryWaiting = false;
    this.update();
  }

  /** Asked again a second on, then two, four… at most half a minute apart, not only when the agent types again: an
   * extension updated meanwhile, say, refuses once, and the panel would wait for a checklist until the next keystroke. */
  private loadFailed(): void {
    if (this.replyChecks) return;
    this.loading = false;
    this.retryWaiting = true;
    this.ctx.setTimeout(() => {
      this.retryWaiting = false;
      this.update();
    }, Math.min(30_000, 1000 * 2 ** this.loadFailures++));
    this.update();
  }

  /** Debounced: one check once typing pauses for COACH_DEBOUNCE_MS, one pending timer however fast the agent types. */
  private typed(): void {
    if (!this.ports.size) return; // nobody is looking: nothing is read
    this.lastInput = performance.now();
    if (this.timer === undefined) this.wait(COACH_DEBOUNCE_MS);
  }

  private wait(ms: number): void {
    this.timer = this.ctx.setTimeout(() => {
      const quiet = performance.now() - this.lastInput;
      if (quiet < COACH_DEBOUNCE_MS) return this.wait(COACH_DEBOUNCE_MS - quiet);
      this.timer = undefined;
      this.update();
    }, ms);
  }
}
