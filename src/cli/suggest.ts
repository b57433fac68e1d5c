// suggest: ranks lessons for a ticket (or each line of a JSONL file) and prints them as text, JSON or JSONL.
import { parseArgs } from 'node:util';
import { analyse, bundledModel, createEngine, suggest, type Evidence, type Suggestion } from '../engine/index';
import { mainTopic, topicName } from '../topics';
import { CliError, EXIT } from './exit';
import { inputName, readInput } from './input';
import type { Io } from './io';
import { jsonlTickets } from './jsonl';
import { libraryWith, refuseSharedStdin } from './packs';
import { asRead, blank, givenOffset } from './as-read';

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  // Digits only: Number() would also take "1e2", "0x10", "+3", " 3" and "3.0".
  const n = /^[0-9]+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new CliError(`--limit takes a whole number from 1 to 100, not "${value}"`, EXIT.usage);
  return n;
}

const TONE_LABEL: Record<string, string> = { shouting: 'shouting', exclamation: 'exclamation', contradiction: 'contradicting reports' };
/** What the why line says of a piece of evidence beside its words; an exact cue match says nothing. */
const KIND_NOTE: Partial<Record<Evidence['kind'], string>> = { fuzzy: 'typo', lesson: "the lesson's words", model: 'model' };

function describe(s: Suggestion, rankNumber: number): string {
  const why = s.evidence
    .slice(0, 6)
    .map((e) => {
      if (e.kind === 'tone') return `${TONE_LABEL[e.cue] ?? e.cue} ("${e.text}")`;
      // A model word is the ticket's own word: no cue to name beside it.
      const said = e.kind === 'model' || e.text.toLowerCase() === e.cue.toLowerCase() ? `"${e.text}"` : `"${e.text}" ~ ${e.cue}`;
      const notes = [KIND_NOTE[e.kind] ?? '', e.context !== 'plain' ? e.context : ''].filter(Boolean);
      return notes.length ? `${said} (${notes.join(', ')})` : said;
    })
    .join(', ');
  const main = mainTopic(s.lesson);
  return `${rankNumber}. ${s.lesson.title}  [${main} · ${topicName(main)}] score ${s.score.toFixed(2)}\n   why: ${why}\n   do: ${s.lesson.advice}`;
}

export async function suggestCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { limit: { type: 'string' }, json: { type: 'boolean' }, jsonl: { type: 'boolean' }, pack: { type: 'string', multiple: true } },
  });
  if (positionals.length > 1) throw new CliError(`suggest reads one file, got ${positionals.length}`, EXIT.usage);
  if (values.json && values.jsonl) throw new CliError('--json and --jsonl are two different outputs: choose one', EXIT.usage);
  const limit = parseLimit(values.limit);
  const ticketFile = positionals[0];
  refuseSharedStdin(values.pack ?? [], ticketFile === '-' ? (values.jsonl ? 'the JSONL file' : 'the ticket') : ticketFile === undefined ? (values.jsonl ? 'the JSONL file (no FILE given)' : 'the ticket (no FILE given)') : undefined);
  const engine = createEngine(bundledModel(), libraryWith(values.pack ?? [], io).lessons);
  const input = readInput(positionals[0], io);
  const name = inputName(positionals[0]);

  if (values.jsonl) {
    const items = jsonlTickets(input, name);
    // Every line is read and checked first (a bad one is refused before any output, as ever); then each is ranked and
    // written in turn, so a reader that stops early (`| head -1`) ends the ranking too, with the exit code of a run.
    for (const { id, ticket } of items) {
      // The id as the line gave it, then the suggestions: the shape JSON.stringify({ id, suggestions }) writes.
      const line = `{"id":${id},"suggestions":` + JSON.stringify(
        suggest(asRead(ticket), engine, limit ? { limit } : {}).map((s) => ({
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

  if (blank(input)) throw new CliError(`${name} is empty; give the ticket's text`, EXIT.input);
  const { suggestions, notEnglish } = analyse(asRead(input), engine, limit ? { limit } : {});
  if (values.json) {
    // Offsets into the file as given, its zero-width characters counted (as-read.ts).
    const given = suggestions.map((s) => ({ ...s, evidence: s.evidence.map((e) => ({ ...e, start: givenOffset(input, e.start), end: givenOffset(input, e.end, true) })) }));
    io.stdout(JSON.stringify(given, null, 2) + '\n');
  } else if (notEnglish) {
    io.stdout("No suggestion: this ticket does not read as English, the only language Extra Mile's lessons are matched in.\n");
  } else if (!suggestions.length) {
    io.stdout('No confident suggestion for this ticket.\n');
  } else {
    io.stdout(suggestions.map((s, i) => describe(s, i + 1)).join('\n\n') + '\n');
  }
  return EXIT.ok;
}
