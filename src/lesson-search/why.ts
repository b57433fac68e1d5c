// The words of a search result's "why": which query word matched which lesson word, and where.
import { t, type MessageKey } from '../i18n';
import type { LessonField, Match } from './search';

const FIELD_NAME: Record<LessonField, MessageKey> = {
  title: 'popupFieldTitle',
  topic: 'popupFieldTopics',
  topics: 'popupFieldTopics',
  cues: 'popupFieldCues',
  phrases: 'popupFieldPhrases',
  advice: 'popupFieldAdvice',
  steps: 'popupFieldSteps',
};

/**
 * “refund” in the title; “manager” for “managr” in the title; and through a help-desk word no lesson uses, that word
 * too, else the leap from what was typed to the lesson's word goes unexplained: “login” for “pasword” (via “password”).
 */
export function whyText(match: Match): string {
  const field = t(FIELD_NAME[match.field]);
  if (match.word === match.term) return t('popupWhyWord', match.word, field);
  if (match.via && match.via !== match.term) return t('popupWhyVia', match.word, match.term, match.via, field);
  return t('popupWhyNear', match.word, match.term, field);
}
