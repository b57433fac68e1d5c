// Lays out read text the way a browser lays out lines (collapsed spaces, block breaks, <br>), within bounds: a text
// node is kept a slice at a time, and the sink fills at `max` characters kept or after SCAN_PER_KEPT times that were
// looked at.
import { capText } from '../clean/limits';

/** A long text node is collapsed and kept this many characters at a time. */
export const TEXT_SLICE_CHARS = 16_384;
/** Raw characters looked at per character kept, at most: whitespace collapses, but not without end. */
const SCAN_PER_KEPT = 4;

/** The work one or more elementText calls did, counted (tests and the bench check it is bounded, not timed). */
export interface TextWork {
  /** Raw characters of text nodes looked at. */
  scanned: number;
  /** Slices of text collapsed and kept. */
  slices: number;
}

/** Accumulates text the way a browser lays out lines, closely enough for reading messages. */
export class TextSink {
  private parts: string[] = [];
  private length = 0;
  private pendingBreaks = 0;
  private atLineStart = true;
  private endsWithSpace = false;
  private readonly scanLimit: number;
  private scanned = 0;
  full = false;

  constructor(
    private readonly max: number,
    private readonly work: TextWork,
  ) {
    this.scanLimit = max * SCAN_PER_KEPT + TEXT_SLICE_CHARS;
  }

  /** A text node's value, a slice at a time, until the sink is full or has looked at enough. */
  text(raw: string, pre: boolean): void {
    let at = 0;
    while (at < raw.length && !this.full) {
      if (this.scanned >= this.scanLimit) {
        this.full = true;
        return;
      }
      let end = Math.min(raw.length, at + Math.min(TEXT_SLICE_CHARS, this.scanLimit - this.scanned));
      if (end < raw.length && raw.charCodeAt(end - 1) === 13 /* \r */) end++; // keep a \r\n pair in one slice
      const slice = at === 0 && end === raw.length ? raw : raw.slice(at, end);
      this.scanned += slice.length;
      this.work.scanned += slice.length;
      this.work.slices++;
      this.keep(slice, pre);
      at = end;
    }
  }

  /** A required line break (block boundary): collapses with neighbouring ones, never leads. */
  lineBreak(count: number): void {
    if (count > this.pendingBreaks) this.pendingBreaks = count;
  }

  /** A literal line break (<br>). */
  newline(): void {
    if (this.full) return;
    this.flushBreaks();
    this.trimTrailingSpace();
    this.push('\n');
  }

  stop(): void {
    this.full = true;
  }

  toString(): string {
    this.trimTrailingSpace();
    return this.parts.join('');
  }

  private keep(raw: string, pre: boolean): void {
    let text = pre ? raw.replace(/\r\n?/g, '\n') : raw.replace(/[ \t\n\r\f]+/g, ' ');
    if (!pre && (this.pendingBreaks > 0 || this.atLineStart || this.endsWithSpace)) text = text.replace(/^ /, '');
    if (!text) return;
    this.flushBreaks();
    this.push(text);
  }

  private flushBreaks(): void {
    if (this.pendingBreaks > 0 && this.length > 0) {
      this.trimTrailingSpace();
      this.push('\n'.repeat(this.pendingBreaks));
    }
    this.pendingBreaks = 0;
  }

  private trimTrailingSpace(): void {
    const last = this.parts[this.parts.length - 1];
    if (last !== undefined && / +$/.test(last)) {
      const trimmed = last.replace(/ +$/, '');
      this.length -= last.length - trimmed.length;
      this.parts[this.parts.length - 1] = trimmed;
    }
  }

  private push(text: string): void {
    let piece = text;
    if (this.length + piece.length >= this.max) {
      piece = capText(piece, Math.max(0, this.max - this.length));
      this.full = true;
    }
    if (!piece) return;
    this.parts.push(piece);
    this.length += piece.length;
    const last = piece[piece.length - 1];
    this.atLineStart = last === '\n';
    this.endsWithSpace = last === ' ';
  }
}
