// The toolbar popup: what Extra Mile sees in this tab and the lessons it suggests for the ticket there (the side
// panel's ranking), the "On for this site" switch, then a search over every lesson (typos welcome; each result says
// which word matched where), with phrases to copy. Built by build.mjs into dist/<browser>/popup.js.
import { render, type TargetedKeyboardEvent, type TargetedMouseEvent } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { copyText, PhraseRow, type PhraseActions } from '../panel/phrase-row';
import { fillPhrase, type KnownValues } from '../panel/phrases';
import browser, { type Tabs } from '../src/browser';
import { lessonCount, t } from '../src/i18n';
import { BUILTIN_LESSONS } from '../src/lessons/index';
import { openSidePanel, panelShortcut } from '../src/side-panel';
import type { Lesson } from '../src/lessons/schema';
import type { TabView } from '../src/messages';
import { activeLessons, preferences } from '../src/settings/light';
import { followThemeChoice, type ThemeChoice } from '../src/theme-choice';
import { LOADING_HOLD_MS, silenceOf } from '../src/silent-tab';
import { TOPICS, mainTopic, topicName, type TopicId } from '../src/topics';
import { groupByTopic, hasSearchWords, searchLessons, type SearchResult } from '../src/lesson-search/search';
import { awaitView, followTab, siteFacts, switchSite, tabView, targetTab } from './site-access';
import { statusText, stoppedText, switchView, type SiteFacts } from './site-view';
import { whyText } from '../src/lesson-search/why';
import { siteIsOn } from '../src/sites';

function Popup() {
  const [tab, setTab] = useState<Tabs.Tab | undefined>(undefined);
  const [facts, setFacts] = useState<SiteFacts | null>(null);
  /** The switch's new position while switching (the browser may be showing its permission prompt). */
  const [pending, setPending] = useState<boolean | null>(null);
  const [error, setError] = useState('');
  const [panelError, setPanelError] = useState('');
  const [lessons, setLessons] = useState<readonly Lesson[] | null>(null);
  const [query, setQuery] = useState('');
  const [topics, setTopics] = useState<readonly TopicId[]>([]);
  // Folded until the agent opens it, then theirs to fold: clearing the last topic leaves it open (and the chip focused).
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const searchBox = useRef<HTMLInputElement>(null);
  const resultList = useRef<HTMLDivElement>(null);
  const ticketList = useRef<HTMLElement>(null);

  useEffect(() => {
    searchBox.current?.focus();
    void activeLessons()
      .catch(() => BUILTIN_LESSONS) // storage unreadable: the built-in library still helps
      .then(setLessons);
    void targetTab(location.search).then(async (found) => {
      setTab(found);
      tabNow.current = found;
      const moves = moved.current;
      const first = await siteFacts(found);
      // The tab moved meanwhile: what followTab read is newer. A view the tab sent meanwhile is newer than the one read
      // here (a review, 498: the popup opened on the last ticket while the tab showed the next, and stayed there).
      if (alive.current && moved.current === moves) setFacts(sentView.current ? { ...first, view: sentView.current.view } : first);
    });
  }, []);

  // The tab moving on while the popup is open: what it shows and what the switch acts on follow it. Its reads of the
  // tab (the first, the one after a switch) count its moves, and give way to a newer one (a review, 491: a read begun
  // before a move put the site the tab had left back under the switch, and the next click acted on it).
  const tabNow = useRef<Tabs.Tab | undefined>(undefined);
  const moved = useRef(0);
  /** The last view the tab sent since it last moved; and how many it has sent, which a question asked before outdates. */
  const sentView = useRef<{ view: TabView } | null>(null);
  const sent = useRef(0);
  /** Whether nothing has come since `asked` (moved.current + sent.current then): an answer asked before is older. */
  const nothingSince = (asked: number) => alive.current && moved.current + sent.current === asked;
  // Reads that come back once the popup has gone draw nothing (a test's ended page drew again after jsdom was gone).
  const alive = useRef(true);
  useEffect(() => () => void (alive.current = false), []);
  const tabId = tab?.id;
  useEffect(() => {
    if (tabId === undefined) return;
    const following = new AbortController();
    followTab(
      tabId,
      (now, nowFacts) => {
        moved.current++;
        sentView.current = null;
        tabNow.current = now;
        setTab(now);
        setFacts(nowFacts);
      },
      (view) => {
        sent.current++;
        sentView.current = { view };
        setFacts((current) => current && { ...current, view });
      },
      following.signal,
    );
    return () => following.abort();
  }, [tabId]);

  // The site switched on or off elsewhere while the popup is open (the options page, the organisation's policy): the
  // tab's view says so first, and the switch's own facts are read again, once for each such disagreement (a review,
  // 498: "off on this site" under a switch still on and unlocked, whose click stored off again).
  const rereadFor = useRef('');
  useEffect(() => {
    if (!facts?.view || pending !== null || facts.settingsError !== undefined) return;
    if ((facts.view.state === 'off') !== siteIsOn(facts)) return;
    const disagreement = `${facts.view.state} ${String(facts.enabled)} ${String(facts.locked)}`;
    if (rereadFor.current === disagreement) return;
    rereadFor.current = disagreement;
    const moves = moved.current;
    void siteFacts(tabNow.current).then((now) => alive.current && moved.current === moves && setFacts(now));
  }, [facts, pending]);

  // While the tab's content script is still reading its ticket, ask again shortly (one question: the panel's), so the
  // line and the suggestions fill in.
  useEffect(() => {
    if (facts?.view?.state !== 'reading') return;
    const timer = setTimeout(() => {
      // Dropped where the tab moved or sent a view meanwhile: this answer is older (a review, 498: the last ticket came
      // back, and Copy filled its customer's name).
      const asked = moved.current + sent.current;
      void tabView(tab?.id).then((view) => nothingSince(asked) && setFacts((current) => current && { ...current, view }));
    }, 250);
    return () => clearTimeout(timer);
  }, [facts, tab]);

  // A page still loading has no content script to answer yet, nor one just loaded whose script is starting: asked again
  // until it answers, or LOADING_HOLD_MS after it has loaded, as the side panel holds its silence (before 2026-12-03 a
  // popup opened while a ticket loaded said "Reload the tab to start" and kept saying it).
  const loadedAt = useRef<number | null>(null);
  useEffect(() => {
    const id = tab?.id;
    if (!facts || facts.view !== null || silenceOf(facts) !== 'reload' || id === undefined) return;
    if (!facts.loading && loadedAt.current !== null && Date.now() - loadedAt.current >= LOADING_HOLD_MS) return;
    const timer = setTimeout(() => {
      const asked = moved.current + sent.current;
      void Promise.all([browser.tabs.get(id).catch(() => undefined), tabView(id)]).then(([now, view]) => {
        if (!nothingSince(asked)) return;
        const loading = now?.status === 'loading';
        if (loading) loadedAt.current = null;
        else loadedAt.current ??= Date.now();
        setFacts((current) => current && { ...current, view, loading });
      });
    }, 250);
    return () => clearTimeout(timer);
  }, [facts, tab]);

  const results = useMemo(() => (lessons ? searchLessons(lessons, query, topics) : []), [lessons, query, topics]);
  const grouped = !hasSearchWords(query);
  // Under topic headings before anything is typed; with topic chips chosen that is not the results' order, so the
  // order shown is the one Enter opens the first of (it opened one lesson and focused another).
  const groups = useMemo(() => (grouped ? groupByTopic(results, topics) : null), [grouped, results, topics]);
  const shown = useMemo(() => (groups ? groups.flatMap((g) => g.results) : results), [groups, results]);
  // Where nothing in use matches, the built-in lessons the agent hid (those not in use) are searched too, to say so:
  // "No lesson matches" for a hidden lesson sent them looking for a word that was there. One list per library, so
  // the search's index of it is made once, not at each keystroke.
  const hidden = useMemo(() => {
    const inUse = new Set(lessons?.map((l) => l.id));
    return lessons ? BUILTIN_LESSONS.filter((l) => !inUse.has(l.id)) : [];
  }, [lessons]);
  const hiddenMatches = useMemo(
    () => (results.length > 0 || !hidden.length || grouped ? 0 : searchLessons(hidden, query, topics).length),
    [hidden, results, grouped, query, topics],
  );

  function onSwitch(event: TargetedMouseEvent<HTMLInputElement>) {
    const site = facts?.site;
    // While switching the switch is aria-disabled, not disabled: a disabled control loses the keyboard (Chromium moves
    // it to the page's body), so the agent's next Space would switch nothing. A click then changes nothing.
    if (pending !== null) return event.preventDefault();
    if (!facts || !site || site.kind === 'unsupported') return;
    const on = event.currentTarget.checked;
    // Synchronously inside the click (Space on the switch clicks it too): browsers accept a permission request only
    // from the handler of the user's own input, before any await.
    const switching = switchSite(site, on, facts.enabled, facts.granted);
    setPending(on);
    setError('');
    void switching
      .then(
        (nowOn) => {
          if (on && !nowOn) setError(t('popupSwitchDenied'));
          return nowOn;
        },
        (failure: unknown) => {
          setError(t('popupSwitchFailed', failure instanceof Error ? failure.message : String(failure)));
          return null;
        },
      )
      .then(async (nowOn) => {
        const moves = moved.current;
        const after = await siteFacts(tabNow.current);
        if (!alive.current) return;
        if (moved.current === moves) setFacts(after);
        setPending(null);
        if (nowOn === null || moved.current !== moves) return;
        // The content script hears of the change through the background: ask again until it answers accordingly.
        const wanted = () => alive.current && moved.current === moves;
        await awaitView(tabNow.current?.id, (view) => (nowOn ? view !== null && view.state !== 'off' : view === null || view.state === 'off'), undefined, wanted);
        const settled = await siteFacts(tabNow.current);
        if (wanted()) setFacts(settled);
      });
  }

  function onOpenPanel() {
    // At once, inside the click: browsers open the panel only within the agent's own action.
    const opening = openSidePanel({ windowId: tab?.windowId, tabId: tab?.id });
    setPanelError(''); // a second refusal is said again
    void opening.then(async (opened) => {
      // The guidance is in the panel now: the popup would only sit over the page.
      if (opened) return window.close();
      const keys = await panelShortcut();
      setPanelError(keys ? t('popupPanelRefusedKeys', keys) : t('popupPanelRefused'));
    });
  }

  function toggleTopic(id: TopicId) {
    setTopics((current) => (current.includes(id) ? current.filter((topic) => topic !== id) : [...current, id]));
  }

  function toggleLesson(id: string) {
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  const resultButtons = () => Array.from(resultList.current?.querySelectorAll<HTMLButtonElement>('button.result') ?? []);
  const suggestedButtons = () => Array.from(ticketList.current?.querySelectorAll<HTMLButtonElement>('button.result') ?? []);

  function onSearchKey(event: TargetedKeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      resultButtons()[0]?.focus();
    } else if (event.key === 'ArrowUp' && suggestedButtons().length) {
      // Back up to the last of the tab's suggestions, above the box.
      event.preventDefault();
      suggestedButtons().at(-1)?.focus();
    } else if (event.key === 'Enter' && shown[0]) {
      // Enter opens the best match and moves there, to Tab on to its Copy buttons.
      event.preventDefault();
      const first = shown[0].lesson.id;
      setExpanded((current) => new Set(current).add(`lesson:${first}`));
      resultButtons()[0]?.focus();
    } else if (event.key === 'Escape' && query) {
      event.preventDefault(); // clears the query rather than closing the popup
      setQuery('');
    }
  }

  function onResultsKey(event: TargetedKeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && query) {
      // From a result too (where Enter in the box left the focus), Escape clears the search, back in the box.
      event.preventDefault();
      setQuery('');
      searchBox.current?.focus();
      return;
    }
    // Up from the first result goes back to the search box above.
    moveByArrow(event, resultButtons(), () => searchBox.current?.focus(), undefined);
  }

  /** The tab's suggestions go by the arrows too; down from the last, to the search box below them. */
  function onTicketKey(event: TargetedKeyboardEvent<HTMLElement>) {
    moveByArrow(event, suggestedButtons(), undefined, () => searchBox.current?.focus());
  }

  const switchState = facts ? switchView(facts) : null;
  const stopped = facts ? stoppedText(facts) : '';
  // A ticket read and ranked: its suggestions, or none ('empty', which the content script sends when nothing stands out).
  const ticketView = facts?.view?.state === 'ready' || facts?.view?.state === 'empty' ? facts.view : null;
  // Its blanks filled in every phrase shown (the library's too: it is this ticket's popup), as the side panel fills them.
  const known: KnownValues = { name: ticketView?.ticket?.customerName, ticketId: ticketView?.ticket?.id };
  const panelOpens = Boolean(facts?.view && facts.view.state !== 'off');

  return (
    <main class="popup">
      {/* The page's one level-one heading, for screen readers (the toolbar button said the name already): the
          ticket's lessons and the topics are level two under it, a lesson's parts level three. */}
      <h1 class="sr-only">{t('extName')}</h1>
      <section class="site" aria-label={t('popupSiteLabel')}>
        <p class="status" role="status" title={facts ? statusText(facts) : undefined}>
          {facts ? statusText(facts) : '\u00a0'}
        </p>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={pending ?? switchState?.checked ?? false}
            disabled={!switchState || switchState.disabled}
            aria-disabled={pending !== null ? 'true' : undefined}
            aria-describedby={switchState?.note ? 'switch-note' : undefined}
            onClick={onSwitch}
          />
          <span>{t('popupSwitchLabel')}</span>
        </label>
        {switchState?.note && (
          <p class="note" id="switch-note">
            {switchState.note}
          </p>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {facts?.settingsError !== undefined && (
          <p class="error" role="alert">
            {t('popupSettingsFailed', facts.settingsError)}
          </p>
        )}
        {stopped && <p class="stopped">{stopped}</p>}
        {/* Wherever Extra Mile reads the tab, a list or inbox too: the panel, once open, follows the agent's tickets. */}
        {panelOpens && (
          <button type="button" class="link open-panel" onClick={onOpenPanel}>
            {t('popupOpenPanel')}
          </button>
        )}
        {panelOpens && panelError && (
          <p class="error panel-error" role="alert">
            {panelError}
          </p>
        )}
      </section>

      {/* Not while a search is typed: at 400 x 600 the ticket's list kept the popup's top half and two matches showed
          (a walk, 2026-12-05); clearing the search brings it back. */}
      {ticketView && grouped && (
        <section class="ticket" aria-labelledby="ticket-heading" ref={ticketList} onKeyDown={onTicketKey}>
          <h2 id="ticket-heading">{t('popupTicketHeading')}</h2>
          {ticketView.suggestions.length === 0 ? (
            // In the side panel's words (panel/cards.tsx), a ticket in another language said as such.
            <p class="empty">{t(ticketView.notEnglish ? 'panelNotEnglish' : 'noSuggestions')}</p>
          ) : (
            <LessonList class="ticket-lessons" results={ticketView.suggestions.map((s) => ({ lesson: s.lesson, why: [] }))} expanded={expanded} onToggle={toggleLesson} showTopic={true} idPrefix="ticket" known={known} />
          )}
        </section>
      )}

      <section class="search" role="search">
        <input
          ref={searchBox}
          type="search"
          autoFocus
          value={query}
          placeholder={t('popupSearchPlaceholder')}
          aria-label={t('popupSearchLabel')}
          aria-controls="results"
          onInput={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={onSearchKey}
        />
        <details class="filters" open={filtersOpen} onToggle={(event) => setFiltersOpen(event.currentTarget.open)}>
          <summary>
            {t('popupFilters')}
            {topics.length > 0 && <span class="count"> ({topics.length})</span>}
          </summary>
        <div class="chips" role="group" aria-label={t('popupTopicsLabel')}>
          <button type="button" aria-pressed={topics.length === 0} onClick={() => setTopics([])}>
            {t('popupAllTopics')}
          </button>
          {TOPICS.map((topic) => (
            <button type="button" key={topic.id} data-topic={topic.id} aria-pressed={topics.includes(topic.id)} onClick={() => toggleTopic(topic.id)}>
              {topicName(topic.id)}
            </button>
          ))}
        </div>
        </details>
      </section>

      {/* Read out as it changes; in sight too while a search finds some, over its matches ("0 lessons" stood over
          "No lesson matches": a review). */}
      <p class={grouped || results.length === 0 ? 'result-count sr-only' : 'result-count'} role="status">
        {lessons ? lessonCount(results.length) : ''}
      </p>
      <div class="results" id="results" ref={resultList} onKeyDown={onResultsKey}>
        {lessons && results.length === 0 && <p class="empty">{hiddenMatches ? t('popupHiddenMatches', lessonCount(hiddenMatches)) : t('popupNoResults')}</p>}
        {groups
          ? groups.map((group) => (
              <section key={group.topic} aria-labelledby={`topic-${group.topic}`}>
                <h2 id={`topic-${group.topic}`}>{topicName(group.topic)}</h2>
                <LessonList results={group.results} expanded={expanded} onToggle={toggleLesson} showTopic={false} known={known} />
              </section>
            ))
          : lessons && (
              // Ungrouped, the results have no topic headings: this one keeps an opened lesson's level three under a two.
              <section aria-labelledby="results-heading">
                <h2 class="sr-only" id="results-heading">
                  {t('popupResultsHeading')}
                </h2>
                <LessonList results={results} expanded={expanded} onToggle={toggleLesson} showTopic={true} known={known} />
              </section>
            )}
      </div>

      <footer>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOptions')}
        </button>
      </footer>
    </main>
  );
}

interface LessonListProps {
  results: SearchResult[];
  expanded: ReadonlySet<string>;
  onToggle: (id: string) => void;
  showTopic: boolean;
  /** The ticket's suggestions and the search results are separate lists: the ticket's keep their own class and ids. */
  class?: string;
  idPrefix?: string;
  /** What the tab's ticket fills in phrases ([name], [ticket number]), as the side panel fills them. */
  known: KnownValues;
}

function LessonList({ results, expanded, onToggle, showTopic, class: listClass = 'lessons', idPrefix = 'lesson', known }: LessonListProps) {
  return (
    <ul class={listClass}>
      {results.map(({ lesson, why }) => {
        const key = `${idPrefix}:${lesson.id}`;
        const open = expanded.has(key);
        const details = `${idPrefix}-${lesson.id}`;
        return (
          <li key={lesson.id} data-lesson-id={lesson.id} onKeyDown={open ? (event) => closeOnEscape(event, () => onToggle(key)) : undefined}>
            {/* A double click's second click is not a second toggle: it opened the lesson and folded it again (a review, 487). */}
            <button type="button" class="result" aria-expanded={open} aria-controls={details} onClick={(event) => event.detail < 2 && onToggle(key)}>
              <span class="title">{lesson.title}</span>
              {/* Heard with a pause between the title and the topic, where a screen reader ran them together. */}
              {showTopic && <span class="sr-only">, </span>}
              {showTopic && <span class="topic">{topicName(mainTopic(lesson))}</span>}
            </button>
            {why.length > 0 && (
              <p class="why">
                {t('popupWhyLabel')}: {why.map(whyText).join(' · ')}
              </p>
            )}
            {open && <LessonDetails lesson={lesson} id={details} known={known} />}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Escape inside an open lesson (its title or a Copy button) folds it and leaves the focus on its title: the innermost
 * thing open closes first. Only then does Escape clear the search, or close the popup, as before (a helper's walk,
 * 2026-12-04: Escape in an opened suggestion closed the whole popup).
 */
function closeOnEscape(event: TargetedKeyboardEvent<HTMLLIElement>, fold: () => void) {
  if (event.key !== 'Escape') return;
  event.preventDefault();
  event.stopPropagation(); // not on to the results' Escape, which clears the search
  event.currentTarget.querySelector<HTMLButtonElement>('button.result')?.focus();
  fold();
}

/** The popup has no reply editor to insert into: its phrases offer Copy only. */
const COPY_ONLY: PhraseActions = { onCopy: copyText };

function LessonDetails({ lesson, id, known }: { lesson: Lesson; id: string; known: KnownValues }) {
  return (
    <div class="details" id={id}>
      <p class="advice">{lesson.advice}</p>
      {lesson.steps && lesson.steps.length > 0 && (
        <ol class="steps" aria-label={t('steps')}>
          {lesson.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      )}
      <h3>{t('phrases')}</h3>
      <ul class="phrases">
        {lesson.phrases.map((phrase) => (
          <PhraseRow key={phrase} phrase={fillPhrase(phrase, known)} primary={false} actions={COPY_ONLY} />
        ))}
      </ul>
    </div>
  );
}

document.title = t('extName');
/**
 * The agent's theme, as the side panel and the options page follow it; "auto" (and unreadable settings): the system's,
 * both followed while the popup is open. Set before the first paint, so a dark system never sees a light flash.
 */
function followTheme(): void {
  let theme: ThemeChoice = 'auto';
  const systemDark = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  const apply = () => document.documentElement.setAttribute('data-theme', theme === 'auto' ? (systemDark?.matches ? 'dark' : 'light') : theme);
  systemDark?.addEventListener('change', apply);
  // Chosen in the options page while the popup is open: taken at once. The popup's page lives as long as the listener.
  followThemeChoice((chosen) => ((theme = chosen), apply()), () => preferences().then((prefs) => prefs.theme), new AbortController().signal);
}

followTheme();
render(<Popup />, document.getElementById('app') ?? document.body);

/**
 * ArrowDown and ArrowUp move the focus among `buttons` (a list's lesson buttons) from the one focused; past the first
 * or the last, to `beforeFirst` or `afterLast` where given, else it stays.
 */
function moveByArrow(event: KeyboardEvent, buttons: HTMLButtonElement[], beforeFirst: (() => void) | undefined, afterLast: (() => void) | undefined) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  event.preventDefault();
  const next = at + (event.key === 'ArrowDown' ? 1 : -1);
  if (next < 0) beforeFirst?.();
  else if (next >= buttons.length) afterLast?.();
  else buttons[next]?.focus();
}
