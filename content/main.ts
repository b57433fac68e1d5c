// The content script, wired up: a lifecycle context (context.ts), the ticket watcher that reads and has the
// background rank (ticket-watcher.ts), the in-page pointer with its layout and its schedule (pointer.ts,
// pointer-layout.ts, pointer-schedule.ts), and the options page's Try button (try-selectors.ts). What
// the tab shows goes to the extension's own side panel and background by runtime messaging; ticket text never
// leaves the browser and is never stored.
import { nodeNameOf, parentOrHostOf } from '../src/adapters/reader/node-links';
import { t } from '../src/i18n';
import { isMessage, type InsertAnswer, type Message, type TabView } from '../src/messages';
import { ContentScriptContext } from './context';
import { insertText, needsDraftReader, TEXT_AS_IT_STANDS, type DraftReader } from './insert-text';
import { mountPointer, SIDEBAR_TAG, type PointerHandle } from './pointer';
import { INPUT_TYPES, schedulePointer } from './pointer-schedule';
import type { ReplyChecks } from './reply-checks';
import { injectedChecks, ReplyCoach } from './reply-coach';
import { TicketWatcher } from './ticket-watcher';
import { trySelectors } from './try-selectors';

/** How often the page may take Extra Mile's element out before it is left out. */
const MAX_RESTORES = 3;

export interface ContentContext {
  signal: AbortSignal;
  stop(): void;
}

/** How the content script shares the page's main thread; the defaults are for real pages, tests choose their own. */
export interface StartOptions {
  /** How long reading may run before drawing waits for the page's next task (ms). */
  sliceMs?: number;
  /** How long reading a thread may run before it lets the page run, then goes on (ms). */
  readSliceMs?: number;
  /** Lets the page run, then resumes: scheduler.yield where there is one, else a new task. */
  yieldToPage?: () => Promise<void>;
}

/**
 * Starts in a page's top frame only, as the manifest registers the script: the library that puts it into tabs already
 * open on a granted origin (webext-dynamic-content-scripts) puts it into every frame, and a copy in a desk's frame read
 * that frame's own text, showed a second pointer there and set the toolbar badge to its count (a review, 2026-12-05).
 */
export function startInTopFrame(win: Window = window): ContentContext | null {
  return win === win.top ? start(win) : null;
}

export function start(win: Window = window, options: StartOptions = {}): ContentContext {
  const ctx = new ContentScriptContext(win);
  /** A message whose answer nothing waits for. */
  const send = (message: Message) => void ctx.sendMessage(message).catch(() => undefined);
  const doc = win.document;
  let pointer: PointerHandle | null = null;
  let view: TabView | null = null;
  /** Times the page removed our element and it was put back; past MAX_RESTORES it stays out. */
  let restored = 0;
  let removedByPage = false;

  const watcher = new TicketWatcher(ctx, {
    ...(options.sliceMs !== undefined ? { sliceMs: options.sliceMs } : {}),
    ...(options.readSliceMs !== undefined ? { readSliceMs: options.readSliceMs } : {}),
    yieldToPage: options.yieldToPage ?? (() => yieldToPage(win)),
    isOwnRecord,
    onView(next) {
      view = next;
      show(next);
      send({ type: 'extra-mile:tab-view', view: told(next) });
      coach.update();
    },
    onEnabled(enabled) {
      if (enabled) return;
      // Switched off here: the element goes at once; the page is left alone until switched back on.
      pointer?.destroy();
      pointer = null;
      view = watcher.view();
      send({ type: 'extra-mile:tab-view', view: told(view) });
      coach.update();
    },
  });

  /** The reply checks, injected once for the coach and Insert alike (asked again only after a failure); the coach
   * hears of them whoever asked. */
  let replyChecks: Promise<ReplyChecks> | undefined;
  const loadChecks = () =>
    (replyChecks ??= injectedChecks(ctx).then(
      (checks) => {
        coach.checksLoaded(checks);
        return checks;
      },
      (error: unknown) => {
        replyChecks = undefined;
        throw error;
      },
    ));

  const coach = new ReplyCoach(ctx, {
    enabled: () => watcher.isEnabled && watcher.preferences.coach,
    editor: () => watcher.editor(),
    writingNote: () => watcher.writingNote(),
    suggested: () => (view?.state === 'ready' ? view.suggestions : []),
    checks: () => watcher.checks,
    vocabulary: () => watcher.vocabulary,
    lesson: (lessonId) => watcher.lesson(lessonId),
    loadChecks,
  });

  /** The agent dragged the pointer: remember the spot for this site, as fractions of the window. */
  function moved(left: number, top: number) {
    const place = { x: left / Math.max(1, win.innerWidth), y: top / Math.max(1, win.innerHeight) };
    watcher.pointerPlace = place;
    send({ type: 'extra-mile:set-pointer-place', origin: win.location.origin, place });
  }

  /** How to open the panel with `keys` (the shortcut the agent set), or without a shortcut: short, shown in the button
   * after a click that could not (the longer line was cut at "to open Extra …"). */
  const howToOpen = (keys: string | false) => (keys ? t('pointerShortcutKeysHint', keys) : t('pointerShortcutHint'));

  /** The pointer's description where its click cannot open the panel (Firefox), undefined where it can: true whether the
   * sidebar is open or not, as it stays while the agent opens it (it said "to open" with the sidebar open, whose key closes it). */
  function openHint(): string | undefined {
    const keys = watcher.panelKeys;
    return keys === undefined ? undefined : keys ? t('pointerShortcutKeysHow', keys) : t('pointerShortcutHow');
  }

  function openPanel() {
    // Sent inside the click, so the background opens the side panel within this gesture.
    void ctx
      .sendMessage({ type: 'extra-mile:open-panel' } satisfies Message)
      .then((opened) => {
        // Refused: the background answers with the shortcut that opens the panel, when one is set.
        if (opened !== true) pointer?.hint(howToOpen(typeof opened === 'string' ? opened : (watcher.panelKeys ?? false)));
      })
      .catch(() => pointer?.hint(howToOpen(watcher.panelKeys ?? false)));
  }

  const layout = schedulePointer(ctx, win, { pointer: () => pointer, editor: () => watcher.editor(), saved: () => watcher.pointerPlace });
  ctx.addEventListener(win, 'scroll', layout, { passive: true, capture: true }); // capture: the desk's own scrolling panes too
  ctx.addEventListener(win, 'resize', layout, { passive: true });
  for (const type of INPUT_TYPES) ctx.addEventListener(win, type, layout, { passive: true, capture: true });
  ctx.watchDocument({ childList: true }, (records) => {
    if (pointer && !pointer.element.isConnected) restore();
    if (!records.every(isOwnRecord)) layout();
  });

  /** The page took our element out: put it back a few times, then leave the page alone and say so in the status. */
  function restore() {
    pointer?.destroy();
    pointer = null;
    if (++restored > MAX_RESTORES) {
      removedByPage = true;
      return;
    }
    if (view) show(view);
  }

  function show(next: TabView) {
    if (removedByPage) return;
    pointer ??= mountPointer(doc, openPanel, moved);
    pointer.update(next, watcher.ranked, openHint());
    layout();
  }

  ctx.onMessage((message: unknown) => {
    if (!isMessage(message) || ctx.stopped) return undefined;
    switch (message.type) {
      case 'extra-mile:get-tab-view':
        return Promise.resolve(told(watcher.isEnabled ? (view ?? watcher.view()) : watcher.view()));
      case 'extra-mile:shows-ticket':
        // Switched off, the page shows no cards to copy from: nothing it last read stands.
        return Promise.resolve(watcher.isEnabled && (message.ticket === undefined || message.ticket === watcher.ticketAtAddress));
      case 'extra-mile:insert': {
        // A phrase filled for another ticket (its customer's name, its number) never goes into this one's reply: the
        // panel may still show the last ticket while this page reads its own. Said apart from "no editor", so the
        // panel does not copy it instead, for the agent to paste into the next customer's reply.
        if (message.ticket !== undefined && message.ticket !== watcher.ticketIdentity) return Promise.resolve<InsertAnswer>('moved-on');
        if (typeof message.phrase !== 'string') return Promise.resolve<InsertAnswer>(false);
        const { phrase, ticket } = message;
        const editor = watcher.editor();
        if (editor === null) return Promise.resolve<InsertAnswer>(false);
        if (!needsDraftReader(editor)) return Promise.resolve<InsertAnswer>(insertText(editor, phrase, TEXT_AS_IT_STANDS));
        // Where the draft ends in a rich editor holding history or a signature is read by the reply checks' rules,
        // loaded now if the coach has not yet; where they cannot load, the editor's text is taken as it stands.
        return loadChecks().then(
          (checks) => checks.draftText,
          (): DraftReader => TEXT_AS_IT_STANDS,
        ).then((readDraft): InsertAnswer => {
          if (ctx.stopped) return false;
          if (ticket !== undefined && ticket !== watcher.ticketIdentity) return 'moved-on';
          const editor = watcher.editor();
          return editor !== null && insertText(editor, phrase, readDraft);
        });
      }
      case 'extra-mile:hide-lesson':
        if (typeof message.lessonId === 'string') watcher.setHidden(message.lessonId, message.hidden === true, typeof message.ticket === 'string' ? message.ticket : undefined);
        return Promise.resolve(true);
      case 'extra-mile:settings-changed':
        // Redrawn after: the shortcut the pointer names may be what changed.
        void watcher.loadContext().then(() => {
          if (view && pointer && !ctx.stopped) show(view);
        });
        return undefined;
      case 'extra-mile:try-selectors':
        return Promise.resolve(trySelectors(win, message.selectors));
      default:
        return undefined;
    }
  });

  /** The view as the panel and the popup are told it: with why Extra Mile left the page, where it did. */
  function told(next: TabView): TabView {
    return removedByPage ? { ...next, stopped: 'page-removed' } : next;
  }

  ctx.onStop(() => {
    pointer?.destroy();
    pointer = null;
  });

  void watcher.loadContext();
  // The browser reads the add-on's strings at their first use, several milliseconds on a fresh page: here, while the
  // background answers, rather than when the first suggestions are drawn.
  ctx.setTimeout(() => void t('pointerSuggestionsOne'), 0);
  return { signal: ctx.signal, stop: () => ctx.stop() };
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

function isOwnRecord(record: MutationRecord): boolean {
  if (isOwn(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every((node) => nodeNameOf(node) === SIDEBAR_TAG);
}

function isOwn(node: Node): boolean {
  // Through the DOM's own getters: a page's <form> with a field named "parentNode" made this walk endless.
  for (let n: Node | null = node; n; n = parentOrHostOf(n)) {
    if (nodeNameOf(n) === SIDEBAR_TAG) return true;
  }
  return false;
}
