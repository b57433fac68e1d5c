// A line of quoted mail, as the desk readers and the engine's cue matcher both tell it.

/**
 * A line quoted with ">"; not one the writer framed for emphasis (">>> URGENT: … <<<", a reading round, 2026-12-05).
 * Two tests, not one pattern with a look-ahead: that one tried a line of 80,000 ">" in 5.8 s (a review).
 */
export const QUOTED_LINE = { test: (line: string): boolean => /^\s*>/.test(line) && !isFramed(line) };

/** A line the writer framed with ">>" and "<<" for emphasis. */
const isFramed = (line: string): boolean => /^\s*>>/.test(line) && line.trimEnd().endsWith('<<');
