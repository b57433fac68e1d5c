// The options page: one page in six sections, preferences first, with a navigation to each; every value read through
// src/settings and re-read whenever anything changes (here, in the popup, in a desk tab or in another window), so what
// is shown is what is stored.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../src/i18n';
import { preferences } from '../src/settings';
import { followThemeChoice } from '../src/theme-choice';
import { useOptions } from './common';
import { FeedbackSection } from './feedback';
import { LessonsSection } from './lessons';
import { PacksSection } from './packs';
import { PolicySection } from './policy';
import { PreferencesSection } from './preferences';
import { SitesSection } from './sites';

const SECTIONS = [
  ['preferences', 'optionsPreferencesHeading'],
  ['sites', 'optionsSitesHeading'],
  ['packs', 'optionsPacksHeading'],
  ['lessons', 'optionsLessonsHeading'],
  ['feedback', 'optionsFeedbackHeading'],
  ['policy', 'optionsPolicyHeading'],
] as const;

export function OptionsPage() {
  const { data, error } = useOptions();
  // The page follows the theme preference, as the popup and the side panel do ("auto" follows the system, in the CSS):
  // the last choice painted as the page draws, not once every setting and the policy are read (Dark flashed light).
  useLayoutEffect(() => {
    const drawn = new AbortController();
    followThemeChoice((theme) => document.documentElement.setAttribute('data-theme', theme), () => preferences().then((prefs) => prefs.theme), drawn.signal);
    return () => drawn.abort();
  }, []);
  const nav = useRef<HTMLElement>(null);
  // The navigation stays at the top of the window: whatever the browser scrolls into view (a section the navigation
  // leads to, the control Tab or Shift+Tab moves the focus to) stops below it, not behind it. Its height changes as
  // its links wrap (a narrow window, zoom), so it is measured.
  useLayoutEffect(() => {
    const el = nav.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const pad = () => document.documentElement.style.setProperty('scroll-padding-top', `${Math.ceil(el.getBoundingClientRect().height) + 8}px`);
    pad();
    const observer = new ResizeObserver(pad);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  return (
    <>
      <header class="page-head">
        <h1>{t('optionsTitle')}</h1>
        <p>{t('optionsIntro')}</p>
      </header>
      <nav aria-label={t('optionsNavLabel')} ref={nav}>
        <ul>
          {SECTIONS.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        <p role="alert" class="error page-error">
          {error}
        </p>
        {!data && !error && <p class="empty">{t('optionsLoading')}</p>}
        {data && (
          <>
            <PreferencesSection data={data} />
            <SitesSection data={data} />
            <PacksSection data={data} />
            <LessonsSection data={data} />
            <FeedbackSection data={data} />
            <PolicySection data={data} />
          </>
        )}
      </main>
    </>
  );
}
