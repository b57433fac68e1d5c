// Function words: they hold sentences together and say nothing about what a customer needs on their own.
// Evidence is never one of these alone, and cue lists do not use them as single-word cues.
import type { RealWords } from './lexicon';

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all almost also although always am among an and any anyone anything are as at ' +
    'be became because been before being below between both but by can could did do does doing done down during each ' +
    'either else enough even ever every few for from further get gets got had has have having he her here hers herself him ' +
    'himself his how however i if in into is it its itself just least less let like made make many may me might mine more ' +
    'most much must my myself near need neither next no nor not now of off often on once one only onto or other others ' +
    'otherwise our ours ourselves out over own per perhaps please quite rather really same say says said see seem seems ' +
    'several shall she should since so some someone something still such than that the their theirs them themselves then ' +
    'there these they this those though through thus till to today tomorrow too toward towards under until up upon us ' +
    'very via was we well were what whatever when where whether which while who whom whose why will with within without ' +
    'would yet you your yours yourself yourselves yesterday im ive id ill youre youve theyre thats whats theres its dont ' +
    'doesnt didnt isnt wasnt arent werent cant wont wouldnt couldnt shouldnt havent hasnt hadnt just ok okay oh hi hello ' +
    'hey dear thanks thank regards best kind sincerely cheers yes yeah no also another any back way thing things lot lots ' +
    'really actually literally already around away come came go going gone went know knew take took want wanted put ' +
    'new old first last two three time times day days week weeks month months year years today now am pm'
  ).split(/\s+/),
);

/** True for a function word, contractions included ("where's", "don't"). */
export function isFunctionWord(word: string): boolean {
  // Most words have no apostrophe: one lookup, no replacing (this runs on every word a cue's walk meets).
  if (word.indexOf("'") < 0 && word.indexOf('’') < 0) return FUNCTION_WORDS.has(word.toLowerCase());
  const lower = word.toLowerCase().replace(/’/g, "'");
  return FUNCTION_WORDS.has(lower.replace(/'/g, '')) || FUNCTION_WORDS.has(lower.replace(/'(?:s|re|ve|ll|d|m)$/, ''));
}

/**
 * Words that, though no function words, explain nothing shown alone as why a topic fits: chat spellings of function
 * words ("ur", "pls"), time said in passing ("ago"), forms of the function words "get" and "unless", ways to address
 * or hedge ("sir", "honestly", "suppose"), politeness and interjections ("kindly", "regards", "wow"). Only the reasons
 * leave them out: the model reads them as any word. As with function words, a suggestion with no other reason is not
 * made ("hello sir, 2 weeks ago"); on natural-bulk and written-tickets none was lost (2,402 and 272 suggestions before
 * and after the first list; 2,403 and 272 before and after the second). From a review of tickets written to probe the
 * engine, 2026-12-04; "kindly", "dear", "regards", "wow" and "suppose" from a second such review the same day.
 */
export const SAID_IN_PASSING: ReadonlySet<string> = new Set(
  (
    'u ur ya yr pls plz thx ty tho bc cuz coz b4 gonna wanna gotta ago unless getting gotten sir madam maam guys mate ' +
    'folks honestly basically anyway anyways kindly dear regards wow suppose'
  ).split(/\s+/),
);

/** A function word with two neighbouring letters swapped ("agian", "becuase", "thier"), where the word is no real word. */
export function isMistypedFunctionWord(word: string, realWords: RealWords): boolean {
  if (word.length < 4 || realWords.has(word)) return false;
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    if (FUNCTION_WORDS.has(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))) return true;
  }
  return false;
}
