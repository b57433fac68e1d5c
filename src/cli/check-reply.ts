import { parseArgs } from 'node:util';
import type { Lesson } from '../lessons/index';
import { leftOutCheckText } from '../coach/checks-in-use';
import { bundledModel, createEngine, suggest } from '../engine/index';
import { betterPhrase, blanksToFill, checkedLessons, checkedTopics, checkQuote, checkReplyWith, checksInUse, draftFromText, VOCABULARY, withSlots, type Check, type CheckResult, type Vocabulary } from '../coach/index';
import { withModels } from '../coach/models';
import { asRead, blank } from './as-read';
import { CliError, EXIT } from './exit';
import { inputName, readInput } from './input';
import type { Io } from './io';
import { libraryWith, refuseSharedStdin } from './packs';

// check-reply: the ticket goes through the engine to know its topics; the checks of those topics (and the universal
// ones) run on the reply's own words. Exit 1 when a check is broken, as check-pack does for an invalid pack.
export function checkReplyCommand(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ticket: { type: 'string' }, reply: { type: 'string' }, json: { type: 'boolean' }, pack: { type: 'string', multiple: true } },
  });
  if (positionals.length) throw new CliError(`check-reply takes --ticket FILE and --reply FILE, not "${positionals[0]}"`, EXIT.usage);
  if (values.ticket === undefined || values.reply === undefined) throw new CliError('check-reply needs --ticket FILE and --reply FILE', EXIT.usage);
  if (values.ticket === '-' && values.reply === '-') throw new CliError('only one of --ticket and --reply can be standard input (-)', EXIT.usage);
  refuseSharedStdin(values.pack ?? [], values.ticket === '-' ? '--ticket' : values.reply === '-' ? '--reply' : undefined);
  const ticket = readInput(values.ticket, io);
  if (blank(ticket)) throw new CliError(`${inputName(values.ticket)} is empty; give the ticket's text`, EXIT.input);
  const reply = readInput(values.reply, io);
  if (blank(reply)) throw new CliError(`${inputName(values.reply)} is empty; give the reply's text`, EXIT.input);
  const draft = draftFromText(reply);
  // Nothing is left of a reply that is all quoted history, or a greeting, a sign-off and a signature alone.
  if (!draft.trim()) throw new CliError(`${inputName(values.reply)} has no reply of its own (only quoted history, a greeting or a signature); give the reply's text`, EXIT.input);
  // A pack's lessons join the ranking and its checks the bundled ones, merged as the extension merges its enabled
  // packs' (checksInUse), so a pack author sees here what the side panel's checklist will show.
  const { packs, lessons, leftOut: leftOutLessons, fileOf } = libraryWith(values.pack ?? [], io);
  const { checks: merged, leftOut } = checksInUse(packs, leftOutLessons);
  const checks = withModels(merged);
  // Named on standard error with the pack's file, as left-out lessons are; the output and exit code stay as they are.
  for (const check of leftOut) {
    const file = fileOf(check.packId, (pack) => (pack.checks ?? []).some((c) => c.id === check.checkId));
    io.stderr(`extra-mile: warning: pack ${file}: ${leftOutCheckText(check)}\n`);
  }
  const engine = createEngine(bundledModel(), lessons);
  const suggestions = suggest(asRead(ticket), engine);
  const suggested = suggestions.map((s) => s.lesson);
  // The topics whose checks run, by the side panel's rule.
  const topics = checkedTopics(suggestions);
  // Evidence offsets point into the reply as given, its spacing as typed (replyOffsets), else into the draft as read.
  const inReply = replyOffsets(reply, draft);
  // An end is mapped as the place after its last character, so a quote that ends a line does not take in its \r.
  // The blanks the lessons in use write, a pack's too, are placeholders left in wherever they stand, as in the tab.
  const vocabulary = withSlots(VOCABULARY, lessons);
  const results = checkReplyWith(vocabulary, draft, topics, checks, checkedLessons(suggestions)).map((r) => ({
    ...r,
    evidence: r.evidence.map((e) => ({ ...e, start: inReply(e.start), end: e.end > e.start ? inReply(e.end - 1) + 1 : inReply(e.end) })),
  }));
  if (values.json) io.stdout(JSON.stringify({ checks: results }, null, 2) + '\n');
  else {
    // The checks the ticket did not call for, named: a list of ✓ alone read as if the reply were fine on all of them.
    const ran = new Set(results.map((r) => r.id));
    const notRun = [...new Set(checks.filter((c) => !ran.has(c.id)).map((c) => c.messages.kept))];
    const skipped = notRun.length ? `not checked (no lesson suggested for the ticket calls for them): ${notRun.join(', ')}\n` : '';
    io.stdout(`topics checked: ${topics.join(', ') || 'none'}\n` + results.map((r) => describeCheck(r, checks, lessons, suggested, draft, vocabulary)).join('\n') + '\n' + skipped);
  }
  return results.every((r) => r.ok) ? EXIT.ok : EXIT.packInvalid;
}

/**
 * Maps an offset in the draft to the reply file as given. The draft is the file's text with its quoted history and
 * signature cut and its spacing tidied (\r\n read as \n, a run of spaces as one, spaces at a line's end and extra
 * blank lines dropped, a tab or a non-breaking space read as a space): each of its characters is found in the file in
 * order, over what tidying drops. Where the draft is not in the file so (the cleaning took out more than spacing),
 * offsets stay the draft's.
 */
function replyOffsets(reply: string, draft: string): (offset: number) => number {
  // Quoted history may stand above the reply and hold the same words ("> Hi Ana, please…"): a place in a quoted line
  // is passed over, then each other place the draft (or, its spacing aside, its first words) stands is tried in turn.
  for (let whole = reply.indexOf(draft); whole >= 0; whole = reply.indexOf(draft, whole + 1)) {
    if (!inQuotedLine(reply, whole)) return (offset) => offset + whole;
  }
  for (const start of reply.matchAll(firstWords(draft))) {
    if (inQuotedLine(reply, start.index)) continue;
    const at = walk(reply, draft, start.index);
    if (at) return (offset) => at[offset] ?? offset;
  }
  return (offset) => offset;
}

/** Where each of the draft's characters stands in the file from `i` on, and just after its last; null where the file
 * holds something else than spacing between them. */
function walk(reply: string, draft: string, i: number): number[] | null {
  const at: number[] = [];
  for (let k = 0; k < draft.length; k++) {
    for (; i < reply.length && !sameCharacter(reply, i, draft[k] as string); i++) if (!TIDIED_AWAY.test(reply[i] as string)) return null;
    if (i === reply.length) return null;
    at.push(i++);
  }
  at.push(i);
  return at;
}

/** Whether the file's place `at` is on a line quoted with ">". */
function inQuotedLine(reply: string, at: number): boolean {
  return /^[ \t]*>/.test(reply.slice(reply.lastIndexOf('\n', at - 1) + 1, at + 1));
}

/** The draft's first three words as they may stand in the file: with any spacing between them. */
function firstWords(draft: string): RegExp {
  const words = draft.trim().split(/\s+/).slice(0, 3);
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\u00a0\\u2007\\u202f]+'), 'g');
}

/** What tidying a draft may drop from the file: spacing, line ends, zero-width characters. */
const TIDIED_AWAY = /[\s\u200b-\u200d\u2060\ufeff]/;

/** Whether the file's character at `i` is read as the draft's `character`: itself, a space's kin, a lone \r a line end. */
function sameCharacter(reply: string, i: number, character: string): boolean {
  const c = reply[i];
  if (c === character) return true;
  if (character === ' ') return c === '\t' || c === '\u00a0' || c === '\u2007' || c === '\u202f';
  return character === '\n' && c === '\r' && reply[i + 1] !== '\n';
}

/** A check's line, and under a broken one the phrase the side panel's checklist offers for this ticket, or the blanks
 * left in one the reply holds. */
function describeCheck(r: CheckResult, checks: readonly Check[], lessons: readonly Lesson[], suggested: readonly Lesson[], reply: string, vocabulary: Vocabulary): string {
  const quoted = checkQuote(r);
  const quote = quoted ? `: "${quoted}"` : '';
  const line = `${r.ok ? '✓' : '✗'} ${r.message}${r.ok ? '' : quote}  [${r.topic} · ${r.lesson}]`;
  const check = checks.find((c) => c.id === r.id);
  if (r.ok || !check) return line;
  const lessonById = (id: string) => lessons.find((l) => l.id === id);
  const phrase = betterPhrase(check, suggested, vocabulary, lessonById, reply);
  if (phrase) return `${line}\n    better: ${phrase}`;
  const fill = blanksToFill(check, suggested, vocabulary, lessonById, reply);
  return fill.length ? `${line}\n    fill in: ${fill.join(', ')}` : line;
}
