// Cues that can never match a ticket: the author hears of them, since the matcher leaves them out silently.
import { CUE_LIMITS, cueLeftOutBecause } from '../../engine/cues/index';
import { MAX_WORD_LENGTH } from '../../engine/cues/tokenize';
import type { LessonPack } from '../schema';
import type { PackError } from './errors';
import { placedIn } from './places';

/**
 * A new pack's cues with no word to match ("!!!", "🙂"): they can never match a ticket, so the author hears so. Only a
 * pack being checked or added: packs already stored or pushed by policy keep loading as they did.
 */
export function unmatchableCues(cues: readonly unknown[], index: number): PackError[] {
  return cues.flatMap((cue, at) =>
    typeof cue === 'string' && cueLeftOutBecause(cue) === 'no-word' ? [{ path: `lessons[${index}].cues[${at}]`, message: `${JSON.stringify(cue)} has no word a ticket can match (${/[\p{L}\p{N}]/u.test(cue) ? `a run of more than ${MAX_WORD_LENGTH} letters is not read as a word` : 'only punctuation, symbols or emoji'}); write the words customers use` }] : [],
  );
}

/**
 * A valid pack's cues that never match a ticket though the pack may carry them (packs already in use have them): told
 * to the author as notes beside "valid", not refused. A cue of no word at all is refused (unmatchableCues).
 */
export function silentCues(pack: LessonPack, source?: string): PackError[] {
  const notes = pack.lessons.flatMap((lesson, index) =>
    lesson.cues.flatMap((cue, at): PackError[] => {
      const why = cueLeftOutBecause(cue);
      if (why === 'common-words-only') return [{ path: `lessons[${index}].cues[${at}]`, message: `${JSON.stringify(cue)} never matches: its words are all common words the matcher skips; add a word that says what the ticket is about` }];
      if (why === 'split') return [{ path: `lessons[${index}].cues[${at}]`, message: `${JSON.stringify(cue)} never matches: a cue phrase matches only as words of one clause, and a comma, colon, dash or full stop parts it; write it without` }];
      if (why === 'too-many-words') return [{ path: `lessons[${index}].cues[${at}]`, message: `${JSON.stringify(cue)} never matches: a cue of more than ${CUE_LIMITS.wordsPerCue} words is a sentence; keep its telling words` }];
      return [];
    }),
  );
  // From the pack's file, each note names its line as an error does.
  return notes.length && source !== undefined ? notes.map(placedIn(source)) : notes;
}
