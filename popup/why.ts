// The words of a search result's "why": which query word matched which lesson word, and where.
import { t, type MessageKey } from '../src/i18n';
import type { LessonField, Match } from './search';

const FIELD_NAME: Record<LessonField, MessageKey> = {
  title: 'popupFieldTitle',
  cues: 'popupFieldCues',
  phrases: 'popupFieldPhrases',
  advice: 'popupFieldAdvice',
  steps: 'popupFieldSteps',
};

/** “refund” in the title; “login” for “pasword” in the customer words. */
export function whyText(match: Match): string {
  const field = t(FIELD_NAME[match.field]);
  return match.word === match.term ? t('popupWhyWord', match.word, field) : t('popupWhyNear', match.word, match.term, field);
}
