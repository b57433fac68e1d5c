// Sites: where Extra Mile runs and which desk it recognised there; on/off and forget per site; and, for a desk no
// adapter knows, the agent's own CSS selectors, tried against an open tab of that site before they are saved.
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from '../src/browser';
import { adapters } from '../src/adapters/index';
import { cleanTexts } from '../src/adapters/clean/clean-ticket';
import { t } from '../src/i18n';
import type { Message, TrySelectorsReply } from '../src/messages';
import * as settings from '../src/settings';
import type { SiteSettings } from '../src/settings';
import { accessTakenBack, originPattern, policyNeedsGrant, siteIsOn, siteKind, type SiteAccess, type SiteKind } from '../src/sites';
import { switchSite } from '../popup/site-access';
import { siteGranted } from '../src/tab-access';
import { AddSite } from './add-site';
import { Confirm, Locked, Notice, Refusal, Section, Switch, useAction, useConfirm, type OptionsData } from './common';

/** The content-script match patterns the manifest declares: the hosted desks Extra Mile runs on by itself. */
function manifestMatches(): string[] {
  try {
    return (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
  } catch {
    return [];
  }
}


/** The site's desk; saved selectors are named only where they read it, for the generic reader (src/background/context.ts). */
function deskLabel(site: SiteSettings | undefined): string {
  const desk = site?.desk;
  if (desk === undefined) return t('optionsDeskNotSeen');
  if (desk === 'generic') return t(site?.selectors ? 'optionsDeskGenericSelectors' : 'optionsDeskGeneric');
  return adapters.find((a) => a.id === desk)?.label ?? desk;
}

export function SitesSection({ data }: { data: OptionsData }) {
  const matches = manifestMatches();
  const { sites } = data.settings;
  const { policy } = data;
  const origins = [...new Set([...Object.keys(sites), ...policy.sitesOn, ...policy.sitesOff])].sort();
  const hosted = adapters
    .filter((a) => a.matches?.some((p) => matches.includes(p)))
    .map((a) => ({ label: a.label, patterns: (a.matches ?? []).filter((p) => matches.includes(p)) }));
  const unlabelled = matches.filter((p) => !adapters.some((a) => a.matches?.includes(p)));

  const more = useRef<HTMLElement>(null);
  // A forgotten site's card held the focus: its neighbour takes it, or the list of desks read everywhere.
  const forgotten = (next: HTMLElement | null) => (next ?? more.current)?.focus();
  return (
    <Section id="sites" title={t('optionsSitesHeading')} intro={t('optionsSitesIntro')}>
      {origins.length === 0 ? (
        <p class="empty">{t('optionsNoSites')}</p>
      ) : (
        <ul class="cards">
          {origins.map((origin) => (
            <SiteRow
              key={origin}
              origin={origin}
              site={sites[origin]}
              forced={policy.sitesOn.includes(origin) ? true : policy.sitesOff.includes(origin) ? false : undefined}
              kind={siteKind(`${origin}/`, matches)}
              onForgotten={forgotten}
            />
          ))}
        </ul>
      )}
      <AddSite listed={origins} policy={policy} matches={matches} />
      <details class="block">
        <summary ref={more}>{t('optionsHostedDesks', String(hosted.length))}</summary>
        <p class="hint">{t('optionsHostedDesksHint')}</p>
        <ul class="hosted">
          {hosted.map((desk) => (
            <li key={desk.label}>
              <span class="title">{desk.label}</span> <code>{desk.patterns.join('  ')}</code>
            </li>
          ))}
          {unlabelled.map((pattern) => (
            <li key={pattern}>
              <code>{pattern}</code>
            </li>
          ))}
        </ul>
      </details>
    </Section>
  );
}

/**
 * Whether the browser lets Extra Mile read the site, as the popup asks it (siteGranted: a hosted desk's grant from
 * install can be taken back too), kept current as permissions are granted or taken back anywhere; undefined until it
 * answers.
 */
function useGranted(kind: SiteKind): boolean | undefined {
  const [granted, setGranted] = useState<boolean | undefined>(undefined);
  const origin = kind.kind === 'unsupported' ? '' : kind.origin;
  useEffect(() => {
    if (kind.kind === 'unsupported') return;
    let live = true;
    const check = () => {
      Promise.resolve()
        .then(() => siteGranted(kind))
        .then((answer) => live && setGranted(answer), () => live && setGranted(false));
    };
    check();
    const events = [browser.permissions.onAdded, browser.permissions.onRemoved].filter((event) => event !== undefined);
    for (const event of events) event.addListener(check);
    return () => {
      live = false;
      for (const event of events) event.removeListener(check);
    };
  }, [origin, kind.kind]);
  return granted;
}

function SiteRow({ origin, site, forced, kind, onForgotten }: { origin: string; site: settings.SiteSettings | undefined; forced: boolean | undefined; kind: SiteKind; onForgotten(next: HTMLElement | null): void }) {
  const action = useAction();
  const confirm = useConfirm();
  const card = useRef<HTMLLIElement>(null);
  // As the popup decides (src/sites.ts); until the browser answers, a hosted desk counts as granted (as installed), a
  // self-hosted origin as not.
  const covered = kind.kind === 'hosted';
  const granted = useGranted(kind);
  const access: SiteAccess = { site: kind, enabled: forced ?? site?.enabled, locked: forced !== undefined, granted: granted ?? covered };
  // A hosted desk whose access the browser took back runs nowhere: off in fact, and switching on asks for it again.
  const takenBack = accessTakenBack(access);
  const on = siteIsOn(access) && !takenBack;
  const needsGrant = granted !== undefined && (policyNeedsGrant(access) || (takenBack && access.locked));
  const lockedId = `site-${origin}-locked`;
  const noAccessId = `site-${origin}-no-access`;
  const generic = site?.desk === 'generic' || site?.selectors !== undefined;
  // Once shown, the selector editor stays while the page is open: selectors no longer used are still in its fields.
  const [editorShown, setEditorShown] = useState(generic);
  useEffect(() => {
    if (generic) setEditorShown(true);
  }, [generic]);
  // A desk Extra Mile runs on by itself, switched off by the agent: forgetting its record takes the switch-off away.
  const forgetSwitchesOn = covered && forced === undefined && site?.enabled === false;

  function setEnabled(next: boolean): Promise<boolean> {
    if (kind.kind === 'unsupported') return Promise.resolve(false);
    // As the popup does, and straight from the click: a self-hosted site, or a hosted desk whose access the browser
    // took back, asks the browser first.
    const switched = switchSite(kind, next, site?.enabled, access.granted);
    return action.run(async () => {
      if ((await switched) !== next) throw new Refusal(t('optionsSitePermissionRefused', origin));
      return t('optionsSaved'); // as a preference says it: the switch alone left a screen reader nothing to hear
    });
  }

  function forget() {
    // Found now: once the site is forgotten, its card and its place in the list may be gone; one the policy lists stays.
    const next = (forced !== undefined ? card.current : (card.current?.nextElementSibling ?? card.current?.previousElementSibling)) as HTMLElement | null;
    void action
      .run(async () => {
        await settings.forgetSite(origin);
        // The site's grant goes with it, unless another port of its host is on with the same grant.
        if (!covered && !(await settings.grantNeededElsewhere(origin))) await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
      })
      .then((done) => done && onForgotten(next));
  }

  return (
    <li class="card" data-origin={origin} tabIndex={-1} ref={card}>
      <div class="card-head">
        <div>
          <h3 class="origin">{origin}</h3>
          <p class="meta" data-desk={site?.desk ?? ''}>
            {deskLabel(site)}
          </p>
        </div>
        <div class="controls">
          <Switch label={t('optionsSiteOn')} named={t('optionsSiteOnNamed', origin)} checked={on} disabled={forced !== undefined} busy={action.busy} describedBy={forced !== undefined ? lockedId : takenBack ? noAccessId : undefined} onChange={setEnabled} />
          {forced !== undefined && <Locked id={lockedId} />}
        </div>
      </div>
      {needsGrant ? (
        <div class="row" data-needs-grant="">
          <p class="hint">{t('optionsSitePolicyNotGranted', origin)}</p>
          {/* From the click itself: browsers grant a host permission only inside the user's gesture. The policy's choice
              stays the policy's: switchSite asks for the grant and stores nothing. */}
          <button type="button" onClick={() => void setEnabled(true)}>
            {t('optionsSiteAllow')}
          </button>
        </div>
      ) : (
        takenBack && (
          <p class="hint" id={noAccessId}>
            {t('optionsSiteNoAccess', origin)}
          </p>
        )
      )}
      {(generic || editorShown) && <SelectorEditor origin={origin} saved={site?.selectors} />}
      {/* Not on a site the policy forces on: it stays listed, and Forget would give back the grant it runs with. A site
          forced off keeps Forget, the one way to give its grant back here. */}
      {site && forced !== true && (
        <div class="row">
          {confirm.confirming ? (
            <Confirm
              question={forgetSwitchesOn ? t('optionsSiteForgetSwitchesOn', origin) : t('optionsSiteForgetConfirm', origin)}
              confirm={t('optionsSiteForget')}
              onCancel={confirm.cancel}
              onConfirm={() => {
                confirm.close();
                forget();
              }}
            />
          ) : (
            <button type="button" ref={confirm.trigger} aria-label={t('optionsSiteForgetNamed', origin)} onClick={() => (site.selectors || forgetSwitchesOn ? confirm.ask() : forget())}>
              {t('optionsSiteForget')}
            </button>
          )}
        </div>
      )}
      <Notice action={action} />
    </li>
  );
}

type Field = keyof settings.CustomSelectors;
const FIELDS: Array<[Field, 'optionsSelectorSubject' | 'optionsSelectorMessages' | 'optionsSelectorEditor', 'optionsSelectorSubjectHint' | 'optionsSelectorMessagesHint' | 'optionsSelectorEditorHint']> = [
  ['subject', 'optionsSelectorSubject', 'optionsSelectorSubjectHint'],
  ['messages', 'optionsSelectorMessages', 'optionsSelectorMessagesHint'],
  ['editor', 'optionsSelectorEditor', 'optionsSelectorEditorHint'],
];
const EMPTY: settings.CustomSelectors = { subject: '', messages: '', editor: '' };

/** An invalid CSS selector throws; an empty one means "none". */
function isValidSelector(selector: string): boolean {
  if (!selector.trim()) return true;
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

const clip = (text: string, max = 240) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function SelectorEditor({ origin, saved }: { origin: string; saved: settings.CustomSelectors | undefined }) {
  const [draft, setDraft] = useState<settings.CustomSelectors>(saved ?? EMPTY);
  const [tabs, setTabs] = useState<Array<{ id: number; title: string }>>([]);
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [trial, setTrial] = useState<TrySelectorsReply | null>(null);
  const action = useAction();
  const idOf = (field: string) => `sel-${origin}-${field}`;
  const invalid = FIELDS.filter(([field]) => !isValidSelector(draft[field])).map(([field]) => field);

  const saveButton = useRef<HTMLButtonElement>(null);
  // Saved elsewhere (another window): show what is stored now. Once they are no longer used, the fields keep them, so
  // Save puts them back (a review: Stop using them had emptied the fields, with no way back).
  const savedKey = JSON.stringify(saved ?? null);
  useEffect(() => {
    if (saved) setDraft(saved);
  }, [savedKey]);

  async function findTabs() {
    // Without host access a tab has no url: only tabs of sites Extra Mile may run on are listed, which is what we need.
    const all = await browser.tabs.query({}).catch(() => []);
    const found = all
      .filter((tab) => tab.id !== undefined && tab.url !== undefined && safeOrigin(tab.url) === origin)
      .map((tab) => ({ id: tab.id as number, title: tab.title || (tab.url ?? '') }));
    setTabs(found);
    setTabId((old) => (found.some((tab) => tab.id === old) ? old : found[0]?.id));
  }

  useEffect(() => {
    void findTabs();
    window.addEventListener('focus', findTabs);
    return () => window.removeEventListener('focus', findTabs);
  }, [origin]);

  async function tryOn() {
    setTrial(null);
    if (invalid.length) return action.fail(t('optionsSelectorInvalid'));
    if (tabId === undefined) return action.fail(t('optionsTryNoTab', origin));
    action.clear();
    const message: Message = { type: 'extra-mile:try-selectors', selectors: draft };
    try {
      const reply = (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as TrySelectorsReply;
      // The tab reads the messages as its page shows them; shown as the extension would read them, cleaned.
      setTrial({ ...reply, messages: cleanTexts(reply.subject, reply.messages).messages.filter(Boolean) });
    } catch {
      action.fail(t('optionsTryNotRunning'));
    }
  }

  function save(e: Event) {
    e.preventDefault();
    if (invalid.length) return action.fail(t('optionsSelectorInvalid'));
    if (!draft.messages.trim()) return action.fail(t('optionsSelectorMessagesRequired'));
    const selectors = { subject: draft.subject.trim(), messages: draft.messages.trim(), editor: draft.editor.trim() };
    void action.run(async () => {
      await settings.updateSiteSettings(origin, { selectors });
      return t('optionsSelectorsSaved');
    });
  }

  return (
    <details class="selectors" open={saved === undefined ? undefined : true}>
      <summary>{t('optionsSelectorsHeading')}</summary>
      <p class="hint">{t('optionsSelectorsHint')}</p>
      <form onSubmit={save} aria-label={t('optionsSelectorsFor', origin)}>
        {FIELDS.map(([field, label, hint]) => (
          <div class="field" key={field}>
            <label for={idOf(field)}>{t(label)}</label>
            <input
              id={idOf(field)}
              name={field}
              type="text"
              spellcheck={false}
              autoComplete="off"
              value={draft[field]}
              aria-invalid={invalid.includes(field) ? 'true' : undefined}
              aria-describedby={idOf(`${field}-hint`)}
              onInput={(e) => {
                const value = (e.currentTarget as HTMLInputElement).value;
                setDraft((old) => ({ ...old, [field]: value }));
              }}
            />
            <span class="hint" id={idOf(`${field}-hint`)}>
              {invalid.includes(field) ? t('optionsSelectorInvalidField') : t(hint)}
            </span>
          </div>
        ))}
        <div class="row">
          <label for={idOf('tab')}>{t('optionsTryTab')}</label>
          <select id={idOf('tab')} value={tabId === undefined ? '' : String(tabId)} disabled={!tabs.length} onChange={(e) => setTabId(Number((e.currentTarget as HTMLSelectElement).value))}>
            {tabs.length === 0 && <option value="">{t('optionsTryNoTabs')}</option>}
            {tabs.map((tab) => (
              <option key={tab.id} value={String(tab.id)}>
                {clip(tab.title, 80)}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void findTabs()}>
            {t('optionsTryRefresh')}
          </button>
          <button type="button" onClick={() => void tryOn()}>
            {t('optionsTry')}
          </button>
        </div>
        {trial && <Trial reply={trial} />}
        <div class="row">
          <button type="submit" class="primary" ref={saveButton} disabled={action.busy} aria-label={t('optionsSelectorsSaveNamed', origin)}>
            {t('optionsSelectorsSave')}
          </button>
          {saved && (
            <button
              type="button"
              aria-label={t('optionsSelectorsRemoveNamed', origin)}
              onClick={() =>
                // This button goes with them: the focus goes to Save, which puts them back.
                void action
                  .run(async () => {
                    await settings.updateSiteSettings(origin, { selectors: undefined });
                    return t('optionsSelectorsRemoved');
                  })
                  .then((done) => done && saveButton.current?.focus())
              }
            >
              {t('optionsSelectorsRemove')}
            </button>
          )}
        </div>
      </form>
      <Notice action={action} />
    </details>
  );
}

function Trial({ reply }: { reply: TrySelectorsReply }) {
  return (
    <div class="trial" data-trial aria-live="polite">
      <p class="label">{t('optionsTryResult')}</p>
      <dl>
        <dt>{t('optionsTrySubject')}</dt>
        <dd data-trial-subject>{reply.subject ? reply.subject : <em>{t('optionsTryNothing')}</em>}</dd>
        <dt>{t('optionsTryMessages', String(reply.messages.length))}</dt>
        {reply.messages.length === 0 && (
          <dd>
            <em>{t('optionsTryNothing')}</em>
          </dd>
        )}
        {reply.messages.slice(0, 5).map((text, i) => (
          <dd key={i} data-trial-message>
            {clip(text)}
          </dd>
        ))}
        <dt>{t('optionsTryEditor')}</dt>
        <dd data-trial-editor={String(reply.editorFound)}>{reply.editorFound ? t('optionsTryEditorFound') : t('optionsTryEditorMissing')}</dd>
      </dl>
    </div>
  );
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}
