// One phrase with Insert into reply (where the tab has an editor) and Copy, and what came of pressing them. Used by
// the panel's suggestion cards and reply checklist, and by the popup's lessons (Copy only: it has no editor to insert into).
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useBriefly } from './briefly';
import { t, type MessageKey } from '../src/i18n';
import { clip } from '../src/clip';
import { splitPlaceholders } from './phrases';
import type { PanelActions } from './types';

type Outcome = Extract<MessageKey, 'copied' | 'copyFailed' | 'copyMovedOn' | 'inserted' | 'insertCopied' | 'insertFailed' | 'insertMovedOn'>;
const SUCCESS: ReadonlySet<Outcome> = new Set(['copied', 'inserted']);

/** What `run` resolves to; false where it throws. */
async function safely<T extends boolean | string>(run: () => Promise<T>): Promise<T | false> {
  try {
    return await run();
  } catch {
    return false;
  }
}

/** A press that went nowhere because the desk had left the ticket: said by the panel where its row has gone too. */
export type MovedOn = Extract<Outcome, 'copyMovedOn' | 'insertMovedOn'>;

/**
 * Copy; and Insert, where there is an editor to insert into. `onUnseen`: an outcome that came after the row left (its
 * ticket went, and the row with it), for the panel to say instead; else the agent's press vanished unanswered.
 */
export type PhraseActions = Pick<PanelActions, 'onCopy'> & Partial<Pick<PanelActions, 'onInsert'>> & { onUnseen?(what: MovedOn): void };

/** Puts a phrase on the clipboard; rejects where the browser refuses (the row then says it could not copy). */
export async function copyText(phrase: string): Promise<boolean> {
  await navigator.clipboard.writeText(phrase);
  return true;
}

interface PhraseRowProps {
  phrase: string;
  /** Offers Insert into reply (with actions.onInsert): the tab has a reply editor. */
  canInsert?: boolean;
  /** The card's best phrase: Insert is the primary button. */
  primary: boolean;
  actions: PhraseActions;
  tag?: 'div' | 'li';
}

export function PhraseRow({ phrase, canInsert = false, primary, actions, tag }: PhraseRowProps) {
  const [what, setOutcome] = useBriefly<Outcome>(2500);
  // Whether the row is still drawn; a layout effect, whose cleanup is in place from the first draw (a plain effect's
  // is not until after paint, and a row gone sooner would still count as shown).
  const shown = useRef(true);
  useLayoutEffect(
    () => () => {
      shown.current = false;
    },
    [],
  );
  const show = (outcome: Outcome) => {
    if (shown.current) setOutcome(outcome);
    else if (outcome === 'insertMovedOn' || outcome === 'copyMovedOn') actions.onUnseen?.(outcome);
  };
  const text = useRef<HTMLParagraphElement>(null);

  const copy = () => void safely(() => actions.onCopy(phrase)).then((ok) => show(ok === true ? 'copied' : ok === 'moved-on' ? 'copyMovedOn' : 'copyFailed'));
  const onInsert = canInsert ? actions.onInsert : undefined;
  // A double-click's second half lands on the same button: a press while one is under way, or while the row says
  // Inserted, puts nothing in (a review: the phrase went into the reply twice). A press after that inserts again.
  const inserting = useRef(false);
  const insert = async (into: NonNullable<PhraseActions['onInsert']>) => {
    if (inserting.current || what === 'inserted') return;
    inserting.current = true;
    const answer = await safely(() => into(phrase)).finally(() => (inserting.current = false));
    if (answer === true) {
      // The browser keeps the keyboard in the side panel after a click there: focus leaves Insert for the phrase, so
      // the agent's next keys (typing meant for the reply) cannot press it again and insert the phrase twice.
      text.current?.focus();
      return show('inserted');
    }
    // The tab shows another ticket now: this phrase was filled for the last one's customer, and copied it would be
    // pasted into the next one's reply. Nothing is copied; the row says why (the panel shows the new ticket soon).
    if (answer === 'moved-on') return show('insertMovedOn');
    const copied = await safely(() => actions.onCopy(phrase));
    show(copied === true ? 'insertCopied' : copied === 'moved-on' ? 'insertMovedOn' : 'insertFailed');
  };

  const short = clip(phrase, 60);
  const Tag = tag ?? (primary ? 'div' : 'li');
  return (
    <Tag class={primary ? 'phrase best' : 'phrase'}>
      <p dir="auto" ref={text} tabIndex={-1}>
        {splitPlaceholders(phrase).map((part, i) => (part.placeholder ? <mark key={i} class="placeholder">{part.text}</mark> : part.text))}
      </p>
      <div class="row">
        {onInsert && (
          <button type="button" class={primary ? 'primary' : undefined} onClick={() => void insert(onInsert)} aria-label={t('insertPhrase', short)}>
            {what === 'inserted' ? t('inserted') : t('insert')}
          </button>
        )}
        <button type="button" onClick={copy} aria-label={t('copyPhrase', short)}>
          {what === 'copied' ? t('copied') : t('copy')}
        </button>
        {/* Announces every outcome; shows only failures, since a success already shows on its button. */}
        <span role="status" class={what && SUCCESS.has(what) ? 'sr-only' : 'outcome'}>
          {what ? t(what) : ''}
        </span>
      </div>
    </Tag>
  );
}
