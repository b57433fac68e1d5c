// The sidebar's whole contract: plain data in, callbacks out. It knows no help desk and no browser extension API.
import type { Suggestion, TicketText } from '../../src/engine/types';

export type SidebarState = 'reading' | 'ready' | 'empty' | 'unreadable';
export type Verdict = 'helpful' | 'not-relevant';

export interface SidebarView {
  state: SidebarState;
  desk: { id: string; label: string; generic: boolean };
  ticket?: { id: string | null; subject: string; customerMessages: number; text: TicketText };
  suggestions: Suggestion[];
  open: boolean;
  side: 'left' | 'right';
  theme: 'auto' | 'light' | 'dark';
  /** The page itself is dark (measured by the caller); with theme 'auto' the sidebar goes dark too. */
  pageIsDark: boolean;
  /** A reply editor was found, so "Insert into reply" can work. */
  canInsert: boolean;
  /** px to keep free at the bottom so the desk's reply box is not covered */
  bottomInset: number;
  /** px to keep free at the top instead, when the reply box sits high on the page (0 when absent) */
  topInset?: number;
}

export interface SidebarActions {
  /** The agent opened or collapsed the sidebar (the sidebar has already redrawn itself; persist it if you like). */
  onToggle(open: boolean): void;
  /** Copy a phrase; resolve true when it reached the clipboard. */
  onCopy(lessonId: string, phrase: string): Promise<boolean>;
  /** Insert a phrase into the reply; true when it went in. On false the sidebar falls back to onCopy. */
  onInsert(lessonId: string, phrase: string): boolean;
  onFeedback(lessonId: string, verdict: Verdict): void;
}

export interface SidebarHandle {
  update(view: SidebarView): void;
  destroy(): void;
  element: HTMLElement;
}
