// A pack file that is not JSON: the first slip, in plain words, at its line.
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { looksUtf16 } from '../../utf16';
import { findShapeProblemInText } from './bounds';
import { clipPath, type PackVerdict } from './errors';
import { LineIndex } from './places';

/** jsonc-parser's error codes in plain words, with the slip that most often causes each. */
const SYNTAX_MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: 'this is not JSON: put text and property names in double quotes (other values are numbers, true, false or null)',
  InvalidNumberFormat: 'this number is not written as JSON writes numbers',
  PropertyNameExpected: 'a property name in double quotes was expected here (a stray comma?)',
  ValueExpected: 'a value was expected here (a stray comma, or nothing after a colon?)',
  ColonExpected: 'a colon was expected here, between the property name and its value',
  CommaExpected: 'a comma is missing here, between two items',
  CloseBraceExpected: 'a closing } was expected here (an object left open?)',
  CloseBracketExpected: 'a closing ] was expected here (a list left open?)',
  EndOfFileExpected: 'the pack should end here: there is more after its last }',
  InvalidCommentToken: 'a pack may not have comments',
  UnexpectedEndOfComment: 'a pack may not have comments',
  UnexpectedEndOfString: 'this text is not closed: its closing double quote is missing',
  UnexpectedEndOfNumber: 'this number ends too early',
  InvalidUnicode: 'a \\u escape needs four hexadecimal digits',
  InvalidEscapeCharacter: 'a backslash in text starts an escape such as \\n or \\"; write \\\\ for a backslash itself',
  InvalidCharacter: 'a line break or tab inside text must be written as \\n or \\t',
};

/** What a file of nothing but spaces is told: nothing to read (the CLI's unusable input, not an invalid pack). */
export const EMPTY_PACK = 'is empty, not a JSON pack';

/** A text that runs into the end of its line: jsonc-parser says only that it is not closed. */
const LINE_BREAK_IN_TEXT = 'this text runs past the end of its line: write a line break inside text as \\n';

export function syntaxErrors(source: string): PackVerdict {
  const lines = new LineIndex(source);
  // Every error from a file names a place in it: a file of spaces is empty from its first line.
  if (!source.trim()) return { ok: false, errors: [{ path: '', ...lines.at(0), message: EMPTY_PACK }] };
  // Read as UTF-8, a UTF-16 file is a NUL between every two letters: the parser's "not JSON" would hide what to do.
  if (looksUtf16(source)) return { ok: false, errors: [{ path: '', ...lines.at(0), message: 'is UTF-16 text; save it as UTF-8' }] };
  // Depth first: the parser that finds where the syntax breaks recurses.
  const shape = findShapeProblemInText(source);
  if (shape) return { ok: false, errors: [clipPath(shape)] };
  const found: ParseError[] = [];
  parseTree(source, found, { disallowComments: true, allowTrailingComma: false });
  // One slip reads as several to the parser (a doubled comma: no property name, then no value; an unclosed text: every
  // word after it): the first error says where it is, and the rest follow from it.
  const first = found[0];
  if (!first) return { ok: false, errors: [{ path: '', ...lines.at(0), message: 'is not valid JSON' }] };
  const code = printParseErrorCode(first.error);
  const brokenLine = code === 'UnexpectedEndOfString' && /[\r\n]/.test(source[first.offset + first.length] ?? '');
  const message = brokenLine ? LINE_BREAK_IN_TEXT : SYNTAX_MESSAGES[code] ?? `this is not valid JSON (${code})`;
  // The parser meets a missing comma at the next item, often on the next line: the comma belongs right after the item
  // before it (a walk, 2026-12-05, was sent to the line after the slip).
  const at = code === 'CommaExpected' ? endOfItemBefore(source, first.offset) : first.offset;
  return { ok: false, errors: [{ path: '', ...lines.at(at), message }] };
}

/** Where the item before `offset` ends: right after its last character, spaces and line breaks after it skipped back. */
function endOfItemBefore(source: string, offset: number): number {
  let end = offset;
  while (end > 0 && /\s/.test(source[end - 1] ?? '')) end--;
  return end;
}
