// The command-line face of the engine: try it on real tickets, list lessons, and check lesson packs. It runs the
// same engine, model and lessons as the extension, so it prints exactly what the side panel would show.
// Exit codes: 0 done, 1 a pack failed its check (or a reply broke one of its checks), 2 usage error, 3 unusable input,
// 4 the output could not be written.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createScanner } from 'jsonc-parser';
import { CLOSE_BRACE, CLOSE_BRACKET, COLON, EOF, NUMBER, OPEN_BRACE, OPEN_BRACKET, STRING } from './json-tokens';
import type { Lesson, LessonPack } from './lessons/index';
import { leftOutText, lessonsInUse } from './lessons/in-use';
import { leftOutCheckText } from './coach/checks-in-use';
import { EMPTY_PACK, formatPackError, silentCues, validatePackText, type PackError } from './lessons/pack';
import { analyse, bundledModel, createEngine, suggest, type Suggestion, type TicketText } from './engine/index';
import { TOPIC_IDS, isTopicId, mainTopic, topicName } from './topics';
import { betterPhrase, checkedTopics, checkReply, checksInUse, draftFromText, VOCABULARY, type Check, type CheckResult } from './coach/index';
import { withModels } from './coach/models';
import { looksUtf16, textOf, withoutBom } from './utf16';

export const EXIT = { ok: 0, packInvalid: 1, usage: 2, input: 3, output: 4 } as const;

const USAGE = `Extra Mile: coaching lessons for the ticket in front of you.

Usage:
  extra-mile suggest [FILE|-] [--limit N] [--json] [--pack PACK]...
  extra-mile suggest --jsonl [FILE|-] [--limit N] [--pack PACK]...
  extra-mile lessons [--topic ID] [--json] [--pack PACK]...
  extra-mile check-pack FILE
  extra-mile check-reply --ticket FILE --reply FILE [--json] [--pack PACK]...

suggest      ranks lessons for a ticket read from FILE or standard input (-)
  --jsonl    each input line {"id": ..., "text": ...} gives one output line {"id": ..., "suggestions": [...]};
             a line may give the ticket as the extension reads it instead: {"id", "subject", "messages": [...]}
  --json     the full suggestions as JSON
  --limit N  at most N suggestions (default 5)
  --pack F   add a lesson pack's lessons to the bundled ones (to try a pack before sharing it)
lessons      lists lessons, optionally of one topic (${TOPIC_IDS.join(', ')})
check-pack   validates a lesson pack; every error names its line and JSON path
check-reply  checks a reply against the lessons its ticket calls for (the reply's quoted history is left out);
             exits 1 when the reply breaks a check; --json prints {"checks": [{id, topic, lesson, ok, message, evidence}]}

Exit codes: 0 done, 1 the pack is invalid or the reply breaks a check, 2 usage error, 3 unusable input (missing, empty,
binary, bad JSONL), 4 the output could not be written.`;

class CliError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
  /**
   * Resolves once what was written can go out (the event loop has turned, so a closed pipe has been reported): false
   * when the reader of standard output has gone (`| head`), so a stream of results stops there.
   */
  drained: () => Promise<boolean>;
}

/** A ticket's (or JSONL file's) text from FILE, or from standard input for `-` or none. */
function readInput(file: string | undefined, io: Io): string {
  if (file !== undefined && file !== '-') return readTextFile(file, '');
  let bytes: string;
  try {
    bytes = io.readStdin();
  } catch (error) {
    throw new CliError(`cannot read standard input: ${(error as Error).message}`, EXIT.input);
  }
  return usableText(bytes, 'standard input');
}

/** A file's text; `what` names the kind of file in messages ("pack "). */
function readTextFile(file: string, what: string): string {
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

/** The text as read, unless it is not text to read: UTF-16 (said so, to be saved as UTF-8), binary, or not UTF-8. */
function usableText(bytes: string, name: string): string {
  if (looksUtf16(bytes)) throw new CliError(`${name} is UTF-16 text; save it as UTF-8`, EXIT.input);
  if (bytes.includes('\u0000')) throw new CliError(`${name} looks binary (it has NUL bytes); give plain text`, EXIT.input);
  const replacement = bytes.match(/\uFFFD/g)?.length ?? 0;
  if (replacement > 8 && replacement > bytes.length / 100) throw new CliError(`${name} is not UTF-8 text`, EXIT.input);
  return bytes;
}

function loadPacks(files: string[]): Array<{ file: string; pack: LessonPack }> {
  return files.map((file) => {
    // Read as check-pack reads it, so a missing, binary or UTF-16 pack gets the same one line here as there.
    const verdict = validatePackText(withoutBom(readTextFile(file, 'pack ')));
    // Nothing to read is unusable input, as an empty ticket is (exit 3), not an invalid pack.
    if (!verdict.ok && isEmptyPack(verdict.errors)) throw new CliError(`pack ${file} ${EMPTY_PACK}`, EXIT.input);
    if (!verdict.ok) throw new CliError(`pack ${file} is invalid: ${formatPackError(verdict.errors[0]!)} (run check-pack for all errors)`, EXIT.packInvalid);
    return { file, pack: verdict.pack };
  });
}

/**
 * The bundled lessons and the packs' own, merged as the extension merges its enabled packs (lessonsInUse: the first
 * lesson of an id wins, packs in the order given), so the CLI ranks exactly the lessons the side panel would. Each
 * lesson left out is named on standard error, as the options page names it; the output and exit code stay as they are.
 */
function libraryWith(files: string[], io: Io): { packs: LessonPack[]; lessons: Lesson[]; fileOf: PackFile } {
  const loaded = loadPacks(files);
  const packs = loaded.map(({ pack }) => pack);
  // The later of two files that hold the same pack is the one whose lesson or check is left out.
  const fileOf: PackFile = (packId, holds) => [...loaded].reverse().find(({ pack }) => pack.id === packId && holds(pack))?.file ?? packId;
  const { lessons, leftOut } = lessonsInUse(packs);
  for (const lesson of leftOut) {
    const file = fileOf(lesson.packId, (pack) => pack.lessons.some((l) => l.id === lesson.lessonId));
    io.stderr(`extra-mile: warning: pack ${file}: ${leftOutText(lesson)}\n`);
  }
  return { packs, lessons, fileOf };
}

/** The file a pack was read from, for a warning: of the files holding pack `packId`, the last whose pack `holds`. */
type PackFile = (packId: string, holds: (pack: LessonPack) => boolean) => string;

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  // Digits only: Number() would also take "1e2", "0x10", "+3", " 3" and "3.0".
  const n = /^[0-9]+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new CliError(`--limit takes a whole number from 1 to 100, not "${value}"`, EXIT.usage);
  return n;
}

const TONE_LABEL: Record<string, string> = { shouting: 'shouting', exclamation: 'exclamation', contradiction: 'contradicting reports' };

function describe(s: Suggestion, rankNumber: number): string {
  const why = s.evidence
    .slice(0, 6)
    .map((e) => {
      if (e.kind === 'tone') return `${TONE_LABEL[e.cue] ?? e.cue} ("${e.text}")`;
      if (e.kind === 'model') return `"${e.text}" (model)`;
      const said = e.text.toLowerCase() === e.cue.toLowerCase() ? `"${e.text}"` : `"${e.text}" ~ ${e.cue}`;
      const notes = [e.kind === 'fuzzy' ? 'typo' : '', e.context !== 'plain' ? e.context : ''].filter(Boolean);
      return notes.length ? `${said} (${notes.join(', ')})` : said;
    })
    .join(', ');
  const main = mainTopic(s.lesson);
  return `${rankNumber}. ${s.lesson.title}  [${main} · ${topicName(main)}] score ${s.score.toFixed(2)}\n   why: ${why}\n   do: ${s.lesson.advice}`;
}

async function suggestCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { limit: { type: 'string' }, json: { type: 'boolean' }, jsonl: { type: 'boolean' }, pack: { type: 'string', multiple: true } },
  });
  if (positionals.length > 1) throw new CliError(`suggest reads one file, got ${positionals.length}`, EXIT.usage);
  if (values.json && values.jsonl) throw new CliError('--json and --jsonl are two different outputs: choose one', EXIT.usage);
  const limit = parseLimit(values.limit);
  const engine = createEngine(bundledModel(), libraryWith(values.pack ?? [], io).lessons);
  const input = readInput(positionals[0], io);
  const name = positionals[0] && positionals[0] !== '-' ? positionals[0] : 'standard input';

  if (values.jsonl) {
    const items: Array<{ id: string; ticket: string | TicketText }> = [];
    withoutBom(input).split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new CliError(`${name} line ${i + 1}: not valid JSON`, EXIT.input);
      }
      const record = parsed as { id?: unknown; text?: unknown; subject?: unknown; messages?: unknown };
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new CliError(`${name} line ${i + 1}: expected an object {"id": ..., "text": ...}`, EXIT.input);
      items.push({ id: idText(record.id, line), ticket: ticketOf(record, `${name} line ${i + 1}`) });
    });
    if (!items.length) throw new CliError(`${name} has no JSONL lines`, EXIT.input);
    // Every line is read and checked first (a bad one is refused before any output, as ever); then each is ranked and
    // written in turn, so a reader that stops early (`| head -1`) ends the ranking too, with the exit code of a run.
    for (const { id, ticket } of items) {
      // The id as the line gave it, then the suggestions: the shape JSON.stringify({ id, suggestions }) writes.
      const line = `{"id":${id},"suggestions":` + JSON.stringify(
        suggest(ticket, engine, limit ? { limit } : {}).map((s) => ({
          lesson: s.lesson.id,
          topics: s.lesson.topics,
          score: s.score,
          // The ticket's own words behind the suggestion (matched cues, the model's words, tone).
          cues: [...new Set(s.evidence.map((e) => e.text))],
        })),
      ) + '}';
      io.stdout(line + '\n');
      if (!(await io.drained())) break;
    }
    return EXIT.ok;
  }

  if (!input.trim()) throw new CliError(`${name} is empty; give the ticket's text`, EXIT.input);
  const { suggestions, notEnglish } = analyse(input, engine, limit ? { limit } : {});
  if (values.json) {
    io.stdout(JSON.stringify(suggestions, null, 2) + '\n');
  } else if (notEnglish) {
    io.stdout("No suggestion: this ticket does not read as English, the only language Extra Mile's lessons are matched in.\n");
  } else if (!suggestions.length) {
    io.stdout('No confident suggestion for this ticket.\n');
  } else {
    io.stdout(suggestions.map((s, i) => describe(s, i + 1)).join('\n\n') + '\n');
  }
  return EXIT.ok;
}

/**
 * A JSONL line's ticket: its `text`, or, as the extension reads a ticket, its `subject` and the customer's `messages`
 * (oldest first; the subject and older messages weigh as they do there), so the CLI ranks exactly what the side panel
 * would for the same reading.
 */
function ticketOf(record: { text?: unknown; subject?: unknown; messages?: unknown }, where: string): string | TicketText {
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

function lessonsCommand(args: string[], io: Io): number {
  const { values } = parseArgs({ args, options: { topic: { type: 'string' }, json: { type: 'boolean' }, pack: { type: 'string', multiple: true } } });
  if (values.topic !== undefined && !isTopicId(values.topic)) throw new CliError(`unknown topic "${values.topic}"; topics: ${TOPIC_IDS.join(', ')}`, EXIT.usage);
  const lessons = libraryWith(values.pack ?? [], io).lessons.filter((l) => !values.topic || l.topics.includes(values.topic as never));
  if (values.json) io.stdout(JSON.stringify(lessons, null, 2) + '\n');
  else io.stdout(lessons.map((l) => `${l.id}  [${l.topics.join(', ')}]  ${l.title}`).join('\n') + '\n');
  return EXIT.ok;
}

function checkPackCommand(args: string[], io: Io): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new CliError('check-pack takes exactly one file', EXIT.usage);
  const source = withoutBom(readInput(positionals[0], io));
  const verdict = validatePackText(source);
  // Named as every other message names it: "-" is standard input.
  const file = positionals[0] === '-' ? 'standard input' : positionals[0]!;
  if (verdict.ok) {
    io.stdout(`${file}: valid pack "${verdict.pack.name}" with ${verdict.pack.lessons.length} lesson(s)\n`);
    // Valid, yet some cues can never match: said on standard error, so the line above stays what scripts read.
    for (const note of silentCues(verdict.pack, source)) io.stderr(`extra-mile: warning: ${file}: ${formatPackError(note)}\n`);
    return EXIT.ok;
  }
  // One line per problem, whatever a message quotes from the file.
  io.stderr(verdict.errors.map((e) => `${file}: ${formatPackError(e).replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')}`).join('\n') + '\n');
  // An empty file is unusable input (exit 3), as an empty ticket is; its line says so as for any pack.
  return isEmptyPack(verdict.errors) ? EXIT.input : EXIT.packInvalid;
}

// check-reply: the ticket goes through the engine to know its topics; the checks of those topics (and the universal
// ones) run on the reply's own words. Exit 1 when a check is broken, as check-pack does for an invalid pack.
function checkReplyCommand(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ticket: { type: 'string' }, reply: { type: 'string' }, json: { type: 'boolean' }, pack: { type: 'string', multiple: true } },
  });
  if (positionals.length) throw new CliError(`check-reply takes --ticket FILE and --reply FILE, not "${positionals[0]}"`, EXIT.usage);
  if (values.ticket === undefined || values.reply === undefined) throw new CliError('check-reply needs --ticket FILE and --reply FILE', EXIT.usage);
  if (values.ticket === '-' && values.reply === '-') throw new CliError('only one of --ticket and --reply can be standard input (-)', EXIT.usage);
  const nameOf = (file: string) => (file === '-' ? 'standard input' : file);
  const ticket = readInput(values.ticket, io);
  if (!ticket.trim()) throw new CliError(`${nameOf(values.ticket)} is empty; give the ticket's text`, EXIT.input);
  const reply = readInput(values.reply, io);
  if (!reply.trim()) throw new CliError(`${nameOf(values.reply)} is empty; give the reply's text`, EXIT.input);
  const draft = draftFromText(reply);
  // Only a reply that is all quoted history has nothing above it.
  if (!draft.trim()) throw new CliError(`${nameOf(values.reply)} has no reply above its quoted history; give the reply's text`, EXIT.input);
  // A pack's lessons join the ranking and its checks the bundled ones, merged as the extension merges its enabled
  // packs' (checksInUse), so a pack author sees here what the side panel's checklist will show.
  const { packs, lessons, fileOf } = libraryWith(values.pack ?? [], io);
  const { checks: merged, leftOut } = checksInUse(packs);
  const checks = withModels(merged);
  // Named on standard error with the pack's file, as left-out lessons are; the output and exit code stay as they are.
  for (const check of leftOut) {
    const file = fileOf(check.packId, (pack) => (pack.checks ?? []).some((c) => c.id === check.checkId));
    io.stderr(`extra-mile: warning: pack ${file}: ${leftOutCheckText(check)}\n`);
  }
  const engine = createEngine(bundledModel(), lessons);
  const suggestions = suggest(ticket, engine);
  const suggested = suggestions.map((s) => s.lesson);
  // The topics whose checks run, by the side panel's rule.
  const topics = checkedTopics(suggestions);
  // Evidence offsets point into the reply as given when the draft stands in it word for word (the usual case, Windows
  // line ends included), else into the draft as read (line ends and spaces tidied).
  const inReply = replyOffsets(reply, draft);
  // An end is mapped as the place after its last character, so a quote that ends a line does not take in its \r.
  const results = checkReply(draft, topics, checks).map((r) => ({
    ...r,
    evidence: r.evidence.map((e) => ({ ...e, start: inReply(e.start), end: e.end > e.start ? inReply(e.end - 1) + 1 : inReply(e.end) })),
  }));
  if (values.json) io.stdout(JSON.stringify({ checks: results }, null, 2) + '\n');
  else io.stdout(`topics checked: ${topics.join(', ') || 'none'}\n` + results.map((r) => describeCheck(r, checks, lessons, suggested, draft)).join('\n') + '\n');
  return results.every((r) => r.ok) ? EXIT.ok : EXIT.packInvalid;
}

/**
 * Maps an offset in the draft to the reply file: the draft's place in the file, found as it stands or, for a file
 * saved with Windows line ends (which the draft reads as \n), in the file with its \r\n read as \n, each \r the
 * offset passes counted back in. Where the draft is not in the file either way, offsets stay the draft's.
 */
function replyOffsets(reply: string, draft: string): (offset: number) => number {
  const at = reply.indexOf(draft);
  if (at >= 0) return (offset) => offset + at;
  if (!reply.includes('\r\n')) return (offset) => offset;
  const unix = reply.replace(/\r\n/g, '\n');
  const atUnix = unix.indexOf(draft);
  if (atUnix < 0) return (offset) => offset;
  // original[i]: where unix[i] stands in the reply as given.
  const original: number[] = [];
  for (let i = 0; i < reply.length; i++) if (!(reply[i] === '\r' && reply[i + 1] === '\n')) original.push(i);
  original.push(reply.length);
  return (offset) => original[atUnix + offset] ?? offset;
}

/** A check's line, and under a broken one the phrase the side panel's checklist offers for this ticket. */
function describeCheck(r: CheckResult, checks: readonly Check[], lessons: readonly Lesson[], suggested: readonly Lesson[], reply: string): string {
  const quote = r.evidence[0] ? `: "${r.evidence[0].text}"` : '';
  const line = `${r.ok ? '✓' : '✗'} ${r.message}${r.ok ? '' : quote}  [${r.topic} · ${r.lesson}]`;
  const check = checks.find((c) => c.id === r.id);
  const phrase = r.ok || !check ? null : betterPhrase(check, suggested, VOCABULARY, (id) => lessons.find((l) => l.id === id), reply);
  return phrase ? `${line}\n    better: ${phrase}` : line;
}

/** A pack refused only for having nothing in it. */
function isEmptyPack(errors: readonly PackError[]): boolean {
  return errors.length === 1 && errors[0]?.message === EMPTY_PACK;
}

/**
 * A JSONL line's id as JSON to echo: a number as the line wrote it, since JSON.parse rounds one past 2^53
 * (431200000012345678 came back as 431200000012345660, and a script joining the answers by id lost its tickets);
 * anything else as JSON writes it, null where there is none.
 */
function idText(id: unknown, line: string): string {
  if (typeof id !== 'number') return JSON.stringify(id ?? null);
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

const SUBCOMMANDS: ReadonlySet<string> = new Set(['suggest', 'lessons', 'check-pack', 'check-reply']);

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    // `extra-mile suggest --help` asks for help, as `extra-mile --help` does (before a "--", after which it is a file).
    const flags = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    if (command && SUBCOMMANDS.has(command) && (flags.includes('--help') || flags.includes('-h'))) {
      io.stdout(USAGE + '\n');
      return EXIT.ok;
    }
    switch (command) {
      case 'suggest':
        // Awaited here, so its errors reach the catch below.
        return await suggestCommand(rest, io);
      case 'lessons':
        return lessonsCommand(rest, io);
      case 'check-pack':
        return checkPackCommand(rest, io);
      case 'check-reply':
        return checkReplyCommand(rest, io);
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE + '\n');
        return EXIT.ok;
      case undefined:
        io.stderr(USAGE + '\n');
        return EXIT.usage;
      default:
        throw new CliError(`unknown command "${command}" (try --help)`, EXIT.usage);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`extra-mile: ${error.message}\n`);
      return error.code;
    }
    // parseArgs reports unknown or malformed flags with a readable message.
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      // One line, as every other error: Node words some of these over several ("argument is ambiguous.\nDid you…"),
      // and follows an unknown flag with a tip about "--" that is no help here.
      const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /Unknown option '([^']+)'/.exec((error as Error).message)?.[1] : undefined;
      const message = unknown ? `${command} has no option ${unknown}` : (error as Error).message.replace(/\s*\n\s*/g, ' ');
      io.stderr(`extra-mile: ${message} (try --help)\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
