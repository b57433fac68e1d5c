// The side panel (Chrome's side_panel, Firefox's sidebar_action): the guidance for the ticket in the active tab,
// beside the desk instead of over it. It renders what the tab's content script read and the background ranked.
import { h, render } from 'preact';
import browser from '../src/browser';
import type { CoachState, Message } from '../src/messages';
import { isSilence, type Silence } from '../src/silent-tab';
import { Panel, type KeptHelpful } from './cards';
import { CoachFollower } from './coach-follower';
import { connectCoach } from './coach-port';
import { followActiveTab, type FollowedTab } from './follow-tab';
import { firstControl, keyboardIsFree } from './focus';
import { copyText } from './phrase-row';
import { onFeedbackReset, setTicketLessonHelpful, ticketHelpfulLessons } from '../src/settings/light';
import type { PanelActions } from './types';
import { followThemeChoice, isThemeChoice, type ThemeChoice } from '../src/theme-choice';

const root = document.getElementById('root')!;
let followed: FollowedTab = { tabId: undefined, view: undefined, page: 0 };
/**
 * Why nothing answers in the followed tab, as the background said it, and for which page: drawn only while that page
 * stays silent, so one tab's or one page's reason ("off on this site") never stands for the next one's while the
 * background answers for it, and the same page asked again keeps its reason on show until the answer differs.
 */
let silence: { page: number; why: Silence } | null = null;
/** Questions asked of askSilence, one each time the followed tab is silent: only the latest's answer is drawn. */
let silenceAsked = 0;
let checklist: CoachState | null = null;
const coach = new CoachFollower(connectCoach, (state) => {
  checklist = state;
  paint();
});

/** Whether the tab has left the page whose view `shown` is: loading another, at another address, or gone. */
async function hasMovedOn(shown: FollowedTab): Promise<boolean> {
  if (shown.tabId === undefined) return true;
  const tab = await browser.tabs.get(shown.tabId).catch(() => undefined);
  return !tab || tab.status === 'loading' || tab.url === undefined || tab.url !== shown.address;
}

function send(message: Message): Promise<unknown> {
  return followed.tabId === undefined ? Promise.resolve(undefined) : browser.tabs.sendMessage(followed.tabId, message, { frameId: 0 });
}

/**
 * Whether the tab shows another ticket than the view `shown`: its page says it is no longer on that ticket at the
 * address it read it at (a single-page desk moved on: asked, since the address a view was sent from is the one its
 * script started at; content/main.ts), or, where no page answers, the tab is at another address (the next ticket
 * loading while the panel holds the last one's view, follow-tab.ts). Where no page answers at the same address, or at
 * one the browser does not name, the panel cannot tell: the ticket shown stands.
 */
async function showsAnotherTicket(shown: FollowedTab): Promise<boolean> {
  if (shown.tabId === undefined) return false;
  const ticket = shown.view?.ticket?.identity;
  const asked: Message = { type: 'extra-mile:shows-ticket', ...(ticket !== undefined ? { ticket } : {}) };
  const same: unknown = await browser.tabs.sendMessage(shown.tabId, asked, { frameId: 0 }).catch(() => undefined);
  if (typeof same === 'boolean') return !same;
  if (shown.address === undefined) return false;
  const tab = await browser.tabs.get(shown.tabId).catch(() => undefined);
  return tab?.url !== undefined && tab.url !== shown.address;
}

const actions: PanelActions = {
  async onCopy(phrase) {
    // A phrase filled for the last ticket's customer is not put on the clipboard to be pasted into the next one's reply.
    if (await showsAnotherTicket(followed)) return 'moved-on';
    return copyText(phrase);
  },
  async onInsert(phrase) {
    const shown = followed;
    const ticket = shown.view?.ticket?.identity;
    try {
      const answer = await send({ type: 'extra-mile:insert', phrase, ...(ticket !== undefined ? { ticket } : {}) });
      // Refused (no editor), and the panel follows another tab now: the row's Copy instead would be judged against
      // that tab's ticket, and copy this customer's phrase unseen (a review, 2026-12-05). Nothing is copied.
      if (answer !== true && followed.tabId !== shown.tabId) return 'moved-on';
      return answer === 'moved-on' ? answer : answer === true;
    } catch (error) {
      // No page answers: the tab is loading the next ticket, while the last one's view stays on show (follow-tab.ts),
      // and a phrase for that ticket (its customer's name in it) is not copied for this one's reply. A page of the
      // same address whose script is gone is still the ticket shown: the phrase is copied there.
      if (followed.tabId !== shown.tabId || (await hasMovedOn(shown))) return 'moved-on';
      throw error;
    }
  },
  onFeedback(lessonId, verdict, undo = false) {
    void browser.runtime.sendMessage({ type: 'extra-mile:feedback', lessonId, verdict, ...(undo ? { undo } : {}) } satisfies Message).catch(() => undefined);
    const ticket = helpfulTicket();
    if (verdict === 'helpful' && ticket) void setTicketLessonHelpful(ticket.where, ticket.identity, lessonId, !undo).catch(() => undefined);
    if (verdict === 'not-relevant' && !undo) hideOnTicket(lessonId, true);
  },
  onUnhide(lessonId) {
    // A Not relevant undone weighs nothing against the lesson on other tickets either.
    actions.onFeedback(lessonId, 'not-relevant', true);
    hideOnTicket(lessonId, false);
  },
};

/**
 * Not relevant, or its Undo, on the ticket the panel shows: the tab applies it and has the background keep it. Where
 * no page answers (the next one is still loading while the panel shows the last), the background keeps it, and the
 * page reads it with its first ranking.
 */
function hideOnTicket(lessonId: string, hidden: boolean) {
  // The ticket the panel shows (the tab may have moved on, or be reloading).
  const view = followed.view;
  const ticket = view?.ticket?.identity;
  void send({ type: 'extra-mile:hide-lesson', lessonId, hidden, ...(ticket === undefined ? {} : { ticket }) }).catch(() => {
    // A sandboxed page's origin is "null": no site to keep it under.
    if (!view || ticket === undefined || view.origin === 'null') return;
    const keep: Message = { type: 'extra-mile:set-ticket-hidden', origin: view.origin, ticket, lessonId, hidden };
    void browser.runtime.sendMessage(keep).catch(() => undefined);
  });
}

/** Feedback resets seen: part of each ticket's key, so presses made here before a reset no longer count as pressed. */
let resets = 0;
onFeedbackReset(() => {
  resets++;
  paint();
}, new AbortController().signal);

/** Helpful is kept per ticket in the tab and on the site it was pressed on, for as long as the browser is open. */
function helpfulTicket(): { where: string; identity: string; key: string } | null {
  const { tabId, view } = followed;
  const identity = view?.ticket?.identity;
  if (tabId === undefined || !view || identity === undefined) return null;
  const where = `tab ${tabId} ${view.origin}`;
  return { where, identity, key: `${where}\n${identity}\n${resets}` };
}

/** The lessons kept as Helpful for the ticket shown, read once per ticket when it is first shown; presses made
 * after that live in the panel's own state, under the same key, and override this list. */
let pressed: KeptHelpful = { ticket: '', lessons: [] };

/** What is kept as Helpful for the ticket shown: read from storage the first time it is shown (drawn again then). */
function keptHelpful(): KeptHelpful {
  const ticket = helpfulTicket();
  if (!ticket) return { ticket: '', lessons: [] };
  if (pressed.ticket !== ticket.key) {
    pressed = { ticket: ticket.key, lessons: [] };
    void ticketHelpfulLessons(ticket.where, ticket.identity)
      .then((lessons) => {
        if (pressed.ticket !== ticket.key || !lessons.length) return; // the panel has moved on to another ticket
        pressed = { ...pressed, lessons };
        paint();
      })
      .catch(() => undefined);
  }
  return pressed;
}

/** Whether the last ticket's page was dark: under Auto, its look stays until the next tab or page answers. */
let lastPageDark = false;

function paint() {
  const { view = null } = followed;
  // Null: the tab has not answered yet, or the background has not said why it does not for this page of it (the same
  // tab's earlier page may have had another reason).
  const why = followed.view !== undefined && silence?.page === followed.page ? silence.why : null;
  if (view) lastPageDark = view.pageIsDark === true;
  // A review: a dark desk's panel went white between two of its tabs, and for a slow page's whole load.
  const look = !view && why === null && theme === 'auto' && lastPageDark ? 'dark' : theme;
  render(h(Panel, { view, silence: why, coach: checklist, helpful: keptHelpful(), theme: look, actions }), root);
}

/** The theme chosen, for what the panel shows where no ticket's view (which carries it) is drawn. */
let theme: ThemeChoice = 'auto';

/**
 * Chromium gives a panel it opens the keyboard (tests/e2e/shortcut-side-panel.test.ts presses the shortcut), but on the
 * body, from where Tab left the panel: once the first view with a control is drawn, the first control takes it, so
 * Enter and Tab act on the cards at once. A view with none (the ticket still being read, no ticket) leaves the chance
 * to the next one (since 2026-12-03; before, a panel opened while the ticket was read never took the keyboard).
 * Nothing is taken where the keyboard is elsewhere: Firefox opens its sidebar without it, and neither browser lets an
 * add-on move it there; the first view with a control uses the chance up either way, so a later ticket never takes
 * the keyboard from where the agent left it.
 */
let tookFocus = false;
function takeFocusOnOpen() {
  if (tookFocus) return;
  const control = firstControl(root);
  if (!control) return;
  tookFocus = true;
  if (keyboardIsFree()) control.focus();
}

/** Why nothing answers in the tab, asked of the background (which reads the site's settings and the policy). */
function askSilence(tabId: number | undefined): Promise<Silence> {
  if (tabId === undefined) return Promise.resolve('not-read');
  const ask: Message = { type: 'extra-mile:tab-silence', tabId };
  return browser.runtime.sendMessage(ask).then(
    (answer: unknown) => (isSilence(answer) ? answer : 'not-read'),
    () => 'not-read' as const,
  );
}

// Asked of the background, which reads the settings: the panel's bundle holds no preferences' reader.
const askTheme = (): Promise<ThemeChoice> =>
  browser.runtime.sendMessage({ type: 'extra-mile:theme' } satisfies Message).then((answer: unknown) => {
    // No answer (a background still starting): the theme shown stays, and nothing is remembered.
    if (!isThemeChoice(answer)) throw new Error('no theme');
    return answer;
  });
followThemeChoice((chosen) => {
  theme = chosen;
  paint();
}, askTheme, new AbortController().signal);
followActiveTab((tab) => {
  followed = tab;
  coach.follow(tab.tabId, Boolean(tab.view));
  const asked = ++silenceAsked;
  if (tab.view !== null) {
    // The page answers (or the tab has not yet): a reason said before is for a silence that has ended.
    silence = null;
    paint();
    // A tab just switched to (undefined) has shown nothing yet to take the keyboard.
    if (tab.view) takeFocusOnOpen();
    return;
  }
  // Nothing answers there: why (not a desk, switched off, or a desk page to reload) is read before the panel says it;
  // meanwhile the panel shows the reason it gave this same silent page, else its name alone, not the page the tab has
  // left.
  paint();
  void askSilence(tab.tabId).then((found) => {
    if (asked !== silenceAsked) return;
    silence = { page: tab.page, why: found };
    paint();
    takeFocusOnOpen();
  });
}, new AbortController().signal).catch((error: unknown) => {
  // The browser would not say which tab is active (no tab followed yet): say the panel reads nothing here, rather than
  // stay blank. A failure once a tab was followed is the panel's own, and is not hidden behind that.
  if (followed.tabId !== undefined || followed.view !== undefined) throw error;
  followed = { tabId: undefined, view: null, page: 0 };
  silence = { page: 0, why: 'not-read' };
  paint();
});
