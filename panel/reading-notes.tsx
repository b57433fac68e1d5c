// What the panel says about how the ticket was read, when it matters: the desk was recognised but its layout was not
// (the generic reader read it), or its thread held no customer message (the subject alone was read); "Copy
// diagnostics" gives the selectors and their counts for a bug report, never ticket text. A page of the ticket that shows
// no thread by design is said so, with no diagnostics: nothing is broken. And the desk folded older messages.
import { useBriefly } from './briefly';
import { t } from '../src/i18n';
import type { TabView } from '../src/messages';
import type { DriftReason } from '../src/adapters/types';
import { copyText } from './phrase-row';

const NOTE = { 'no-scope': 'panelFallback', 'no-thread': 'panelFallback', 'no-customer-message': 'panelNoCustomerMessage', 'no-thread-here': 'panelNoThreadHere' } as const satisfies Record<DriftReason, string>;

export function ReadingNotes({ view }: { view: Pick<TabView, 'desk' | 'fallback' | 'olderHidden'> }) {
  // Said for a while, as a phrase's Copy is: kept, it stayed on the next ticket's note (a review, 2026-12-05; the
  // panel also draws the notes afresh for each ticket).
  const [copied, setCopied] = useBriefly<boolean>(2500);
  const { fallback } = view;
  if (!fallback && !view.olderHidden) return null;
  const copy = async () => {
    try {
      // Selectors and counts, no ticket text: copied whichever ticket the tab shows by now (a phrase is not, PanelActions).
      setCopied(await copyText(JSON.stringify(fallback!.diagnostics)));
    } catch {
      setCopied(false);
    }
  };
  return (
    <div class="reading-notes">
      {fallback && (
        <p class="note fallback" data-fallback={fallback.reason}>
          <span>{t(NOTE[fallback.reason], view.desk.label)}</span>{' '}
          {fallback.reason !== 'no-thread-here' && (
            <>
              <button type="button" onClick={() => void copy()}>
                {t('copyDiagnostics')}
              </button>{' '}
              <span role="status" class="status">
                {copied === true ? t('diagnosticsCopied') : copied === false ? t('copyFailed') : ''}
              </span>
            </>
          )}
        </p>
      )}
      {/* A page that shows no messages has said where they are: "older ones folded" would say it twice. */}
      {view.olderHidden && fallback?.reason !== 'no-thread-here' && <p class="note older-hidden">{t('panelOlderHidden')}</p>}
    </div>
  );
}
