// Messages between the extension's parts. Lessons and settings flow from the background to the tab; what flows
// back is the agent's own choices (feedback, the pointer's place), the ticket to rank (the background ranks it in
// memory and keeps nothing) and, for the popup, which desk and ticket are open. The reply coach's checklist goes from
// the tab to the side panel alone, on a port (COACH_PORT), never the draft. Ticket text never leaves the browser.
import type { Vocabulary } from './coach/pattern';
import type { Check } from './coach/schema';
import type { Lesson } from './lessons/schema';
import type { CleanedTexts } from './adapters/clean/cleaned-texts';
import type { Fallback } from './adapters/types';
import type { CustomSelectors, PointerPlace, Preferences } from './settings';
import type { Suggestion, TicketText } from './engine/types';

export type Message =
  /** content → background: everything the content script needs for this origin; `has`, the library revision the tab
   * holds, which is then not sent again. */
  | { type: 'extra-mile:get-context'; origin: string; desk: string; has?: string }
  /** content → background: rank this ticket (subject and the customer's messages, as the page shows them: the
   * background cleans them) without the `exclude` lessons; answered with RankReply. With `stored` (a ticket's first
   * ranking on the page), also without the lessons the background keeps as not relevant for that ticket, in the same
   * round trip. */
  | { type: 'extra-mile:rank'; ticket: TicketText; limit: number; exclude: string[]; stored?: { origin: string; ticket: string } }
  /** side panel → background: Helpful / Not relevant counted, or (`undo`) one taken back. */
  | { type: 'extra-mile:feedback'; lessonId: string; verdict: 'helpful' | 'not-relevant'; undo?: boolean }
  /** background → content: settings, packs or feedback changed somewhere; ask for the context again. */
  | { type: 'extra-mile:settings-changed' }
  /** options page → content: what would these selectors read here? Asked by the agent; the text goes to their own options page only. */
  | { type: 'extra-mile:try-selectors'; selectors: CustomSelectors }
  /** content → background and the side panel: what this tab shows now (ticket text travels only between our own contexts). */
  | { type: 'extra-mile:tab-view'; view: TabView }
  /** side panel and popup → content: what does this tab show? Answered with a TabView. */
  | { type: 'extra-mile:get-tab-view' }
  /** side panel → content: put this phrase into the reply editor; answered with an InsertAnswer. `ticket` is the
   * `identity` of the ticket the panel filled the phrase for (its customer's name): refused on any other ticket. */
  | { type: 'extra-mile:insert'; phrase: string; ticket?: string }
  /** side panel → content: is the page still on the ticket whose `identity` this is (the one the panel filled a phrase
   * for, to Copy), at the address it read it at? Answered true or false. */
  | { type: 'extra-mile:shows-ticket'; ticket?: string }
  /** side panel → content: the agent marked a lesson not relevant for the ticket the panel showed (hidden), or undid
   * it; `ticket` is that ticket's `identity`, so a click on a view the page has moved on from goes to its ticket. */
  | { type: 'extra-mile:hide-lesson'; lessonId: string; hidden: boolean; ticket?: string }
  /** content → background: the agent clicked the in-page pointer; open the side panel (within that click's gesture). */
  | { type: 'extra-mile:open-panel' }
  /** content → background: a side panel wants the reply coach's checklist and the editor has text, or Insert must find
   * where a rich editor's draft ends: inject the checks into this frame (REPLY_CHECKS_FILE); answered true once they
   * ran there. */
  | { type: 'extra-mile:load-reply-checks' }
  /** content → background: keep this lesson marked not relevant on this ticket (hidden), or take that back; applied to
   * what the background keeps for the ticket (under a hash of `ticket`). */
  | { type: 'extra-mile:set-ticket-hidden'; origin: string; ticket: string; lessonId: string; hidden: boolean }
  /** content → background: the agent moved the pointer on this site (fractions of the window), or `null` to forget it. */
  | { type: 'extra-mile:set-pointer-place'; origin: string; place: PointerPlace | null }
  /** side panel → background: why nothing answers in this tab (a Silence, src/tab-silence.ts), said as the popup says it. */
  | { type: 'extra-mile:tab-silence'; tabId: number }
  /** side panel → background: the theme chosen (the preferences, read where the settings' code is: src/theme-choice.ts). */
  | { type: 'extra-mile:theme' };

/**
 * The tab's answer to extra-mile:insert: true, put in; false, no reply editor to put it in (the panel copies it
 * instead); 'moved-on', refused because the page shows another ticket than the one it was filled for (or is loading
 * one): the panel copies nothing, since the phrase names the last ticket's customer (since 2026-12-03; before, false).
 */
export type InsertAnswer = boolean | 'moved-on';

/** What a tab's content script shows: `no-ticket` where there is none to read; `off` where the agent switched Extra Mile off. */
export type TabState = 'reading' | 'ready' | 'empty' | 'no-ticket' | 'off';

/** Plain data for the side panel and the in-page pointer: the ticket as read and the lessons ranked for it. */
export interface TabView {
  state: TabState;
  /** The page's origin: choices kept per ticket of a site (Not relevant) are kept under it. */
  origin: string;
  /** The desk recognised; `generic` when the generic reader read the page (no desk known, or a desk's fallback). */
  desk: { id: string; label: string; generic: boolean };
  /** The desk was recognised but its layout was not: the generic reader read the ticket, and why (no ticket text). */
  fallback?: Fallback;
  /** The desk folded older messages away (not read). */
  olderHidden?: boolean;
  /** The ticket does not read as English, so nothing is suggested. */
  notEnglish?: true;
  ticket?: {
    id: string | null;
    /** Which ticket this is for choices kept per ticket (Not relevant): its id, or its subject and the opening of its
     * first message as the page shows it (content/ticket-watcher.ts identityOf). */
    identity: string;
    subject: string;
    customerMessages: number;
    /** The customer's first name where the desk shows who wrote (fills [name] in phrases). */
    customerName?: string;
    text: TicketText;
  };
  /** Ranked for the ticket, top first, without the lessons in `hidden`. */
  suggestions: Suggestion[];
  /** Lessons the agent marked not relevant for this ticket, newest last (for Undo). */
  hidden: Array<{ id: string; title: string }>;
  /** A reply editor is on the page, so Insert can work. */
  canInsert: boolean;
  /** The desk's page is dark (the panel follows it when its theme is auto). */
  pageIsDark: boolean;
  theme: 'auto' | 'light' | 'dark';
  /** Why Extra Mile's element is no longer on the page: the page kept removing it, so it was left out. */
  stopped?: 'page-removed';
}

/** The reply coach's checklist, as the tab's content script sends it to the side panel (port COACH_PORT). */
export interface CoachState {
  /** The agent's preference: off, the panel shows no checklist. */
  enabled: boolean;
  /** The reply editor holds no words of the agent's yet (or there is no editor, or it holds a note). */
  empty: boolean;
  /** The desk's editor is set to write an internal note to colleagues: not checked (there are no lines). */
  note?: boolean;
  /** The editor holds words, and the checks' code is on its way into the tab (content/reply-checks.ts): no lines yet. */
  loading?: boolean;
  /** The editor holds words, and the tab was refused the checks' code; it asks again less and less often. No lines. */
  loadFailed?: boolean;
  lines: CoachLine[];
}

/** One check on the draft: never the draft itself, only what the checklist shows. */
export interface CoachLine {
  id: string;
  ok: boolean;
  /** What the reply does: "says when they'll hear back", or what breaks it: "sends them elsewhere". */
  message: string;
  /** For a broken check: the draft's words that broke it, clipped short. */
  evidence?: string;
  /** For a broken check: the lesson's better phrase. */
  phrase?: string;
  /** For a broken check: the blanks left in a better phrase the draft already holds ("[time]"), to fill in. */
  fill?: string[];
}

/** The name of the port the side panel opens to the tab for the reply coach's checklist (tabs.connect). */
export const COACH_PORT = 'extra-mile:coach';

/** The reply coach's checks, a file the background injects into a tab's frame when its coach or Insert first needs
 * them (content/reply-checks.ts), and the name under which they leave their one object on the content script's global. */
export const REPLY_CHECKS_FILE = 'reply-checks.js';
export const REPLY_CHECKS_GLOBAL = 'extraMileReplyChecks';

/** What a desk page needs of a lesson: its title (beside a hidden lesson's Undo) and its phrases (the reply coach's
 * better wording). A tenth of a lesson's size; a large pack's lessons are no longer copied into every desk tab. */
export type LessonInPage = Pick<Lesson, 'id' | 'title' | 'phrases'>;

export interface LibraryInPage {
  /** Only what the page uses of each lesson; cues, sources and the rest stay in the background. */
  lessons: LessonInPage[];
  /** The reply checks in use: the bundled ones, then the enabled packs' (coach/checks-in-use.ts checksWith). */
  checks: Check[];
  /** The word classes and pattern sets the checks' patterns name (coach/vocabulary.json), sent like the checks so the
   * content script does not carry them. */
  vocabulary: Vocabulary;
}

export interface ContentContextReply {
  /** False when the agent (or the organisation) switched Extra Mile off on this site. */
  enabled: boolean;
  /** A digest of the library in use (lessons, checks, vocabulary): the tab compares it, not the half a megabyte it
   * stands for, to tell a changed library from an unchanged one. */
  revision: string;
  /** What the page uses of the library; left out when the tab said it holds this revision (`has`). */
  library?: LibraryInPage;
  preferences: Preferences;
  /** The agent's own selectors for this site, sent only where no adapter knows the desk. */
  selectors?: CustomSelectors;
  /** Where the agent moved the in-page pointer on this site, if they did. */
  pointer?: PointerPlace;
  /** Set where a click in the page cannot open the side panel (Firefox): the keys that can, '' where none are set. */
  panelKeys?: string;
}

export interface RankReply {
  suggestions: Suggestion[];
  /** What each message sent was cleaned to (the suggestions are for those texts, the empty ones left out). */
  cleaned: CleanedTexts;
  /** When asked (`stored`): the lessons kept as not relevant for the ticket, left out of `suggestions`. */
  storedHidden?: string[];
  /** The ticket does not read as English: no suggestion is made. */
  notEnglish?: true;
}

export interface TrySelectorsReply {
  subject: string;
  /** As the page shows them; the options page cleans them as the background does. */
  messages: string[];
  editorFound: boolean;
}

const TYPES = new Set<Message['type']>([
  'extra-mile:get-context',
  'extra-mile:rank',
  'extra-mile:feedback',
  'extra-mile:settings-changed',
  'extra-mile:try-selectors',
  'extra-mile:tab-view',
  'extra-mile:get-tab-view',
  'extra-mile:insert',
  'extra-mile:shows-ticket',
  'extra-mile:hide-lesson',
  'extra-mile:open-panel',
  'extra-mile:load-reply-checks',
  'extra-mile:set-ticket-hidden',
  'extra-mile:set-pointer-place',
  'extra-mile:tab-silence',
  'extra-mile:theme',
]);

export function isMessage(value: unknown): value is Message {
  const type = (value as { type?: unknown } | null)?.type;
  return typeof type === 'string' && TYPES.has(type as Message['type']);
}
