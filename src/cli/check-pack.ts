// check-pack: validates a lesson pack, one line per problem.
import { parseArgs } from 'node:util';
import { formatPackError, validatePackText } from '../lessons/pack';
import { CliError, EXIT } from './exit';
import { inputName, readInput } from './input';
import type { Io } from './io';
import { isEmptyPack, warnSilentCues } from './packs';

export function checkPackCommand(args: string[], io: Io): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new CliError('check-pack takes exactly one file', EXIT.usage);
  const source = readInput(positionals[0], io);
  const verdict = validatePackText(source);
  // Named as every other message names it: "-" is standard input.
  const file = inputName(positionals[0]);
  if (verdict.ok) {
    io.stdout(`${file}: valid pack "${verdict.pack.name}" with ${verdict.pack.lessons.length} lesson(s)\n`);
    // Valid, yet some cues can never match: said on standard error, so the line above stays what scripts read.
    warnSilentCues(verdict.pack, source, file, io);
    return EXIT.ok;
  }
  // One line per problem, whatever a message quotes from the file.
  io.stderr(verdict.errors.map((e) => `${file}: ${formatPackError(e).replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')}`).join('\n') + '\n');
  // An empty file is unusable input (exit 3), as an empty ticket is; its line says so as for any pack.
  return isEmptyPack(verdict.errors) ? EXIT.input : EXIT.packInvalid;
}
