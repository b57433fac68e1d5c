// The content script's life on one page, in the manner of WXT's content-script context: one AbortController owns
// every listener, timer, frame and observer, so stopping (the extension reloaded or removed, a newer copy took over)
// leaves nothing running. It also watches the page's address for single-page desks that move between tickets. One
// observer watches the document and one heartbeat looks at what nothing announces, for every part of the script.
import browser, { extensionAlive, type Runtime } from '../src/browser';
import { takeOver } from './takeover';

/** How often to look at what nothing else tells us: the extension still there, the address, a replaced editor (ms). */
const HEARTBEAT_MS = 1000;

/** What one part of the script wants to hear of the document's changes (always the whole document, subtree). */
export interface DocumentChanges {
  childList?: boolean;
  characterData?: boolean;
  /** These attributes' changes. */
  attributes?: readonly string[];
}

interface DocumentWatch {
  changes: DocumentChanges;
  callback: (records: MutationRecord[]) => void;
}

export class ContentScriptContext {
  readonly win: Window;
  private readonly controller = new AbortController();
  private readonly beats: (() => void)[] = [];
  private readonly watches: DocumentWatch[] = [];
  private documentObserver: MutationObserver | undefined;

  constructor(win: Window) {
    this.win = win;
    // A newer copy has older copies step down, then takes over (content/takeover.ts: channels the page cannot forge).
    takeOver(win, browser.runtime.id, () => this.stop(), this.signal);
    this.onHeartbeat(() => {
      if (!extensionAlive()) this.stop();
    });
    const id = win.setInterval(() => {
      // A beat may stop the context (the extension is gone): the beats after it do not run.
      for (const beat of this.beats) if (!this.stopped) beat();
    }, HEARTBEAT_MS);
    this.onStop(() => win.clearInterval(id));
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get stopped(): boolean {
    return this.controller.signal.aborted;
  }

  stop(): void {
    this.controller.abort();
  }

  /**
   * Sends `message` to the background. Where the extension has gone (reloaded, updated, removed), the call throws at
   * once, "Extension context invalidated", where no .catch of the caller's sees it (a review, 490: an uncaught error in
   * the desk's console per reload); that, like a failed answer while the extension is gone, stops this context now,
   * not at the next heartbeat.
   */
  sendMessage(message: unknown): Promise<unknown> {
    if (this.stopped) return Promise.reject(new Error('This copy of the content script has stopped'));
    let sent: Promise<unknown>;
    try {
      sent = browser.runtime.sendMessage(message);
    } catch (error) {
      sent = Promise.reject(error);
    }
    return sent.catch((error: unknown) => {
      if (!extensionAlive()) this.stop();
      throw error;
    });
  }

  /** Runs `fn` when the context stops (at once if it already has). */
  onStop(fn: () => void): void {
    if (this.stopped) fn();
    else this.signal.addEventListener('abort', fn, { once: true });
  }

  // Each timer and frame is cleared if the context stops first, and drops that hook when it runs: a page that
  // changes all day must not pile up abort listeners.
  setTimeout(fn: () => void, ms: number): number {
    const clear = () => this.win.clearTimeout(id);
    const id = this.win.setTimeout(() => {
      this.signal.removeEventListener('abort', clear);
      if (!this.stopped) fn();
    }, ms);
    this.signal.addEventListener('abort', clear, { once: true });
    return id;
  }

  /** Calls `fn` once a second until the context stops, on the one heartbeat timer every part of the script shares. */
  onHeartbeat(fn: () => void): void {
    this.beats.push(fn);
  }

  requestAnimationFrame(fn: () => void): number {
    const cancel = () => this.win.cancelAnimationFrame(id);
    const id = this.win.requestAnimationFrame(() => {
      this.signal.removeEventListener('abort', cancel);
      if (!this.stopped) fn();
    });
    this.signal.addEventListener('abort', cancel, { once: true });
    return id;
  }

  addEventListener(target: EventTarget, type: string, listener: (event: Event) => void, options: AddEventListenerOptions = {}): void {
    target.addEventListener(type, listener, { ...options, signal: this.signal });
  }

  /**
   * Calls `callback` with the document's changes of the kinds asked for, until the context stops. One MutationObserver
   * serves every caller: it observes what any of them asks for, and each gets only its own kinds of record (none: no
   * call), in the order they asked.
   */
  watchDocument(changes: DocumentChanges, callback: (records: MutationRecord[]) => void): void {
    if (this.stopped) return;
    this.watches.push({ changes, callback });
    if (!this.documentObserver) {
      const observer = new MutationObserver((records) => {
        for (const watch of this.watches) {
          if (this.stopped) return;
          const mine = records.filter((record) => wants(watch.changes, record));
          if (mine.length) watch.callback(mine);
        }
      });
      this.documentObserver = observer;
      this.onStop(() => observer.disconnect());
    }
    // Observing the same node again replaces the options: the union of what every caller asked for.
    const attributes = [...new Set(this.watches.flatMap((watch) => watch.changes.attributes ?? []))];
    const childList = this.watches.some((watch) => watch.changes.childList);
    const characterData = this.watches.some((watch) => watch.changes.characterData);
    if (!childList && !characterData && !attributes.length) return; // nothing asked for yet (observe would throw)
    this.documentObserver.observe(this.win.document.documentElement, {
      subtree: true,
      childList,
      characterData,
      ...(attributes.length ? { attributes: true, attributeFilter: attributes } : {}),
    });
  }

  /** Extension messages to this tab, until the context stops. */
  onMessage(listener: (message: unknown) => Promise<unknown> | undefined): void {
    browser.runtime.onMessage.addListener(listener);
    this.onStop(() => {
      try {
        browser.runtime.onMessage.removeListener(listener);
      } catch {
        // The old extension context is gone; its listener went with it.
      }
    });
  }

  /** Ports our own extension pages open to this tab under `name` (tabs.connect), until the context stops. */
  onConnect(name: string, listener: (port: Runtime.Port) => void): void {
    const accept = (port: Runtime.Port) => {
      if (port.name === name && port.sender?.id === browser.runtime.id && !this.stopped) listener(port);
    };
    try {
      browser.runtime.onConnect.addListener(accept);
    } catch {
      return; // no ports here: what needs them (the reply coach) stays idle, the rest runs
    }
    this.onStop(() => {
      try {
        browser.runtime.onConnect.removeListener(accept);
      } catch {
        // The old extension context is gone; its listener went with it.
      }
    });
  }

  /**
   * Calls `fn` when the page's address changes without a page load: the Navigation API where there is one, popstate,
   * and the heartbeat's look at location.href for desks that pushState without either.
   */
  onLocationChange(fn: (href: string) => void): void {
    let last = this.win.location.href;
    const check = () => {
      const now = this.win.location.href;
      if (now === last) return;
      last = now;
      fn(now);
    };
    this.addEventListener(this.win, 'popstate', check);
    const navigation = (this.win as { navigation?: EventTarget }).navigation;
    if (navigation) this.addEventListener(navigation, 'navigatesuccess', check);
    this.onHeartbeat(check);
  }
}

function wants(changes: DocumentChanges, record: MutationRecord): boolean {
  if (record.type === 'childList') return changes.childList === true;
  if (record.type === 'characterData') return changes.characterData === true;
  return record.attributeName !== null && (changes.attributes?.includes(record.attributeName) ?? false);
}
