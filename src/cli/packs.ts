// --pack files: read and checked as check-pack checks them, and merged with the bundled lessons.
import type { Lesson, LessonPack } from '../lessons/index';
import { leftOutText, lessonsInUse, type LeftOutLesson } from '../lessons/in-use';
import { EMPTY_PACK, formatPackError, silentCues, validatePackText, type PackError } from '../lessons/pack';
import { CliError, EXIT } from './exit';
import { inputName, readInput, readTextFile } from './input';
import type { Io } from './io';

function loadPacks(files: string[], io: Io): Array<{ file: string; pack: LessonPack }> {
  const warned = new Set<string>();
  return files.map((given) => {
    // Read as check-pack reads it, so a missing, binary or UTF-16 pack gets the same one line here as there; `-` is
    // standard input, as for check-pack.
    const file = inputName(given);
    const source = given === '-' ? readInput(given, io) : readTextFile(given, 'pack ');
    const verdict = validatePackText(source);
    // Nothing to read is unusable input, as an empty ticket is (exit 3), not an invalid pack.
    if (!verdict.ok && isEmptyPack(verdict.errors)) throw new CliError(`pack ${file} ${EMPTY_PACK}`, EXIT.input);
    if (!verdict.ok) throw new CliError(`pack ${file} is invalid: ${formatPackError(verdict.errors[0]!)} (run check-pack for all errors)`, EXIT.packInvalid);
    // check-pack's warnings too, once for a file given twice.
    if (!warned.has(file)) warnSilentCues(verdict.pack, source, file, io);
    warned.add(file);
    return { file, pack: verdict.pack };
  });
}

/**
 * The cues of a valid pack that can never match, one warning each on standard error (check-pack's and a --pack
 * file's alike), so what scripts read on standard output stays as it is; `name` is the file as messages name it.
 */
export function warnSilentCues(pack: LessonPack, source: string, name: string, io: Io): void {
  for (const note of silentCues(pack, source)) io.stderr(`extra-mile: warning: ${name}: ${formatPackError(note)}\n`);
}

/**
 * The bundled lessons and the packs' own, merged as the extension merges its enabled packs (lessonsInUse: the first
 * lesson of an id wins, packs in the order given), so the CLI ranks exactly the lessons the side panel would. Each
 * lesson left out is named on standard error, as the options page names it; the output and exit code stay as they are.
 */
export function libraryWith(files: string[], io: Io): { packs: LessonPack[]; lessons: Lesson[]; leftOut: LeftOutLesson[]; fileOf: PackFile } {
  const loaded = loadPacks(files, io);
  const packs = loaded.map(({ pack }) => pack);
  // The later of two files that hold the same pack is the one whose lesson or check is left out.
  const fileOf: PackFile = (packId, holds) => [...loaded].reverse().find(({ pack }) => pack.id === packId && holds(pack))?.file ?? packId;
  const { lessons, leftOut } = lessonsInUse(packs);
  for (const lesson of leftOut) {
    const file = fileOf(lesson.packId, (pack) => pack.lessons.some((l) => l.id === lesson.lessonId));
    io.stderr(`extra-mile: warning: pack ${file}: ${leftOutText(lesson)}\n`);
  }
  return { packs, lessons, leftOut, fileOf };
}

/** The file a pack was read from, for a warning: of the files holding pack `packId`, the last whose pack `holds`. */
type PackFile = (packId: string, holds: (pack: LessonPack) => boolean) => string;

/**
 * `--pack -` reads the pack from standard input, as `check-pack -` does; one input of a call can be read there (as
 * check-reply's --ticket and --reply share it), so a second is a usage error, said before anything is read.
 * `stdinReader` names the call's other input that reads standard input, if any ("the ticket").
 */
export function refuseSharedStdin(files: readonly string[], stdinReader: string | undefined): void {
  const fromStdin = files.filter((file) => file === '-').length;
  if (fromStdin > 1) throw new CliError('only one --pack can be standard input (-)', EXIT.usage);
  if (fromStdin && stdinReader) throw new CliError(`only one of --pack and ${stdinReader} can be standard input (-)`, EXIT.usage);
}

/** A pack refused only for having nothing in it. */
export function isEmptyPack(errors: readonly PackError[]): boolean {
  return errors.length === 1 && errors[0]?.message === EMPTY_PACK;
}
