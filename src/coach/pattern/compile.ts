// A pattern as written (index.ts has the language) compiled once into elements, with the word to look matches up by.
import { spelt } from '../words';
import { DETECTORS, GAP_WORDS, PatternError, type DetectorName, type Element, type Lookup, type Pattern, type Vocabulary, type WordTest } from './types';

// Letters, digits and an apostrophe: the tokenizer splits words at hyphens, so a pattern writes "e mail", not "e-mail".
const WORD = /^[a-z0-9']+$/;

// One pattern object per detector, whichever check names it: a draft's reading caches spans by pattern, so the list
// items that gives-steps, acknowledges-first's fix and passing on's learnedUnless all ask for are found once.
const DETECTOR_PATTERNS = new Map<DetectorName, Pattern>();

function detectorPattern(detector: DetectorName): Pattern {
  let pattern = DETECTOR_PATTERNS.get(detector);
  if (!pattern) DETECTOR_PATTERNS.set(detector, (pattern = { source: `@${detector}`, kind: 'detector', detector }));
  return pattern;
}

export function compilePattern(source: string, vocabulary: Vocabulary): Pattern {
  const parts = source.trim().toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean);
  if (!parts.length) throw new PatternError('is empty');
  if (parts[0]?.startsWith('@')) {
    const name = parts[0].slice(1);
    if (parts.length > 1) throw new PatternError(`a detector (${parts[0]}) stands alone`);
    if (!(DETECTORS as readonly string[]).includes(name)) throw new PatternError(`"${parts[0]}" is not a detector (${DETECTORS.map((d) => '@' + d).join(', ')})`);
    return detectorPattern(name as DetectorName);
  }
  const anchored = parts[0] === '^';
  if (anchored) parts.shift();
  const ends = parts[parts.length - 1] === '$';
  if (ends) parts.pop();
  if (parts.includes('$')) throw new PatternError('"$" (the end of the sentence) comes last');
  const elements: Element[] = [];
  for (const part of parts) {
    if (part === '...' || part === '>' || part === '~' || part === '>>') {
      if (!elements.length) throw new PatternError(`cannot start with "${part}"`);
      elements.push(part === '>>' ? { kind: 'next' } : { kind: 'gap', max: part === '...' ? GAP_WORDS : Number.POSITIVE_INFINITY, overNegations: part === '~' });
      continue;
    }
    const optional = part.length > 1 && part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    if (body === '_') {
      elements.push({ kind: 'any', optional });
      continue;
    }
    const not = body.length > 1 && body.startsWith('!');
    const test: WordTest = { exact: new Set(), prefixes: [], suffixes: [], number: false, seen: new Map(), proper: false, not };
    for (const alt of (not ? body.slice(1) : body).split('|')) addAlternative(test, alt, vocabulary);
    elements.push({ kind: 'word', test, optional });
  }
  const last = elements[elements.length - 1];
  if (!elements.some((e) => e.kind === 'word' && !e.optional)) throw new PatternError('needs at least one word that is not optional');
  if (last?.kind === 'gap' || last?.kind === 'next') throw new PatternError('cannot end with "...", ">", "~" or ">>"');
  if (ends) elements.push({ kind: 'end' });
  return { source, kind: 'words', anchored, elements, lookup: lookupOf(elements) };
}

/**
 * The word of the pattern to look a match up by in a draft's index: among the words before any gap or optional element
 * (each exactly one word), the first plain one ("fault" in "*'s fault", <past-event> in "!be <past-event>"), else the
 * first with a prefix, suffix or number. Null when there is none: then every word is a possible start.
 */
function lookupOf(elements: readonly Element[]): Lookup | null {
  let fallback: Lookup | null = null;
  for (let offset = 0; offset < elements.length; offset++) {
    const el = elements[offset] as Element;
    if (!((el.kind === 'word' || el.kind === 'any') && !el.optional)) break;
    if (el.kind !== 'word' || el.test.not || el.test.proper) continue;
    const t = el.test;
    if (!t.number && !t.prefixes.length && !t.suffixes.length) return { test: t, offset };
    fallback ??= { test: t, offset };
  }
  return fallback;
}

function addAlternative(test: WordTest, alt: string, vocabulary: Vocabulary, depth = 0): void {
  if (alt === '#') {
    test.number = true;
    return;
  }
  if (alt === '<proper>') {
    test.proper = true;
    return;
  }
  const className = /^<([a-z0-9-]+)>$/.exec(alt)?.[1];
  if (className !== undefined) {
    const words = Object.hasOwn(vocabulary.classes, className) ? vocabulary.classes[className] : undefined;
    if (!words) throw new PatternError(`"<${className}>" is not a word class (${Object.keys(vocabulary.classes).join(', ')})`);
    if (depth > 3) throw new PatternError(`"<${className}>" nests classes too deep (a class that names itself?)`);
    for (const word of words) addAlternative(test, word.toLowerCase(), vocabulary, depth + 1);
    return;
  }
  if (alt.endsWith('*') && WORD.test(alt.slice(0, -1)) && alt.length > 2) test.prefixes.push(alt.slice(0, -1));
  else if (alt.startsWith('*') && WORD.test(alt.slice(1)) && alt.length > 2) test.suffixes.push(alt.slice(1));
  else if (WORD.test(alt)) {
    // Drafts are read with contractions spelt out, so a pattern must spell them out too.
    const parts = spelt(alt);
    if (parts.length > 1) throw new PatternError(`write "${parts.join(' ')}", not "${alt}" (drafts are read with contractions spelt out)`);
    test.exact.add(alt);
  }
  else throw new PatternError(`"${alt}" is not a word, prefix*, *suffix, # or <class>`);
}
