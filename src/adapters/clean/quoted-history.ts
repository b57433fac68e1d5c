// Cuts the quoted history under (or round) a reply: everything from a reply header on, or a ">" quote.
import { QUOTED_LINE } from '../../text/quoted-line';
import { goesOnAsWords, isSentence, nextNonEmpty } from '../../text/sign-off';
import { isTagline } from './message-end';
import { ADDRESSES_ONLY, FORWARD_FIELD, FORWARD_LINE, FORWARDED_ONLY_FIELD, headerKind, MAIL_ADDRESS, OUTLOOK_FROM, OUTLOOK_SENT, OUTLOOK_SUBJECT } from './reply-headers';

/** Forwards within forwards read through, at most so deep: a page's lines cannot recurse the reader off its stack. */
export const MAX_FORWARDS = 4;

/**
 * A message round its quoted history: the writer's lines before it (or, where the reply is written under a ">" quote,
 * after it), and apart from them the answers they wrote between the quote's lines, which the caller cleans apart: a
 * sign-off above the quote would take them for the contact block under its name (a review, 2026-12-05).
 */
export interface AroundQuote {
  own: string[];
  answers: string[];
}
const ownOnly = (own: string[]): AroundQuote => ({ own, answers: [] });

/**
 * The message's own lines round its quoted history (AroundQuote). Blanks a "wrote" line that heads ">" lines in
 * `lines` itself: cleanMessage passes lines of its own. `forwardsLeft`: how many forwards deep a message that is only a
 * forward is read as the forwarded mail (none for an agent's draft: a draft forwarding a mail has no words of its own).
 */
export function cutQuotedHistory(lines: string[], forwardsLeft = MAX_FORWARDS): AroundQuote {
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (!line) continue;
    // A header may wrap onto the next line ("On Tue, … Name <a@b.example>" / "wrote:").
    const joined = `${line} ${(lines[i + 1] ?? '').trim()}`.trim();
    const kind = headerKind(line);
    if (kind === 'header') return above(lines, i, i + 1, forwardsLeft);
    // A forward's own line in another language ("Inizio messaggio inoltrato:") over the forward's fields; not where the
    // customer writes of such a line ("…compare la riga\nInizio messaggio inoltrato:\ne poi il testo sparisce", a review).
    if (FORWARD_LINE.test(line) && OUTLOOK_FROM.test(nextText(lines, i + 1))) return above(lines, i, i + 1, forwardsLeft);
    // Without a date, time or address such a line heads a quote only where ">" lines follow it: it goes with them, and
    // what comes after them stays (the customer may be quoting a colleague).
    if (kind === 'wrote' && QUOTED_LINE.test(nextText(lines, i + 1))) {
      lines[i] = '';
      continue;
    }
    // In other languages only round an address, where clients wrap: "Am Montag schrieb mir Ihr Kollege, dass" is not.
    // Polish opens with the date: a line with a time may wrap before its "napisał(a):".
    const wraps = /^On\b/i.test(line) || ((/^(?:Le|Am|El|Op|Em|Il|Den)\b/i.test(line) || /\d:\d\d/.test(line)) && MAIL_ADDRESS.test(joined));
    if (wraps && headerKind(joined) === 'header') return above(lines, i, i + 2, forwardsLeft);
    if (headerBlockAt(lines, i)) {
      // Drop the Outlook rule ("______") right above the header too, or a forward's line in any language
      // ("---------- Weitergeleitete Nachricht ---------").
      const start = i > 0 && /^(?:_{8,}|-{2,}[^-]{3,50}-{2,})$/.test((lines[i - 1] ?? '').trim()) ? i - 1 : i;
      if (start < i && readsAsForward(lines[start], forwardsLeft) && !ownTextAbove(lines, start)) return forwarded(lines, i, forwardsLeft);
      return ownOnly(lines.slice(0, start));
    }
  }
  return ownOnly(lines);
}

/**
 * Whether a mail client's header block starts at `i`: a "From:" line and, within the next four lines, a "Sent:" or
 * "Date:" line (Outlook), or the date first and the sender within four lines (GMX, web mail). The block also names a
 * mail address on its From line or has a Subject line, and its date is one: "Date: as soon as you can" under a typed
 * "From: old@… / To: new@…" is the customer's (a reading round, 2026-12-05).
 */
function headerBlockAt(lines: readonly string[], i: number): boolean {
  const line = (lines[i] ?? '').trim();
  const fromFirst = OUTLOOK_FROM.test(line);
  if (!fromFirst && !(OUTLOOK_SENT.test(line) && dated(line))) return false;
  // The block's next few lines, blank ones left out (some mail puts a paragraph round each field).
  const block = lines.slice(i + 1, i + 12).map((l) => l.trim()).filter(Boolean).slice(0, 5);
  const next = lines.slice(i + 1, i + 5);
  const from = fromFirst ? line : next.find((l) => OUTLOOK_FROM.test(l.trim()));
  if (from === undefined || (!MAIL_ADDRESS.test(from) && !block.some((l) => OUTLOOK_SUBJECT.test(l)))) return false;
  return !fromFirst || next.some((l) => OUTLOOK_SENT.test(l.trim()) && dated(l));
}

/**
 * A header's date: a digit within its value's first 25 characters ("Monday, May 4, 2026", "Montag, 04. Mai", "2026年"),
 * or no words going on ("Monday").
 */
const dated = (line: string): boolean => /^[^:：]*[:：]\s*[^\p{Nd}]{0,25}\p{Nd}/u.test(line.trim()) || !goesOnAsWords(line.trim().replace(/^[^:：]*[:：]/, ''));

/** The first line with text from `from` on, or "". */
function nextText(lines: string[], from: number): string {
  return lines[nextNonEmpty(lines, from)] ?? '';
}

/** A forward's own line, where forwards are still read through. */
function readsAsForward(line: string | undefined, forwardsLeft: number): boolean {
  return forwardsLeft > 0 && FORWARD_LINE.test((line ?? '').trim());
}

/**
 * The customer's lines round a reply header at `header` (its lines end before `after`): those above it, as most mail
 * answers above the quote; where nothing stands above, the reply was written under the quote ("On … wrote:", "> …"
 * lines, then the answer), and the lines after the quoted block are the customer's (a review found such a reply read as
 * empty).
 */
function above(lines: string[], header: number, after: number, forwardsLeft: number): AroundQuote {
  const forward = readsAsForward(lines[header], forwardsLeft);
  // Where forwards are no longer read (forwardsLeft 0: a draft, whose agent answers above the quote, or a forward read
  // as deep as it goes), the text stops at the quote.
  if (forward ? ownTextAbove(lines, header) : hasText(lines, header)) {
    // The customer's own earlier mail, forwarded under a note they signed ("…heard nothing, so here it is again.",
    // "Ola" over "From: Ola Berg <…>"): read too (a blind round, 2026-12-05, lost their whole complaint).
    // Cleaned apart from the note (as answers are): the note's sign-off would take the mail for its contact block.
    if (forward && forwardsOwnMail(lines, header, after)) return { own: lines.slice(0, header), answers: forwarded(lines, after, forwardsLeft).own };
    return { own: lines.slice(0, header), answers: forward || forwardsLeft === 0 ? [] : inlineAnswers(lines, after, saysBelow(lines, header)) };
  }
  if (forward) return forwarded(lines, after, forwardsLeft);
  let i = after;
  let marked = false;
  for (; i < lines.length && (!(lines[i] ?? '').trim() || QUOTED_LINE.test(lines[i] ?? '')); i++) marked ||= QUOTED_LINE.test(lines[i] ?? '');
  // Only a quote marked ">" ends where the answer starts; an unmarked one runs to the end (all of it quoted).
  return ownOnly(marked && i < lines.length ? lines.slice(i) : []);
}

/**
 * The writer's answers between the ">" lines of a quote that starts at `from` ("Answers below." above "On … wrote:",
 * then "> Which browser?", "Chrome 124", "> Only large files?", "Yes"): its lines that are not quoted, up to another
 * reply header. A line after a blank under a quoted line is an answer; one right under it is the quote wrapped without
 * its ">", unless it answers it there (answersRightUnder). Unless the writer said above that their answers are below
 * (`announced`), none is read without an answer between quoted lines: text only after the quote is a list's footer or
 * the quoted mail's own (a review, 2026-12-05). A reading round (2026-12-05) found such answers read as nothing.
 */
function inlineAnswers(lines: string[], from: number, announced: boolean): string[] {
  if (!QUOTED_LINE.test(nextText(lines, from))) return [];
  const answers: string[] = [];
  let under: 'quote' | 'gap' | 'answer' = 'quote';
  // The quoted line right above, while nothing came between.
  let quotedAbove: string | null = null;
  let answered = false;
  let between = false;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (QUOTED_LINE.test(line)) {
      between ||= answered;
      under = 'quote';
      quotedAbove = line;
      continue;
    }
    const rightUnder = quotedAbove;
    quotedAbove = null;
    if (!line.trim()) {
      if (under === 'quote') under = 'gap';
      answers.push(line);
    } else if (headerKind(line.trim()) !== null || headerBlockAt(lines, i)) {
      break;
    } else if (under !== 'quote' || (rightUnder !== null && answersRightUnder(rightUnder, line, announced))) {
      answers.push(line);
      under = 'answer';
      answered = true;
    }
  }
  return between || (announced && answered) ? answers : [];
}

/** A line that goes on with the one above it rather than starting anew. */
const STARTS_IN_LOWER_CASE = /^\s*\p{Ll}/u;
/** A question mark, full-width and Arabic ones too. */
const ASKS = /[?？؟]$/;
/**
 * The width mail clients rewrap quoted text to (Outlook's 76): a line whose first word would have fitted on the quoted
 * line above it within this is no wrap of it. A review (2026-12-05) found a quoted question of 64 characters read as
 * answered by the desk's own next words, "Unfortunately we cannot reproduce…", which would not have fitted.
 */
const WRAP_WIDTH = 76;

/**
 * Whether `line`, right under the quoted line `quoted` with no blank between, answers it ("> 1. How many sites?" over
 * "Three.", a reading round, 2026-12-05) rather than going on with it: under a question, a line that starts anew and
 * whose first word would have fitted on the quoted line (WRAP_WIDTH), so no client wrapped it there; under anything
 * else, none ("> It ships today." over "That is free." is one quote). Where the writer said their answers are below:
 * under a question any line ("chrome", or under a long question), and under a quoted sentence or a name ("> Lena") a
 * sentence that starts anew and would have fitted ("The printer still jams.", not the desk's own "Marta Silva", nor
 * "Monday 11 May." under a line that breaks off mid-sentence).
 */
function answersRightUnder(quoted: string, line: string, announced: boolean): boolean {
  const asked = quoted.replace(/^[\s>]+/, '').trimEnd();
  const anew = !STARTS_IN_LOWER_CASE.test(line) && quoted.trimEnd().length + 1 + (line.trim().split(/\s+/)[0] ?? '').length <= WRAP_WIDTH;
  if (ASKS.test(asked)) return announced || anew;
  const ended = /[.!:]$/.test(asked) || asked.length <= NAME_LINE_MAX;
  return announced && anew && ended && (isSentence(line) || goesOnAsWords(line));
}
/** A quoted line this short is a name or a sign-off ("> Lena"), not a sentence broken off. */
const NAME_LINE_MAX = 30;

/**
 * Whether the writer's last two lines above a reply header at `header` say their answers are below ("answers below",
 * "One thing left though, see below.", "siehe unten"): then what follows the quote is theirs, not the quoted mail's
 * (a reading round, 2026-12-05, found it read as nothing). Only where the words end a clause: "the checkout button
 * below the basket", "below 5 degrees", "der Button unten links" and "inline skates" are none (two reviews).
 */
function saysBelow(lines: readonly string[], header: number): boolean {
  const last = lines.slice(Math.max(0, header - 4), header).filter((line) => line.trim()).slice(-2);
  return last.some((line) => ANSWERS_BELOW.test(line));
}
const ANSWERS_BELOW =
  /\b(?:see|answers?|answered|replies|replied|responses?|comments?|notes?|marked|written)\b(?:\s+[\w'’]+){0,3}\s+(?:below|inline|underneath)\s*(?:[.:!,;)]|$)|\b(?:siehe unten|voir ci-dessous|réponses? ci-dessous|ver abajo|respuestas abajo|zie hieronder|vedi sotto|se nedan|odpowiedzi poniżej)\b|以下に(?:回答|返信|お答え)/i;

/** Whether any line before `end` has text. */
function hasText(lines: string[], end: number): boolean {
  return lines.slice(0, end).some((line) => line.trim());
}

/**
 * Whether the forward at `header` (its fields from `after`) is the customer's own mail: its From field names the one
 * who signed the note above it (the note's last line, a name of one or two words, the first of them the sender's
 * first), and no team ("Anna" over "Anna Schmidt, Acme Support", "Best" over "Best Buy Customer Care": a review).
 */
function forwardsOwnMail(lines: readonly string[], header: number, after: number): boolean {
  const signed = lines.slice(0, header).map((line) => line.trim()).filter((line) => line && !isTagline(line)).at(-1) ?? '';
  if (signed.length > 40 || !/^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?$/u.test(signed)) return false;
  const from = lines.slice(after, after + 8).map((line) => line.trim()).find((line) => line.length <= 300 && OUTLOOK_FROM.test(line));
  if (!from) return false;
  const sender = from.replace(/^[^:：]*[:：]\s*/, '').split(/[<\s,()"]+/).filter((word) => word && !word.includes('@')).map((word) => word.toLowerCase());
  const words = signed.toLowerCase().split(' ');
  if (sender[0] !== words[0] || !words.every((word) => sender.includes(word)) || sender.some((word) => TEAM_WORDS.has(word))) return false;
  // And the note says it is their own mail sent before ("I sent the complaint below…", "here it is again"): a first
  // name alone also matches a partner's, a landlord's or a shop's mail (a review, 2026-12-05).
  const note = lines.slice(Math.max(0, header - 12), header).join(' ');
  return OWN_MAIL_NOTE.test(note) && !/\b(?:no-?reply|notifications?|orders?|info|support|service)@/i.test(from);
}
const OWN_MAIL_NOTE =
  /\b(?:I|we) (?:already )?(?:sent|wrote|emailed|e-mailed|mailed|submitted)\b|\b(?:sent|wrote|emailed) (?:this|it|the (?:complaint|email|mail|message))\b(?! to me)|\bhere it is again\b|\bresend\w*\b|\bsending (?:it|this) again\b|\b(?:ich habe|j'ai|he|ho|heb|wysłałem|wysłałam)\b.{0,30}\b(?:geschickt|gesendet|geschrieben|envoyé|écrit|enviado|escrito|inviato|scritto|gestuurd|geschreven)\b/i;
const TEAM_WORDS = new Set(['support', 'service', 'services', 'team', 'care', 'help', 'helpdesk', 'desk', 'customer', 'customers', 'info', 'billing', 'sales', 'admin', 'noreply', 'no-reply', 'kundenservice', 'assistenza', 'atención', 'suporte', 'serviço']);

/**
 * Whether the writer wrote anything of their own above a forward's line at `end`: not a client's tagline ("Sent from
 * my iPhone" above "Begin forwarded message:") nor their own signature under "--" (a reading round, 2026-12-05: both
 * left the forward unread, and the message empty or only a phone number).
 */
function ownTextAbove(lines: string[], end: number): boolean {
  for (let i = 0; i < end; i++) {
    const line = (lines[i] ?? '').trim();
    if (/^--$/.test(line)) return false;
    if (line && !isTagline(line)) return true;
  }
  return false;
}

/**
 * A forward with nothing of the customer's own above it is what they sent to be read (a courier's notice, their own
 * earlier mail sent again): its body from `from` on, after its header block (the fields clients write there, a blank
 * line between them or a field's addresses wrapped onto a line of their own included), its own quoted history cut in
 * turn. A reply header with nothing above stays empty: it quotes the desk.
 */
function forwarded(lines: string[], from: number, forwardsLeft: number): AroundQuote {
  let i = from;
  let fields = 0;
  for (let j = nextNonEmpty(lines, i); j >= 0; j = nextNonEmpty(lines, i)) {
    const line = (lines[j] ?? '').trim();
    // Apple Mail's "Data:", "A:"… only right under another field: after a blank line they are the mail's own lines.
    const field = FORWARD_FIELD.test(line) || (fields > 0 && j === i && FORWARDED_ONLY_FIELD.test(line));
    if (!field && !(fields > 0 && j === i && ADDRESSES_ONLY.test(line))) break;
    fields++;
    i = j + 1;
  }
  return cutQuotedHistory(lines.slice(i), forwardsLeft - 1);
}
