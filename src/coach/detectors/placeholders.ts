// Blanks a template left in the draft: "[date]", "{{first_name}}", "XX", "£??", a greeting's "Dear Customer Name".
import { quoted, quoteIndex, type QuoteIndex } from '../quotes';
import { LESSON_BLANK, slotKey } from '../slots';
import { CLOSER } from './brackets';
import type { Span } from './span';

// A bracketed placeholder names what goes there: "[date]", "{{first_name}}", "<tracking link>", "%STORE%".
const BRACKETED = /(\[|\{\{?|<|%)\s*([A-Za-z][A-Za-z0-9 _./-]{0,38}?)\s*(\]|\}\}?|>|%)/g;
const SLOT_WORDS = new Set(
  ('name first full customer client user agent date time day month year number no amount price total cost link url ' +
    'email address company product order ticket case phone code reference ref tracking insert here signature title store ' +
    'branch location city value details info handle username user id account plan size colour color model item quantity qty ' +
    'reason issue topic subject version release dd mm yyyy hh x xx xxx firstname lastname fullname surname forename service ' +
    'route station venue event seat flight booking appointment member recipient digits').split(' '),
);
const FILLED_IN = /\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
// Bracketed words that are an editor's note, not a blank: "[sic]", "the form [attached]".
const EDITORIAL = new Set(['sic', 'illegible', 'unclear', 'inaudible', 'indistinct', 'edited', 'cont', 'continued', 'translated', 'emphasis added', 'emphasis mine', 'redacted', 'attached', 'enclosed', 'see attached', 'see below', 'see above']);
// Unbracketed gaps a template leaves: £??, ##/##/####, TBD, XX, ___, "INSERT TICKET NUMBER", "insert date here",
// a date or time format (DD/MM/YYYY, HH:MM). A date of # or _ starts where its run starts: tried from each character
// of a run of 20,000 with no separator, to its end, it cost 0.34 s a check (a trust review, 2026-12-04).
const BARE: readonly RegExp[] = [
  /[£$€]\s?(?:\?{2,}|_{2,})/g,
  /(?<!#)#{2,}(?:[/.:-]#{2,})+/g,
  /\b(?:TBD|TBC|TODO|FIXME)\b/g,
  /_{3,}/g,
  // A date's day and month left as blanks: "on __/__".
  /(?<!_)_{2,}(?:[/.:-]_{2,})+/g,
  // Two underscores standing alone ("at berth __"), not a word's ("__init__"); a version or a day left as X ("version
  // X.X", "the XXth").
  /(?<![\w_])__(?![\w_])/g,
  /\bX(?:\.X)+\b/g,
  /\bXX(?:st|nd|rd|th)\b/g,
  /\bINSERT(?: [A-Z]+){0,3}\b/g,
  /\binsert [a-z ]{1,30} here\b/gi,
  /\b(?:LINK|URL) HERE\b/g,
  // A currency sign with no amount: "a valuation of £ for your Fiesta" (not "23,60 € to your card", "shown in £ for UK customers").
  /(?<!\d[\s,.]?)(?<!\bin )[£$€](?=\s+(?:for|to|and|on|per|in|is|was|off|of)\b)/g,
  /\bdelete as (?:appropriate|applicable|necessary)\b/gi,
  // A tweet's @handle or a greeting's name left as the slot's title: "@HANDLE", "Dear Applicant Name,".
  /@(?:HANDLE|USERNAME|USER|CUSTOMER|NAME)\b/g,
  /\b(?:Dear|Hi|Hello|Hey)\s+(?:Customer|Applicant|Member|Client|Guest|Patient|Student|Candidate|Tenant|First|Full|Contact)\s+Name\b/g,
  /\b(?:DD|MM|YYYY|YY|HH|dd|mm|yyyy|hh)(?:[/.:-](?:DD|MM|YYYY|YY|HH|SS|dd|mm|yyyy|yy|hh|ss)){1,2}\b/g,
  // A date with its day and month left as Xs: "XX/XX/2026" (a sort code masks with hyphens: "XX-XX-19").
  /\b[Xx]{1,2}([/.])[Xx]{1,2}\1(?:\d{2}|\d{4}|[Xx]{2}|[Xx]{4})\b/g,
];
/** No lesson blanks known (the rules alone read the draft): the checks' default too (check.ts). */
export const NO_SLOTS: ReadonlySet<string> = new Set();
// Capitals that say a detail is still to come.
const UNSETTLED = /^(?:TBC|TBA|TBD|ETA|XXX?)$/;
// A number, a month or a weekday just before a bracket: what the capitals in it tag.
const TAGGED_BEFORE = /(?:\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday))[ \t]+$/i;
// Runs of X stand for a number to fill in ("£XX.XX", "order XXXX"), unless they mask part of a real one ("XX-XX-41").
const XS = /\bX{2,}\b|\bx{3,}\b/g;
const CODE_CHAR = /[A-Za-z0-9*./-]/;
// A slot's name standing bare in capitals, alone among lower-case words: "Hi NAME,", "on DATE", "£AMOUNT". A run of
// capitals is shouting or a heading, not a blank ("WHAT DATE DID YOU ORDER").
const BARE_SLOT = /(?<![A-Z][\s,.!?'-]*)\b(?:FIRST ?NAME|LAST ?NAME|FULL ?NAME|CUSTOMER ?NAME|NAME|DATE|TIME|AMOUNT|CUSTOMER|AGENT|LINK|URL HERE|ADDRESS|PRICE|TOTAL|CITY|REFERENCE)\b(?![\s,.!?'-]*[A-Z]{2})/g;
// A tweet's sign-off left as its slot: "^AGENT", "^INITIALS" (real ones are initials or a name: "^JR", "^Sian").
const SIGN_OFF = /\^([A-Z]{2,}(?:_[A-Z]+)*)\b/g;
// A placeholder the reply talks about rather than leaves: "type {{first_name}} where…", "for example [date]", in quotes,
// or a setting's name the reply tells them to create ("a variable called DATABASE_URL", "set SMTP_HOST").
const MENTIONED_AFTER = /(?:\b(?:type|typing|enter|entering|insert|inserting|paste|write|change|replace|swap|rename|edit|such as|like|tags|example|e\.g\.|eg|field|tag|token|variable|placeholder|named|called|set|secret|setting|parameter|header)|[`"'“‘])\s*[:,]?\s*\$?$/i;
// A template's field the reply tells them to use: "Use {{first_name}} in your template" (a "[tracking link]" after "use"
// is still a blank).
const TEMPLATE_FIELD = /^\{\{/;
// A placeholder the reply says is replaced is talked about: "'Hi {first_name}' becomes 'Hi Maya'".
const SWAPPED_AFTER = /^['"’”]?\s*(?:becomes|turns into|(?:is|gets|are|get) (?:replaced|swapped|filled))\b/i;
const TEMPLATE_VERB = /\b(?:use|add|include|put|like)\s*$/i;
// One word in square brackets that says how, not what: "bring gloves [essential]", "write it on the box [outside]".
const NOTE_WORDS = new Set(['essential', 'optional', 'required', 'recommended', 'outside', 'inside', 'included', 'free', 'mandatory', 'compulsory', 'important', 'urgent', 'stable', 'latest', 'window', 'aisle', 'middle']);
// A slot's name in capitals joined by underscores: "ORDER_NUMBER", "DATABASE_URL".
const UNDERSCORED = /\b[A-Z]{2,}(?:_[A-Z0-9]+)+\b/g;
// Square brackets round a clause about someone are an aside, not a slot: "Stefan [he speaks German]", "reception [they
// close at nine]", and so is an alternative ("[or your booking email]"). A slot names what goes there and never opens
// with "he" or "they" ("IT" is a department, not "it"), nor with "or the|your" ("[or credit amount]" may be a blank).
const ASIDE = /^(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t|[Yy]ou|[Tt]here|(?:[Oo]r|[Aa]nd)\s+(?:your|the|a|an|any))\s+[a-z]/;
// A condition or a clause in square brackets is a note to the reader ("[while stocks last]", "[any box is fine]"); a
// blank names what goes there, or asks or orders it ("[what is damaged]", "[explain why this was late]", "[part that is
// missing]").
const CONDITION = /^(?:while|whilst|until|till|if|unless|when|as|since|because|depending|excluding|including|except)\b/i;
const CLAUSE = /^(?!(?:what|which|who|whom|whose|when|where|why|how|explain|describe|add|list|insert|enter|state|give|write|name)\b)(?!.*\b(?:that|which)\b).*\b(?:is|are|was|were|will|can|does|do)\b/i;
// A tag or heading in square brackets: "[Update] The X5 is back", "[Priority]" ("[Customer]" is a blank; "[Urgent]" is
// among NOTE_WORDS).
const TAGS = new Set(['update', 'updated', 'priority', 'beta', 'new', 'resolved', 'solved', 'closed', 'pending', 'info', 'fyi', 'notice', 'alert', 'reminder', 'announcement']);
// A bracketed word the reply names as a thing on screen is a label, not a blank: "the [Beta] tag", "the [New] badge".
const LABEL_AFTER = /^\s*(?:tag|label|badge|button|icon|tab|menu|option|banner|heading|marker|flag|status|sticker|prefix|chip|pill|toggle|filter|bit|field|placeholder|variable)s?\b/i;
// A key written in square brackets is the key to press, not a blank: "press [Enter]", "[Ctrl] + [C]".
const KEY_NAMES = new Set(['enter', 'return', 'esc', 'escape', 'tab', 'shift', 'ctrl', 'control', 'alt', 'cmd', 'command', 'space', 'spacebar', 'backspace']);
// Capitalised words in square brackets that the reply says are pressed, shown or opened, or that a menu path leads to,
// are a screen's label: "click [Add account]", "tagged [Beta]", "go to [Settings] > [Bank accounts]". Lower-case ones
// stay blanks ("click [link]", "select [courier]"); a button's words count even with a slot's word among them.
const PRESS_BEFORE = /\b(?:press|click|tap|hit)\s*$/i;
const LABEL_BEFORE_SQUARE = /(?:\b(?:select|choose|tagged|labell?ed|marked|titled|badged|go to)|>|›|→)\s*$/i;
const BUTTON_LIKE = /^[A-Z][a-z]+(?: [a-z]+)+$/;
const CAPITALISED = /^[A-Z]/;
// An item of a menu path: "[Settings] > [Bank accounts]".
const MENU_NEXT = /^\s*(?:>|›|→)/;


/**
 * The blanks left in a draft. `slots`: the blanks the lessons in use write (slots.ts), each a blank in square brackets
 * whatever the rules below would read it as ("[when]" is no condition there, "[second step]" no note on the word
 * before it); still not where the reply talks about it ("type [date] where…").
 */
export function placeholders(text: string, slots: ReadonlySet<string> = NO_SLOTS): Span[] {
  const spans: Span[] = [];
  // Blanks that the reply may instead be talking about, in draft order, each with its name.
  // `code`: capitals joined by underscores that name no slot, never a blank themselves.
  const named: Array<{ at: number; end: number; name: string; code?: boolean }> = [];
  // Read only when a candidate asks: quotes are a second pass over the draft.
  let quotesRead: QuoteIndex | null = null;
  const quotes = (): QuoteIndex => (quotesRead ??= quoteIndex(/['‘"“]/.test(text) ? quoted(text) : []));
  const inQuotes = (start: number, end: number) => quotes().inside(start, end);
  const lessonSlot = new Set<number>();
  if (slots.size && text.includes('[')) {
    for (const m of text.matchAll(LESSON_BLANK)) {
      const name = slotKey(m[1] ?? '');
      // A lesson's blank's words that the reply shows otherwise: a link's text, a label or key on screen, our own words
      // quoted ("'Your [delivery method] is booked'").
      if (!slots.has(name) || squareNotABlank(text, m.index, m.index + m[0].length, m[1] ?? '') || inQuotes(m.index, m.index + m[0].length)) continue;
      lessonSlot.add(m.index);
      named.push({ at: m.index, end: m.index + m[0].length, name });
    }
  }
  for (const m of text.matchAll(BRACKETED)) {
    const [whole, open = '', inside = '', close = ''] = m;
    if (CLOSER[open] !== close || lessonSlot.has(m.index) || ASIDE.test(inside)) continue;
    const words = inside.toLowerCase().split(/[\s_./-]+/).filter(Boolean);
    // Square brackets round a few plain words are a template's blank ("[what they lost]"), unless an editor's note;
    // braces, angle brackets and percent signs need a slot's name or capitals ("{name}", "<tracking link>", "%DATE%").
    // A date in brackets is filled in, not a blank: "[end of May]", "[by Friday]".
    // Capitals joined by a hyphen, slash or dot are a code, not a slot's name ("[LGW-MAD]", "[A/B]"), unless a slot word
    // is among them ("[FIRST-NAME]").
    const slotWord = words.some((w) => SLOT_WORDS.has(w));
    // Plain words that go on to a name are filled in, a note to the reader: "[opposite the Red Lion]" ("[insert Customer
    // Name]" names a slot, and stays a blank).
    const withName = /^[a-z]/.test(inside) && /\s[A-Z]/.test(inside) && !slotWord;
    // An acronym then plain words is a note ("[SIM only]", "[BSL interpreted]"), not a slot's name ("[SHOP]" may be).
    const acronymFirst = /^[A-Z]{2,5} [a-z]/.test(inside) && !slotWord;
    // A past participle says what is so, a note to the reader ("[included in your fare]", "[BSL interpreted]"); a blank
    // names what goes there, or asks it ("[what was damaged]").
    const participle = words.findIndex((w) => /^[a-z]{3,}ed$/.test(w));
    const note =
      participle >= 0 &&
      !words.some((w) => /^(?:what|which|who|whom|whose|when|where|why|how)$/.test(w)) &&
      (!slotWord || /^(?:in|with|at|on|for|by|from|to)$/.test(words[participle + 1] ?? ''));
    const blank = open === '[' && /^[a-z ]+$/i.test(inside) && !EDITORIAL.has(inside.toLowerCase()) && !FILLED_IN.test(inside) && !withName;
    const code = /[A-Z0-9][-/.][A-Z0-9]/.test(inside) && !slotWord;
    // Braces round an identifier are a template's variable whatever its name ("{{member.firstname}}", "{street}").
    const variable = (open === '{{' || open === '{') && /^[a-z][a-z0-9_.]*$/i.test(inside);
    const slot = blank || (inside === inside.toUpperCase() && !code) || inside.includes('_') || slotWord || variable;
    // Digits are a value filled in ("[ref 88213]", "{code 0x80F1}") or a code ("[P2]"); a blank has at most a slot's
    // single-digit index beside its name ("[ADDRESS LINE 1]", "{{line_2}}").
    const numbered = /\d/.test(inside) && !(words.every((w) => !/\d/.test(w) || /^[1-9]$/.test(w)) && (slotWord || inside.includes('_')));
    // Square brackets that hold no blank, whatever their words: a note (above), a markdown link's text ("[here](https://…)"),
    // one word that says how ("[essential]") or names a key ("[Enter]"), a label the reply says is shown or pressed
    // ("tagged [Beta]"), or the quoted writer's words ("'To Nan [always in our hearts]'") unless a slot's name.
    const squareNote =
      open === '[' &&
      (note ||
        acronymFirst ||
        text[m.index + whole.length] === '(' ||
        (words.length === 1 && (NOTE_WORDS.has(words[0] ?? '') || KEY_NAMES.has(words[0] ?? '') || TAGS.has(words[0] ?? ''))) ||
        (!slotWord && (CONDITION.test(inside) || CLAUSE.test(inside))) ||
        (CAPITALISED.test(inside) && screenLabel(text, m.index, m.index + whole.length, slotWord, BUTTON_LIKE.test(inside))) ||
        (!slotWord && inQuotes(m.index, m.index + whole.length)) ||
        (!slotWord && words.length >= 2 && !words.includes('or') && !ASKS.test(inside) && annotates(text, m.index)) ||
        // Two or three capitals right after a number or a date tag it: "Wed 22 May [AM]", "Patch 2.4.1 [PC]". After a
        // word they may be a template's short slot ("your order [ORD]"); "[TBC]" still waits for its detail.
        (!slotWord && /^[A-Z]{2,3}$/.test(inside) && !UNSETTLED.test(inside) && TAGGED_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))));
    if (words.length > 5 || !slot || numbered || squareNote || LABEL_AFTER.test(text.slice(m.index + whole.length, m.index + whole.length + 12))) continue;
    named.push({ at: m.index, end: m.index + whole.length, name: inside.toLowerCase() });
  }
  // A blank only where a part names a slot ("ORDER_NUMBER", "DATABASE_URL"): "SPRING_SALE" is a code to type, a
  // username a name ("BENNYBOY_88"); either may still be talked about, which makes its later uses examples.
  for (const m of text.matchAll(UNDERSCORED)) {
    const name = m[0].toLowerCase();
    named.push({ at: m.index, end: m.index + m[0].length, name, code: !name.split('_').some((w) => SLOT_WORDS.has(w)) });
  }
  // Once the reply has talked about a placeholder, its later uses are examples too ("Hi {{first_name}}, …"), and a
  // setting it named is that setting wherever it appears again ("reference it as ${DATABASE_URL}").
  // A placeholder the same sentence goes on to list beside one it talked about, in the same brackets, is talked about
  // too ("type {employee_name} for the name, and {pay_period} for the dates"); "… and refund [amount]" is a blank.
  const mentioned = new Set<string>();
  let talkedAbout: { end: number; open: string } | null = null;
  for (const { at, end, name, code } of named.sort((a, b) => a.at - b.at)) {
    const before = text.slice(Math.max(0, at - 40), at).split('\n').pop() ?? '';
    const listed = talkedAbout !== null && text[at] === talkedAbout.open && at - talkedAbout.end < 120 && !/[.!?\n]/.test(text.slice(talkedAbout.end, at));
    if (listed) continue;
    if (mentioned.has(name) || MENTIONED_AFTER.test(before) || (TEMPLATE_FIELD.test(text.slice(at, end)) && TEMPLATE_VERB.test(before)) || quotedExample(text, quotes(), at) || SWAPPED_AFTER.test(text.slice(end, end + 30))) {
      mentioned.add(name);
      talkedAbout = { end, open: text[at] ?? '' };
    } else if (!code) spans.push([at, end]);
  }
  // A gap in quotation marks is a format or a title the reply talks about ("format: 'DD/MM/YYYY'"), not one it leaves.
  for (const re of BARE) for (const m of text.matchAll(re)) if (!inQuotes(m.index, m.index + m[0].length)) spans.push([m.index, m.index + m[0].length]);
  // Xs inside a quotation are a quoted title's ("the 'Legion XX' banner"), not a number to fill in.
  for (const m of text.matchAll(XS)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (!masksANumber(text, start, end) && !inQuotes(start, end)) spans.push([start, end]);
  }
  for (const m of text.matchAll(BARE_SLOT)) spans.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(SIGN_OFF)) {
    const slot = (m[1] ?? '').toLowerCase();
    // Two letters sign as initials ("^DD"), even where they spell a date format's slot.
    if (slot === 'initials' || slot.split('_').some((w) => SLOT_WORDS.has(w) && w.length > 2)) spans.push([m.index, m.index + m[0].length]);
  }
  return merged(spans);
}

/**
 * Square brackets whose words, whatever they are, the text shows to be no blank: a markdown link's text ("[the
 * policy](https://…)"), a label the text says is shown, pressed or a menu's ("the [Date] field", "go to [Settings] >
 * [Security]", "press [Reset password]"), or a key ("[Enter]"). Read for a lesson's own blanks, in drafts and in the
 * phrases that write them (slots.ts: a pack's "[Settings]" is a label, not a blank of its).
 */
export function squareNotABlank(text: string, at: number, end: number, inside: string): boolean {
  if (text[end] === '(' || LABEL_AFTER.test(text.slice(end, end + 12)) || KEY_NAMES.has(inside.trim().toLowerCase())) return true;
  return CAPITALISED.test(inside) && screenLabel(text, at, end, false, BUTTON_LIKE.test(inside));
}

/**
 * Whether the capitalised words in square brackets at text[at, end) are a screen's label: pressed ("click [Save]"),
 * shown or opened ("tagged [Beta]", "go to [Settings]") or an item of a menu path ("[Settings] > [Bank accounts]"). Words
 * with a slot's name among them count only when pressed and written like a button ("click [Add account]").
 */
function screenLabel(text: string, at: number, end: number, slotWord: boolean, buttonLike: boolean): boolean {
  const before = text.slice(Math.max(0, at - 16), at);
  if (PRESS_BEFORE.test(before)) return !slotWord || buttonLike;
  return !slotWord && (LABEL_BEFORE_SQUARE.test(before) || MENU_NEXT.test(text.slice(end, end + 4)));
}

/** Whether the code round text[start, end) holds a digit: "XX-XX-41", "****1234", "XXXX 5521". */
function masksANumber(text: string, start: number, end: number): boolean {
  let from = start;
  let to = end;
  while (from > 0 && CODE_CHAR.test(text[from - 1] ?? '')) from--;
  while (to < text.length && CODE_CHAR.test(text[to] ?? '')) to++;
  if (/\d/.test(text.slice(from, to))) return true;
  // "XXXX XXXX 5521": a run of groups separated by spaces.
  return /^[ ]?(?:[Xx*]{2,}[ ])*\d{2,}/.test(text.slice(to, to + 20));
}

// A bracket that asks or instructs, or offers a choice, is a blank wherever it stands: "[what they lost]", "[explain
// why it was late]", "[morning or afternoon]".
const ASKS = /^(?:what|which|who|whom|whose|when|where|why|how|explain|insert|add|describe|state|list|include|enter|give|name|mention|summari[sz]e)\b/i;
// Words after which a bracket holds what the sentence still needs, a blank ("to [shop name]", "your [what they lost]").
const TAKES_A_BLANK = new Set(
  ('a an the your our my his her their its this that these those to on at by for from in into under with of about per via ' +
    'is are was were be been as and or than until till before after between within around over dear hi hello hey ' +
    'ending regarding called named select enter type use visit call ring contact email see choose pick insert add ' +
    // A time word waits for its detail: "on Tuesday [morning or afternoon]", "soon [days it takes]".
    'soon today tomorrow tonight later monday tuesday wednesday thursday friday saturday sunday').split(' '),
);

/**
 * Whether the bracket at text[at] stands right after a word that completes its sentence, so that it comments on it:
 * "8-9am [weather permitting]", "at Kings Cross [Pancras Square side]", "to your workspace [Admin role]".
 */
function annotates(text: string, at: number): boolean {
  const before = /([\p{L}\p{N}][\p{L}\p{N}'’-]*)[ \t]+$/u.exec(text.slice(Math.max(0, at - 40), at));
  return !!before && !TAKES_A_BLANK.has(before[1]!.toLowerCase());
}

/** Whether text[at] stands in a quotation given as an example: 'for example: "Hi {client_name}, …"'. */
function quotedExample(text: string, quotes: QuoteIndex, at: number): boolean {
  const quote = quotes.around(at);
  return !!quote && /\b(?:example|e\.g\.|eg|such as|like|template)\s*:?\s*$/i.test(text.slice(Math.max(0, quote[0] - 30), quote[0]));
}

function merged(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans.sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && s[0] < last[1]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}
