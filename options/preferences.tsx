// Preferences, saved as soon as they change. What the organisation locked is shown, disabled, with the reason.
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../src/i18n';
import * as settings from '../src/settings';
import { Locked, Notice, Section, useAction, type OptionsData } from './common';

const LIMITS = Array.from({ length: 10 }, (_, i) => i + 1);
const THEMES: Array<[settings.Preferences['theme'], MessageKey]> = [
  ['auto', 'optionsThemeAuto'],
  ['light', 'optionsThemeLight'],
  ['dark', 'optionsThemeDark'],
];

export function PreferencesSection({ data }: { data: OptionsData }) {
  const action = useAction();
  // A changed control keeps its new value while it is saved, and goes back if saving fails.
  const [pending, setPending] = useState<Partial<settings.Preferences>>({});
  const storedKey = JSON.stringify(data.preferences);
  useEffect(() => setPending({}), [storedKey]);
  const prefs = { ...data.preferences, ...pending };
  const locked = (key: keyof settings.Preferences) => key in data.policy.lockedPreferences;
  const save = (change: Partial<settings.Preferences>) => {
    setPending((old) => ({ ...old, ...change }));
    void action
      .run(async () => {
        await settings.updatePreferences(change);
        return t('optionsSaved');
      })
      .then((saved) => saved || setPending({}));
  };

  return (
    <Section id="preferences" title={t('optionsPreferencesHeading')} intro={t('optionsPreferencesIntro')}>
      <div class="fields">
        <div class="field">
          <label for="pref-limit">{t('optionsLimitLabel')}</label>
          <select id="pref-limit" disabled={locked('limit')} aria-describedby={locked('limit') ? 'pref-limit-locked' : undefined} value={String(prefs.limit)} onChange={(e) => save({ limit: Number((e.currentTarget as HTMLSelectElement).value) })}>
            {LIMITS.map((n) => (
              <option key={n} value={String(n)}>
                {String(n)}
              </option>
            ))}
          </select>
          {locked('limit') && <Locked id="pref-limit-locked" />}
        </div>

        <div class="field">
          <label class="check">
            <input type="checkbox" id="pref-coach" checked={prefs.coach} disabled={locked('coach')} aria-describedby={locked('coach') ? 'pref-coach-locked' : 'pref-coach-hint'} onChange={(e) => save({ coach: (e.currentTarget as HTMLInputElement).checked })} />
            <span>{t('optionsCoachLabel')}</span>
          </label>
          <p class="hint" id="pref-coach-hint">
            {t('optionsCoachHint')}
          </p>
          {locked('coach') && <Locked id="pref-coach-locked" />}
        </div>

        <Choice name="theme" legend={t('optionsThemeLegend')} options={THEMES} value={prefs.theme} locked={locked('theme')} onChange={(theme) => save({ theme })} />
      </div>
      <Notice action={action} />
    </Section>
  );
}

function Choice<T extends string>(props: { name: string; legend: string; options: Array<[T, MessageKey]>; value: T; locked: boolean; onChange(value: T): void }) {
  const lockedId = `pref-${props.name}-locked`;
  return (
    <fieldset class="field" disabled={props.locked} aria-describedby={props.locked ? lockedId : undefined}>
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label class="check" key={value}>
          <input type="radio" name={`pref-${props.name}`} value={value} checked={props.value === value} onChange={() => props.onChange(value)} />
          <span>{t(label)}</span>
        </label>
      ))}
      {props.locked && <Locked id={lockedId} />}
    </fieldset>
  );
}
