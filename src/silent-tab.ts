// What to say of a tab whose page no content script answers, decided here once for the popup's status line and the
// side panel's heading: each decided it apart, and on a Zendesk ticket whose page failed to load (ERR_EMPTY_RESPONSE)
// the panel said "Extra Mile doesn't read this page" while the popup said "Reload the tab to start".
import { accessTakenBack, siteIsOn, type SiteAccess } from './sites';

/**
 * `not-read`: not a page Extra Mile runs on (not a desk it knows, a site not switched on, a browser page).
 * `off`: a desk's page, switched off. `reload`: Extra Mile is on there, yet nothing answers: the tab was open before it
 * could run there, or its page did not load (the browser's error page runs no extension); reloading starts it either way.
 * `no-access`: a hosted desk's page, on, whose access the browser took back (Firefox's add-on permissions, Chrome's site
 * access): reloading does not help; switching on in the popup asks for it again.
 * `loading`: where it would be `reload`, the tab's page is still loading (`loading`: the browser says so): no script
 * answers a page until it has loaded, and a slow desk page was told to be reloaded while it came in.
 * `maybe-no-access`: where it would be `not-read`, the browser hides the page's address from Extra Mile and has taken
 * back its access to a desk it knows (the side panel alone asks, src/tab-silence.ts): this may be that desk.
 */
export type Silence = 'not-read' | 'off' | 'reload' | 'no-access' | 'loading' | 'maybe-no-access';

export function silenceOf(access: SiteAccess, loading = false): Silence {
  const { site } = access;
  if (site.kind === 'unsupported') return 'not-read';
  if (!siteIsOn(access)) return site.kind === 'hosted' && site.deskPage ? 'off' : 'not-read';
  if (accessTakenBack(access) && site.kind === 'hosted' && site.deskPage) return 'no-access';
  if (site.kind !== 'self-hosted' && !site.deskPage) return 'not-read';
  return loading ? 'loading' : 'reload';
}

/**
 * How long silence from a loading page is held back (the side panel), or asked through (the popup): a desk's next
 * ticket usually answers well within it, and a page that never finishes loading (or one Extra Mile does not read,
 * still loading) is said to be silent after it.
 */
export const LOADING_HOLD_MS = 3_000;

const SILENCES: readonly Silence[] = ['not-read', 'off', 'reload', 'no-access', 'loading', 'maybe-no-access'];

/** An answer from the background, checked before the panel trusts it. */
export function isSilence(value: unknown): value is Silence {
  return SILENCES.includes(value as Silence);
}
