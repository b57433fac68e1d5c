// The reply coach's checklist, under the suggestions: one line per check the tab's content script ran on the agent's
// draft, ✓ kept or ✗ broken, and for a broken one the draft's words that broke it and the lesson's better phrase to
// insert. It only shows what the tab sent; the draft itself never reaches the panel.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../src/i18n';
import type { CoachState } from '../src/messages';
import { PhraseRow } from './phrase-row';
import { fillPhrase, type KnownValues } from './phrases';
import { keyboardIsFree } from './focus';
import type { PanelActions } from './types';

/** Blanks to fill, listed as a sentence says them ("[date] and [time]"; " … " reads as words left out). */
const BLANK_LIST = new Intl.ListFormat('en', { type: 'conjunction' });

/** The checklist heading's id: the panel's jump line leads there (cards.tsx). */
export const COACH_HEADING = 'em-coach-heading';

/** `ticketKey` names the tab's ticket: a phrase row is the same row only on the same ticket. */
export function Checklist({ state, ticketKey, known, canInsert, actions }: { state: CoachState | null; ticketKey: string; known: KnownValues; canInsert: boolean; actions: PanelActions }) {
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The line that last held the focus: an Insert that mends it takes its phrase row away, focus and all, and the line
  // (now "Kept: …") takes the focus instead of the page; where the line went too (the desk emptied the draft on
  // Send), the checklist's heading takes it, so the next Tab goes on from the checklist, not from the top.
  // Only where the panel still has the keyboard: the agent gone back to the desk to type had the panel take the focus
  // (and scroll) when the line was mended there (a review, 2026-12-05).
  const lastLine = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = lastLine.current;
    if (!id) return;
    if (!document.hasFocus()) lastLine.current = null;
    if (!keyboardIsFree()) return;
    lastLine.current = null;
    (list.current?.querySelector<HTMLElement>(`[data-check=${JSON.stringify(id)}]`) ?? heading.current)?.focus();
  });
  if (!state?.enabled) return null;
  const notKept = state.lines.filter((line) => !line.ok).length;
  return (
    <section class="coach" aria-labelledby={COACH_HEADING}>
      <h2 id={COACH_HEADING} ref={heading} tabIndex={-1}>
        {t('coachHeading')}
      </h2>
      {/* Read out when the count changes (a pause in typing that breaks or mends a check), not each line as it redraws;
          and that the checks could not load, which no list will follow. */}
      <p class="sr-only" role="status">
        {state.loadFailed ? t('coachLoadFailed') : state.empty ? '' : notKept ? t('coachSummary', String(notKept), String(state.lines.length)) : t('coachAllKept', String(state.lines.length))}
      </p>
      {state.empty ? (
        <p class="note">{t(state.note ? 'coachNote' : state.loading ? 'coachLoading' : state.loadFailed ? 'coachLoadFailed' : 'coachEmpty')}</p>
      ) : (
        <ul
          class="checks"
          ref={list}
          onFocusIn={(event) => (lastLine.current = (event.target as Element).closest<HTMLElement>('[data-check]')?.dataset.check ?? null)}
          onFocusOut={(event) => {
            if (event.relatedTarget && !list.current?.contains(event.relatedTarget as Node)) lastLine.current = null;
          }}
        >
          {state.lines.map((line) => (
            <li key={line.id} class={line.ok ? 'check kept' : 'check broken'} data-check={line.id} data-ok={String(line.ok)} tabIndex={-1}>
              <p>
                <span class="mark" aria-hidden="true">
                  {line.ok ? '✓' : '✗'}
                </span>
                <span class="sr-only">{line.ok ? t('coachKept', line.message) : t('coachBroken', line.message)}</span>
                <span aria-hidden="true">{line.message}</span>
                {line.evidence && (
                  <>
                    {': '}
                    <q class="evidence" dir="auto">
                      {line.evidence}
                    </q>
                  </>
                )}
              </p>
              {!line.ok && line.fill?.length ? <p class="fill">{t('coachFillIn', BLANK_LIST.format(line.fill))}</p> : null}
              {/* Keyed by ticket and phrase: a new phrase, or the next ticket's, is a new row, not the old one's "Inserted". */}
              {!line.ok && line.phrase && <PhraseRow key={`${ticketKey}\n${line.phrase}`} phrase={fillPhrase(line.phrase, known)} canInsert={canInsert} primary={false} tag="div" actions={actions} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
