// Where things live in extension storage; every key in one place, so the change listener knows them all.
//   storage.sync     `settings`        preferences and hidden built-in lessons; `site:<origin>` the agent's choices per
//                                      site (small; follows the agent; one item per site so many sites never fill one item)
//   storage.local    `pack:<id>`       one custom lesson pack each (large; never synced), `feedback` per-lesson counts,
//                    `desks`           the desk recognised on each origin, `pointer-places` where the pointer was moved
//   storage.managed                    what an administrator pushes (packs, sites, locked preferences); read-only,
//                                      its last value kept in storage.local `managed-cache` for slow browser starts
//   storage.session  `ticket-hidden:<hash>`  lessons marked not relevant on one ticket, until the browser closes
//                    `ticket-helpful:<hash>` lessons marked Helpful on one ticket in one tab, until the browser closes
//                    `feedback-reset`        a count raised at each feedback reset, so open side panels unpress Helpful

export const SETTINGS_KEY = 'settings';
export const FEEDBACK_KEY = 'feedback';
export const PACK_PREFIX = 'pack:';
/** A storage.local key that holds an installed pack (read or not): what the popup and the packs' list both look for. */
export const isPackKey = (key: string) => key.startsWith(PACK_PREFIX);
/** Version 2: one storage.sync item per site, so many sites never outgrow sync's 8 KB per item. */
export const SITE_PREFIX = 'site:';
/** The desk recognised on each origin, in storage.local: the background notes it; it follows no one. */
export const DESKS_KEY = 'desks';
/** Before version 1, open/closed state lived in storage.local under `site:<origin>`. */
export const LEGACY_SITE_PREFIX = 'site:';
/** storage.local: the managed value last read, for while the browser is still loading policies. */
export const POLICY_CACHE_KEY = 'managed-cache';
export const TICKET_HIDDEN_PREFIX = 'ticket-hidden:';
export const TICKET_HELPFUL_PREFIX = 'ticket-helpful:';
/** storage.session: changes whenever feedback is reset, so an open side panel lets go of the Helpful it shows pressed. */
export const FEEDBACK_RESET_KEY = 'feedback-reset';
export const POINTER_PLACES_KEY = 'pointer-places';
