// The agent's Helpful / Not relevant counts per lesson (they tune the ranking), resettable one by one or all at once.
import { t } from '../src/i18n';
import { BUILTIN_LESSONS } from '../src/lessons/index';
import * as settings from '../src/settings';
import { Confirm, neighbourButton, Notice, Section, useAction, useConfirm, type OptionsData } from './common';

/** A reset took the focused row away: the next row's Reset (or the one before), else the section's heading. */
function keepFocus(next: HTMLElement | null): void {
  (next ?? document.getElementById('feedback-heading'))?.focus();
}

export function FeedbackSection({ data }: { data: OptionsData }) {
  const action = useAction();
  const confirm = useConfirm();
  const titles = new Map<string, string>(BUILTIN_LESSONS.map((l) => [l.id, l.title]));
  for (const { pack } of data.packs) for (const lesson of pack.lessons) if (!titles.has(lesson.id)) titles.set(lesson.id, lesson.title);
  const rows = Object.entries(data.feedback)
    .filter(([, f]) => f.helpful > 0 || f.notRelevant > 0)
    .sort(([a, fa], [b, fb]) => fb.helpful + fb.notRelevant - (fa.helpful + fa.notRelevant) || a.localeCompare(b));

  return (
    <Section id="feedback" title={t('optionsFeedbackHeading')} intro={t('optionsFeedbackIntro')}>
      {rows.length === 0 ? (
        <p class="empty">{t('optionsNoFeedback')}</p>
      ) : (
        <>
          <table class="feedback">
            <caption class="sr-only">{t('optionsFeedbackCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('optionsFeedbackLesson')}</th>
                <th scope="col" class="num">
                  {t('optionsFeedbackHelpful')}
                </th>
                <th scope="col" class="num">
                  {t('optionsFeedbackNotRelevant')}
                </th>
                <th scope="col">
                  <span class="sr-only">{t('optionsFeedbackActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([id, counts]) => {
                const title = titles.get(id);
                return (
                  <tr key={id} data-lesson-id={id}>
                    <th scope="row">{title ?? <span class="gone">{t('optionsFeedbackGone', id)}</span>}</th>
                    <td class="num" data-count="helpful">
                      {String(counts.helpful)}
                    </td>
                    <td class="num" data-count="not-relevant">
                      {String(counts.notRelevant)}
                    </td>
                    <td>
                      <button
                        type="button"
                        aria-label={t('optionsFeedbackResetNamed', title ?? id)}
                        onClick={(event) => {
                          // Found now: once reset, this row is gone.
                          const next = neighbourButton(event.currentTarget.closest('tr'));
                          void action
                            .run(async () => {
                              await settings.resetFeedback(id);
                              // Said aloud too: the focus moves to the next row's Reset, which names another lesson.
                              return t('optionsFeedbackResetDone', title ?? id);
                            })
                            .then((done) => done && keepFocus(next));
                        }}
                      >
                        {t('optionsFeedbackReset')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div class="row">
            {confirm.confirming ? (
              <Confirm
                question={t('optionsFeedbackResetAllConfirm')}
                confirm={t('optionsFeedbackResetAll')}
                onCancel={confirm.cancel}
                onConfirm={() => {
                  confirm.close();
                  void action
                    .run(async () => {
                      await settings.resetFeedback();
                      return t('optionsFeedbackCleared');
                    })
                    .then((done) => done && keepFocus(null));
                }}
              />
            ) : (
              <button type="button" ref={confirm.trigger} onClick={confirm.ask}>
                {t('optionsFeedbackResetAll')}
              </button>
            )}
          </div>
        </>
      )}
      <Notice action={action} />
    </Section>
  );
}
