// Adding a site by its address, for a desk Extra Mile does not know (self-hosted, say): the same switch-on as the
// popup's, so the browser asks for that one origin inside the click, without first opening the desk's tab.
import { useRef, useState } from 'preact/hooks';
import { t } from '../src/i18n';
import { originMeant, type PolicySites } from '../src/settings';
import { siteKind } from '../src/sites';
import { switchSite } from '../popup/site-access';
import { Notice, Refusal, useAction } from './common';

export function AddSite({ listed, policy, matches }: { listed: readonly string[]; policy: PolicySites; matches: readonly string[] }) {
  const [value, setValue] = useState('');
  /** The field's own refusal (no address, listed already): the field is marked, not for the browser's "no". */
  const [invalid, setInvalid] = useState(false);
  const action = useAction();
  const field = useRef<HTMLInputElement>(null);
  /** The origin whose access the browser is being asked for, while its prompt is open. */
  const [asking, setAsking] = useState<string | null>(null);

  function add(event: Event) {
    event.preventDefault();
    if (action.busy) return;
    // All of this before the first await: the browser grants a host permission only inside the agent's gesture.
    const written = value.trim();
    const origin = originMeant(written);
    const kind = origin === null ? null : siteKind(`${origin}/`, matches);
    const refuse = (message: string) => {
      setInvalid(true);
      action.fail(message);
      field.current?.focus();
    };
    setInvalid(false);
    if (!written) return refuse(t('optionsAddSiteEmpty'));
    if (origin === null) {
      // A name with no dot ("intranet", "desk:8080/tickets/4") is a site on the agent's own network, written without
      // the scheme it needs there (originMeant takes a dotless name only with one).
      const local = /^[a-z0-9-]+(?::\d+)?(?:[/?#]|$)/i.test(written) ? originMeant(`https://${written}`) : null;
      if (local) return refuse(t('optionsAddSiteNoScheme', written, local, local.replace(/^https:/, 'http:')));
    }
    if (origin === null || kind === null || kind.kind === 'unsupported') return refuse(t('optionsAddSiteInvalid', written));
    if (policy.sitesOn.includes(origin) || policy.sitesOff.includes(origin)) return refuse(t('optionsAddSiteByPolicy', origin));
    if (listed.includes(origin)) return refuse(t('optionsAddSiteListed', origin));
    // A hosted desk too asks the browser for its patterns: its access from install may have been taken back, and
    // where it was not the answer comes without a prompt.
    const switched = switchSite(kind, true, undefined, false);
    setAsking(origin);
    void action
      .run(async () => {
        // Refused: not listed either (switchSite leaves no record of a site it had none of), so the agent can try again.
        if (!(await switched)) throw new Refusal(t('optionsSitePermissionRefused', origin));
        setValue('');
        return t('optionsAddSiteAdded', origin);
      })
      .then(() => {
        setAsking(null);
        field.current?.focus();
      });
  }

  return (
    <form class="add-site" onSubmit={add}>
      <div class="field">
        <label for="add-site">{t('optionsAddSiteLabel')}</label>
        <div class="row">
          <input
            id="add-site"
            ref={field}
            type="text"
            inputMode="url"
            spellcheck={false}
            autoComplete="off"
            value={value}
            aria-invalid={invalid ? 'true' : undefined}
            aria-describedby="add-site-hint"
            onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)}
          />
          {/* aria-disabled, not disabled: a button disabled while it has the focus drops it to the page. */}
          <button type="submit" aria-disabled={action.busy ? 'true' : undefined}>
            {t('optionsAddSite')}
          </button>
        </div>
        <span class="hint" id="add-site-hint">
          {t('optionsAddSiteHint')}
        </span>
      </div>
      {/* While the browser's prompt is open the button only goes quiet: say what it waits for, in a status there from
          the start, so that a screen reader announces what comes into it. */}
      <p class="hint" role="status">
        {asking ? t('optionsAddSiteWaiting', asking) : ''}
      </p>
      <Notice action={action} />
    </form>
  );
}
