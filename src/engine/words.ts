// The model's view of text: words normalised so that the same need reads the same however it is typed.
// Handles, links, placeholders and numbers become classes (a brand's name says nothing about the need);
// apostrophes go ("don't" = "dont"); drawn-out letters are squeezed ("soooo" → "soo"); emoji are words.
import { stemmer } from 'stemmer';
import { closingNames } from '../text/sign-off';
import { MAX_WORD_LENGTH, ZERO_WIDTH } from './cues/tokenize';
import { memoised } from './memo';

export interface ModelWord {
  /** Lower-cased, normalised surface form (char n-grams and typo matching read this). */
  form: string;
  /** Porter stem of the form (word features read this); classes keep their form. */
  stem: string;
  start: number;
  end: number;
  /** Written in capitals: three letters or more. */
  capitals: boolean;
  /** Inside a negation's reach ("not ... received"): its word features carry a "not_" twin. */
  negated: boolean;
  /** A class token (@user, url, #, placeholder, emoji): no char n-grams. */
  symbol: boolean;
}

const TOKEN =
  /(https?:\/\/\S+|www\.\S+)|(@\w+)|(\[[a-z][a-z ]{1,24}\])|(\d+(?:[.,:]\d+)*(?:st|nd|rd|th|am|pm|hrs?|h|k|m)?)|(\p{L}[\p{L}\p{M}\u200b-\u200d\u2060]*(?:['’]\p{L}[\p{L}\p{M}\u200b-\u200d\u2060]*)*)|(\p{Extended_Pictographic})|([!?]{2,})/giu;

const NEGATORS = new Set([
  'not', 'no', 'never', 'nor', 'without', 'none', 'neither', 'nothing', 'nobody', 'noone', 'cannot',
  'dont', 'didnt', 'doesnt', 'isnt', 'wasnt', 'arent', 'werent', 'cant', 'wont', 'wouldnt', 'couldnt', 'shouldnt',
  'havent', 'hasnt', 'hadnt', 'aint',
]);
/** How many words a negation reaches, at most, within its clause. */
const NEGATION_REACH = 3;
const CLAUSE_END = /[.,;:!?\n()]|\s-\s|—|–/;

/** A combining mark: a word holding one may be typed decomposed ("e" + U+0301 for "é"). */
const MARK = /\p{M}/u;

export const stemWord = memoised((form: string): string => {
  if (form.length <= 3) return form;
  const s = stemmer(form);
  return s.length >= 3 ? s : form;
});

/** What a written word reads as, worked out once per spelling: its normal form (lower case, no apostrophes, drawn-out
 * letters squeezed to two), that form's stem, and whether it is written in capitals. */
const spelling = memoised((raw: string) => {
  // Composed (NFC): a word typed with combining marks (decomposed) reads as the same word typed precomposed.
  const form = (MARK.test(raw) ? raw.normalize('NFC') : raw).replace(ZERO_WIDTH, '').toLowerCase().replace(/['’]/g, '').replace(/(\p{L})\1{2,}/gu, '$1$1');
  return { form, stem: stemWord(form), capitals: raw.length >= 3 && raw === raw.toUpperCase() && raw !== raw.toLowerCase() };
});

/** Every word of the text with its normalised form, in order. Linear in the text's length. */
export function modelWords(text: string): ModelWord[] {
  const words: ModelWord[] = [];
  let negationLeft = 0;
  let previousEnd = 0;
  // A name signed under a sign-off reads as the placeholder our training text writes there ("Thanks,\n[name]").
  const names = text.includes('\n') ? closingNames(text) : [];
  let nameIndex = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const raw = m[0];
    while (nameIndex < names.length && (names[nameIndex]?.[1] ?? 0) <= start) nameIndex++;
    const name = names[nameIndex];
    if (name && name[0] <= start) {
      if (words.at(-1)?.form !== '[name]' || (words.at(-1)?.start ?? -1) < name[0]) words.push({ form: '[name]', stem: '[name]', start, end: start + raw.length, capitals: false, negated: false, symbol: true });
      previousEnd = start + raw.length;
      continue;
    }
    if (negationLeft > 0 && CLAUSE_END.test(text.slice(previousEnd, start))) negationLeft = 0;
    previousEnd = start + raw.length;
    let form: string;
    let stem: string | undefined;
    let capitals = false;
    let symbol = true;
    if (m[1]) form = 'url';
    else if (m[2]) form = '@user';
    else if (m[3]) form = '[' + raw.slice(1, -1).toLowerCase().replace(/\s+/g, '_') + ']';
    else if (m[4]) form = /\d(?:st|nd|rd|th)$/i.test(raw) ? '#th' : '#';
    else if (m[6]) form = raw;
    else if (m[7]) form = raw.includes('!') ? '!!' : '??';
    else {
      if (raw.length > MAX_WORD_LENGTH) continue;
      symbol = false;
      ({ form, stem, capitals } = spelling(raw));
    }
    const negated = negationLeft > 0 && !symbol;
    if (negationLeft > 0) negationLeft--;
    if (NEGATORS.has(form)) negationLeft = NEGATION_REACH;
    words.push({
      form,
      // Classes (url, @user, #…) are their own stem.
      stem: stem ?? form,
      start,
      end: start + raw.length,
      capitals,
      negated,
      symbol,
    });
  }
  return words;
}

/** The negation that reaches words[index] (it is `negated`): the nearest negator at most NEGATION_REACH words before. */
export function negationBefore(words: readonly ModelWord[], index: number): ModelWord | undefined {
  for (let i = index - 1; i >= 0 && i >= index - NEGATION_REACH; i--) {
    const word = words[i] as ModelWord;
    if (NEGATORS.has(word.form)) return word;
  }
  return undefined;
}
