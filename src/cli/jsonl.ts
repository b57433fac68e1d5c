// The lines of suggest --jsonl: each checked (a bad one named by its line), its ticket, and its id as the line wrote it.
import { createScanner } from 'jsonc-parser';
import { CLOSE_BRACE, CLOSE_BRACKET, COLON, EOF, NUMBER, OPEN_BRACE, OPEN_BRACKET, STRING } from '../json-tokens';
import type { TicketText } from '../engine/index';
import { withoutBom } from '../utf16';
import { CliError, EXIT } from './exit';

/**
 * Where a text's lines end: at its line feeds (a CR before one with it), or in a file with none at its lone CRs (an old
 * Mac's): not at a lone CR beside line feeds, since JSON may hold one between its tokens (a review, 491).
 */
export function lineEnds(text: string): RegExp {
  return text.includes('\n') ? /\r?\n/ : /\r/;
}

/**
 * The tickets of a JSONL file's lines (blank lines skipped), each with its id as the line wrote it. A line that cannot
 * be answered is refused, naming it by its line in the file (`name` is the file as messages name it), before any is
 * ranked.
 */
export function jsonlTickets(input: string, name: string): Array<{ id: string; ticket: string | TicketText }> {
  const items: Array<{ id: string; ticket: string | TicketText }> = [];
  // A byte order mark at any line's start (two files joined by `cat`) is left out. It, and lone CRs as line ends, were
  // "not valid JSON" with nothing to see (a review, 488).
  input.split(lineEnds(input)).forEach((written, i) => {
    const line = withoutBom(written);
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new CliError(`${name} line ${i + 1}: not valid JSON`, EXIT.input);
    }
    const record = parsed as { id?: unknown; text?: unknown; subject?: unknown; messages?: unknown };
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new CliError(`${name} line ${i + 1}: expected an object {"id": ..., "text": ...}`, EXIT.input);
    items.push({ id: idText(record.id, line, `${name} line ${i + 1}`), ticket: ticketOf(record, `${name} line ${i + 1}`) });
  });
  if (!items.length) throw new CliError(`${name} has no JSONL lines`, EXIT.input);
  return items;
}

/**
 * A JSONL line's ticket: its `text`, or, as the extension reads a ticket, its `subject` and the customer's `messages`
 * (oldest first; the subject and older messages weigh as they do there), so the CLI ranks exactly what the side panel
 * would for the same reading.
 */
export function ticketOf(record: { text?: unknown; subject?: unknown; messages?: unknown }, where: string): string | TicketText {
  if (record.messages === undefined) {
    if (typeof record.text !== 'string') throw new CliError(`${where}: "text" must be a string (or give "subject" and "messages")`, EXIT.input);
    if (record.subject !== undefined) throw new CliError(`${where}: "subject" goes with "messages", not with "text"`, EXIT.input);
    return record.text;
  }
  if (!Array.isArray(record.messages) || !record.messages.every((m) => typeof m === 'string')) throw new CliError(`${where}: "messages" must be a list of strings`, EXIT.input);
  if (record.subject !== undefined && typeof record.subject !== 'string') throw new CliError(`${where}: "subject" must be a string`, EXIT.input);
  if (record.text !== undefined) throw new CliError(`${where}: give "text" or "messages", not both`, EXIT.input);
  return { subject: record.subject ?? '', messages: record.messages as string[] };
}

/**
 * A JSONL line's id as JSON to echo: a number as the line wrote it, since JSON.parse rounds one past 2^53
 * (431200000012345678 came back as 431200000012345660, and a script joining the answers by id lost its tickets);
 * anything else as JSON writes it, null where there is none.
 */
export function idText(id: unknown, line: string, where: string): string {
  if (typeof id !== 'number') {
    // JSON.stringify recurses: an id nested thousands deep, which JSON.parse took, overflows the stack. Such a line is
    // refused as any line that cannot be answered is, naming the line (exit 3), not ended with a stack trace.
    try {
      return JSON.stringify(id ?? null);
    } catch (error) {
      if (error instanceof RangeError) throw new CliError(`${where}: "id" nests too deep to write back; give a string or a number`, EXIT.input);
      throw error;
    }
  }
  // Token by token, counting depth (a parse tree would recurse, and a line nested thousands deep that JSON.parse took
  // would overflow the stack): the last "id" of the top object, as JSON.parse keeps the last of a repeated key.
  const scanner = createScanner(line, true);
  let depth = 0;
  let raw: string | undefined;
  let afterId = 0; // 1: the key "id" at the top was read; 2: its colon too
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) depth++;
    else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) depth--;
    if (afterId === 2 && depth === 1 && token === NUMBER) raw = scanner.getTokenValue();
    afterId = depth === 1 && token === STRING && afterId === 0 && scanner.getTokenValue() === 'id' ? 1 : afterId === 1 && token === COLON ? 2 : 0;
  }
  return raw ?? JSON.stringify(id);
}
