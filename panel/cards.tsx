// The side panel's Preact components. Every ticket and lesson string is a text child, never markup, in an element of
// its own with dir="auto", so right-to-left text reads right to left and its bidi controls stay inside it.
// A card is compact: topic, title, one line of gist and the best phrase with Insert; the rest unfolds on demand.
import { Fragment } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useBriefly } from './briefly';
import { t } from '../src/i18n';
import type { Evidence, Suggestion, TicketText } from '../src/engine/types';
import { topicName } from '../src/topics';
import { excerptGroups } from './excerpt';
import { clip } from '../src/clip';
import { fillPhrase, type KnownValues } from './phrases';
import { PhraseRow, type MovedOn, type PhraseActions } from './phrase-row';
import { sourceLine } from './source-line';
import { Checklist, COACH_HEADING } from './checklist';
import { ReadingNotes } from './reading-notes';
import type { CoachState } from '../src/messages';
import type { Silence } from '../src/silent-tab';
import { firstControl, keyboardIsFree } from './focus';
import type { PanelActions, PanelView } from './types';
import type { ThemeChoice } from '../src/theme-choice';

const MAX_WHY = 3;
/** What the panel says of a tab where nothing answers, by why: its heading and its hint. */
const SILENT = {
  reload: ['panelReload', 'panelReloadHint'],
  off: ['panelOff', 'panelOffHint'],
  'not-read': ['panelNotReading', 'panelNotReadingHint'],
  'no-access': ['panelNoAccess', 'panelNoAccessHint'],
  loading: ['panelLoading', 'panelLoadingHint'],
  'maybe-no-access': ['panelNotReading', 'panelMaybeNoAccessHint'],
} as const satisfies Record<Silence, readonly [string, string]>;


/** Helpful as kept for the ticket shown: `ticket` names where it is kept (the panel's presses are remembered under
 * the same name, so Helpful on one ticket is not pressed on the next), `lessons` those pressed there before. */
export interface KeptHelpful {
  ticket: string;
  lessons: readonly string[];
}

/** A ticket or chat without a subject (Chatwoot's, HubSpot's inbox chats): named by its customer's first name where the
 * desk shows one, else said to have none; the bare product name is what the panel shows between tabs. */
function untitled(customerName: string | undefined): string {
  const name = customerName?.trim();
  return name ? t('conversationWith', name) : t('noSubject');
}

/**
 * `helpful`: the lessons kept as Helpful for the view's ticket (a panel opened again shows them pressed, so a press
 * there takes the count back instead of counting twice). A press made in this panel overrides it from then on.
 */
export function Panel({
  view,
  silence = 'not-read',
  coach = null,
  helpful = { ticket: view?.ticket?.identity ?? '', lessons: [] },
  theme: chosenTheme = 'auto',
  actions,
}: {
  view: PanelView;
  /** Where the view is null (nothing answers in the tab): why, decided by silenceOf; null while not known yet. */
  silence?: Silence | null;
  coach?: CoachState | null;
  helpful?: KeptHelpful;
  /** The theme chosen, where no view (which carries it) is drawn: Dark stayed white there (before 2026-12-03). */
  theme?: ThemeChoice;
  actions: PanelActions;
}) {
  // An Insert or Copy answered "moved on" after its row left with its ticket: said here for a while, at the foot.
  const [unseen, setUnseen] = useBriefly<MovedOn>(4000);
  const rowActions: PanelActions & PhraseActions = { ...actions, onUnseen: setUnseen };
  const [pressedHere, setPressedHere] = useState<ReadonlyMap<string, boolean>>(() => new Map());
  const keyOf = (lessonId: string) => `${helpful.ticket}\n${lessonId}`;
  const isHelpful = (lessonId: string) => pressedHere.get(keyOf(lessonId)) ?? helpful.lessons.includes(lessonId);
  const pressHelpful = (lessonId: string, on: boolean) => setPressedHere(new Map(pressedHere).set(keyOf(lessonId), on));
  // Not relevant and Undo are each pressed once per ticket and lesson until the tab's next view shows it done (the
  // lesson hidden, or back): the card or its Undo stays meanwhile, and a second press (a double click, Enter held)
  // counted the lesson twice (before 2026-12-03). Kept by ticket, so a press on a ticket left still waits for it.
  const waiting = useRef(new Map<string, { ticket: string; lessonId: string; hide: boolean }>());
  if (view) {
    const offered = new Set(view.suggestions.map((s) => s.lesson.id));
    const hidden = new Set(view.hidden.map((h) => h.id));
    for (const [key, press] of waiting.current) {
      if (press.ticket === helpful.ticket && (press.hide ? !offered.has(press.lessonId) : !hidden.has(press.lessonId))) waiting.current.delete(key);
    }
  }
  /** False where the same press on this ticket's lesson still waits for the tab; else it waits from now. */
  const pressOnce = (lessonId: string, hide: boolean) => {
    const key = keyOf(lessonId);
    if (waiting.current.has(key)) return false;
    waiting.current.set(key, { ticket: helpful.ticket, lessonId, hide });
    return true;
  };
  const root = useRef<HTMLElement>(null);
  // The next ticket is drawn from the top, its subject (which says whose cards these are) and first card in view (a
  // review: the panel stayed scrolled down to the last ticket's checklist, the new subject out of sight above). Before
  // the focus is put back (the effects below), which scrolls to what it focuses.
  const drawnTicket = view && view.state !== 'reading' && view.state !== 'no-ticket' && view.state !== 'off' ? (view.ticket?.identity ?? '') : '';
  const ticketOnTop = useRef('');
  useLayoutEffect(() => {
    if (!drawnTicket || drawnTicket === ticketOnTop.current) return;
    if (ticketOnTop.current && root.current) root.current.ownerDocument.documentElement.scrollTop = 0;
    ticketOnTop.current = drawnTicket;
  }, [drawnTicket]);

  // After Not relevant, focus goes to its Undo; after Undo, back to the lesson's card. Only while that press waits for
  // the tab, on its ticket, and where the keyboard is still on the control pressed or free: a move kept past them took
  // the keyboard from wherever the agent had gone, when the lesson came back on a later ranking or another ticket (a
  // review, 2026-12-05).
  const focusNext = useRef<{ target: string; ticket: string; key: string; pressed: Element | null } | null>(null);
  useLayoutEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    if (next.ticket !== helpful.ticket) {
      focusNext.current = null;
      return;
    }
    const el = root.current?.querySelector<HTMLElement>(next.target);
    if (!el) {
      if (!waiting.current.has(next.key)) focusNext.current = null;
      return;
    }
    focusNext.current = null;
    const active = document.activeElement;
    if (document.hasFocus() && (active === next.pressed || keyboardIsFree())) el.focus();
  });

  // Where the focused control went with its ticket (the desk moved on, or the lesson left the list), the same lesson's
  // card takes the keyboard where it is back, else the first control: Tab goes on from the cards, not from the top of
  // the panel (before 2026-12-03 it fell to the body). Only where the panel has the keyboard, and after Undo's and the
  // checklist's own moves (which leave it on something).
  // Where nothing can take it yet (the next page loading, no ticket drawn), it waits for the next drawing that has a
  // control (a walk, 2026-12-05: after a full page change the keyboard stayed on the body).
  const lastFocused = useRef<Element | null>(null);
  useLayoutEffect(() => {
    const gone = lastFocused.current;
    if (!gone || gone.isConnected) return;
    if (!keyboardIsFree()) {
      lastFocused.current = null;
      return;
    }
    const lessonId = gone.closest('[data-lesson-id]')?.getAttribute('data-lesson-id');
    const card = lessonId ? root.current?.querySelector<HTMLElement>(`[data-lesson-id=${JSON.stringify(lessonId)}] h3`) : null;
    const target = card ?? (root.current ? firstControl(root.current) : null);
    if (!target) return;
    lastFocused.current = null;
    target.focus();
  });

  const toggleHelpful = (lessonId: string) => {
    // Not relevant pressed and not yet done by the tab: Helpful now would count both, and come back pressed with Undo.
    if (waiting.current.get(keyOf(lessonId))?.hide) return;
    const was = isHelpful(lessonId);
    pressHelpful(lessonId, !was);
    if (was) actions.onFeedback(lessonId, 'helpful', true);
    else actions.onFeedback(lessonId, 'helpful');
  };

  const notRelevant = (lessonId: string) => {
    if (!pressOnce(lessonId, true)) return;
    // Helpful and Not relevant exclude each other: a Helpful pressed before is taken back.
    if (isHelpful(lessonId)) {
      pressHelpful(lessonId, false);
      actions.onFeedback(lessonId, 'helpful', true);
    }
    focusNext.current = { target: `[data-undo=${JSON.stringify(lessonId)}]`, ticket: helpful.ticket, key: keyOf(lessonId), pressed: document.activeElement };
    actions.onFeedback(lessonId, 'not-relevant');
  };

  const undo = (lessonId: string) => {
    if (!pressOnce(lessonId, false)) return;
    focusNext.current = { target: `[data-lesson-id=${JSON.stringify(lessonId)}] h3`, ticket: helpful.ticket, key: keyOf(lessonId), pressed: document.activeElement };
    actions.onUnhide(lessonId);
  };

  if (!view) {
    if (silence === null) {
      // The tab has not answered, or the background not said why: the name alone, rather than a guess.
      return (
        <main class="panel" data-theme={chosenTheme} aria-busy="true" ref={root}>
          <Header title={t('extName')} />
          <PanelFoot coach={null} unseen={unseen} />
        </main>
      );
    }
    // Why nothing answers, as the popup's status line says it (src/silent-tab.ts decides for both).
    const [title, hint] = SILENT[silence];
    return (
      <main class="panel" data-theme={chosenTheme} ref={root}>
        <Header title={t(title)} />
        <p class="note">{t(hint)}</p>
        <PanelFoot coach={null} unseen={unseen} />
      </main>
    );
  }
  const theme = view.theme === 'light' ? 'light' : view.theme === 'dark' || view.pageIsDark ? 'dark' : 'auto';
  const subject = view.state === 'reading' || view.state === 'no-ticket' ? '' : (view.ticket?.subject.trim() ?? '');
  const known: KnownValues = { name: view.ticket?.customerName, ticketId: view.ticket?.id };
  // Cards (and Undo rows) are keyed by ticket and lesson: the next ticket's card for the same lesson is drawn afresh,
  // not the last one's with its "Inserted", its fold open and the focus on it (before 2026-12-03).
  const ticketKey = view.ticket?.identity ?? '';
  // A ticket read, with its cards (or none) and the reply checklist under them; not off, no ticket, or reading.
  const ticketShown = view.state !== 'off' && view.state !== 'no-ticket' && view.state !== 'reading';

  return (
    <main class="panel" data-theme={theme} data-state={view.state} ref={root} onFocusIn={(event) => (lastFocused.current = event.target as Element)}>
      {view.state === 'off' ? (
        <>
          <Header title={t('panelOff')} />
          <p class="note">{t('panelOffHint')}</p>
        </>
      ) : view.state === 'no-ticket' ? (
        <>
          <Header title={t('panelNoTicket')} />
          <p class="note">{t('panelNoTicketHint')}</p>
        </>
      ) : view.state === 'reading' ? (
        <Header title={t('readingTicket')} />
      ) : (
        <>
          <Header title={subject || untitled(view.ticket?.customerName)} source={sourceLine(view)} />
          <ReadingNotes key={ticketKey} view={view} />
          {view.suggestions.length === 0 && <p class="note">{t(view.notEnglish ? 'panelNotEnglish' : 'noSuggestions')}</p>}
          {/* The cards' titles are level three (each card's fold has level four): this level two between them and the
              ticket's level one keeps a screen reader's heading list from skipping a level, beside "Your reply". */}
          {view.suggestions.length > 0 && (
            <h2 class="sr-only" id="em-suggestions-heading">
              {t('panelSuggestionsHeading')}
            </h2>
          )}
          {view.suggestions.length > 0 && (
            <ol class="cards" aria-labelledby="em-suggestions-heading">
              {view.suggestions.map((s) => (
                <li key={`${ticketKey}\n${s.lesson.id}`}>
                  <SuggestionCard
                    suggestion={s}
                    text={view.ticket?.text}
                    known={known}
                    canInsert={view.canInsert}
                    helpful={isHelpful(s.lesson.id)}
                    onHelpful={() => toggleHelpful(s.lesson.id)}
                    onNotRelevant={() => notRelevant(s.lesson.id)}
                    actions={rowActions}
                  />
                </li>
              ))}
            </ol>
          )}
          {view.hidden.length > 0 && (
            <ul class="hidden-list">
              {view.hidden.map(({ id, title }) => (
                <HiddenRow key={`${ticketKey}\n${id}`} lessonId={id} title={title} onUndo={() => undo(id)} />
              ))}
            </ul>
          )}
        </>
      )}
      <PanelFoot coach={ticketShown && view.suggestions.length > 0 ? coach : null} unseen={unseen} />
      {ticketShown && <Checklist state={coach} ticketKey={ticketKey} known={known} canInsert={view.canInsert} actions={rowActions} />}
    </main>
  );
}

/**
 * What stays in sight at the panel's foot (panel.css: one sticky block, so its lines stack, never one over the other):
 * a check not kept (CoachJump, where there are cards it would be under), and what became of a press on a ticket the
 * desk had left, in a status line there from the start, empty, so that a screen reader announces what comes into it.
 */
function PanelFoot({ coach, unseen }: { coach: CoachState | null; unseen: MovedOn | null }) {
  const foot = useRef<HTMLDivElement>(null);
  // The page's scroll padding follows the foot's height, so a button reached by Tab is scrolled clear of the foot, not
  // left under it (at 170 px wide the line covered the last card's Insert and Copy, which the browser took as in view).
  useLayoutEffect(() => {
    const el = foot.current;
    const root = document.documentElement;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      root.style.scrollPaddingBottom = `${el.offsetHeight}px`;
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingBottom = '';
    };
  }, []);
  return (
    <div class="panel-foot" ref={foot}>
      <CoachJump state={coach} />
      <p class="panel-notice" role="status">
        {unseen ? t(unseen) : ''}
      </p>
    </div>
  );
}

/**
 * A check the draft does not keep, said in sight: the checklist is under the cards, out of sight while the agent types
 * (a review in Chromium found a broken check only after scrolling past four cards). The line sits after the cards and
 * sticks to the panel's bottom edge (panel.css): above them it pushed the cards down as the agent reached for Insert.
 * The link takes the focus to the checklist's heading, which scrolls it into view. Nothing while every check is kept.
 */
function CoachJump({ state }: { state: CoachState | null }) {
  const lines = state?.enabled && !state.empty ? state.lines : [];
  const notKept = lines.filter((line) => !line.ok).length;
  // Not while the checklist's heading is in sight with room under it down to the first line not kept: the line only
  // repeated it, one line above it (a walk at 360 px, 2026-12-05), and a screen reader heard the count twice. With the
  // heading at the panel's foot and the lines not kept out of sight, kept lines above them or not, the line stays (a
  // walk and a review, 2026-12-05). The heading is what is watched, from when the checklist shows: it is there before
  // any check breaks, so the line is never drawn for a moment when one does.
  const firstNotKept = lines.find((line) => !line.ok)?.id;
  const headingInView = useHeadingInView(COACH_HEADING, Boolean(state?.enabled), firstNotKept, lines.length);
  // Kept while it has the keyboard: gone under it, the focus fell to the body and Tab began again at the top (a review).
  const [focused, setFocused] = useState(false);
  if (!notKept || (headingInView && !focused)) return null;
  return (
    <p class="coach-jump">
      <a
        href={`#${COACH_HEADING}`}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onClick={(event) => {
          event.preventDefault();
          const heading = document.getElementById(COACH_HEADING);
          heading?.focus();
          heading?.scrollIntoView?.({ block: 'start' });
        }}
      >
        <span aria-hidden="true">✗ </span>
        {t('coachSummary', String(notKept), String(lines.length))}
      </a>
    </p>
  );
}

/** The foot's height: the jump line itself sits there. */
const FOOT_ROOM = 40;
/** Room for one checklist line under the heading where no line is drawn yet to measure. */
const LINE_ROOM = 44;

/**
 * Whether the heading `id` stands whole in the panel's window, clear of its foot and with room under it down to the
 * end of the line `through` names (its first line not kept), while `watch` holds; false where the browser cannot say
 * (no IntersectionObserver: the line is then always said, as before). Measured once before the first paint too, or the
 * line came and went in one frame, the checklist shifting under the pointer (a review). `lines` re-measures as lines
 * come and go above it.
 */
function useHeadingInView(id: string, watch: boolean, through: string | undefined, lines: number): boolean {
  const [inView, setInView] = useState(false);
  useLayoutEffect(() => {
    const element = watch ? document.getElementById(id) : null;
    if (!element || typeof IntersectionObserver === 'undefined') {
      setInView(false);
      return;
    }
    const box = element.getBoundingClientRect();
    const line = through === undefined ? null : element.parentElement?.querySelector(`[data-check="${CSS.escape(through)}"] > p`);
    const room = FOOT_ROOM + (line ? Math.max(0, Math.ceil(line.getBoundingClientRect().bottom - box.bottom)) : LINE_ROOM);
    setInView(box.top >= 0 && box.bottom <= innerHeight - room);
    const observer = new IntersectionObserver((entries) => setInView(entries.some((entry) => entry.intersectionRatio >= 1)), {
      threshold: 1,
      rootMargin: `0px 0px -${room}px 0px`,
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [id, watch, through, lines]);
  return inView;
}

function Header({ title, source }: { title: string; source?: string }) {
  return (
    <header class="head">
      <h1 dir="auto" title={title}>
        {title}
      </h1>
      {source && <p class="source">{source}</p>}
    </header>
  );
}

function HiddenRow({ lessonId, title, onUndo }: { lessonId: string; title: string; onUndo(): void }) {
  return (
    <li class="hidden-row">
      <span dir="auto">{t('hiddenLesson', title)}</span>
      {/* Named for its lesson, like Helpful and Not relevant: the focus lands here after Not relevant, and "Undo" alone
          says neither what was hidden nor, with two hidden, which one comes back. */}
      <button type="button" data-undo={lessonId} aria-label={t('undoLesson', title)} onClick={onUndo}>
        {t('undo')}
      </button>
    </li>
  );
}

interface CardProps {
  suggestion: Suggestion;
  text: TicketText | undefined;
  known: KnownValues;
  canInsert: boolean;
  helpful: boolean;
  onHelpful(): void;
  onNotRelevant(): void;
  actions: PanelActions;
}

function SuggestionCard({ suggestion, text, known, canInsert, helpful, onHelpful, onNotRelevant, actions }: CardProps) {
  const { lesson } = suggestion;
  const topic = lesson.topics[0];
  const titleId = `em-title-${lesson.id}`;
  const why = strongestEvidence(suggestion.evidence);
  const [best, ...more] = lesson.phrases;
  const fold = foldLabel(Boolean(lesson.steps?.length), more.length > 0, why.length > 0);
  return (
    <article class="card" data-lesson-id={lesson.id} data-topic={topic} aria-labelledby={titleId}>
      {topic && <p class="topic">{topicName(topic)}</p>}
      <h3 id={titleId} dir="auto" tabIndex={-1}>
        {lesson.title}
      </h3>
      <p class="gist" dir="auto" title={lesson.advice}>
        {lesson.advice}
      </p>
      {best !== undefined && <PhraseRow phrase={fillPhrase(best, known)} canInsert={canInsert} primary actions={actions} />}
      {fold && (
        <details class="more" onKeyDown={foldOnEscape}>
          {/* Named for its lesson, as Helpful and Not relevant are: every card's fold says the same words, and a screen
              reader going from one to the next could not tell the cards apart. */}
          <summary aria-label={t('moreDetailsLesson', fold, lesson.title)}>{fold}</summary>
          {lesson.steps && lesson.steps.length > 0 && (
            <>
              <h4>{t('steps')}</h4>
              <ol class="steps">
                {lesson.steps.map((step, i) => (
                  <li key={i} dir="auto">
                    {step}
                  </li>
                ))}
              </ol>
            </>
          )}
          {more.length > 0 && (
            <>
              <h4>{t('phrases')}</h4>
              <ul>
                {more.map((phrase, i) => (
                  <PhraseRow key={`${i}:${phrase}`} phrase={fillPhrase(phrase, known)} canInsert={canInsert} primary={false} actions={actions} />
                ))}
              </ul>
            </>
          )}
          {why.length > 0 && (
            <>
              <h4>{t('why')}</h4>
              <ul class="why">
                {whyItems(why, text)}
              </ul>
            </>
          )}
        </details>
      )}
      <div class="row feedback">
        <button type="button" aria-pressed={helpful} aria-label={t('helpfulLesson', lesson.title)} onClick={onHelpful}>
          {t('helpful')}
        </button>
        <button type="button" aria-label={t('notRelevantLesson', lesson.title)} onClick={onNotRelevant}>
          {t('notRelevant')}
        </button>
      </div>
    </article>
  );
}

/**
 * What a card's fold holds, said on what unfolds it ("Steps, more phrases and why", "More phrases and why"): a lesson
 * without steps said Steps too (17 of the library's 54). Empty when it would hold nothing, and then there is no fold.
 */
function foldLabel(steps: boolean, phrases: boolean, why: boolean): string {
  const parts = [steps && t('foldSteps'), phrases && t('foldPhrases'), why && t('foldWhy')].filter((part): part is string => Boolean(part));
  const [first, second, third] = parts;
  const label = third !== undefined ? t('foldThree', first!, second!, third) : second !== undefined ? t('foldTwo', first!, second) : (first ?? '');
  return label.charAt(0).toLocaleUpperCase() + label.slice(1);
}

/** Esc inside an unfolded card folds it again and puts focus back on what unfolded it. */
function foldOnEscape(e: KeyboardEvent) {
  const details = e.currentTarget as HTMLDetailsElement;
  if (e.key !== 'Escape' || !details.open) return;
  e.preventDefault();
  details.open = false;
  details.querySelector('summary')?.focus();
}

/** The first few pieces of evidence, one per cue and per stretch of the ticket (the matcher lists the strongest first). */
function strongestEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  // Words of the ticket already shown under another cue: "i ordered" and "ordered the" marked one sentence twice.
  const overlaps = (e: Evidence) => e.kind !== 'tone' && out.some((o) => o.kind !== 'tone' && o.part === e.part && o.start < e.end && e.start < o.end);
  for (const e of evidence) {
    const key = `${e.kind === 'tone' ? 'tone' : 'cue'}:${e.cue.toLowerCase()}`;
    if (seen.has(key) || overlaps(e)) continue;
    seen.add(key);
    out.push(e);
    if (out.length === MAX_WHY) break;
  }
  return out;
}

/**
 * The reasons in the order given: tone by name, and the ticket's words by stretch, the words of one stretch named
 * together over one excerpt that marks each (excerpt.ts excerptGroups), where each had its own copy of the sentence.
 */
function whyItems(why: readonly Evidence[], text: TicketText | undefined) {
  const groups = excerptGroups(
    why.filter((e) => e.kind !== 'tone'),
    text,
  );
  const groupOf = new Map(groups.map((group) => [group.evidence[0], group]));
  return why.map((evidence, i) => {
    if (evidence.kind === 'tone') {
      const label =
        evidence.cue === 'shouting' ? t('toneShouting', clip(evidence.text, 60)) : evidence.cue === 'exclamation' ? t('toneExclamation') : evidence.cue;
      return <li key={i}>{label}</li>;
    }
    const group = groupOf.get(evidence);
    if (!group) return null; // shown in the group of an earlier reason
    return (
      <li key={i}>
        {group.evidence.map((e, j) => (
          <Fragment key={j}>
            {j > 0 && ', '}
            <span class="cue">{e.cue}</span>
            <CueNote evidence={e} />
          </Fragment>
        ))}
        <span class="excerpt" dir="auto">
          {group.pieces.map((piece, j) => (piece.mark ? <mark key={j}>{piece.text}</mark> : piece.text))}
        </span>
      </li>
    );
  });
}

/** What kind of reason a word is, where it is not one of the lesson's cues as written. */
function CueNote({ evidence }: { evidence: Evidence }) {
  const notes: string[] = [];
  // A word the model weighed is not one of the lesson's cues: said so, as the CLI marks it "(model)".
  if (evidence.kind === 'model') notes.push(t('cueModel'));
  if (evidence.kind === 'fuzzy') notes.push(t('cueFuzzy'));
  // A word of the lesson's own text, not one of its cues: said so, as the CLI does.
  if (evidence.kind === 'lesson') notes.push(t('cueLessonText'));
  if (evidence.context === 'negated') notes.push(t('cueNegated'));
  if (evidence.context === 'quoted') notes.push(t('cueQuoted'));
  return notes.length > 0 ? <span class="cue-note"> ({notes.join(', ')})</span> : null;
}
