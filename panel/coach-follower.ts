// Keeps the reply coach's port on the tab the panel follows: a new port for another tab, or once the tab's page was
// replaced. The old page's port may close only after the new page's first views have arrived (the browser tears the
// old page down on its own time), and those views found it still open: so a port that closes after a newer view came
// is replaced at once. If that view was the old page's own, the new page may not listen yet; the attempt then fails
// and the new page's first view connects.
import type { CoachState } from '../src/messages';
import type { CoachConnection } from './coach-port';

export type ConnectCoach = (tabId: number, onState: (state: CoachState | null) => void) => CoachConnection;

export class CoachFollower {
  private coach: CoachConnection | null = null;
  private tabId: number | undefined;
  private hasView = false;
  /** Views the panel was given so far (of any tab, or none): a port remembers how many there were when it opened. */
  private views = 0;

  constructor(
    private readonly connect: ConnectCoach,
    /** The checklist to show: the tab's latest, or null while there is none. */
    private readonly onChecklist: (state: CoachState | null) => void,
  ) {}

  /** The panel follows `tabId` now, which just showed a view (`hasView`) or has no content script to talk to. */
  follow(tabId: number | undefined, hasView: boolean): void {
    this.tabId = tabId;
    this.hasView = hasView;
    this.views++;
    this.keep();
  }

  private keep(): void {
    const { tabId } = this;
    if (this.coach?.open && this.coach.tabId === tabId) return;
    if (this.coach) {
      // A port that closed itself already said so (null); one closed here says it now.
      const wasOpen = this.coach.open;
      this.coach.close();
      this.coach = null;
      if (wasOpen) this.onChecklist(null);
    }
    if (tabId === undefined || !this.hasView) return;
    const openedAt = this.views;
    const mine = this.connect(tabId, (state) => {
      if (this.coach !== mine) return;
      this.onChecklist(state);
      // The page went away. With no newer view, the next page's first view connects to it.
      if (state === null && this.views > openedAt) this.keep();
    });
    this.coach = mine;
  }
}
