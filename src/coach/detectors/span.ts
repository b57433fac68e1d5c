/** A stretch [start, end) of the draft's text. */
export type Span = [number, number];
