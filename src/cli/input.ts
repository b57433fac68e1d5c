// Reading the text a command is given (a ticket, a reply, a JSONL file, a pack): refused in one line when unusable.
import { readFileSync } from 'node:fs';
import { looksUtf16, textOf, withoutBom } from '../utf16';
import { CliError, EXIT } from './exit';
import { lineEnds } from './jsonl';
import type { Io } from './io';

/** A FILE argument as messages name it: `-` (or none, where a command reads standard input then) is standard input. */
export function inputName(file: string | undefined): string {
  return file === undefined || file === '-' ? 'standard input' : file;
}

/** A ticket's (or JSONL file's, or pack's) text from FILE, or from standard input for `-` or none. */
export function readInput(file: string | undefined, io: Io): string {
  if (file !== undefined && file !== '-') return readTextFile(file, '');
  let bytes: string;
  try {
    bytes = io.readStdin();
  } catch (error) {
    throw new CliError(`cannot read ${inputName(file)}: ${(error as Error).message}`, EXIT.input);
  }
  return usableText(bytes, inputName(file));
}

/** A file's text; `what` names the kind of file in messages ("pack "). */
export function readTextFile(file: string, what: string): string {
  let bytes: string;
  try {
    bytes = textOf(readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new CliError(`cannot read ${what}${file}: ${why}`, EXIT.input);
  }
  return usableText(bytes, what + file);
}

/**
 * The text as read, unless it is not text to read: UTF-16 (said so, to be saved as UTF-8), binary, or not UTF-8. A
 * UTF-8 byte order mark is left out, as textOf leaves out a UTF-16 one: it is no character of the text, so evidence
 * offsets (suggest --json, check-reply --json) count from the first character after it, as in the file without it.
 */
function usableText(bytes: string, name: string): string {
  if (looksUtf16(bytes)) throw new CliError(`${name} is UTF-16 text; save it as UTF-8`, EXIT.input);
  if (bytes.includes('\u0000')) throw new CliError(`${name} looks binary (it has NUL bytes); give plain text`, EXIT.input);
  const replacement = bytes.match(/\uFFFD/g)?.length ?? 0;
  if (replacement > 8 && replacement > bytes.length / 100) {
    const line = bytes.slice(0, bytes.indexOf('\uFFFD')).split(lineEnds(bytes)).length;
    throw new CliError(`${name} is not UTF-8 text (line ${line} is the first not to be); save it as UTF-8`, EXIT.input);
  }
  return withoutBom(bytes);
}
