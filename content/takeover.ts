// The handover from an older copy of the content script to a newer one, on channels the page cannot forge.
//   - Copies of the same extension instance share one content-script world (chrome.scripting.executeScript into a tab
//     that already has the manifest's copy): the running copy leaves its stop function on the window as that world
//     sees it, under a registry symbol. The page's own JavaScript runs in another world and cannot reach it.
//   - After a reload or update the new copy may run in a new world. It announces itself with a DOM event named after
//     the extension's id, which a page can dispatch too, so the receiver steps down only if its own extension is gone
//     (checked on receipt): an older copy whose extension still runs has nothing to hand over.
import { extensionAlive } from '../src/browser';

const SLOT = Symbol.for('extra-mile.content-context');

type Slotted = Window & { [SLOT]?: () => void };

/** The event a newer copy dispatches for copies of an extension instance that has since gone (same id). */
export function takeoverEventName(extensionId: string): string {
  return `extra-mile:takeover:${extensionId}`;
}

/**
 * Stops any older copy on this page, then registers `stop` for the next one. Listens until `signal` aborts.
 * `extensionId` is read once at start: an orphaned copy can no longer read it.
 */
export function takeOver(win: Window, extensionId: string, stop: () => void, signal: AbortSignal): void {
  const slotted = win as Slotted;
  const older = slotted[SLOT];
  if (older && older !== stop) older();
  slotted[SLOT] = stop;
  signal.addEventListener('abort', () => {
    if (slotted[SLOT] === stop) delete slotted[SLOT];
  });

  const name = takeoverEventName(extensionId);
  win.dispatchEvent(new Event(name));
  win.addEventListener(
    name,
    () => {
      // Anyone on the page can dispatch this; only a copy whose extension was replaced or removed steps down.
      if (!extensionAlive()) stop();
    },
    { signal },
  );
}
