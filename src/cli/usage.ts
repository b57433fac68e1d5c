// The usage text: --help prints it, a run with no command writes it to standard error.
import { TOPIC_IDS } from '../topics';

export const USAGE = `Extra Mile: coaching lessons for the ticket in front of you.

Usage:
  node dist/cli.mjs suggest [FILE|-] [--limit N] [--json] [--pack PACK]...
  node dist/cli.mjs suggest --jsonl [FILE|-] [--limit N] [--pack PACK]...
  node dist/cli.mjs lessons [--topic ID] [--json] [--pack PACK]...
  node dist/cli.mjs check-pack FILE
  node dist/cli.mjs check-reply --ticket FILE --reply FILE [--json] [--pack PACK]...

suggest      ranks lessons for a ticket read from FILE or standard input (-)
  --jsonl    each input line {"id": ..., "text": ...} gives one output line {"id": ..., "suggestions": [...]};
             a line may give the ticket as the extension reads it instead: {"id", "subject", "messages": [...]}
  --json     the full suggestions as JSON
  --limit N  at most N suggestions (default 5)
  --pack PACK add a lesson pack's lessons to the bundled ones (to try a pack before sharing it); - is standard input
lessons      lists lessons, optionally of one topic (${TOPIC_IDS.join(', ')})
check-pack   validates a lesson pack (- reads it from standard input); every error names its line and JSON path
check-reply  checks a reply against the lessons its ticket calls for (the reply's quoted history is left out);
             exits 1 when the reply breaks a check; --json prints {"checks": [{id, topic, lesson, ok, message, evidence}]}

Exit codes: 0 done, 1 a pack is invalid (check-pack or any --pack) or the reply breaks
a check, 2 usage error, 3 unusable input (missing, empty, binary, bad JSONL), 4 the output could not be written.`;
