// Default preferences and the shapes other contexts share. No imports: the content script takes these without
// bundling valibot or the lesson library (the background sends the real values; these hold until it answers).

export interface Preferences {
  /** How many suggestions the side panel shows. */
  limit: number;
  theme: 'auto' | 'light' | 'dark';
  /** The reply coach's checklist in the side panel, checking the draft as the agent types. */
  coach: boolean;
}

export const DEFAULT_PREFERENCES: Readonly<Preferences> = { limit: 5, theme: 'auto', coach: true };

/** Selectors the agent gave for a desk no adapter knows (one CSS selector each; empty means none). */
export interface CustomSelectors {
  subject: string;
  messages: string;
  editor: string;
}

/** Per-site choices, keyed by origin ("https://acme.zendesk.com"). */
export interface SiteSettings {
  /** On or off here; undefined means the default (on for the desks the manifest names, off elsewhere). */
  enabled?: boolean;
  /** The desk recognised there, remembered for the options page. */
  desk?: string;
  selectors?: CustomSelectors;
}

/** Where the agent moved the in-page pointer: fractions of the window's width and height, so it holds on resize. */
export interface PointerPlace {
  x: number;
  y: number;
}
