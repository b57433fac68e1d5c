// Lesson packs: import a pack file (checked and previewed before anything is stored), the installed packs (enable,
// export, remove). Pack text is only ever rendered as text. (Hiding a built-in lesson: lessons.tsx.)
import type { RefObject } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { lessonCount, t } from '../src/i18n';
import { leftOutCheckText } from '../src/coach/checks-in-use';
import { leftOutText } from '../src/lessons/in-use';
import type { LeftOutCheck } from '../src/coach/checks-in-use';
import { MAX_PACK_BYTES, formatPackError, silentCues, tooLargeError, type PackError } from '../src/lessons/pack';
import { textOf, withoutBom } from '../src/utf16';
import type { LessonPack } from '../src/lessons/schema';
import * as settings from '../src/settings';
import { mainTopic, topicName } from '../src/topics';
import { Confirm, Locked, Notice, Section, Switch, useAction, useConfirm, type Action, type OptionsData } from './common';

type Chosen = { file: string; text: string; verdict: settings.ImportResult } | { file: string; tooLarge: number };

const kb = (bytes: number) => String(Math.ceil(bytes / 1024));

export function PacksSection({ data }: { data: OptionsData }) {
  // Adding and removing report in one notice, so "Removed …" replaces an "Added …" that would outlive its pack.
  const action = useAction();
  const input = useRef<HTMLInputElement>(null);
  const removed = (name: string, next: HTMLElement | null) => {
    action.succeed(t('optionsPackRemoved', name));
    // The removed card held the focus: the next pack's card takes it, or adding one when none is left.
    (next ?? input.current)?.focus();
  };
  return (
    <Section id="packs" title={t('optionsPacksHeading')} intro={t('optionsPacksIntro')}>
      <ImportPack data={data} action={action} input={input} />
      <InstalledPacks data={data} onRemoved={removed} />
    </Section>
  );
}

function ImportPack({ data, action, input }: { data: OptionsData; action: Action; input: RefObject<HTMLInputElement | null> }) {
  const [chosen, setChosen] = useState<Chosen | null>(null);

  async function choose(file: File | undefined) {
    action.clear();
    if (!file) return setChosen(null);
    // Let go of the file as soon as it is taken, whatever the verdict: Chromium fires `cancel`, not `change`, when the
    // file chosen is the one the input holds, so a file fixed and chosen again at the same path was never read again.
    if (input.current) input.current.value = '';
    // Checked before reading: an oversized file is never loaded into the page.
    if (file.size > MAX_PACK_BYTES) return setChosen({ file: file.name, tooLarge: file.size });
    await action.run(async () => {
      // Decoded here, not by File.text(): Firefox's reads UTF-8 only, where a UTF-16 file with its BOM is read as such
      // by Chromium's and by check-pack.
      const text = withoutBom(textOf(new Uint8Array(await file.arrayBuffer())));
      setChosen({ file: file.name, text, verdict: settings.previewPack(text, data.packs, data.packProblems.map((p) => p.id)) });
    });
  }

  // The preview held the focus (its Add pack, disabled while adding, or Cancel) and is gone: the file chooser that
  // asked takes it back, as Cancel in any question gives it back to what asked, rather than the page's body.
  const backToChooser = () => input.current?.focus();

  async function add(text: string) {
    await action.run(async () => {
      const result = await settings.importPack(text);
      if (!result.ok) {
        setChosen((old) => (old && 'text' in old ? { ...old, verdict: result } : old));
        return;
      }
      setChosen(null);
      const said = !result.replaced ? 'optionsPackAdded' : result.enabled ? 'optionsPackReplaced' : 'optionsPackReplacedOff';
      return t(said, result.pack.name, lessonCount(result.pack.lessons.length));
    });
    backToChooser();
  }

  /** What a pack of this id replaces, said in the preview: an installed pack, or a stored one that can no longer be read. */
  function replaces(id: string): string | undefined {
    const name = data.packs.find((p) => p.pack.id === id)?.pack.name;
    if (name !== undefined) return t('optionsPreviewReplaces', name);
    return data.packProblems.some((p) => p.id === id) ? t('optionsPreviewReplacesUnreadable', id) : undefined;
  }

  return (
    <div class="block">
      <h3>{t('optionsImportHeading')}</h3>
      <p class="hint">{t('optionsImportHint', kb(MAX_PACK_BYTES))}</p>
      <label class="file">
        <span>{t('optionsImportLabel')}</span>
        <input ref={input} type="file" accept=".json,application/json" onChange={(e) => void choose((e.currentTarget as HTMLInputElement).files?.[0])} />
      </label>
      {chosen && 'tooLarge' in chosen && (
        <div class="verdict bad" data-verdict="too-large">
          {/* The validator's own words, as check-pack prints them, so the two never disagree about a size. */}
          <p role="alert">{`${chosen.file} ${tooLargeError(chosen.tooLarge).message}`}</p>
        </div>
      )}
      {chosen && 'verdict' in chosen && !chosen.verdict.ok && <PackErrors file={chosen.file} errors={chosen.verdict.errors} />}
      {chosen && 'verdict' in chosen && chosen.verdict.ok && (
        <PackPreview
          pack={chosen.verdict.pack}
          text={chosen.text}
          replaces={replaces(chosen.verdict.pack.id)}
          busy={action.busy}
          onAdd={() => void add(chosen.text)}
          onCancel={() => {
            setChosen(null);
            action.clear();
            backToChooser();
          }}
        />
      )}
      <Notice action={action} />
    </div>
  );
}

function PackErrors({ file, errors }: { file: string; errors: PackError[] }) {
  return (
    <div class="verdict bad" data-verdict="invalid" role="alert">
      <p>
        <strong>{t('optionsPackInvalid', file)}</strong> {t('optionsPackInvalidCount', String(errors.length))}
      </p>
      <ol class="errors">
        {errors.map((e, i) => (
          <li key={i}>
            {/* Spaces between the parts: read joined, "Line 9, column 7:lessons[0].id" was one word to a screen reader;
                a colon after the field, as check-pack writes it: "lessons a pack needs…" read as one phrase. */}
            {e.line !== undefined ? <><span class="where">{t('optionsPackErrorLine', String(e.line), String(e.column ?? 1))}</span>{' '}</> : null}
            {e.path ? <><code>{e.path}</code>{': '}</> : null}
            <span>{e.message}</span>
          </li>
        ))}
      </ol>
      <p class="hint">{t('optionsPackInvalidHint')}</p>
    </div>
  );
}

function PackPreview(props: { pack: LessonPack; text: string; /** The line saying what it replaces, if it does. */ replaces: string | undefined; busy: boolean; onAdd(): void; onCancel(): void }) {
  const { pack } = props;
  // As check-pack says beside "valid": cues the matcher can never use, which the author would otherwise never see fail.
  // Worked out once per file (a large pack's take a quarter of a second), not on every render.
  const silent = useMemo(() => silentCues(pack, props.text), [pack, props.text]);
  return (
    <div class="verdict good preview" data-verdict="valid" role="group" aria-labelledby="pack-preview-name">
      <p class="label">{t('optionsPreviewHeading')}</p>
      <h4 id="pack-preview-name">{pack.name}</h4>
      {pack.description && <p>{pack.description}</p>}
      <p class="meta">
        {t('optionsPackMeta', pack.id, lessonCount(pack.lessons.length))}
        {props.replaces !== undefined && <> · {props.replaces}</>}
      </p>
      <ul class="lessons">
        {pack.lessons.map((lesson) => (
          <li key={lesson.id} data-lesson-id={lesson.id}>
            <span class="title">{lesson.title}</span> <span class="topics">{lesson.topics.map((id) => topicName(id)).join(', ')}</span>
          </li>
        ))}
      </ul>
      {silent.length > 0 && (
        <>
          <p class="label">{t('optionsPreviewSilentCues', String(silent.length))}</p>
          <ul class="silent-cues">
            {silent.map((note) => (
              <li key={note.path}>{formatPackError(note)}</li>
            ))}
          </ul>
        </>
      )}
      {pack.checks?.length ? (
        <>
          <p class="label">{t('optionsPreviewChecks', String(pack.checks.length))}</p>
          <ul class="checks">
            {pack.checks.map((check) => (
              <li key={check.id} data-check-id={check.id}>
                <span class="title">{check.does}</span> <span class="topics">{check.universal ? t('optionsCheckEveryReply') : topicName(check.topic)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div class="row">
        <button type="button" class="primary" disabled={props.busy} onClick={props.onAdd}>
          {t(props.replaces !== undefined ? 'optionsPackReplace' : 'optionsPackAdd')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('optionsCancel')}
        </button>
      </div>
    </div>
  );
}

type OnRemoved = (name: string, next: HTMLElement | null) => void;

function InstalledPacks({ data, onRemoved }: { data: OptionsData; onRemoved: OnRemoved }) {
  return (
    <div class="block">
      <h3>{t('optionsInstalledHeading')}</h3>
      {data.packs.length === 0 && <p class="empty">{t('optionsNoPacks')}</p>}
      <ul class="cards">
        {data.packs.map((installed) => (
          <InstalledPack
            key={installed.pack.id}
            installed={installed}
            leftOut={data.leftOut.filter((l) => l.packId === installed.pack.id)}
            leftOutChecks={data.leftOutChecks.filter((c) => c.packId === installed.pack.id)}
            onRemoved={onRemoved}
          />
        ))}
      </ul>
      {data.packProblems.length > 0 && (
        <ul class="problems">
          {data.packProblems.map((problem) => (
            <UnreadablePack key={problem.key} problem={problem} onRemoved={onRemoved} />
          ))}
        </ul>
      )}
    </div>
  );
}

/** Downloads a pack as `<id>.json`, as stored (exportPack). */
async function downloadPack(id: string, unreadable: boolean): Promise<void> {
  const text = await settings.exportPack(id, unreadable);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${id}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A stored pack that no longer validates (a newer version's rules, a damaged store): kept and unused, and still its
 * owner's to export, as stored, or to remove (a review: there was no way to get it out or clear it).
 */
function UnreadablePack({ problem, onRemoved }: { problem: settings.PackProblem; onRemoved: OnRemoved }) {
  const action = useAction();
  const item = useRef<HTMLLIElement>(null);
  return (
    <li data-unreadable-pack={problem.id} tabIndex={-1} ref={item}>
      {problem.message}
      <PackButtons id={problem.id} name={problem.id} words="unreadable" action={action} item={item} onRemoved={onRemoved} />
      <Notice action={action} />
    </li>
  );
}

/** What the buttons say of an installed pack (by its name) and of a stored one that cannot be read (by its id). */
const PACK_BUTTON_WORDS = {
  installed: { export: 'optionsPackExportNamed', remove: 'optionsPackRemoveNamed', question: 'optionsPackRemoveConfirm' },
  unreadable: { export: 'optionsPackUnreadableExportNamed', remove: 'optionsPackUnreadableRemoveNamed', question: 'optionsPackRemoveUnreadableConfirm' },
} as const;

/**
 * A pack's Export, and Remove asked first: once removed, the focus goes to the next item (or the one before) of the list
 * the pack's item was in; failed, the item stays with its error and takes the focus, which was on the question.
 * `locked`: the organisation's pack, with no Remove.
 */
function PackButtons(props: { id: string; name: string; words: keyof typeof PACK_BUTTON_WORDS; action: Action; item: RefObject<HTMLLIElement | null>; onRemoved: OnRemoved; locked?: string }) {
  const { action, item, name } = props;
  const words = PACK_BUTTON_WORDS[props.words];
  const confirm = useConfirm();
  return (
    <div class="row">
      <button type="button" aria-label={t(words.export, name)} onClick={() => void action.run(async () => downloadPack(props.id, props.words === 'unreadable'))}>
        {t('optionsPackExport')}
      </button>
      {props.locked !== undefined ? (
        <Locked id={props.locked} />
      ) : confirm.confirming ? (
        <Confirm
          question={t(words.question, name)}
          confirm={t('optionsPackRemove')}
          onCancel={confirm.cancel}
          onConfirm={() => {
            confirm.close();
            // Found now: once the pack is gone, so is its item and its place in the list.
            const next = (item.current?.nextElementSibling ?? item.current?.previousElementSibling) as HTMLElement | null;
            void action.run(async () => settings.removePack(props.id)).then((done) => (done ? props.onRemoved(name, next) : item.current?.focus()));
          }}
        />
      ) : (
        <button type="button" ref={confirm.trigger} aria-label={t(words.remove, name)} onClick={confirm.ask}>
          {t('optionsPackRemove')}
        </button>
      )}
    </div>
  );
}

function InstalledPack({ installed, leftOut, leftOutChecks, onRemoved }: { installed: settings.InstalledPack; leftOut: settings.LeftOutLesson[]; leftOutChecks: LeftOutCheck[]; onRemoved: OnRemoved }) {
  const { pack, managed } = installed;
  const action = useAction();
  const card = useRef<HTMLLIElement>(null);
  const lockedId = `pack-${pack.id}-locked`;

  return (
    <li class="card" data-pack-id={pack.id} tabIndex={-1} ref={card}>
      <div class="card-head">
        <div>
          <h4>{pack.name}</h4>
          <p class="meta">
            {t('optionsPackMeta', pack.id, lessonCount(pack.lessons.length))}
            {installed.importedAt && <> · {t('optionsPackImported', new Date(installed.importedAt).toLocaleDateString())}</>}
          </p>
        </div>
        <Switch
          label={t('optionsPackEnabled')}
          named={t('optionsPackEnabledNamed', pack.name)}
          checked={installed.enabled}
          disabled={managed}
          busy={action.busy}
          describedBy={managed ? lockedId : undefined}
          onChange={(on) =>
            action.run(async () => {
              await settings.setPackEnabled(pack.id, on);
              return t('optionsSaved');
            })
          }
        />
      </div>
      {/* Under the head, the card's whole width: beside the switch, a narrow window left it a word or two a line. */}
      {pack.description && <p>{pack.description}</p>}
      {leftOut.length + leftOutChecks.length > 0 && <LeftOut lessons={leftOut} checks={leftOutChecks} />}
      <details>
        <summary>
          {t('optionsPackLessons', lessonCount(pack.lessons.length))}
          <span class="sr-only"> {t('optionsPackLessonsOf', pack.name)}</span>
        </summary>
        <ul class="lessons">
          {pack.lessons.map((lesson) => (
            <li key={lesson.id}>
              <span class="title">{lesson.title}</span> <span class="topics">{topicName(mainTopic(lesson))}</span>
            </li>
          ))}
        </ul>
      </details>
      <PackButtons id={pack.id} name={pack.name} words="installed" action={action} item={card} onRemoved={onRemoved} {...(managed ? { locked: lockedId } : {})} />
      <Notice action={action} />
    </li>
  );
}

/** The pack's lessons and reply checks not in use because another holds their id, each with the one kept and where. */
function LeftOut({ lessons, checks }: { lessons: settings.LeftOutLesson[]; checks: LeftOutCheck[] }) {
  return (
    <div class="left-out">
      <ul class="problems">
        {lessons.map((l) => (
          <li key={l.lessonId} data-lesson-id={l.lessonId}>
            {leftOutText(l)}
          </li>
        ))}
        {checks.map((c) => (
          <li key={`check:${c.checkId}`} data-check-id={c.checkId}>
            {leftOutCheckText(c)}
          </li>
        ))}
      </ul>
      <p class="hint">{t('optionsPackLeftOutHint')}</p>
    </div>
  );
}
