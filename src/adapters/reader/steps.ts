// A reading that pauses between its parts (a thread's messages): a generator that yields where the page may run, and
// returns what was read. The CLI and tests run it to the end at once; the content script runs it a slice of time at a
// time, letting the desk's page run in between (a 5 MB thread read in one task passed 50 ms on a slow machine).

/** A reading of `T` that yields between its parts. */
export type Steps<T> = Generator<void, T, void>;

/** Runs a reading to its end without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
