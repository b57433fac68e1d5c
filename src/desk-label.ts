// What read the tab's page, in the agent's words: the generic reader where no desk's layout was recognised, else the
// desk's product name ("Zendesk"). One wording for the side panel's header line and the popup's status line.
import { t } from './i18n';
import type { TabView } from './messages';

export function deskLabel(desk: TabView['desk']): string {
  return desk.generic ? t('readingGeneric') : desk.label;
}
