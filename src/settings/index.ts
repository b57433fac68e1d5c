// The one place that touches extension storage: everything else asks here, through these typed functions.
// keys.ts maps where each thing lives; defaults.ts has no imports, for the content script; light.ts is the part of
// this API the popup and the side panel use, without the pack validator or the reply coach's data.
export { DEFAULT_PREFERENCES, type CustomSelectors, type PointerPlace, type Preferences, type SiteSettings } from './defaults';
export { SETTINGS_VERSION } from './migrations';
export type { Settings } from './shapes';
export { originMeant } from './shapes';
export { SettingsError, onSettingsChanged } from './store';
export { getSettings } from './stored-settings';
export { preferences, updatePreferences } from './preferences';
export { siteSettings, siteLockedByPolicy, siteLockedIn, updateSiteSettings, forgetSite, grantNeededElsewhere } from './sites';
export { recordDesk } from './desks';
export { setLessonHidden, activeLessons, activeLibrary, libraryInUse, type LeftOutLesson } from './lessons';
export { previewPack, importPack, listPacks, setPackEnabled, removePack, exportPack, type ImportResult, type InstalledPack, type PackProblem } from './packs';
export { lessonFeedback, recordFeedback, resetFeedback, feedbackWeights, type LessonFeedback } from './feedback';
export { readPolicy, managedPolicy, MANAGED_WAIT_MS, type Policy } from './policy';
export { managedSites, type PolicySites } from './policy-sites';
export { ticketHiddenLessons, setTicketLessonHidden, ticketHelpfulLessons, setTicketLessonHelpful, onFeedbackReset } from './ticket-choices';
export { pointerPlace, setPointerPlace } from './pointer-place';
