// What the popup says about the tab it acts on: the status line and the "On for this site" switch. Pure: facts in,
// words and states out, so every case is unit-tested without a browser.
import { deskLabel } from '../src/desk-label';
import type { TabView } from '../src/messages';
import { accessTakenBack, policyNeedsGrant, siteIsOn, type SiteAccess } from '../src/sites';
import { t } from '../src/i18n';
import { silenceOf } from '../src/silent-tab';

export interface SiteFacts extends SiteAccess {
  /** What the tab's content script shows (the side panel's view of it), or null when none answered. */
  view: TabView | null;
  /** Why the settings could not be read, where they could not: the switch cannot show the agent's choice. */
  settingsError?: string;
  /** The tab's page is still loading (no content script answers one yet). */
  loading?: boolean;
}

export interface SwitchView {
  checked: boolean;
  disabled: boolean;
  /** Why the switch is locked or disabled, or what switching on will do; empty when nothing needs saying. */
  note: string;
}

export function switchView(facts: SiteFacts): SwitchView {
  // The stored choice unknown: on as the tab's answer shows it, and not to be switched (the error line says why).
  if (facts.settingsError !== undefined) return { checked: facts.view !== null && facts.view.state !== 'off', disabled: true, note: '' };
  const checked = siteIsOn(facts);
  if (facts.site.kind === 'unsupported') return { checked, disabled: true, note: t(facts.site.restricted ? 'popupSwitchRestricted' : 'popupSwitchUnsupported') };
  // Switching on there asks the browser for the origin; the stored choice stays the policy's.
  if (policyNeedsGrant(facts)) return { checked, disabled: false, note: t('popupSwitchPolicyAsks') };
  // A hosted desk whose access the browser took back, where nothing runs: off in fact; switching on asks for it again.
  // Any page of the site (a help centre too): the switch is the site's (before 2026-12-05 one showed on there, and a
  // click stored off without asking the browser; review 498).
  if (accessTakenBack(facts) && !facts.view) return { checked: false, disabled: false, note: t(facts.locked ? 'popupSwitchPolicyAsks' : 'popupSwitchAsks') };
  if (facts.locked) return { checked, disabled: true, note: t('popupSwitchLocked') };
  if (facts.site.kind === 'self-hosted' && !checked && !facts.granted) return { checked, disabled: false, note: t('popupSwitchAsks') };
  // A page of a desk's site the content script does not read (a help centre): the switch is the site's, for its tickets
  // (before 2026-12-03 the line said "doesn't read this page" beside "On for this site", with no word why).
  if (facts.site.kind === 'hosted' && !facts.site.deskPage) return { checked, disabled: false, note: t('popupSwitchOtherPages') };
  return { checked, disabled: false, note: '' };
}

/** "Zendesk · #5512 · Refund still not received", "Extra Mile is off on this site", "Extra Mile doesn't read this page", … */
export function statusText(facts: SiteFacts): string {
  const { view } = facts;
  if (view) {
    if (view.state === 'off') return t('popupStatusOff');
    // A desk whose layout was not recognised was read by the generic reader: the popup says so, as the panel does.
    const desk = deskLabel(view.desk);
    if (view.ticket) return [desk, view.ticket.id ? t('ticketNumber', view.ticket.id) : '', view.ticket.subject].filter(Boolean).join(' · ');
    if (view.state === 'reading') return `${desk} · ${t('readingTicket')}`;
    // A list, an inbox, a dashboard: said as the side panel says it, not as a ticket that failed.
    if (view.state === 'no-ticket') return `${desk} · ${t('panelNoTicket')}`;
    return `${desk} · ${t('unreadable')}`;
  }
  // Nothing answered: said as the side panel says it, from the same decision.
  const silence = silenceOf(facts, facts.loading);
  if (silence === 'loading') return t('popupStatusLoading');
  if (silence === 'no-access') return t('popupStatusNoAccess');
  return silence === 'reload' ? t('popupStatusReload') : silence === 'off' ? t('popupStatusOff') : t('popupStatusNotDesk');
}

/** Why Extra Mile no longer shows anything on the page although it runs there, or '' when it has not stopped. */
export function stoppedText(facts: SiteFacts): string {
  return facts.view?.stopped === 'page-removed' ? t('popupStoppedPageRemoved') : '';
}
