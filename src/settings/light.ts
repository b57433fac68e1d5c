// The settings API for the small pages, the popup and the side panel: the same typed functions as index.ts (the full
// API, for the background and the options page), but none that would bundle the pack validator or the reply coach's
// checks and word classes. activeLessons needs both where there are packs (every stored pack is validated, checks and
// all, before its lessons count), so it loads that part only then: in the popup, a chunk of its own (build.mjs).
import type { Lesson } from '../lessons/schema';

export { DEFAULT_PREFERENCES, type CustomSelectors, type PointerPlace, type Preferences, type SiteSettings } from './defaults';
export { SettingsError, onSettingsChanged } from './store';
export { preferences } from './preferences';
export { siteSettings, siteLockedByPolicy, siteLockedIn, updateSiteSettings, forgetSite, grantNeededElsewhere } from './sites';
export { managedSites, type PolicySites } from './policy-sites';
export { ticketHelpfulLessons, setTicketLessonHelpful, onFeedbackReset } from './ticket-choices';

/** The lessons that apply (lessons.ts); the pack validator is loaded only where there is a pack (active-lessons.ts). */
export async function activeLessons(): Promise<Lesson[]> {
  return (await import('./active-lessons')).activeLessons();
}
