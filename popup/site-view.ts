// What the popup says about the tab it acts on: the status line and the "On for this site" switch. Pure: facts in,
// words and states out, so every case is unit-tested without a browser.
import type { StatusReply } from '../src/messages';
import type { SiteKind } from '../src/sites';
import { t } from '../src/i18n';

export interface SiteFacts {
  site: SiteKind;
  /** What the tab's content script answered, or null when none answered. */
  status: StatusReply | null;
  /** The stored choice (after policy): undefined means the default, on where the content script runs. */
  enabled: boolean | undefined;
  /** The organisation's policy decides for this site. */
  locked: boolean;
  /** Self-hosted sites: the browser lets Extra Mile read this origin. */
  granted: boolean;
}

export interface SwitchView {
  checked: boolean;
  disabled: boolean;
  /** Why the switch is locked or disabled, or what switching on will do; empty when nothing needs saying. */
  note: string;
}

/**
 * Whether Extra Mile runs on the site: on by default where the manifest puts it; elsewhere only where the browser
 * grants the origin, whatever the stored choice or the policy says (without the grant nothing can run there).
 */
export function isOn(facts: SiteFacts): boolean {
  if (facts.site.kind === 'unsupported') return false;
  if (facts.site.kind === 'self-hosted' && !facts.granted) return false;
  // siteSettings() puts the policy's choice in `enabled`.
  if (facts.locked) return facts.enabled === true;
  return facts.enabled !== false;
}

/** The policy turns Extra Mile on at a self-hosted site the browser has not granted: only the agent can allow it. */
export function policyNeedsGrant(facts: SiteFacts): boolean {
  return facts.site.kind === 'self-hosted' && facts.locked && facts.enabled === true && !facts.granted;
}

export function switchView(facts: SiteFacts): SwitchView {
  const checked = isOn(facts);
  if (facts.site.kind === 'unsupported') return { checked, disabled: true, note: t('popupSwitchUnsupported') };
  // Switching on there asks the browser for the origin; the stored choice stays the policy's.
  if (policyNeedsGrant(facts)) return { checked, disabled: false, note: t('popupSwitchPolicyAsks') };
  if (facts.locked) return { checked, disabled: true, note: t('popupSwitchLocked') };
  if (facts.site.kind === 'self-hosted' && !checked && !facts.granted) return { checked, disabled: false, note: t('popupSwitchAsks') };
  return { checked, disabled: false, note: '' };
}

/** "Zendesk · #5512 · Refund still not received", "Extra Mile is off on this site", "Not a help desk here", … */
export function statusText(facts: SiteFacts): string {
  const { status, site } = facts;
  if (status) {
    if (status.state === 'off') return t('popupStatusOff');
    const desk = status.desk.id === 'generic' ? t('readingGeneric') : status.desk.label;
    if (status.ticket) return [desk, status.ticket.id ? t('ticketNumber', status.ticket.id) : '', status.ticket.subject].filter(Boolean).join(' · ');
    if (status.state === 'reading') return `${desk} · ${t('readingTicket')}`;
    return `${desk} · ${t('unreadable')}`;
  }
  if (site.kind === 'unsupported') return t('popupStatusNotDesk');
  if (!isOn(facts)) return site.kind === 'hosted' && site.deskPage ? t('popupStatusOff') : t('popupStatusNotDesk');
  // On, yet nothing answered: the tab was open before Extra Mile could run there.
  if (site.kind === 'self-hosted' || site.deskPage) return t('popupStatusReload');
  return t('popupStatusNotDesk');
}

/** Why Extra Mile no longer shows anything on the page although it runs there, or '' when it has not stopped. */
export function stoppedText(facts: SiteFacts): string {
  return facts.status?.stopped === 'page-removed' ? t('popupStoppedPageRemoved') : '';
}
