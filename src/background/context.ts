// What a tab is told when it asks for its context: whether to read tickets on its site, the library (unless it holds
// this revision already), the preferences, the agent's selectors for the generic reader and where its pointer sits.
import type { ContentContextReply } from '../messages';
import { pointerPlace, preferences, recordDesk, siteSettings } from '../settings';
import { panelOpensFromPage, panelShortcut } from '../side-panel';
import { siteIsOn, siteKind } from '../sites';
import { contentScriptMatches, siteAccess } from '../tab-access';
import { currentLibrary } from './library';

export async function contextFor(origin: string, desk: string, has: unknown): Promise<ContentContextReply> {
  const kind = siteKind(`${origin}/`, contentScriptMatches());
  const [site, access, prefs, { lessonsInPage, checks, vocabulary, revision }, pointer, panelKeys] = await Promise.all([
    siteSettings(origin),
    // A grant the browser cannot tell of counts as none.
    kind.kind === 'unsupported' ? undefined : siteAccess(kind).catch(() => ({ site: kind, locked: false, granted: false })),
    preferences(),
    currentLibrary(),
    pointerPlace(origin).catch(() => undefined),
    panelOpensFromPage() ? undefined : panelShortcut().then((keys) => keys || ''),
  ]);
  // As the popup and the options page decide (src/sites.ts): a content script can outlive its site's grant (taken back
  // in the browser's menu) or its choice (the site forgotten), and a grant covers every port of its host.
  const enabled = access !== undefined && siteIsOn({ ...access, enabled: site.enabled });
  // A single-page desk reads as "generic" until it has drawn itself: that never overwrites a desk already seen. A site
  // that is off is not recorded: its card, once forgotten, would come back.
  if (enabled && site.desk !== desk && (desk !== 'generic' || !site.desk)) void recordDesk(origin, desk).catch(() => undefined);
  return {
    enabled,
    revision,
    // A tab that holds this revision already is not sent it again (about 440 KB to every desk tab on each change of
    // settings, most of which leave the library as it was).
    ...(has === revision ? {} : { library: { lessons: lessonsInPage, checks, vocabulary } }),
    preferences: prefs,
    // The agent's own selectors apply only where no adapter knows the desk.
    ...(desk === 'generic' && site.selectors ? { selectors: site.selectors } : {}),
    ...(pointer ? { pointer } : {}),
    // The pointer names how to open the panel where its click cannot (Firefox), not "Open the side panel".
    ...(panelKeys !== undefined ? { panelKeys } : {}),
  };
}
