// What the organisation set through the browser's managed storage: shown here, changed only by the administrator.
import { lessonCount, t, type MessageKey } from '../src/i18n';
import type { Preferences } from '../src/settings';
import { Section, type OptionsData } from './common';

const PREFERENCE_NAMES: Record<keyof Preferences, MessageKey> = {
  limit: 'optionsLimitLabel',
  theme: 'optionsThemeLegend',
  coach: 'optionsCoachLabel',
};

const VALUE_NAMES: Record<string, MessageKey> = {
  auto: 'optionsThemeAuto',
  light: 'optionsThemeLight',
  dark: 'optionsThemeDark',
  true: 'optionsYes',
  false: 'optionsNo',
};

export function PolicySection({ data }: { data: OptionsData }) {
  const { policy } = data;
  const locked = Object.entries(policy.lockedPreferences) as Array<[keyof Preferences, Preferences[keyof Preferences]]>;
  const empty = !policy.packs.length && !policy.sitesOn.length && !policy.sitesOff.length && !locked.length && !policy.problems.length;
  const valueName = (value: unknown) => {
    const key = VALUE_NAMES[String(value)];
    return key ? t(key) : String(value);
  };

  return (
    <Section id="policy" title={t('optionsPolicyHeading')} intro={t('optionsPolicyIntro')}>
      {empty ? (
        <p class="empty">{t('optionsNoPolicy')}</p>
      ) : (
        <dl class="policy">
          {policy.packs.length > 0 && (
            <>
              <dt>{t('optionsPolicyPacks')}</dt>
              {policy.packs.map((pack) => (
                <dd key={pack.id}>{t('optionsPolicyPack', pack.name, lessonCount(pack.lessons.length))}</dd>
              ))}
            </>
          )}
          {policy.sitesOn.length > 0 && (
            <>
              <dt>{t('optionsPolicySitesOn')}</dt>
              {policy.sitesOn.map((origin) => (
                <dd key={origin}>{origin}</dd>
              ))}
            </>
          )}
          {policy.sitesOff.length > 0 && (
            <>
              <dt>{t('optionsPolicySitesOff')}</dt>
              {policy.sitesOff.map((origin) => (
                <dd key={origin}>{origin}</dd>
              ))}
            </>
          )}
          {locked.length > 0 && (
            <>
              <dt>{t('optionsPolicyPreferences')}</dt>
              {locked.map(([key, value]) => (
                <dd key={key}>{t('optionsPolicyPreference', t(PREFERENCE_NAMES[key]), valueName(value))}</dd>
              ))}
            </>
          )}
          {policy.problems.length > 0 && (
            <>
              <dt>{t('optionsPolicyProblems')}</dt>
              {policy.problems.map((problem, i) => (
                <dd key={i} class="problem">
                  {problem}
                </dd>
              ))}
            </>
          )}
        </dl>
      )}
    </Section>
  );
}
