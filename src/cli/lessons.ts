// lessons: lists the lessons in use, optionally of one topic.
import { parseArgs } from 'node:util';
import { TOPIC_IDS, isTopicId } from '../topics';
import { CliError, EXIT } from './exit';
import type { Io } from './io';
import { libraryWith, refuseSharedStdin } from './packs';

export function lessonsCommand(args: string[], io: Io): number {
  const { values } = parseArgs({ args, options: { topic: { type: 'string' }, json: { type: 'boolean' }, pack: { type: 'string', multiple: true } } });
  if (values.topic !== undefined && !isTopicId(values.topic)) throw new CliError(`unknown topic "${values.topic}"; topics: ${TOPIC_IDS.join(', ')}`, EXIT.usage);
  refuseSharedStdin(values.pack ?? [], undefined);
  const lessons = libraryWith(values.pack ?? [], io).lessons.filter((l) => !values.topic || l.topics.includes(values.topic as never));
  if (values.json) io.stdout(JSON.stringify(lessons, null, 2) + '\n');
  else io.stdout(lessons.map((l) => `${l.id}  [${l.topics.join(', ')}]  ${l.title}`).join('\n') + '\n');
  return EXIT.ok;
}
