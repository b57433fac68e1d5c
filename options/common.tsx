// What every section of the options page shares: the data (read through settings, re-read whenever anything
// changes in any window), running an action with its error or confirmation shown beside it, and small controls.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../src/i18n';
import * as settings from '../src/settings';
import type { LeftOutCheck } from '../src/coach/checks-in-use';

export interface OptionsData {
  /** The agent's own settings (their preferences, before the organisation's locks). */
  settings: settings.Settings;
  /** Preferences as they apply, locks included. */
  preferences: settings.Preferences;
  policy: settings.Policy;
  packs: settings.InstalledPack[];
  packProblems: settings.PackProblem[];
  /** Enabled packs' lessons the merge leaves out: another lesson in use holds the id (packs from before import refused it). */
  leftOut: settings.LeftOutLesson[];
  /** Enabled packs' reply checks left out the same way: a check in use holds the id. */
  leftOutChecks: LeftOutCheck[];
  feedback: Record<string, settings.LessonFeedback>;
}

export async function loadOptions(): Promise<OptionsData> {
  const [stored, preferences, policy, { packs, problems }, feedback] = await Promise.all([
    settings.getSettings(),
    settings.preferences(),
    settings.managedPolicy(),
    settings.listPacks(),
    settings.lessonFeedback(),
  ]);
  const { leftOut, leftOutChecks } = settings.libraryInUse(stored.hiddenLessons, packs);
  return { settings: stored, preferences, policy, packs, packProblems: problems, leftOut, leftOutChecks, feedback };
}

/** The page's data, loaded now and again after every change to settings, packs, feedback or policy. */
export function useOptions(): { data: OptionsData | null; error: string } {
  const [data, setData] = useState<OptionsData | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    const controller = new AbortController();
    let latest = 0;
    const load = () => {
      const ticket = ++latest;
      loadOptions().then(
        (next) => {
          // An older read that answers late must not overwrite a newer one.
          if (ticket !== latest || controller.signal.aborted) return;
          setData(next);
          setError('');
        },
        (e: unknown) => {
          if (ticket === latest && !controller.signal.aborted) setError(messageOf(e));
        },
      );
    };
    load();
    settings.onSettingsChanged(load, controller.signal);
    return () => controller.abort();
  }, []);
  return { data, error };
}

/** An action that stopped for a reason the agent should read as it is (they refused a permission, say). */
export class Refusal extends Error {}

/** A SettingsError or a Refusal says what happened in words for the agent; anything else is shown as it came. */
export function messageOf(error: unknown): string {
  if (error instanceof settings.SettingsError || error instanceof Refusal) return error.message;
  return t('optionsUnexpectedError', error instanceof Error ? error.message : String(error));
}

export interface Action {
  error: string;
  status: string;
  busy: boolean;
  /** Runs `fn`; what it returns is shown as the confirmation, what it throws as the error. True when it succeeded. */
  run(fn: () => Promise<string | void>): Promise<boolean>;
  fail(message: string): void;
  /** Shows `message` as the confirmation, for something that succeeded elsewhere (a removed pack's own card is gone). */
  succeed(message: string): void;
  clear(): void;
}

export function useAction(): Action {
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );
  return {
    error,
    status,
    busy,
    async run(fn) {
      setError('');
      setStatus('');
      setBusy(true);
      try {
        const done = await fn();
        if (alive.current && done) setStatus(done);
        return true;
      } catch (e) {
        if (alive.current) setError(messageOf(e));
        return false;
      } finally {
        if (alive.current) setBusy(false);
      }
    },
    fail(message) {
      setStatus('');
      setError(message);
    },
    succeed(message) {
      setError('');
      setStatus(message);
    },
    clear() {
      setError('');
      setStatus('');
    },
  };
}

/** The live regions beside an action: errors are announced at once (alert), confirmations politely (status). */
export function Notice({ action }: { action: Pick<Action, 'error' | 'status'> }) {
  return (
    <div class="notice">
      <p role="alert" class="error">
        {action.error}
      </p>
      <p role="status" class="done">
        {action.status}
      </p>
    </div>
  );
}

/** The button of the row after `row`, else of the row before it, for the focus when `row` goes. */
export function neighbourButton(row: Element | null | undefined): HTMLButtonElement | null {
  const next = row?.nextElementSibling ?? row?.previousElementSibling;
  return next?.querySelector('button') ?? null;
}

export function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`}>
      {/* Focusable from script: where a button takes its own row away and none is left, the focus goes here. */}
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {title}
      </h2>
      {intro && <p class="intro">{intro}</p>}
      {children}
    </section>
  );
}

/**
 * An on/off switch: a checkbox with the switch role, so it is announced as "on" or "off". It shows the new state at
 * once, keeps it while `onChange` saves it, and goes back when saving failed (`onChange` resolves false).
 */
export function Switch(props: {
  label: string;
  /** The name read out when the label alone is one of many alike ("On" on every site): it says which, and contains the label. */
  named?: string;
  checked: boolean;
  /** Locked (the organisation decides): it cannot be switched. */
  disabled?: boolean;
  /**
   * A change is being saved: the switch is aria-disabled and ignores clicks, but keeps the keyboard. (A disabled
   * control loses it: Chromium moves the focus to the body, and the agent's next Space switches nothing.)
   */
  busy?: boolean;
  describedBy?: string;
  onChange(next: boolean): Promise<boolean>;
}) {
  const [shown, setShown] = useState<boolean | null>(null);
  // The stored value caught up, or changed elsewhere: show it.
  useEffect(() => setShown(null), [props.checked]);
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={shown ?? props.checked}
        disabled={props.disabled}
        aria-disabled={props.busy ? 'true' : undefined}
        aria-label={props.named}
        aria-describedby={props.describedBy}
        onClick={(e) => {
          if (props.busy) e.preventDefault(); // no change while the last one is saved
        }}
        onChange={(e) => {
          const next = (e.currentTarget as HTMLInputElement).checked;
          setShown(next);
          void props.onChange(next).then((saved) => saved || setShown(null));
        }}
      />
      <span>{props.label}</span>
    </label>
  );
}

/** "Set by your organisation", for anything the policy fixes. */
export function Locked({ id }: { id?: string }) {
  return (
    <span class="locked" id={id}>
      {t('optionsLocked')}
    </span>
  );
}

/**
 * The state of a Confirm: `ask` shows it in place of its control (`trigger`), `cancel` takes it away and gives the
 * focus back to that control, drawn again where it was; `close` takes it away for the action to go on.
 */
export function useConfirm() {
  const [confirming, setConfirming] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useLayoutEffect(() => {
    if (confirming || !refocus.current) return;
    refocus.current = false;
    trigger.current?.focus();
  }, [confirming]);
  return {
    confirming,
    trigger,
    ask: () => setConfirming(true),
    cancel: () => {
      refocus.current = true;
      setConfirming(false);
    },
    close: () => setConfirming(false),
  };
}

/** Asks once more before something that cannot be undone; the question gets focus so keyboard users hear it. */
export function Confirm({ question, confirm, onConfirm, onCancel }: { question: string; confirm: string; onConfirm(): void; onCancel(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  // As it is drawn, not a frame later: a Tab pressed at once would start from the body (its control is gone).
  useLayoutEffect(() => ref.current?.focus(), []);
  return (
    <div
      class="confirm"
      role="group"
      aria-label={question}
      tabIndex={-1}
      ref={ref}
      // Escape answers no, as in any dialog; the page has nothing else that listens for it here.
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <span>{question}</span>
      <button type="button" class="danger" onClick={onConfirm}>
        {confirm}
      </button>
      <button type="button" onClick={onCancel}>
        {t('optionsCancel')}
      </button>
    </div>
  );
}
