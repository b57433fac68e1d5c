// Standard output for a stream of results (suggest --jsonl): written while its reader is there, and told when it has
// gone (`| head -1` closed the pipe), so the ranking stops there instead of going on to the end of the file.
import type { Writable } from 'node:stream';
import { setImmediate } from 'node:timers/promises';

export interface ResultsOutput {
  write(text: string): void;
  /** Resolves once what was written can go out (a full pipe has taken it, or closed) and a closed pipe has been
   * reported (one turn of the event loop): false when the reader has gone. */
  drained(): Promise<boolean>;
}

/**
 * Watches `out`: once its reader closes the pipe (EPIPE), nothing more is written to it and `drained` says so. Any other
 * failure to write (a full disk) goes to `failed`, once.
 */
export function watchedOutput(out: Writable, failed: (error: NodeJS.ErrnoException) => void): ResultsOutput {
  let closed = false;
  out.on('error', (error: NodeJS.ErrnoException) => {
    const first = !closed;
    closed = true;
    if (error.code !== 'EPIPE' && first) failed(error);
  });
  return {
    write(text) {
      if (!closed && !out.destroyed) out.write(text);
    },
    async drained() {
      if (out.writableNeedDrain && !closed) {
        await new Promise<void>((resolve) => {
          const done = () => {
            out.off('drain', done).off('error', done).off('close', done);
            resolve();
          };
          out.on('drain', done).on('error', done).on('close', done);
        });
      }
      await setImmediate();
      // A stream closed without an error (destroyed) has gone too: writing on would fail.
      return !closed && !out.destroyed;
    },
  };
}
