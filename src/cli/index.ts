// The command-line face of the engine: try it on real tickets, list lessons, and check lesson packs. It runs the
// same engine, model and lessons as the extension, so it prints exactly what the side panel would show.
import { checkPackCommand } from './check-pack';
import { checkReplyCommand } from './check-reply';
import { CliError, EXIT } from './exit';
import type { Io } from './io';
import { lessonsCommand } from './lessons';
import { suggestCommand } from './suggest';
import { USAGE } from './usage';

export { EXIT };

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
