// What the popup says about its tab: the status line and the switch, for every kind of site and state.
import { describe, expect, it } from 'vitest';
import { t } from '../src/i18n';
import type { TabView } from '../src/messages';
import { statusText, switchView, type SiteFacts } from '../popup/site-view';
import { policyNeedsGrant, siteIsOn } from '../src/sites';

const ZENDESK = { kind: 'hosted', origin: 'https://outdoorco.zendesk.com', deskPage: true } as const;
const HELP_CENTRE = { kind: 'hosted', origin: 'https://outdoorco.zendesk.com', deskPage: false } as const;
const FREESCOUT = { kind: 'self-hosted', origin: 'https://freescout.example.org' } as const;
const NEW_TAB = { kind: 'unsupported' } as const;

const facts = (over: Partial<SiteFacts>): SiteFacts => ({ site: ZENDESK, view: null, enabled: undefined, locked: false, granted: true, ...over });
/** What the tab's content script answers (its TabView); a ticket as the desk showed it. */
const ticket = (id: string | null, subject: string) => ({ id, identity: id ?? subject, subject, customerMessages: 1, text: { subject, messages: ['…'] } });
const view = (over: Partial<TabView> = {}): TabView => ({
  state: 'ready',
  origin: 'https://acme.zendesk.com',
  desk: { id: 'zendesk', label: 'Zendesk', generic: false },
  ticket: ticket('5512', 'Refund still not received for my returned jacket'),
  suggestions: [],
  hidden: [],
  canInsert: true,
  pageIsDark: false,
  theme: 'auto',
  ...over,
});

describe('statusText', () => {
  it('names the desk, the ticket and its subject', () => {
    expect(statusText(facts({ view: view() }))).toBe('Zendesk · #5512 · Refund still not received for my returned jacket');
    expect(statusText(facts({ view: view({ ticket: ticket(null, 'Where is my parcel?') }) }))).toBe('Zendesk · Where is my parcel?');
    expect(statusText(facts({ view: view({ state: 'reading', ticket: undefined }) }))).toBe(`Zendesk · ${t('readingTicket')}`);
    expect(statusText(facts({ view: view({ state: 'no-ticket', ticket: undefined }) }))).toBe(`Zendesk · ${t('panelNoTicket')}`);
    expect(statusText(facts({ site: FREESCOUT, view: view({ desk: { id: 'generic', label: 'Any other page', generic: true }, ticket: ticket(null, 'How do I return a gift?') }) }))).toBe(
      `${t('readingGeneric')} · How do I return a gift?`,
    );
    // A desk whose layout was not recognised, read by the generic reader: said as the panel says it.
    expect(statusText(facts({ view: view({ desk: { id: 'zendesk', label: 'Zendesk', generic: true } }) }))).toBe(`${t('readingGeneric')} · #5512 · Refund still not received for my returned jacket`);
  });

  it('says when Extra Mile is off on the site', () => {
    expect(statusText(facts({ view: view({ state: 'off' }), enabled: false }))).toBe('Extra Mile is off on this site');
    // Switched off, and the content script has not answered (yet): still off, on a desk page.
    expect(statusText(facts({ enabled: false }))).toBe('Extra Mile is off on this site');
  });

  it('says "Extra Mile doesn\'t read this page" where nothing runs (as the side panel says it), not that it is no help desk, and "Reload the tab to start" where it should but does not yet', () => {
    expect(statusText(facts({ site: NEW_TAB }))).toBe("Extra Mile doesn't read this page");
    expect(statusText(facts({ site: FREESCOUT, granted: false }))).toBe("Extra Mile doesn't read this page");
    expect(statusText(facts({ site: HELP_CENTRE }))).toBe("Extra Mile doesn't read this page");
    expect(statusText(facts({ site: ZENDESK }))).toBe('Reload the tab to start');
    expect(statusText(facts({ site: FREESCOUT, granted: true, enabled: true }))).toBe('Reload the tab to start');
    // Granted, never switched on at this origin (another port of the host; a site forgotten): not read.
    expect(statusText(facts({ site: FREESCOUT, granted: true }))).toBe("Extra Mile doesn't read this page");
  });
});

describe('switchView', () => {
  it('hosted desks are on unless switched off', () => {
    expect(switchView(facts({}))).toEqual({ checked: true, disabled: false, note: '' });
    expect(switchView(facts({ enabled: false }))).toEqual({ checked: false, disabled: false, note: '' });
  });

  it('self-hosted sites are on only when the browser granted the origin and the agent switched it on there', () => {
    expect(switchView(facts({ site: FREESCOUT, granted: false }))).toEqual({ checked: false, disabled: false, note: t('popupSwitchAsks') });
    expect(switchView(facts({ site: FREESCOUT, granted: true, enabled: true }))).toEqual({ checked: true, disabled: false, note: '' });
    // The grant alone is not a choice: it covers every port of the host, and outlives a site forgotten.
    expect(switchView(facts({ site: FREESCOUT, granted: true }))).toEqual({ checked: false, disabled: false, note: '' });
    expect(switchView(facts({ site: FREESCOUT, granted: true, enabled: false }))).toEqual({ checked: false, disabled: false, note: '' });
    expect(siteIsOn(facts({ site: FREESCOUT, granted: false, enabled: true }))).toBe(false); // stored on, permission declined
  });

  it('a hosted desk whose access the browser took back (Firefox add-on permissions, Chrome site access) and where nothing runs: said so, shown off, switching on asks', () => {
    const withheld = facts({ granted: false });
    expect(statusText(withheld)).toBe(t('popupStatusNoAccess'));
    expect(switchView(withheld)).toEqual({ checked: false, disabled: false, note: t('popupSwitchAsks') });
    // Where the policy keeps it on, the agent can still give the browser's access back.
    expect(switchView(facts({ granted: false, locked: true, enabled: true }))).toEqual({ checked: false, disabled: false, note: t('popupSwitchPolicyAsks') });
    // Switched off by the agent: off, as any site.
    expect(statusText(facts({ granted: false, enabled: false }))).toBe(t('popupStatusOff'));
    // Running anyway (Chrome runs it on a toolbar click where access is "on click"): the ticket as usual, the switch on.
    expect(switchView(facts({ granted: false, view: view() }))).toEqual({ checked: true, disabled: false, note: '' });
    expect(statusText(facts({ granted: false, view: view() }))).toMatch(/^Zendesk · #5512/);
  });

  it("on a hosted desk's page the content script does not read (a help centre), says the switch is the site's, for its tickets", () => {
    expect(switchView(facts({ site: HELP_CENTRE }))).toEqual({ checked: true, disabled: false, note: t('popupSwitchOtherPages') });
    expect(switchView(facts({ site: HELP_CENTRE, enabled: false }))).toEqual({ checked: false, disabled: false, note: t('popupSwitchOtherPages') });
    expect(switchView(facts({}))).toEqual({ checked: true, disabled: false, note: '' });
  });

  it('is disabled, with the reason, where the page is not a web page', () => {
    expect(switchView(facts({ site: NEW_TAB }))).toEqual({ checked: false, disabled: true, note: t('popupSwitchUnsupported') });
    expect(switchView(facts({ site: { kind: 'unsupported', restricted: true } }))).toEqual({ checked: false, disabled: true, note: t('popupSwitchRestricted') });
  });

  it('is locked, showing the organisation’s choice, where policy decides', () => {
    expect(switchView(facts({ locked: true, enabled: false }))).toEqual({ checked: false, disabled: true, note: 'Set by your organisation' });
    expect(switchView(facts({ locked: true, enabled: true }))).toEqual({ checked: true, disabled: true, note: 'Set by your organisation' });
    expect(switchView(facts({ site: FREESCOUT, locked: true, enabled: true, granted: true }))).toEqual({ checked: true, disabled: true, note: 'Set by your organisation' });
    expect(switchView(facts({ site: FREESCOUT, locked: true, enabled: false, granted: true }))).toEqual({ checked: false, disabled: true, note: 'Set by your organisation' });
  });

  it('where policy turns a self-hosted site on that the browser has not granted: shown off, and switching on asks for it', () => {
    const wanted = facts({ site: FREESCOUT, locked: true, enabled: true, granted: false });
    expect(siteIsOn(wanted)).toBe(false); // nothing can run there without the grant
    expect(policyNeedsGrant(wanted)).toBe(true);
    expect(switchView(wanted)).toEqual({ checked: false, disabled: false, note: t('popupSwitchPolicyAsks') });
    expect(statusText(wanted)).toBe(t('popupStatusNotDesk'));
    // Policy off, or not the policy's doing: no offer.
    expect(policyNeedsGrant(facts({ site: FREESCOUT, locked: true, enabled: false, granted: false }))).toBe(false);
    expect(policyNeedsGrant(facts({ site: FREESCOUT, locked: false, enabled: true, granted: false }))).toBe(false);
    expect(policyNeedsGrant(facts({ locked: true, enabled: true }))).toBe(false); // a hosted desk needs no grant
  });
});
