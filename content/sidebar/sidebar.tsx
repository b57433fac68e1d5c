// The sidebar's Preact components. Every ticket and lesson string is a text child, never markup, in an element of its
// own with dir="auto", so right-to-left text reads right to left and its bidi controls stay inside it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../src/i18n';
import type { Evidence, Suggestion, TicketText } from '../../src/engine/types';
import { topicName } from '../../src/topics';
import { excerptFor } from './excerpt';
import type { SidebarActions, SidebarView, Verdict } from './types';

const MAX_WHY = 3;

const clip = (s: string, max: number) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1).trimEnd() + '…' : flat;
};

// Keeps the reply editor's focus and caret when a phrase button is clicked, so Insert lands where the agent was typing.
const keepFocus = (e: MouseEvent) => e.preventDefault();

/** Feedback is remembered per ticket: "Not relevant" on one ticket must not hide the lesson on the next. */
function ticketKey(view: SidebarView): string {
  const ticket = view.ticket;
  if (!ticket) return '';
  return ticket.id ?? `${ticket.subject}\n${ticket.text.messages[0]?.slice(0, 200) ?? ''}`;
}

function sourceLine(view: SidebarView): string {
  if (view.state === 'reading') return t('readingTicket');
  if (view.state === 'unreadable') return t('unreadable');
  const parts = [view.desk.generic ? t('readingGeneric') : view.desk.label];
  const ticket = view.ticket;
  if (ticket?.id) parts.push(t('ticketNumber', ticket.id));
  if (ticket) {
    const n = ticket.customerMessages;
    parts.push(n === 1 ? t('customerMessagesOne') : t('customerMessagesMany', String(n)));
  }
  return parts.join(' · ');
}

export function Sidebar({ view, actions }: { view: SidebarView; actions: SidebarActions }) {
  const [verdicts, setVerdicts] = useState<ReadonlyMap<string, Verdict>>(() => new Map());
  // Helpful is reported once per ticket and lesson, however often the toggle is pressed.
  const reported = useRef(new Set<string>());
  const tkey = ticketKey(view);
  const keyOf = (lessonId: string) => `${tkey}\n${lessonId}`;

  const setVerdict = (lessonId: string, verdict: Verdict | undefined) =>
    setVerdicts((old) => {
      const next = new Map(old);
      if (verdict) next.set(keyOf(lessonId), verdict);
      else next.delete(keyOf(lessonId));
      return next;
    });

  const toggleHelpful = (lessonId: string) => {
    const key = keyOf(lessonId);
    const pressed = verdicts.get(key) === 'helpful';
    setVerdict(lessonId, pressed ? undefined : 'helpful');
    if (!pressed && !reported.current.has(key)) {
      reported.current.add(key);
      actions.onFeedback(lessonId, 'helpful');
    }
  };

  const notRelevant = (lessonId: string) => {
    setVerdict(lessonId, 'not-relevant');
    actions.onFeedback(lessonId, 'not-relevant');
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !view.open) return;
    // The desk may bind Esc too (close a modal, leave the ticket); this one was meant for us.
    e.stopPropagation();
    actions.onToggle(false);
  };

  const visible = view.state === 'ready' ? view.suggestions.filter((s) => verdicts.get(keyOf(s.lesson.id)) !== 'not-relevant') : [];
  const subject = view.state === 'reading' || view.state === 'unreadable' ? '' : (view.ticket?.subject.trim() ?? '');

  return (
    <aside
      class="panel"
      role="complementary"
      aria-label={t('sidebarLabel')}
      data-open={String(view.open)}
      data-side={view.side}
      data-theme={view.theme === 'light' ? 'light' : view.theme === 'dark' || view.pageIsDark ? 'dark' : 'auto'}
      onKeyDown={onKeyDown}
    >
      <header class="head">
        <button
          type="button"
          class="toggle"
          aria-expanded={view.open}
          aria-label={view.open ? t('collapse') : t('expand')}
          title={view.open ? t('collapseHint') : undefined}
          onClick={() => actions.onToggle(!view.open)}
        >
          {view.open ? (view.side === 'right' ? '»' : '«') : t('extName')}
        </button>
        {view.open && (
          <div class="titles">
            <h2>{t('extName')}</h2>
            <p class="source">{sourceLine(view)}</p>
            {subject && (
              <p class="subject" title={subject} dir="auto">
                {subject}
              </p>
            )}
          </div>
        )}
      </header>
      {view.open && (
        <div class="body">
          {view.state === 'unreadable' && <p class="note">{t('unreadableHint')}</p>}
          {(view.state === 'empty' || (view.state === 'ready' && visible.length === 0)) && <p class="note">{t('noSuggestions')}</p>}
          {visible.length > 0 && (
            <ol>
              {visible.map((s) => (
                <li key={s.lesson.id}>
                  <SuggestionCard
                    suggestion={s}
                    text={view.ticket?.text}
                    canInsert={view.canInsert}
                    helpful={verdicts.get(keyOf(s.lesson.id)) === 'helpful'}
                    onHelpful={() => toggleHelpful(s.lesson.id)}
                    onNotRelevant={() => notRelevant(s.lesson.id)}
                    actions={actions}
                  />
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </aside>
  );
}

interface CardProps {
  suggestion: Suggestion;
  text: TicketText | undefined;
  canInsert: boolean;
  helpful: boolean;
  onHelpful(): void;
  onNotRelevant(): void;
  actions: SidebarActions;
}

function SuggestionCard({ suggestion, text, canInsert, helpful, onHelpful, onNotRelevant, actions }: CardProps) {
  const { lesson } = suggestion;
  const topic = lesson.topics[0];
  const titleId = `em-title-${lesson.id}`;
  const why = strongestEvidence(suggestion.evidence);
  return (
    <article class="card" data-lesson-id={lesson.id} data-topic={topic} aria-labelledby={titleId}>
      {topic && <p class="topic">{topicName(topic)}</p>}
      <h3 id={titleId} dir="auto">
        {lesson.title}
      </h3>
      <p dir="auto">{lesson.advice}</p>
      {lesson.steps && lesson.steps.length > 0 && (
        <ol class="steps" aria-label={t('steps')}>
          {lesson.steps.map((step, i) => (
            <li key={i} dir="auto">
              {step}
            </li>
          ))}
        </ol>
      )}
      {why.length > 0 && (
        <>
          <h4>{t('why')}</h4>
          <ul class="why">
            {why.map((e, i) => (
              <WhyItem key={i} evidence={e} text={text} />
            ))}
          </ul>
        </>
      )}
      <h4>{t('phrases')}</h4>
      <ul>
        {lesson.phrases.map((phrase, i) => (
          <PhraseRow key={`${i}:${phrase}`} lessonId={lesson.id} phrase={phrase} canInsert={canInsert} actions={actions} />
        ))}
      </ul>
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

/** The first few pieces of evidence, one per cue (the matcher lists the strongest first). */
function strongestEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of evidence) {
    const key = `${e.kind === 'tone' ? 'tone' : 'cue'}:${e.cue.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
    if (out.length === MAX_WHY) break;
  }
  return out;
}

function WhyItem({ evidence, text }: { evidence: Evidence; text: TicketText | undefined }) {
  if (evidence.kind === 'tone') {
    const label =
      evidence.cue === 'shouting' ? t('toneShouting', clip(evidence.text, 60)) : evidence.cue === 'exclamation' ? t('toneExclamation') : evidence.cue;
    return <li>{label}</li>;
  }
  const excerpt = excerptFor(evidence, text);
  const notes: string[] = [];
  if (evidence.kind === 'fuzzy') notes.push(t('cueFuzzy'));
  if (evidence.context === 'negated') notes.push(t('cueNegated'));
  if (evidence.context === 'quoted') notes.push(t('cueQuoted'));
  return (
    <li>
      <span class="cue">{evidence.cue}</span>
      {notes.length > 0 && <span class="cue-note"> ({notes.join(', ')})</span>}
      <span class="excerpt" dir="auto">
        {excerpt.before}
        <mark>{excerpt.match}</mark>
        {excerpt.after}
      </span>
    </li>
  );
}

type Outcome = Extract<MessageKey, 'copied' | 'copyFailed' | 'inserted' | 'insertCopied' | 'insertFailed'>;
const SUCCESS: ReadonlySet<Outcome> = new Set(['copied', 'inserted']);

async function copySafely(actions: SidebarActions, lessonId: string, phrase: string): Promise<boolean> {
  try {
    return (await actions.onCopy(lessonId, phrase)) === true;
  } catch {
    return false;
  }
}

function PhraseRow({ lessonId, phrase, canInsert, actions }: { lessonId: string; phrase: string; canInsert: boolean; actions: SidebarActions }) {
  // A fresh object each time, so pressing Copy twice restarts the timer.
  const [outcome, setOutcome] = useState<{ what: Outcome } | null>(null);
  useEffect(() => {
    if (!outcome) return;
    const timer = setTimeout(() => setOutcome(null), 2500);
    return () => clearTimeout(timer);
  }, [outcome]);
  const show = (what: Outcome) => setOutcome({ what });

  const copy = () => void copySafely(actions, lessonId, phrase).then((ok) => show(ok ? 'copied' : 'copyFailed'));
  const insert = () => {
    let ok = false;
    try {
      ok = actions.onInsert(lessonId, phrase) === true;
    } catch {
      ok = false;
    }
    if (ok) return show('inserted');
    // Still inside the click, so the browser lets the clipboard write through.
    void copySafely(actions, lessonId, phrase).then((copied) => show(copied ? 'insertCopied' : 'insertFailed'));
  };

  const short = clip(phrase, 60);
  const what = outcome?.what;
  return (
    <li class="phrase">
      <p dir="auto">{phrase}</p>
      <div class="row">
        <button type="button" onMouseDown={keepFocus} onClick={copy} aria-label={t('copyPhrase', short)}>
          {what === 'copied' ? t('copied') : t('copy')}
        </button>
        {canInsert && (
          <button type="button" onMouseDown={keepFocus} onClick={insert} aria-label={t('insertPhrase', short)}>
            {what === 'inserted' ? t('inserted') : t('insert')}
          </button>
        )}
        {/* Announces every outcome; shows only failures, since a success already shows on its button. */}
        <span role="status" class={what && SUCCESS.has(what) ? 'sr-only' : 'status'}>
          {what ? t(what) : ''}
        </span>
      </div>
    </li>
  );
}
