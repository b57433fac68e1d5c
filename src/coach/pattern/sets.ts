// A check's pattern list as the checks run it: named sets ("$remedy") replaced by their patterns, phrases written out.
import { PatternError, type Vocabulary } from './types';

/** A pattern list as written, with "$set" entries replaced by the set's patterns and phrases written out. */
export function expandSets(sources: readonly string[], vocabulary: Vocabulary, depth = 0): string[] {
  return sources.flatMap((source) => {
    const name = /^\$([a-z0-9-]+)$/.exec(source.trim())?.[1];
    if (name === undefined) return phraseVariants(source);
    // Its own sets only: "$constructor" found Object's, and the pack check failed with no line (a review, 2026-12-05).
    const set = Object.hasOwn(vocabulary.sets, name) ? vocabulary.sets[name] : undefined;
    if (!set) throw new PatternError(`"$${name}" is not a set of patterns (${Object.keys(vocabulary.sets).join(', ')})`);
    if (depth > 3) throw new PatternError(`"$${name}" nests sets too deep (a set that names itself?)`);
    return expandSets(set, vocabulary, depth + 1);
  });
}

/** At most this many patterns written out of one with phrases. */
const MAX_PHRASE_VARIANTS = 16;

/**
 * The patterns a pattern with phrase alternatives stands for: "going+to|gonna" is "going to" or "gonna". Every other
 * element stands for one word, so a phrase is written out as patterns of its own, one per choice ("is|will+be home"
 * is "is home" and "will be home"); "a+few?" may also be left out.
 */
export function phraseVariants(source: string): string[] {
  if (!source.includes('+')) return [source];
  let variants: string[][] = [[]];
  for (const part of source.trim().split(/\s+/)) {
    if (!part.includes('+')) {
      for (const v of variants) v.push(part);
      continue;
    }
    const optional = part.length > 1 && part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    if (body.startsWith('!') || body.startsWith('@') || body.split('|').some((alt) => alt.split('+').some((w) => !w))) {
      throw new PatternError(`"${part}": a phrase joins words with "+" inside an alternative ("going+to|gonna"), no word left empty and no "!"`);
    }
    const choices = body.split('|').map((alt) => alt.split('+'));
    if (optional) choices.push([]);
    variants = variants.flatMap((v) => choices.map((words) => [...v, ...words]));
    if (variants.length > MAX_PHRASE_VARIANTS) throw new PatternError(`stands for more than ${MAX_PHRASE_VARIANTS} patterns once its phrases are written out`);
  }
  return variants.map((v) => v.join(' '));
}
