// Adding a site by its address, for a desk Extra Mile does not know (self-hosted, say): the same switch-on as the
// popup's, so the browser asks for that one origin inside the click, without first opening the desk's tab.
import { useState } from 'preact/hooks';
import { t } from '../src/i18n';
import { originMeant } from '../src/settings';
import { siteKind } from '../src/sites';
import { switchSite } from '../popup/site-access';
import { Notice, Refusal, useAction } from './common';

export function AddSite({ listed, matches }: { listed: readonly string[]; matches: readonly string[] }) {
  const [value, setValue] = useState('');
  const action = useAction();

  function add(event: Event) {
    event.preventDefault();
    // All of this before the first await: the browser grants a host permission only inside the agent's gesture.
    const origin = originMeant(value);
    const kind = origin === null ? null : siteKind(`${origin}/`, matches);
    if (origin === null || kind === null || kind.kind === 'unsupported') return action.fail(t('optionsAddSiteInvalid', value.trim()));
    if (listed.includes(origin)) return action.fail(t('optionsAddSiteListed', origin));
    const switched = switchSite(kind, true, undefined);
    void action.run(async () => {
      if (!(await switched)) throw new Refusal(t('optionsSitePermissionRefused', origin));
      setValue('');
      return t('optionsAddSiteAdded', origin);
    });
  }

  return (
    <form class="add-site" onSubmit={add}>
      <div class="field">
        <label for="add-site">{t('optionsAddSiteLabel')}</label>
        <div class="row">
          <input id="add-site" type="text" inputMode="url" spellcheck={false} autoComplete="off" value={value} aria-describedby="add-site-hint" onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit" disabled={action.busy}>
            {t('optionsAddSite')}
          </button>
        </div>
        <span class="hint" id="add-site-hint">
          {t('optionsAddSiteHint')}
        </span>
      </div>
      <Notice action={action} />
    </form>
  );
}
