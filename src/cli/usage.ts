// The usage text: --help prints it, a run with no command writes it to standard error.
import { TOPIC_IDS } from '../topics';

export const USAGE = `Extra Mile: coaching lessons for the ticket in front of you.

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
  --pack F   add a lesson pack's lessons to the bundled ones (to try a pack before sharing it); - is standard input
lessons      lists lessons, optionally of one topic (${TOPIC_IDS.join(', ')})
check-pack   validates a lesson pack; every error names its line and JSON path
check-reply  checks a reply against the lessons its ticket calls for (the reply's quoted history is left out);
             exits 1 when the reply breaks a check; --json prints {"checks": [{id, topic, lesson, ok, message, evidence}]}

Exit codes: 0 done, 1 the pack is invalid or the reply breaks a check, 2 usage error, 3 unusable input (missing, empty,
binary, bad JSONL), 4 the output could not be written.`;
