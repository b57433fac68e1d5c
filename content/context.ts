// The content script's life on one page, in the manner of WXT's content-script context: one AbortController owns
// every listener, timer, frame and observer, so stopping (the extension reloaded or removed, a newer copy took over)
// leaves nothing running. It also watches the page's address for single-page desks that move between tickets.
import browser, { extensionAlive, type Runtime } from '../src/browser';
import { takeOver } from './takeover';

/** How often to check that the extension is still there and the address unchanged, where nothing else tells us (ms). */
const HEARTBEAT_MS = 1000;

export class ContentScriptContext {
  readonly win: Window;
  private readonly controller = new AbortController();

  constructor(win: Window) {
    this.win = win;
    // A newer copy has older copies step down, then takes over (content/takeover.ts: channels the page cannot forge).
    takeOver(win, browser.runtime.id, () => this.stop(), this.signal);
    this.setInterval(() => {
      if (!extensionAlive()) this.stop();
    }, HEARTBEAT_MS);
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

  setInterval(fn: () => void, ms: number): number {
    const id = this.win.setInterval(() => {
      if (!this.stopped) fn();
    }, ms);
    this.onStop(() => this.win.clearInterval(id));
    return id;
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

  /** A MutationObserver that disconnects when the context stops. */
  observe(target: Node, options: MutationObserverInit, callback: (records: MutationRecord[]) => void): MutationObserver {
    const observer = new MutationObserver(callback);
    observer.observe(target, options);
    this.onStop(() => observer.disconnect());
    return observer;
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
    this.setInterval(check, HEARTBEAT_MS);
  }
}
