// Which words are forms of one another, for the lesson search and the engine's cue keys (engine/cues/forms.ts): the
// same word with an inflection ("refunding", "refunded", "refunds" → refund; "policies" → policy; "cancelling" →
// cancel; "using" → use; "angrier" → angry). Inflections only, where a stemmer's derivations join unrelated words
// ("generation" → general, "lovely" → love); and the stemmer's stem must agree, which keeps an ending that took an "e"
// from joining another word ("hated" is not "hat", "noting" not "not").
import { stemmer } from 'stemmer';
import { isFunctionWord } from '../engine/function-words';

/** The words by their bases, to find a word's other forms among them (formsIn). */
export type FormIndex = ReadonlyMap<string, readonly string[]>;

export function formIndex(words: Iterable<string>): FormIndex {
  const byBase = new Map<string, string[]>();
  for (const word of words) {
    for (const base of wordBases(word)) {
      const list = byBase.get(base);
      if (list) list.push(word);
      else byBase.set(base, [word]);
    }
  }
  return byBase;
}

/**
 * The words of `index` that are forms of `term` by inflection: a base in common (the index is found by it) and the same
 * Porter stem, as the stemmer gives it (the engine's stem.ts keeps short stems apart, "using" from "use").
 */
export function formsIn(index: FormIndex, term: string): string[] {
  const stem = formStem(term);
  return [...new Set(wordBases(term).flatMap((base) => index.get(base) ?? []))].filter((word) => formStem(word) === stem);
}

/**
 * A comparative's or superlative's word in "-y" ("angrier", "angriest" → angry), or null. Porter leaves these as they
 * are. Not where "-ier" names one who does ("carrier", "copier", "verifier", "supplier": of verbs in -rry, -py, -fy,
 * -ply), nor with no vowel before it ("priest" is not "pry", "crier" not "cry").
 */
function comparativeBase(word: string): string | null {
  const root = /^(.+)i(?:er|est)$/.exec(word)?.[1];
  if (!root || !/[aeiou]/.test(root) || /(?:rr|[aeiou]p|f|pl)$/.test(root)) return null;
  return `${root}y`;
}

/** The Porter stem, a comparative's taken as its word's ("angrier" → angri, as "angry"). */
function formStem(word: string): string {
  return stemmer(comparativeBase(word) ?? word);
}

/** The word and what it is without an inflectional ending: the bases two forms of one word share. */
export function wordBases(word: string): string[] {
  const bases = new Set([word]);
  const add = (base: string) => {
    if (base.length >= 3 && !isFunctionWord(base)) bases.add(base);
  };
  const before = (suffix: string) => (word.length > suffix.length + 1 && word.endsWith(suffix) ? word.slice(0, -suffix.length) : null);
  const verb = (root: string | null) => {
    if (root === null) return;
    add(root);
    add(root + 'e');
    // A doubled last consonant before the ending: "cancelling" → cancel, "stopped" → stop.
    if (/([b-df-hj-np-tv-z])\1$/.test(root)) add(root.slice(0, -1));
  };
  const ies = before('ies') ?? before('ied');
  if (ies !== null) add(ies + 'y');
  const comparative = comparativeBase(word);
  if (comparative !== null) add(comparative);
  const ying = before('ying');
  if (ying !== null) add(ying + 'ie');
  verb(before('ing'));
  verb(before('ed'));
  const es = before('es');
  if (es !== null && /(?:[sxz]|[cs]h)$/.test(es)) add(es);
  const s = before('s');
  if (s !== null && !word.endsWith('ss')) add(s);
  return [...bases];
}
