import { parseArgs } from 'node:util';
import type { Lesson } from '../lessons/index';
import { leftOutCheckText } from '../coach/checks-in-use';
import { bundledModel, createEngine, suggest } from '../engine/index';
import { betterPhrase, checkedTopics, checkReply, checksInUse, draftFromText, VOCABULARY, type Check, type CheckResult } from '../coach/index';
import { withModels } from '../coach/models';
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
  if (!ticket.trim()) throw new CliError(`${inputName(values.ticket)} is empty; give the ticket's text`, EXIT.input);
  const reply = readInput(values.reply, io);
  if (!reply.trim()) throw new CliError(`${inputName(values.reply)} is empty; give the reply's text`, EXIT.input);
  const draft = draftFromText(reply);
  // Only a reply that is all quoted history has nothing above it.
  if (!draft.trim()) throw new CliError(`${inputName(values.reply)} has no reply above its quoted history; give the reply's text`, EXIT.input);
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
