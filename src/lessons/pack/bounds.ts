// Size, depth and width, found before any recursive work: what is past them is never a pack, and would cost the
// parsers and the schema their stack or their time.
import { createScanner } from 'jsonc-parser';
import { CLOSE_BRACE, CLOSE_BRACKET, COLON, COMMA, EOF, OPEN_BRACE, OPEN_BRACKET, STRING, VALUE_TOKENS } from '../../json-tokens';
import { MAX_PACK_LESSONS } from '../schema';
import { formatPath, type PackError } from './errors';
import { LineIndex } from './places';

export const MAX_PACK_BYTES = 1024 * 1024;
/** Objects and arrays inside one another: a pack needs 4 (pack, lessons, lesson, source); deeper is never a pack. */
export const MAX_PACK_DEPTH = 16;

/** "1,048,577 bytes": exact, so a file one byte over the limit never reads as equal to it. */
function bytesText(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} bytes`;
}

/** The error for a pack file of `bytes` bytes, over MAX_PACK_BYTES. The options page shows it before reading the file. */
export function tooLargeError(bytes: number): PackError {
  return { path: '', message: `is ${bytesText(bytes)}; a pack may be at most ${bytesText(MAX_PACK_BYTES)} (1 MiB)` };
}

function tooDeepMessage(): string {
  return `nests objects and arrays more than ${MAX_PACK_DEPTH} deep (a pack needs 4)`;
}

/**
 * Depth and width before the schema: the first object or array nested deeper than MAX_PACK_DEPTH, or a list longer
 * than any a pack has (lessons, at most MAX_PACK_LESSONS). Walked with an explicit stack (a deep value must not
 * exhaust the call stack here either); each object is walked once, so shared or cyclic values end.
 */
export function findShapeProblem(value: unknown): PackError | undefined {
  interface Step {
    value: object;
    depth: number;
    parent?: Step;
    key?: string | number;
  }
  const pathOf = (step: Step) => {
    const path: (string | number)[] = [];
    for (let at: Step | undefined = step; at?.key !== undefined; at = at.parent) path.unshift(at.key);
    return formatPath(path);
  };
  const seen = new WeakSet<object>();
  const stack: Step[] = [];
  const visit = (child: unknown, parent?: Step, key?: string | number) => {
    if (typeof child === 'object' && child !== null && !seen.has(child)) {
      seen.add(child);
      stack.push({ value: child, depth: parent ? parent.depth + 1 : 0, parent, key });
    }
  };
  visit(value);
  while (stack.length) {
    const step = stack.pop()!;
    if (step.depth >= MAX_PACK_DEPTH) return { path: pathOf(step), message: tooDeepMessage() };
    if (Array.isArray(step.value)) {
      if (step.value.length > MAX_PACK_LESSONS) return { path: pathOf(step), message: tooWideMessage(pathOf(step), step.value.length) };
      step.value.forEach((child, i) => visit(child, step, i));
    } else for (const [key, child] of Object.entries(step.value)) visit(child, step, key);
  }
  return undefined;
}

type Frame = { array: true; items: number; open: number } | { array: false; key: string | undefined; expectKey: boolean; open: number };

/**
 * findShapeProblem on a pack's text, token by token, before anything parses it recursively: where the first
 * container too deep opens, or the first list too long (counted to its end).
 */
export function findShapeProblemInText(source: string): Required<Pick<PackError, 'path' | 'line' | 'column' | 'message'>> | undefined {
  const scanner = createScanner(source, true);
  const frames: Frame[] = [];
  const pathOf = (count: number) => formatPath(frames.slice(0, count).map((f) => (f.array ? f.items - 1 : (f.key ?? ''))));
  let wide: { depth: number; path: string } | undefined;
  const lines = new LineIndex(source);
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    const top = frames[frames.length - 1];
    if (top?.array && VALUE_TOKENS.has(token) && ++top.items > MAX_PACK_LESSONS && !wide) wide = { depth: frames.length - 1, path: pathOf(frames.length - 1) };
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      if (!wide && frames.length >= MAX_PACK_DEPTH) return { path: pathOf(frames.length), ...lines.at(scanner.getTokenOffset()), message: tooDeepMessage() };
      const open = scanner.getTokenOffset();
      frames.push(token === OPEN_BRACKET ? { array: true, items: 0, open } : { array: false, key: undefined, expectKey: true, open });
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
      const closed = frames.pop();
      if (closed?.array && wide?.depth === frames.length) return { path: wide.path, ...lines.at(closed.open), message: tooWideMessage(wide.path, closed.items) };
    } else if (token === COMMA && top && !top.array) {
      Object.assign(top, { key: undefined, expectKey: true });
    } else if (token === STRING && top && !top.array && top.expectKey) {
      Object.assign(top, { key: scanner.getTokenValue(), expectKey: false });
    } else if (token === COLON && top && !top.array) {
      top.expectKey = false;
    }
  }
  return undefined;
}

function tooWideMessage(path: string, items: number): string {
  const limit = path === 'lessons' ? 'a pack holds at most' : 'no list in a pack holds more than';
  return `lists ${items.toLocaleString('en-US')} items; ${limit} ${MAX_PACK_LESSONS}`;
}

/** UTF-8 length without encoding a copy of a text that may be very large. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair is one four-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}
