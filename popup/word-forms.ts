// Which words are forms of one another for the lesson search: the same word with an inflection ("refunding",
// "refunded", "refunds" → refund; "policies" → policy; "cancelling" → cancel). Only inflections: a stemmer's
// derivations join unrelated words ("generation" → general, "apartment" → apart, "lovely" → love).

/** The word and what it is without an inflectional ending: the bases two forms of one word share. */
export function wordBases(word: string): string[] {
  const bases = new Set([word]);
  const add = (base: string) => {
    if (base.length < 3) return;
    bases.add(base);
    // A doubled last consonant before the ending: "cancelling" → cancel, "stopped" → stop.
    if (/([b-df-hj-np-tv-z])\1$/.test(base)) bases.add(base.slice(0, -1));
  };
  const ending = (suffix: string) => word.length > suffix.length + 2 && word.endsWith(suffix);
  if (ending('ies') || ending('ied')) add(word.slice(0, -3) + 'y');
  if (ending('ing')) {
    add(word.slice(0, -3));
    add(word.slice(0, -3) + 'e');
  }
  if (ending('ed')) {
    add(word.slice(0, -2));
    add(word.slice(0, -1));
  }
  if (ending('es')) add(word.slice(0, -2));
  if (ending('s') && !ending('ss')) add(word.slice(0, -1));
  return [...bases];
}
