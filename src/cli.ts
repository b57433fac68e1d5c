// The command-line face of the engine: try it on real tickets, list lessons, and check lesson packs. It runs the
// same engine, model and lessons as the extension, so it prints exactly what the side panel would show.
// Exit codes: 0 done, 1 a pack failed its check, 2 usage error, 3 unusable input.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BUILTIN_LESSONS, type Lesson } from './lessons/index';
import { formatPackError, validatePackText } from './lessons/pack';
import { bundledModel, createEngine, suggest, type Suggestion } from './engine/index';
import { TOPIC_IDS, isTopicId, mainTopic, topicName } from './topics';

export const EXIT = { ok: 0, packInvalid: 1, usage: 2, input: 3 } as const;

const USAGE = `Extra Mile: coaching lessons for the ticket in front of you.

Usage:
  extra-mile suggest [FILE|-] [--limit N] [--json] [--pack PACK]...
  extra-mile suggest --jsonl [FILE|-] [--limit N] [--pack PACK]...
  extra-mile lessons [--topic ID] [--json] [--pack PACK]...
  extra-mile check-pack FILE

suggest      ranks lessons for a ticket read from FILE or standard input (-)
  --jsonl    each input line {"id": ..., "text": ...} gives one output line {"id": ..., "suggestions": [...]}
  --json     the full suggestions as JSON
  --limit N  at most N suggestions (default 5)
  --pack F   add a lesson pack's lessons to the bundled ones (to try a pack before sharing it)
lessons      lists lessons, optionally of one topic (${TOPIC_IDS.join(', ')})
check-pack   validates a lesson pack; every error names its line and JSON path

Exit codes: 0 done, 1 the pack is invalid, 2 usage error, 3 unusable input (missing, empty, binary, bad JSONL).`;

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
}

function readInput(file: string | undefined, io: Io): string {
  let bytes: string;
  if (file === undefined || file === '-') {
    try {
      bytes = io.readStdin();
    } catch (error) {
      throw new CliError(`cannot read standard input: ${(error as Error).message}`, EXIT.input);
    }
  } else {
    try {
      bytes = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
      throw new CliError(`cannot read ${file}: ${why}`, EXIT.input);
    }
  }
  if (bytes.includes('\u0000')) throw new CliError(`${file ?? 'standard input'} looks binary (it has NUL bytes); give plain text`, EXIT.input);
  const replacement = bytes.match(/\uFFFD/g)?.length ?? 0;
  if (replacement > 8 && replacement > bytes.length / 100) throw new CliError(`${file ?? 'standard input'} is not UTF-8 text`, EXIT.input);
  return bytes;
}

function loadLessons(packs: string[]): Lesson[] {
  const lessons = [...BUILTIN_LESSONS];
  for (const file of packs) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new CliError(`cannot read pack ${file}: ${(error as Error).message}`, EXIT.input);
    }
    const verdict = validatePackText(text);
    if (!verdict.ok) throw new CliError(`pack ${file} is invalid: ${formatPackError(verdict.errors[0]!)} (run check-pack for all errors)`, EXIT.packInvalid);
    lessons.push(...verdict.pack.lessons);
  }
  return lessons;
}

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
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

function suggestCommand(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { limit: { type: 'string' }, json: { type: 'boolean' }, jsonl: { type: 'boolean' }, pack: { type: 'string', multiple: true } },
  });
  if (positionals.length > 1) throw new CliError(`suggest reads one file, got ${positionals.length}`, EXIT.usage);
  if (values.json && values.jsonl) throw new CliError('--json and --jsonl are two different outputs: choose one', EXIT.usage);
  const limit = parseLimit(values.limit);
  const engine = createEngine(bundledModel(), loadLessons(values.pack ?? []));
  const input = readInput(positionals[0], io);
  const name = positionals[0] && positionals[0] !== '-' ? positionals[0] : 'standard input';

  if (values.jsonl) {
    const items: Array<{ id: unknown; text: string }> = [];
    input.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        throw new CliError(`${name} line ${i + 1}: not valid JSON`, EXIT.input);
      }
      const record = parsed as { id?: unknown; text?: unknown };
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new CliError(`${name} line ${i + 1}: expected an object {"id": ..., "text": ...}`, EXIT.input);
      if (typeof record.text !== 'string') throw new CliError(`${name} line ${i + 1}: "text" must be a string`, EXIT.input);
      items.push({ id: record.id ?? null, text: record.text });
    });
    if (!items.length) throw new CliError(`${name} has no JSONL lines`, EXIT.input);
    const out = items.map(({ id, text }) =>
      JSON.stringify({
        id,
        suggestions: suggest(text, engine, limit ? { limit } : {}).map((s) => ({
          lesson: s.lesson.id,
          topics: s.lesson.topics,
          score: s.score,
          // The ticket's own words behind the suggestion (matched cues, the model's words, tone).
          cues: [...new Set(s.evidence.map((e) => e.text))],
        })),
      }),
    );
    io.stdout(out.join('\n') + '\n');
    return EXIT.ok;
  }

  if (!input.trim()) throw new CliError(`${name} is empty; give the ticket's text`, EXIT.input);
  const suggestions = suggest(input, engine, limit ? { limit } : {});
  if (values.json) {
    io.stdout(JSON.stringify(suggestions, null, 2) + '\n');
  } else if (!suggestions.length) {
    io.stdout('No confident suggestion for this ticket.\n');
  } else {
    io.stdout(suggestions.map((s, i) => describe(s, i + 1)).join('\n\n') + '\n');
  }
  return EXIT.ok;
}

function lessonsCommand(args: string[], io: Io): number {
  const { values } = parseArgs({ args, options: { topic: { type: 'string' }, json: { type: 'boolean' }, pack: { type: 'string', multiple: true } } });
  if (values.topic !== undefined && !isTopicId(values.topic)) throw new CliError(`unknown topic "${values.topic}"; topics: ${TOPIC_IDS.join(', ')}`, EXIT.usage);
  const lessons = loadLessons(values.pack ?? []).filter((l) => !values.topic || l.topics.includes(values.topic as never));
  if (values.json) io.stdout(JSON.stringify(lessons, null, 2) + '\n');
  else io.stdout(lessons.map((l) => `${l.id}  [${l.topics.join(', ')}]  ${l.title}`).join('\n') + '\n');
  return EXIT.ok;
}

function checkPackCommand(args: string[], io: Io): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new CliError('check-pack takes exactly one file', EXIT.usage);
  const file = positionals[0]!;
  const verdict = validatePackText(readInput(file, io));
  if (verdict.ok) {
    io.stdout(`${file}: valid pack "${verdict.pack.name}" with ${verdict.pack.lessons.length} lesson(s)\n`);
    return EXIT.ok;
  }
  io.stderr(verdict.errors.map((e) => `${file}: ${formatPackError(e)}`).join('\n') + '\n');
  return EXIT.packInvalid;
}

export function main(argv: string[], io: Io): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'suggest':
        return suggestCommand(rest, io);
      case 'lessons':
        return lessonsCommand(rest, io);
      case 'check-pack':
        return checkPackCommand(rest, io);
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
      io.stderr(`extra-mile: ${(error as Error).message} (try --help)\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
