// The options page's Lessons section: find a built-in lesson by a word (typos welcome, the popup's search) to hide it
// from suggestions or show it again. Before anything is typed it lists only the hidden lessons, not all of them.
import { useState } from 'preact/hooks';
import { lessonCount, t } from '../src/i18n';
import { BUILTIN_LESSONS } from '../src/lessons/index';
import * as settings from '../src/settings';
import { mainTopic, topicName } from '../src/topics';
import { hasSearchWords, searchLessons, type SearchResult } from '../src/lesson-search/search';
import { whyText } from '../src/lesson-search/why';
import { neighbourButton, Notice, Section, useAction, type OptionsData } from './common';

export function LessonsSection({ data }: { data: OptionsData }) {
  const action = useAction();
  const [query, setQuery] = useState('');
  const hidden = new Set(data.settings.hiddenLessons);
  const hiddenLessons = BUILTIN_LESSONS.filter((lesson) => hidden.has(lesson.id));
  // A query with no word to search ("x", "!!") is read as none, as in the popup: the hidden lessons, not all "found".
  const searching = hasSearchWords(query);
  const results: SearchResult[] = searching ? searchLessons(BUILTIN_LESSONS, query) : hiddenLessons.map((lesson) => ({ lesson, why: [] }));
  const hiddenCount = hiddenLessons.length;

  return (
    <Section id="lessons" title={t('optionsLessonsHeading')} intro={t('optionsBuiltinHint', String(BUILTIN_LESSONS.length), String(hiddenCount))}>
      <div role="search" class="lesson-search">
        <label for="lesson-query">{t('optionsLessonsSearchLabel')}</label>
        <input id="lesson-query" type="search" value={query} placeholder={t('popupSearchPlaceholder')} aria-controls="lesson-results" onInput={(event) => setQuery(event.currentTarget.value)} />
      </div>
      {/* The count said as the agent types, as in the popup: a heading that changes is not read out. */}
      <p class="sr-only" role="status">
        {searching ? lessonCount(results.length) : ''}
      </p>
      <Notice action={action} />
      <h3 id="lesson-results-heading">{searching ? t('optionsLessonsFound', String(results.length)) : t('optionsLessonsHiddenHeading')}</h3>
      {results.length === 0 && <p class="empty">{searching ? t('popupNoResults') : t('optionsLessonsNoneHidden')}</p>}
      <ul class="toggles" id="lesson-results" aria-labelledby="lesson-results-heading">
        {results.map(({ lesson, why }) => {
          const isHidden = hidden.has(lesson.id);
          return (
            <li key={lesson.id} data-lesson-id={lesson.id} class={isHidden ? 'hidden-lesson' : undefined}>
              <div class="title">
                <span>{lesson.title}</span> <span class="topic-name">{topicName(mainTopic(lesson))}</span>
                {why.length > 0 && (
                  <span class="why">
                    {t('popupWhyLabel')}: {why.map(whyText).join(' · ')}
                  </span>
                )}
              </div>
              {isHidden && <span class="badge">{t('optionsLessonHidden')}</span>}
              <button
                type="button"
                aria-label={t(isHidden ? 'optionsLessonShowNamed' : 'optionsLessonHideNamed', lesson.title)}
                onClick={(event) => {
                  // With the search box empty the list is the hidden lessons, so Show takes this row away: the focus
                  // goes to the next one's Show (or the one before), else back to the search box. Found now.
                  const leaves = isHidden && !searching;
                  const next = leaves ? (neighbourButton(event.currentTarget.closest('li')) ?? document.getElementById('lesson-query')) : null;
                  void action
                    .run(async () => {
                      await settings.setLessonHidden(lesson.id, !isHidden);
                      // Said aloud too: the focus may move to a row whose button names another lesson.
                      return t(isHidden ? 'optionsLessonShown' : 'optionsLessonHiddenNow', lesson.title);
                    })
                    .then((done) => done && next?.focus());
                }}
              >
                {t(isHidden ? 'optionsLessonShow' : 'optionsLessonHide')}
              </button>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
