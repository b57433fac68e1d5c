// @vitest-environment jsdom
// The options page drawn in jsdom over the in-memory storage (tests/support/fake-browser.ts): what the organisation
// manages is shown locked, storage faults and vanished packs are reported and change nothing, a broken or oversized
// pack file is refused with every error, pack text stays text, feedback resets per lesson, and custom selectors are
// tried through the tab's content script. (tests/e2e/options.test.ts drives the built page in Chromium.)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { h, render } from 'preact';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { packOf, packText, regularsLesson } from './support/packs';
import { createFakeBrowser, type FakeBrowser } from './support/fake-browser';

const tabs = vi.hoisted(() => ({ query: vi.fn(), sendMessage: vi.fn() }));
// The browser's host grants: the hosted desks' pattern from install (beforeEach), unless a test takes it back as the
// agent can (Chromium's site access "On click", Firefox's add-on permissions); a request is granted unless `refuse`.
const HOSTED = 'https://*.zendesk.com/agent/*';
const state = vi.hoisted(() => ({ browser: null as unknown as FakeBrowser, granted: new Set<string>(), refuse: false, changed: new Set<() => void>() }));
const permissions = vi.hoisted(() => {
  const changed = () => {
    for (const listener of state.changed) listener();
  };
  const event = { addListener: (l: () => void) => state.changed.add(l), removeListener: (l: () => void) => state.changed.delete(l) };
  return {
    request: vi.fn(async ({ origins }: { origins: string[] }) => {
      if (state.refuse) return false;
      for (const o of origins) state.granted.add(o);
      changed();
      return true;
    }),
    remove: async ({ origins }: { origins: string[] }) => {
      const removed = origins.every((o) => state.granted.delete(o));
      changed();
      return removed;
    },
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => state.granted.has(o)),
    onAdded: event,
    onRemoved: event,
  };
});
vi.mock('../src/browser', () => ({
  default: new Proxy(
    {},
    {
      get: (_target, key) => {
        if (key === 'tabs') return tabs;
        if (key === 'permissions') return permissions;
        if (key === 'runtime') return { id: 'fake-extension-id', getManifest: () => ({ content_scripts: [{ matches: [HOSTED] }] }) };
        return (state.browser as unknown as Record<string | symbol, unknown>)[key];
      },
    },
  ),
  extensionAlive: () => true,
}));

const settings = await import('../src/settings');
const { t, lessonCount } = await import('../src/i18n');
const { BUILTIN_LESSONS } = await import('../src/lessons/index');
const { MAX_PACK_BYTES, validatePackText } = await import('../src/lessons/pack');
const { OptionsPage } = await import('../options/page');

let root: HTMLElement;

beforeEach(() => {
  state.browser = createFakeBrowser();
  state.granted.clear();
  state.granted.add(HOSTED);
  state.refuse = false;
  state.changed.clear();
  permissions.request.mockClear();
  tabs.query.mockReset().mockResolvedValue([]);
  tabs.sendMessage.mockReset();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});

afterEach(() => render(null, root));
// Preact runs effects after a frame, or after 100 ms where no frame comes: a timer still pending when jsdom is torn
// down calls its cancelAnimationFrame, gone by then (an uncaught ReferenceError in one CI run). Let them run first.
afterAll(() => new Promise((done) => setTimeout(done, 150)));

async function draw(): Promise<void> {
  render(h(OptionsPage, {}), root);
  await vi.waitFor(() => expect(root.querySelector('#policy')).not.toBeNull());
}

const $ = <T extends Element = HTMLElement>(selector: string, from: ParentNode = root) => {
  const found = from.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const byText = (text: string, selector = 'button', from: ParentNode = root) => {
  const found = Array.from(from.querySelectorAll<HTMLElement>(selector)).find((el) => el.textContent === text || el.getAttribute('aria-label') === text);
  if (!found) throw new Error(`no ${selector} "${text}"`);
  return found;
};
const alerts = (from: ParentNode = root) =>
  Array.from(from.querySelectorAll('[role=alert]'))
    .map((el) => el.textContent ?? '')
    .filter(Boolean);

function chooseFile(file: File) {
  const input = $<HTMLInputElement>('input[type=file]');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('theme', () => {
  afterEach(() => localStorage.clear());

  it('paints the theme last chosen as it draws, before its settings answer, and follows a new choice', async () => {
    // A review saw the page flash light with Dark chosen: it waited for every setting (and the policy) first.
    await settings.updatePreferences({ theme: 'dark' });
    localStorage.setItem('extra-mile-theme', 'dark');
    document.documentElement.removeAttribute('data-theme');
    render(h(OptionsPage, {}), root);
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    await settings.updatePreferences({ theme: 'light' });
    await vi.waitFor(() => expect(document.documentElement.getAttribute('data-theme')).toBe('light'));
    expect(localStorage.getItem('extra-mile-theme')).toBe('light'); // for the popup and the next visit
  });
});

describe('organisation policy', () => {
  it('shows what is managed, and the managed things cannot be changed', async () => {
    const managed = state.browser.storage.managed.data;
    managed.set('packs', [packOf('org')]);
    managed.set('sitesOn', ['https://support.acme.example', 'support.acme.example']);
    managed.set('sitesOff', ['https://acme.zendesk.com']);
    managed.set('preferences', { limit: 3 });
    await settings.importPack(packText('team'));
    await draw();

    const policy = $('#policy');
    expect(policy.textContent).toContain(t('optionsPolicyPack', 'Pack org', lessonCount(1)));
    expect(policy.textContent).toContain('https://support.acme.example');
    expect(policy.textContent).toContain('https://acme.zendesk.com');
    expect(policy.textContent).toContain(t('optionsPolicyPreference', t('optionsLimitLabel'), '3'));
    expect(policy.textContent).toContain('"support.acme.example" is not an origin');

    // Locked preference: disabled, saying why; the others stay free.
    const limit = $<HTMLSelectElement>('#pref-limit');
    expect(limit.disabled).toBe(true);
    expect(limit.value).toBe('3');
    expect($(`#${limit.getAttribute('aria-describedby')}`).textContent).toBe(t('optionsLocked'));
    expect($<HTMLInputElement>('input[name=pref-theme][value=dark]').closest('fieldset')!.disabled).toBe(false);
    expect($<HTMLInputElement>('#pref-coach').disabled).toBe(false);

    // Managed pack: in use, no remove, switch locked. The agent's own pack: all free.
    const org = $('[data-pack-id="org"]');
    expect($<HTMLInputElement>('input[role=switch]', org).disabled).toBe(true);
    expect(org.textContent).toContain(t('optionsLocked'));
    expect(() => byText(t('optionsPackRemove'), 'button', org)).toThrow();
    const team = $('[data-pack-id="team"]');
    expect($<HTMLInputElement>('input[role=switch]', team).disabled).toBe(false);
    byText(t('optionsPackRemove'), 'button', team);

    // Sites forced on and off: shown with a locked switch. The browser has granted no self-hosted origin here, so the
    // site the policy turns on cannot run: shown off, with the offer to allow it.
    const on = $<HTMLInputElement>('[data-origin="https://support.acme.example"] input[role=switch]');
    const off = $<HTMLInputElement>('[data-origin="https://acme.zendesk.com"] input[role=switch]');
    await vi.waitFor(() => $('[data-origin="https://support.acme.example"] [data-needs-grant]'));
    expect([on.checked, on.disabled, off.checked, off.disabled]).toEqual([false, true, false, true]);
    byText(t('optionsSiteAllow'), 'button', $('[data-origin="https://support.acme.example"]'));
  });

  it('says when there is no policy', async () => {
    await draw();
    expect($('#policy').textContent).toContain(t('optionsNoPolicy'));
  });
});

describe('faults are shown and change nothing', () => {
  it('a pack removed in another window: acting on it shows the settings error; the page then drops it', async () => {
    await settings.importPack(packText('team'));
    await draw();
    const card = $('[data-pack-id="team"]');
    const entry = state.browser.storage.local.data.get('pack:team');
    state.browser.storage.local.data.delete('pack:team'); // gone, before the page heard of it

    $<HTMLInputElement>('input[role=switch]', card).click();
    await vi.waitFor(() => expect(alerts(card).join()).toMatch(/No pack "team" is installed \(it may have been removed in another window\)/));
    expect($<HTMLInputElement>('input[role=switch]', card).checked).toBe(true); // back to what is stored
    expect(state.browser.storage.local.data.has('pack:team')).toBe(false);

    byText(t('optionsPackExport'), 'button', card).click();
    await vi.waitFor(() => expect(alerts(card).join()).toMatch(/No pack "team" is installed/));
    // Remove fails the same way: the card keeps the focus the question had, beside its error.
    byText(t('optionsPackRemoveNamed', 'Pack team'), 'button', card).click();
    byText(t('optionsPackRemove'), 'button', await vi.waitFor(() => $('.confirm', card))).click();
    await vi.waitFor(() => expect(document.activeElement).toBe(card));
    expect(alerts(card).join()).toMatch(/No pack "team" is installed/);

    // The change event arrives: the card goes.
    state.browser.storage.local.data.set('pack:team', entry);
    await state.browser.storage.local.remove('pack:team');
    await vi.waitFor(() => expect(root.querySelector('[data-pack-id="team"]')).toBeNull());
    expect($('#packs').textContent).toContain(t('optionsNoPacks'));
  });

  it('a storage fault while saving a preference is shown inline, and the control goes back', async () => {
    await settings.updatePreferences({ limit: 4 });
    await draw();
    state.browser.storage.sync.failWrites = 'QUOTA_BYTES quota exceeded';
    const limit = $<HTMLSelectElement>('#pref-limit');
    limit.value = '2';
    limit.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(alerts($('#preferences')).join()).toMatch(/Not saved: synced settings is full.*Nothing was changed/));
    await vi.waitFor(() => expect($<HTMLSelectElement>('#pref-limit').value).toBe('4'));
    expect((await settings.getSettings()).preferences.limit).toBe(4);
  });
});

describe('importing a pack file', () => {
  it('lists every error of a broken pack with its line, and stores nothing', async () => {
    await draw();
    const before = [...state.browser.storage.local.data.keys()];
    const broken = packText('broken', [{ ...regularsLesson('one'), topics: ['kindness'] }, { ...regularsLesson('two'), phrases: ['Only one.'] }] as never);
    const expected = validatePackText(broken);
    if (expected.ok) throw new Error('the broken pack validated');
    chooseFile(new File([broken], 'broken.json', { type: 'application/json' }));

    await vi.waitFor(() => $('[data-verdict="invalid"]'));
    const items = Array.from(root.querySelectorAll('[data-verdict="invalid"] ol.errors li')).map((li) => li.textContent ?? '');
    expect(items).toHaveLength(expected.errors.length);
    expected.errors.forEach((error, i) => {
      // Each part a word apart, as a screen reader reads the text, and the field set off from what is wrong with it as
      // check-pack does: "Line 3, column 7: lessons[0].topics[0]: …" (a review read "lessons a pack needs…" as one phrase).
      expect(items[i]).toBe(`${t('optionsPackErrorLine', String(error.line), String(error.column))} ${error.path}: ${error.message}`);
    });
    expect(root.querySelector('[data-verdict="valid"]')).toBeNull();
    expect([...state.browser.storage.local.data.keys()]).toEqual(before);
  });

  it("reads a UTF-16 file with its byte order mark as check-pack does, whatever the browser's File.text() reads", async () => {
    await draw();
    const le = Buffer.from(packText('sixteen'), 'utf16le');
    const files = [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()])];
    for (const [i, bytes] of files.entries()) {
      // File.text() as Firefox reads it, UTF-8 only: the page must not depend on it.
      const file = new File([new Uint8Array(bytes)], `sixteen-${i}.json`);
      Object.defineProperty(file, 'text', { value: async () => new TextDecoder('utf-8').decode(bytes) });
      chooseFile(file);
      const verdict = await vi.waitFor(() => $('[data-verdict="valid"]'));
      expect(verdict.textContent).toContain('Pack sixteen');
      byText(t('optionsCancel'), 'button').click();
      await vi.waitFor(() => expect(root.querySelector('[data-verdict]')).toBeNull());
    }
  });

  it('refuses at preview a pack reusing a lesson id an installed pack holds, naming the lesson and the pack', async () => {
    await settings.importPack(packText('team', [regularsLesson('shared-lesson')]));
    await draw();
    await vi.waitFor(() => $('[data-pack-id="team"]'));
    const before = [...state.browser.storage.local.data.keys()];
    chooseFile(new File([packText('other', [regularsLesson('shared-lesson')])], 'other.json'));
    const verdict = await vi.waitFor(() => $('[data-verdict="invalid"]'));
    expect(verdict.textContent).toContain('"shared-lesson" is already the id of the lesson "Thank a regular by name" in the installed pack "Pack team" (team)');
    expect(root.querySelector('[data-verdict="valid"]')).toBeNull();
    expect([...state.browser.storage.local.data.keys()]).toEqual(before);
  });

  it('refuses at preview a cue of only emoji or punctuation, naming its line and field, and the installed packs stay', async () => {
    await settings.importPack(packText('team'));
    await draw();
    await vi.waitFor(() => $('[data-pack-id="team"]'));
    const before = new Map(state.browser.storage.local.data);
    const source = packText('emoji', [{ ...regularsLesson('emoji-lesson'), cues: ['regular customer', '🙂🙂'] }]);
    chooseFile(new File([source], 'emoji.json'));
    const verdict = await vi.waitFor(() => $('[data-verdict="invalid"]'));
    const line = source.split('\n').findIndex((l) => l.includes('🙂🙂')) + 1;
    expect(verdict.textContent).toContain(t('optionsPackErrorLine', String(line), String(source.split('\n')[line - 1]!.indexOf('"') + 1)));
    expect(verdict.textContent).toContain('lessons[0].cues[1]');
    expect(root.querySelector('[data-verdict="valid"]')).toBeNull();
    expect(await settings.importPack(source)).toMatchObject({ ok: false });
    expect(state.browser.storage.local.data).toEqual(before);
  });

  it('names in the preview the cues of a valid pack that never match, with their lines, and still adds it', async () => {
    await draw();
    const source = packText('quiet', [{ ...regularsLesson('quiet-lesson'), cues: ['regular customer', 'two weeks'] }]);
    chooseFile(new File([source], 'quiet.json'));
    const preview = await vi.waitFor(() => $('[data-verdict="valid"]'));
    const line = source.split('\n').findIndex((l) => l.includes('"two weeks"')) + 1;
    const items = Array.from(preview.querySelectorAll('.silent-cues li')).map((li) => li.textContent);
    expect(items).toEqual([`line ${line}, lessons[0].cues[1]: "two weeks" never matches: its words are all common words the matcher skips; add a word that says what the ticket is about`]);
    expect(preview.textContent).toContain(t('optionsPreviewSilentCues', '1'));
    expect(await settings.importPack(source)).toMatchObject({ ok: true });
  });

  it('refuses an oversized file without reading it', async () => {
    await draw();
    const file = new File([new Uint8Array(MAX_PACK_BYTES + 1)], 'huge.json');
    const read = vi.spyOn(file, 'text');
    chooseFile(file);
    await vi.waitFor(() => $('[data-verdict="too-large"]'));
    expect(read).not.toHaveBeenCalled();
    expect(state.browser.storage.local.data.size).toBe(0);
  });

  it('lists the reply checks a pack carries in its preview, before it is added', async () => {
    await draw();
    const text = readFileSync(resolve(__dirname, 'coach/pack-with-checks.json'), 'utf8');
    chooseFile(new File([text], 'plain-words.json'));
    const preview = await vi.waitFor(() => $('[data-verdict="valid"]'));
    const check = (JSON.parse(text) as { checks: Array<{ id: string; does: string }> }).checks[0]!;
    expect(preview.textContent).toContain(t('optionsPreviewChecks', '1'));
    expect($(`li[data-check-id="${check.id}"]`, preview).textContent).toBe(`${check.does} ${t('optionsCheckEveryReply')}`);
    expect((await settings.listPacks()).packs).toEqual([]);
  });

  it('renders pack text as text, previews it, and adds it only on Add', async () => {
    await draw();
    const title = '<img src=x onerror="window.hacked=1">';
    chooseFile(new File([packText('odd', [regularsLesson('odd-one', title)])], 'odd.json'));
    const preview = await vi.waitFor(() => $('[data-verdict="valid"]'));
    expect(preview.textContent).toContain(title);
    expect(root.querySelector('img')).toBeNull();
    expect((await settings.listPacks()).packs).toEqual([]);

    byText(t('optionsPackAdd'), 'button', preview).click();
    await vi.waitFor(() => expect(root.textContent).toContain(t('optionsPackAdded', 'Pack odd', lessonCount(1))));
    expect((await settings.listPacks()).packs.map((p) => p.pack.id)).toEqual(['odd']);
    await vi.waitFor(() => $('[data-pack-id="odd"]'));
  });

  it('says a replaced pack that was switched off stays off (a review: it stayed off unsaid)', async () => {
    await settings.importPack(packText('one'));
    await settings.setPackEnabled('one', false);
    await draw();
    chooseFile(new File([packText('one', [regularsLesson('one-lesson'), regularsLesson('one-more')])], 'one.json'));
    // The preview says it replaces the installed pack, and so does its button (a review: it said "Add pack").
    const preview = await vi.waitFor(() => $('[data-verdict="valid"]'));
    expect(preview.querySelector('button.primary')?.textContent).toBe('Replace pack');
    byText(t('optionsPackReplace'), 'button', preview).click();
    await vi.waitFor(() => expect(root.textContent).toContain(t('optionsPackReplacedOff', 'Pack one', lessonCount(2))));
    expect((await settings.listPacks()).packs.find((p) => p.pack.id === 'one')).toMatchObject({ enabled: false });
  });

  it('counts one lesson as "1 lesson", not "1 lessons", wherever a pack is counted', async () => {
    await draw();
    chooseFile(new File([packText('one')], 'one.json'));
    const preview = await vi.waitFor(() => $('[data-verdict="valid"]'));
    expect(preview.textContent).toContain('id one · 1 lesson');
    expect(preview.textContent).not.toContain('1 lessons');
    byText(t('optionsPackAdd'), 'button', preview).click();
    await vi.waitFor(() => expect(root.textContent).toContain('Added “Pack one” (1 lesson).'));
    const card = await vi.waitFor(() => $('[data-pack-id="one"]'));
    expect($('summary', card).firstChild?.textContent).toBe('Its 1 lesson'); // then, for screen readers only, the pack's name
    expect(root.textContent).not.toContain('1 lessons');
    expect(lessonCount(2)).toBe('2 lessons');
  });
});

describe('installed packs', () => {
  it('removing a pack moves the focus to the next pack, or to adding one when none is left, and says it was removed', async () => {
    await settings.importPack(packText('first'));
    await draw();
    chooseFile(new File([packText('second')], 'second.json'));
    byText(t('optionsPackAdd'), 'button', await vi.waitFor(() => $('[data-verdict="valid"]'))).click();
    await vi.waitFor(() => $('[data-pack-id="second"]'));
    const added = t('optionsPackAdded', 'Pack second', lessonCount(1));
    expect($('#packs').textContent).toContain(added);
    const remove = async (name: string) => {
      byText(t('optionsPackRemoveNamed', name)).click();
      byText(t('optionsPackRemove'), 'button', await vi.waitFor(() => $('.confirm'))).click();
    };

    await remove('Pack second');
    await vi.waitFor(() => expect(document.activeElement).toBe($('[data-pack-id="first"]')));
    await vi.waitFor(() => expect(root.querySelector('[data-pack-id="second"]')).toBeNull());
    expect(document.activeElement).toBe($('[data-pack-id="first"]')); // and still there once the list is drawn again
    expect($('#packs').textContent).not.toContain(added); // the notice went with the pack it was about
    expect($('#packs [role=status]').textContent).toBe(t('optionsPackRemoved', 'Pack second'));

    await remove('Pack first');
    await vi.waitFor(() => expect($('#packs').textContent).toContain(t('optionsNoPacks')));
    expect(document.activeElement).toBe($('input[type=file]'));
    expect($('#packs [role=status]').textContent).toBe(t('optionsPackRemoved', 'Pack first'));
  });

  // A review (2026-12-05): where the organisation's pack had the same id, Export on the unreadable one downloaded the
  // organisation's, and the agent's only copy could not be had.
  it("exports a stored pack that cannot be read as it is stored, not the organisation's pack of the same id", async () => {
    state.browser.storage.managed.data.set('packs', [packOf('org')]);
    const mine = { ...packOf('org'), name: 'My own old copy', lessons: 'broken' };
    state.browser.storage.local.data.set('pack:org', { pack: mine, enabled: true, importedAt: '' });
    const blobs: Blob[] = [];
    const spies = [
      vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:x')),
      vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined),
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined),
    ];
    try {
      await draw();
      const item = await vi.waitFor(() => $('[data-unreadable-pack="org"]'));
      byText(t('optionsPackUnreadableExportNamed', 'org'), 'button', item).click();
      await vi.waitFor(() => expect(blobs).toHaveLength(1));
      expect(JSON.parse(await blobs[0]!.text())).toEqual(mine);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  // A review: a stored pack that no longer validates could be neither exported nor removed, and a file of its id was
  // offered as "Add pack" and then replaced it.
  it('offers a stored pack that cannot be read for export and removal, and says a file of its id replaces it', async () => {
    const broken = { ...packOf('team'), lessons: [{ ...regularsLesson('team-one'), topics: ['no-such-topic'] }] };
    state.browser.storage.local.data.set('pack:team', { pack: broken, enabled: true, importedAt: '' });
    await draw();
    const item = await vi.waitFor(() => $('[data-unreadable-pack="team"]'));
    expect(item.textContent).toContain('cannot be read');
    byText(t('optionsPackUnreadableExportNamed', 'team'), 'button', item);
    expect(JSON.parse(await settings.exportPack('team'))).toEqual(broken);

    chooseFile(new File([packText('team')], 'team.json'));
    const preview = await vi.waitFor(() => $('[data-verdict="valid"]'));
    expect($('.meta', preview).textContent).toContain(t('optionsPreviewReplacesUnreadable', 'team'));
    byText(t('optionsCancel'), 'button', preview).click();

    byText(t('optionsPackUnreadableRemoveNamed', 'team'), 'button', item).click();
    const confirm = await vi.waitFor(() => $('.confirm', item));
    expect(confirm.getAttribute('aria-label')).toBe(t('optionsPackRemoveUnreadableConfirm', 'team'));
    byText(t('optionsPackRemove'), 'button', confirm).click();
    await vi.waitFor(() => expect(root.querySelector('[data-unreadable-pack]')).toBeNull());
    expect(state.browser.storage.local.data.has('pack:team')).toBe(false);
    expect($('#packs [role=status]').textContent).toBe(t('optionsPackRemoved', 'team'));
  });

  it('names a reply check of a pack left out for an id a check in use holds, beside the left-out lessons', async () => {
    const withChecks = JSON.parse(readFileSync(resolve(__dirname, 'coach/pack-with-checks.json'), 'utf8')) as { name: string; checks: object[] };
    // The same check id, on a lesson of the copy's own (a check names a lesson of its pack or the library).
    const copy = { ...withChecks, id: 'copied', name: 'Pack copied', lessons: [regularsLesson('copied-lesson')], checks: [{ ...withChecks.checks[0], lesson: 'copied-lesson' }] };
    state.browser.storage.local.data.set('pack:plain-words', { pack: withChecks, enabled: true, importedAt: '' });
    state.browser.storage.local.data.set('pack:copied', { pack: copy, enabled: true, importedAt: '' });
    await draw();
    const copied = await vi.waitFor(() => $('[data-pack-id="copied"]'));
    const line = t('optionsPackCheckLeftOut', 'no-internal-codes', withChecks.name);
    expect(Array.from(copied.querySelectorAll('.left-out li')).map((li) => [li.getAttribute('data-check-id'), li.textContent])).toEqual([['no-internal-codes', line]]);
    expect($('[data-pack-id="plain-words"]').querySelector('.left-out')).toBeNull();
  });

  it('says which lesson of which pack is left out for sharing an id with a lesson in use, and where that one is', async () => {
    // Two packs stored before import refused a lesson id another installed pack holds: only one of an id is used.
    state.browser.storage.local.data.set('pack:first', { pack: packOf('first', [regularsLesson('shared-lesson')]), enabled: true, importedAt: '' });
    state.browser.storage.local.data.set('pack:second', { pack: packOf('second', [regularsLesson('shared-lesson', 'Greet a regular'), regularsLesson('second-own')]), enabled: true, importedAt: '' });
    await draw();
    const second = await vi.waitFor(() => $('[data-pack-id="second"]'));
    const line = t('optionsPackLessonLeftOut', 'Greet a regular', 'shared-lesson', 'Thank a regular by name', 'Pack first');
    expect(line).toBe('“Greet a regular” (shared-lesson) is left out: same id as “Thank a regular by name” in “Pack first”.');
    expect(Array.from(second.querySelectorAll('.left-out li')).map((li) => [li.getAttribute('data-lesson-id'), li.textContent])).toEqual([['shared-lesson', line]]);
    expect($('.left-out', second).textContent).toContain(t('optionsPackLeftOutHint'));
    expect($('[data-pack-id="first"]').querySelector('.left-out')).toBeNull();
    // Nothing else changes: the pack still lists both its lessons and stays in use.
    expect($('.meta', second).textContent).toContain(t('optionsPackMeta', 'second', lessonCount(2)));
    expect($<HTMLInputElement>('input[role=switch]', second).checked).toBe(true);

    // Switched off, the first pack holds no id in the merge: the line goes.
    $<HTMLInputElement>('input[role=switch]', $('[data-pack-id="first"]')).click();
    await vi.waitFor(() => expect(root.querySelector('.left-out')).toBeNull());
  });
});

describe('adding a site by its address', () => {
  const field = () => $<HTMLInputElement>('#add-site');
  const add = (value: string) => {
    field().value = value;
    field().dispatchEvent(new Event('input', { bubbles: true }));
    return vi.waitFor(() => expect(field().value).toBe(value)).then(() => byText(t('optionsAddSite'), 'button', $('#sites')).click());
  };
  const notice = () => alerts($('.add-site')).join();

  it("asks the browser for that one origin inside the click, then lists the site switched on", async () => {
    await draw();
    await add('freescout.example.org/conversation/42?folder=1');
    // Synchronously: no await between the click and the request, or the browser refuses it (no user gesture).
    expect(permissions.request).toHaveBeenCalledTimes(1);
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://freescout.example.org/*'] });
    const site = await vi.waitFor(() => $('[data-origin="https://freescout.example.org"]'));
    await vi.waitFor(() => expect($<HTMLInputElement>('input[role=switch]', site).checked).toBe(true));
    expect((await settings.siteSettings('https://freescout.example.org')).enabled).toBe(true);
    await vi.waitFor(() => expect($('.add-site').textContent).toContain(t('optionsAddSiteAdded', 'https://freescout.example.org')));
    expect(field().value).toBe('');
  });

  // The button went quiet (aria-disabled) with nothing said while the browser's prompt waited (a walk, 2026-12-04).
  it("says it is waiting for the browser's answer while the prompt is open, and stops saying so once answered", async () => {
    await draw();
    let answer: (granted: boolean) => void = () => {};
    permissions.request.mockImplementationOnce(() => new Promise<boolean>((resolve) => (answer = resolve)));
    await add('freescout.example.org');
    await vi.waitFor(() => expect($('.add-site').textContent).toContain(t('optionsAddSiteWaiting', 'https://freescout.example.org')));
    answer(true);
    await vi.waitFor(() => expect($('.add-site').textContent).toContain(t('optionsAddSiteAdded', 'https://freescout.example.org')));
    expect($('.add-site').textContent).not.toContain(t('optionsAddSiteWaiting', 'https://freescout.example.org'));
  });

  it('refused by the browser: nothing is stored, and the page says so', async () => {
    state.refuse = true;
    await draw();
    await add('https://osticket.example.org:8443/scp/tickets.php?id=7');
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://osticket.example.org/*'] }); // every port: Firefox refuses ports in patterns
    await vi.waitFor(() => expect(notice()).toContain(t('optionsSitePermissionRefused', 'https://osticket.example.org:8443')));
    // Not listed: a refused site left a record, and trying again was "listed already", asking the browser nothing.
    await vi.waitFor(async () => expect((await settings.getSettings()).sites['https://osticket.example.org:8443']).toBeUndefined());
    expect(root.querySelector('[data-origin="https://osticket.example.org:8443"]')).toBeNull();
    expect(field().value).toBe('https://osticket.example.org:8443/scp/tickets.php?id=7'); // kept, to try again
    // The address was right: the field is not marked, and holds the focus for another try.
    expect(field().getAttribute('aria-invalid')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(field()));
    state.refuse = false;
    byText(t('optionsAddSite'), 'button', $('#sites')).click();
    expect(permissions.request).toHaveBeenCalledTimes(2);
    await vi.waitFor(async () => expect((await settings.siteSettings('https://osticket.example.org:8443')).enabled).toBe(true));
  });

  it('refused, it forgets only the empty record it left: a desk recorded there meanwhile (its tab, during the prompt) stays', async () => {
    await draw();
    permissions.request.mockImplementationOnce(async () => {
      await settings.recordDesk('https://freescout.example.org', 'freescout');
      return false;
    });
    await add('freescout.example.org');
    await vi.waitFor(() => expect(notice()).toContain(t('optionsSitePermissionRefused', 'https://freescout.example.org')));
    expect((await settings.getSettings()).sites['https://freescout.example.org']).toEqual({ desk: 'freescout' });
  });

  it("a hosted desk whose access the browser took back asks for the desk's patterns, as its switch does", async () => {
    state.granted.delete(HOSTED);
    await draw();
    await add('acme.zendesk.com/agent/tickets/1');
    expect(permissions.request).toHaveBeenCalledWith({ origins: [HOSTED] });
    await vi.waitFor(() => expect($<HTMLInputElement>('input[role=switch]', $('[data-origin="https://acme.zendesk.com"]')).checked).toBe(true));
  });

  it('no web address, or a site listed already: says which, and asks the browser nothing', async () => {
    await settings.updateSiteSettings('https://outdoorco.zendesk.com', { desk: 'zendesk' });
    await draw();
    // A name with no dot is a site on the agent's own network only with its scheme (a review: "intranet" got no hint).
    await add('support');
    await vi.waitFor(() => expect(notice()).toContain(t('optionsAddSiteNoScheme', 'support', 'https://support', 'http://support')));
    await add('intranet:8080/tickets/4');
    await vi.waitFor(() => expect(notice()).toContain(t('optionsAddSiteNoScheme', 'intranet:8080/tickets/4', 'https://intranet:8080', 'http://intranet:8080')));
    await add('ftp://files.example.org');
    await vi.waitFor(() => expect(notice()).toContain(t('optionsAddSiteInvalid', 'ftp://files.example.org')));
    await add('https://OutdoorCo.zendesk.com/agent/tickets/5');
    await vi.waitFor(() => expect(notice()).toContain(t('optionsAddSiteListed', 'https://outdoorco.zendesk.com')));
    // It points at the site's card where the card is: above the field (a walk, 2026-12-05, found "below").
    const card = [...document.querySelectorAll('#sites .cards li')].find((li) => li.textContent?.includes('outdoorco.zendesk.com'));
    expect(card!.compareDocumentPosition(field()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(notice()).toMatch(/\babove\b/);
    for (const [value, message] of [['agent@acme.com', t('optionsAddSiteInvalid', 'agent@acme.com')], ['https://*.acme.com/*', t('optionsAddSiteInvalid', 'https://*.acme.com/*')], ['  ', t('optionsAddSiteEmpty')]] as const) {
      await add(value);
      await vi.waitFor(() => expect(notice()).toContain(message));
      // Back in the field, marked: the button keeps nothing the agent must find again.
      expect(document.activeElement).toBe(field());
      expect(field().getAttribute('aria-invalid')).toBe('true');
    }
    expect(permissions.request).not.toHaveBeenCalled();
  });

  it('a site the policy turns on or off: the organisation decides, and the browser is asked nothing', async () => {
    state.browser.storage.managed.data.set('sitesOff', ['https://helpdesk.acme.org']);
    await draw();
    await add('helpdesk.acme.org');
    await vi.waitFor(() => expect(notice()).toContain(t('optionsAddSiteByPolicy', 'https://helpdesk.acme.org')));
    expect(permissions.request).not.toHaveBeenCalled();
  });
});

describe('every control in a list names what it acts on', () => {
  it("a pack's switch, Export and Remove name the pack, a site's switch and Forget the site, and the visible words stay", async () => {
    await settings.importPack(packText('team'));
    await settings.importPack(packText('other'));
    await settings.updateSiteSettings('https://outdoorco.zendesk.com', { desk: 'zendesk' });
    await draw();
    const named = (card: HTMLElement) => Array.from(card.querySelectorAll('input[role=switch], button')).map((el) => [el.getAttribute('aria-label'), el.closest('label')?.textContent ?? el.textContent]);
    expect(named(await vi.waitFor(() => $('[data-pack-id="team"]')))).toEqual([
      ['In use: “Pack team”', 'In use'],
      ['Export “Pack team”', 'Export'],
      ['Remove “Pack team”', 'Remove'],
    ]);
    expect(named($('[data-pack-id="other"]'))[0]).toEqual(['In use: “Pack other”', 'In use']);
    expect(named($('[data-origin="https://outdoorco.zendesk.com"]'))).toEqual([
      ['On at https://outdoorco.zendesk.com', 'On'],
      ['Forget https://outdoorco.zendesk.com', 'Forget'],
    ]);
    // A pack's list of lessons: "Its 2 lessons" on screen, heard with the pack's name (its summary's text).
    const summary = (id: string) => $(`[data-pack-id="${id}"] summary`).textContent?.replace(/\s+/g, ' ').trim();
    expect(summary('team')).toMatch(new RegExp(`^${t('optionsPackLessons', '\\d+ lessons?')} ${t('optionsPackLessonsOf', '“?Pack team”?')}$`));
    expect(summary('other')).toContain('Pack other');
  });
});

describe('feedback', () => {
  it("keeps the focus in the section when a reset takes its row away: the next row's Reset, else the heading", async () => {
    const [a, b] = BUILTIN_LESSONS;
    await settings.recordFeedback(a!.id, 'helpful');
    await settings.recordFeedback(a!.id, 'helpful'); // more counts: listed first
    await settings.recordFeedback(b!.id, 'helpful');
    await draw();
    const reset = (title: string) => byText(t('optionsFeedbackResetNamed', title), 'button');
    reset(a!.title).focus();
    reset(a!.title).click();
    await vi.waitFor(() => expect(root.querySelector(`#feedback tr[data-lesson-id="${a!.id}"]`)).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe(reset(b!.title)));
    // The focus lands on a button naming another lesson: the status says which was reset (a review).
    expect($('#feedback [role=status]').textContent).toBe(t('optionsFeedbackResetDone', a!.title));
    reset(b!.title).click();
    await vi.waitFor(() => expect($('#feedback').textContent).toContain(t('optionsNoFeedback')));
    await vi.waitFor(() => expect(document.activeElement).toBe($('#feedback-heading')));

    await settings.recordFeedback(a!.id, 'helpful');
    await vi.waitFor(() => byText(t('optionsFeedbackResetAll')));
    byText(t('optionsFeedbackResetAll')).click();
    const confirm = await vi.waitFor(() => $('.confirm'));
    byText(t('optionsFeedbackResetAll'), 'button', confirm).click();
    await vi.waitFor(() => expect($('#feedback').textContent).toContain(t('optionsNoFeedback')));
    await vi.waitFor(() => expect(document.activeElement).toBe($('#feedback-heading')));
  });

  it('names each lesson, and resets one lesson or all', async () => {
    const builtin = BUILTIN_LESSONS[0]!;
    await settings.recordFeedback(builtin.id, 'helpful');
    await settings.recordFeedback(builtin.id, 'not-relevant');
    await settings.recordFeedback('uninstalled-lesson', 'helpful');
    await draw();
    const row = $(`#feedback tr[data-lesson-id="${builtin.id}"]`);
    expect($('th', row).textContent).toBe(builtin.title);
    expect([$('[data-count=helpful]', row).textContent, $('[data-count=not-relevant]', row).textContent]).toEqual(['1', '1']);
    expect($('#feedback tr[data-lesson-id="uninstalled-lesson"]').textContent).toContain(t('optionsFeedbackGone', 'uninstalled-lesson'));

    byText(t('optionsFeedbackResetNamed', builtin.title), 'button').click();
    await vi.waitFor(() => expect(root.querySelector(`#feedback tr[data-lesson-id="${builtin.id}"]`)).toBeNull());
    expect(Object.keys(await settings.lessonFeedback())).toEqual(['uninstalled-lesson']);

    byText(t('optionsFeedbackResetAll')).click();
    let confirm = await vi.waitFor(() => $('.confirm'));
    expect(document.activeElement).toBe(confirm); // the question has focus, for keyboard and screen-reader users
    // Cancel gives the focus back to the button that asked, not to the page.
    byText(t('optionsCancel'), 'button', confirm).click();
    await vi.waitFor(() => expect(root.querySelector('.confirm')).toBeNull());
    expect(document.activeElement).toBe(byText(t('optionsFeedbackResetAll'), 'button'));
    // Escape answers no as Cancel does, wherever the focus is in the question (a review found it did nothing).
    byText(t('optionsFeedbackResetAll')).click();
    confirm = await vi.waitFor(() => $('.confirm'));
    byText(t('optionsFeedbackResetAll'), 'button', confirm).focus();
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(root.querySelector('.confirm')).toBeNull());
    expect(document.activeElement).toBe(byText(t('optionsFeedbackResetAll'), 'button'));
    expect(Object.keys(await settings.lessonFeedback())).toEqual(['uninstalled-lesson']);
    byText(t('optionsFeedbackResetAll')).click();
    confirm = await vi.waitFor(() => $('.confirm'));
    byText(t('optionsFeedbackResetAll'), 'button', confirm).click();
    await vi.waitFor(() => expect($('#feedback').textContent).toContain(t('optionsNoFeedback')));
    expect(await settings.lessonFeedback()).toEqual({});
  });
});

describe('sites', () => {
  it('a self-hosted site shows on where the browser granted it and it was switched on, as the popup does; the grant alone is not enough', async () => {
    // Switched on at port 3000, which asked for the host (every port); 8080 shares the grant, never switched on.
    state.granted.add('https://freescout.example.org/*');
    await settings.updateSiteSettings('https://freescout.example.org:3000', { desk: 'freescout', enabled: true });
    await settings.updateSiteSettings('https://freescout.example.org:8080', { desk: 'freescout' }); // listed, no choice stored
    expect((await settings.siteSettings('https://freescout.example.org:8080')).enabled).toBeUndefined();
    await draw();
    const on = (origin: string) => $<HTMLInputElement>('input[role=switch]', $(`[data-origin="${origin}"]`));
    await vi.waitFor(() => expect(on('https://freescout.example.org:3000').checked).toBe(true));
    expect(on('https://freescout.example.org:8080').checked).toBe(false);
    expect(on('https://freescout.example.org:8080').disabled).toBe(false);
    expect(root.querySelector('[data-needs-grant]')).toBeNull();
  });

  it("a hosted desk whose access the browser took back shows off and says so; switching it on asks for the desk's patterns inside the click, as the popup does", async () => {
    state.granted.delete(HOSTED);
    await settings.updateSiteSettings('https://outdoorco.zendesk.com', { desk: 'zendesk' });
    await draw();
    const site = () => $('[data-origin="https://outdoorco.zendesk.com"]');
    const toggle = () => $<HTMLInputElement>('input[role=switch]', site());
    const noAccess = t('optionsSiteNoAccess', 'https://outdoorco.zendesk.com');
    await vi.waitFor(() => expect(site().textContent).toContain(noAccess));
    expect(toggle().checked).toBe(false);
    expect(document.getElementById(toggle().getAttribute('aria-describedby') ?? '')?.textContent).toBe(noAccess);

    // Refused: nothing changes, and the page says so.
    state.refuse = true;
    toggle().click();
    // Synchronously: no await between the click and the request, or the browser refuses it (no user gesture).
    expect(permissions.request).toHaveBeenCalledTimes(1);
    expect(permissions.request).toHaveBeenCalledWith({ origins: [HOSTED] });
    await vi.waitFor(() => expect(alerts(site()).join()).toContain(t('optionsSitePermissionRefused', 'https://outdoorco.zendesk.com')));
    await vi.waitFor(() => expect(toggle().checked).toBe(false));

    state.refuse = false;
    toggle().click();
    expect(permissions.request).toHaveBeenCalledTimes(2);
    await vi.waitFor(() => expect(site().textContent).not.toContain(noAccess));
    expect(toggle().checked).toBe(true);
    expect((await settings.getSettings()).sites['https://outdoorco.zendesk.com']?.enabled).toBe(true);

    // Taken back again while the page is open: it says so at once.
    await permissions.remove({ origins: [HOSTED] });
    await vi.waitFor(() => expect(site().textContent).toContain(noAccess));
    expect(toggle().checked).toBe(false);
  });

  it("a hosted desk the policy turns on, whose access the browser took back, offers Allow, which asks for the desk's patterns", async () => {
    state.granted.delete(HOSTED);
    state.browser.storage.managed.data.set('sitesOn', ['https://acme.zendesk.com']);
    await draw();
    const site = () => $('[data-origin="https://acme.zendesk.com"]');
    const allow = await vi.waitFor(() => byText(t('optionsSiteAllow'), 'button', $('[data-needs-grant]', site())));
    expect($<HTMLInputElement>('input[role=switch]', site()).checked).toBe(false);
    allow.click();
    expect(permissions.request).toHaveBeenCalledWith({ origins: [HOSTED] });
    await vi.waitFor(() => expect(site().querySelector('[data-needs-grant]')).toBeNull());
    expect($<HTMLInputElement>('input[role=switch]', site()).checked).toBe(true);
  });

  it('Forget moves the focus to the next site, and with none left to the list of desks read everywhere', async () => {
    await settings.updateSiteSettings('https://a.zendesk.com', { desk: 'zendesk' });
    await settings.updateSiteSettings('https://b.zendesk.com', { desk: 'zendesk' });
    await draw();
    const forget = (origin: string) => byText(`Forget ${origin}`, 'button', $(`[data-origin="${origin}"]`));
    await vi.waitFor(() => $('[data-origin="https://a.zendesk.com"]'));
    forget('https://a.zendesk.com').focus();
    forget('https://a.zendesk.com').click();
    await vi.waitFor(() => expect(root.querySelector('[data-origin="https://a.zendesk.com"]')).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe($('[data-origin="https://b.zendesk.com"]')));
    forget('https://b.zendesk.com').click();
    await vi.waitFor(() => expect(root.querySelector('[data-origin="https://b.zendesk.com"]')).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe($('#sites summary')));
  });
});

describe('forgetting a site', () => {
  it("offers no Forget on a site the organisation's policy switches on (forgetting it took its grant away), and Forget where it switches a site off (the one way to give that grant back)", async () => {
    state.granted.add('https://support.acme.example/*');
    state.browser.storage.managed.data.set('sitesOn', ['https://support.acme.example']);
    state.browser.storage.managed.data.set('sitesOff', ['https://off.acme.example']);
    await settings.recordDesk('https://support.acme.example', 'freescout'); // the background notes it once the tab ran
    await settings.updateSiteSettings('https://off.acme.example', { desk: 'generic' });
    await draw();
    for (const origin of ['https://support.acme.example', 'https://off.acme.example']) {
      const site = await vi.waitFor(() => $(`[data-origin="${origin}"]`));
      expect($<HTMLInputElement>('input[role=switch]', site).disabled).toBe(true);
      const forget = site.querySelector(`button[aria-label="${t('optionsSiteForgetNamed', origin)}"]`);
      if (origin === 'https://support.acme.example') expect(forget).toBeNull();
      else expect(forget).not.toBeNull();
    }
    await vi.waitFor(() => expect($<HTMLInputElement>('[data-origin="https://support.acme.example"] input[role=switch]').checked).toBe(true));

    // Forgotten, the site the policy switches off stays listed: the focus stays on its card, not the next site's.
    const off = $('[data-origin="https://off.acme.example"]');
    byText('Forget https://off.acme.example', 'button', off).click();
    await vi.waitFor(() => expect(off.querySelector(`button[aria-label="${t('optionsSiteForgetNamed', 'https://off.acme.example')}"]`)).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe($('[data-origin="https://off.acme.example"]')));
  });

  it("gives the site's grant back, but not while another port of its host is on with the same grant", async () => {
    state.granted.add('https://intranet.example/*');
    await settings.updateSiteSettings('https://intranet.example:3000', { desk: 'freescout', enabled: true });
    await settings.updateSiteSettings('https://intranet.example:8080', { desk: 'generic' });
    await settings.updateSiteSettings('https://intranet.example:9090', { desk: 'generic' });
    await draw();
    const forget = async (origin: string) => {
      const site = await vi.waitFor(() => $(`[data-origin="${origin}"]`));
      byText(`Forget ${origin}`, 'button', site).click(); // no selectors saved, nothing switched on by it: no question
      await vi.waitFor(() => expect(root.querySelector(`[data-origin="${origin}"]`)).toBeNull());
    };
    await forget('https://intranet.example:8080');
    expect(state.granted.has('https://intranet.example/*')).toBe(true);
    await settings.updateSiteSettings('https://intranet.example:3000', { enabled: false });
    await forget('https://intranet.example:9090');
    await vi.waitFor(() => expect(state.granted.has('https://intranet.example/*')).toBe(false));
  });

  it('asks first where forgetting a hosted desk switched off would switch Extra Mile on there again', async () => {
    await settings.updateSiteSettings('https://a.zendesk.com', { desk: 'zendesk', enabled: false });
    await draw();
    const site = () => $('[data-origin="https://a.zendesk.com"]');
    await vi.waitFor(() => site());
    byText('Forget https://a.zendesk.com', 'button', site()).click();
    const question = await vi.waitFor(() => $('[role=group]', site()));
    expect(question.textContent).toContain(t('optionsSiteForgetSwitchesOn', 'https://a.zendesk.com'));
    expect((await settings.getSettings()).sites['https://a.zendesk.com']?.enabled).toBe(false);
    byText(t('optionsSiteForget'), 'button', question).click();
    await vi.waitFor(() => expect(root.querySelector('[data-origin="https://a.zendesk.com"]')).toBeNull());
    expect((await settings.getSettings()).sites['https://a.zendesk.com']).toBeUndefined();
  });
});

describe('custom selectors', () => {
  const origin = 'https://desk.example.org';

  async function drawGenericSite() {
    await settings.updateSiteSettings(origin, { desk: 'generic' });
    tabs.query.mockResolvedValue([
      { id: 7, url: `${origin}/tickets/1`, title: 'Ticket 1' },
      { id: 8, url: 'https://elsewhere.example.com/', title: 'Elsewhere' },
      { id: 9, title: 'A tab Extra Mile may not see' },
    ]);
    await draw();
    const site = $(`[data-origin="${origin}"]`);
    const field = (name: string) => $<HTMLInputElement>(`input[name=${name}]`, site);
    const type = (name: string, value: string) => {
      field(name).value = value;
      field(name).dispatchEvent(new Event('input', { bubbles: true }));
    };
    await vi.waitFor(() => expect(Array.from(site.querySelectorAll('option')).map((o) => o.textContent)).toEqual(['Ticket 1']));
    return { site, field, type };
  }

  it('tries them on an open tab of the site through its content script, then saves them', async () => {
    const { site, field, type } = await drawGenericSite();
    type('messages', 'article p[');
    await vi.waitFor(() => expect(field('messages').getAttribute('aria-invalid')).toBe('true'));
    byText(t('optionsTry'), 'button', site).click();
    await vi.waitFor(() => expect(alerts(site).join()).toContain(t('optionsSelectorInvalid')));
    expect(tabs.sendMessage).not.toHaveBeenCalled();

    type('subject', 'h1');
    type('messages', '.post.customer');
    await vi.waitFor(() => expect(field('messages').getAttribute('aria-invalid')).toBeNull());
    tabs.sendMessage.mockResolvedValue({ subject: 'Broken kettle', messages: ['It leaks.', 'Still leaking!'], editorFound: false });
    byText(t('optionsTry'), 'button', site).click();
    await vi.waitFor(() => $('[data-trial]', site));
    // Asked of the page itself, not of a copy in one of its frames (review 500: the first frame to answer won).
    expect(tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'extra-mile:try-selectors', selectors: { subject: 'h1', messages: '.post.customer', editor: '' } }, { frameId: 0 });
    expect($('[data-trial-subject]', site).textContent).toBe('Broken kettle');
    expect(Array.from(site.querySelectorAll('[data-trial-message]')).map((el) => el.textContent)).toEqual(['It leaks.', 'Still leaking!']);
    expect($('[data-trial-editor]', site).textContent).toBe(t('optionsTryEditorMissing'));
    expect((await settings.siteSettings(origin)).selectors).toBeUndefined(); // trying saves nothing

    byText(t('optionsSelectorsSave'), 'button', site).click();
    await vi.waitFor(async () => expect((await settings.siteSettings(origin)).selectors).toEqual({ subject: 'h1', messages: '.post.customer', editor: '' }));
  });

  it('says a site with saved selectors is read with them, not as a plain page; on a desk Extra Mile knows they are not used and not named', async () => {
    await settings.updateSiteSettings(origin, { selectors: { subject: '', messages: '.post', editor: '' } });
    await settings.updateSiteSettings('https://a.zendesk.com', { desk: 'zendesk', selectors: { subject: '', messages: '.post', editor: '' } });
    const { site } = await drawGenericSite();
    expect($('.meta', site).textContent).toBe(t('optionsDeskGenericSelectors'));
    expect($('[data-origin="https://a.zendesk.com"] .meta').textContent).toBe('Zendesk');
  });

  it("names its form and its buttons with the site they are for (several sites' forms are alike to a screen reader)", async () => {
    await settings.updateSiteSettings(origin, { selectors: { subject: '', messages: '.post', editor: '' } });
    const { site } = await drawGenericSite();
    expect($('form', site).getAttribute('aria-label')).toBe(t('optionsSelectorsFor', origin));
    expect(byText(t('optionsSelectorsSave'), 'button', site).getAttribute('aria-label')).toBe(t('optionsSelectorsSaveNamed', origin));
    expect(byText(t('optionsSelectorsRemove'), 'button', site).getAttribute('aria-label')).toBe(t('optionsSelectorsRemoveNamed', origin));
  });

  // A review: Stop using them emptied the fields at once, took the editor away on a site not recorded as generic, and
  // dropped the focus on the page.
  it('keeps selectors no longer used in the fields, where Save puts them back', async () => {
    const selectors = { subject: 'h1', messages: '.post', editor: '' };
    await settings.updateSiteSettings(origin, { selectors });
    await draw();
    const site = $(`[data-origin="${origin}"]`);
    const stop = byText(t('optionsSelectorsRemove'), 'button', site);
    stop.focus();
    stop.click();
    await vi.waitFor(() => expect($('.selectors [role=status]', site).textContent).toBe(t('optionsSelectorsRemoved')));
    expect((await settings.siteSettings(origin)).selectors).toBeUndefined();
    expect($<HTMLInputElement>('input[name=messages]', site).value).toBe('.post');
    expect(document.activeElement).toBe(byText(t('optionsSelectorsSave'), 'button', site));
    byText(t('optionsSelectorsSave'), 'button', site).click();
    await vi.waitFor(async () => expect((await settings.siteSettings(origin)).selectors).toEqual(selectors));
  });

  it('says so when Extra Mile is not running on the tab', async () => {
    const { site, field, type } = await drawGenericSite();
    type('messages', '.post');
    await vi.waitFor(() => expect(field('messages').value).toBe('.post'));
    tabs.sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    byText(t('optionsTry'), 'button', site).click();
    await vi.waitFor(() => expect(alerts(site).join()).toContain(t('optionsTryNotRunning')));
  });
});

describe('sections and the lesson search', () => {
  it('puts preferences first and links every section from the navigation, in page order', async () => {
    await draw();
    const sections = Array.from(root.querySelectorAll('main section[id]')).map((s) => s.id);
    expect(sections).toEqual(['preferences', 'sites', 'packs', 'lessons', 'feedback', 'policy']);
    expect(Array.from(root.querySelectorAll('nav a')).map((a) => a.getAttribute('href'))).toEqual(sections.map((id) => `#${id}`));
  });

  it('lists no Hide buttons until a word is typed; a typo finds the lesson, says why, and hides it; the hidden stay listed', async () => {
    await draw();
    const lessons = $('#lessons');
    expect(lessons.querySelectorAll('button').length).toBe(0);
    expect(lessons.textContent).toContain(t('optionsLessonsNoneHidden'));

    const search = $<HTMLInputElement>('input[type=search]', lessons);
    // No word to search in it (words are two letters or more): as if nothing were typed, not every lesson "found".
    const type = (text: string) => {
      search.value = text;
      search.dispatchEvent(new Event('input', { bubbles: true }));
    };
    for (const nothing of ['x', '!!']) {
      type('refund');
      await vi.waitFor(() => expect(lessons.querySelectorAll('#lesson-results li').length).toBeGreaterThan(0));
      type(nothing);
      await vi.waitFor(() => expect($('#lesson-results-heading', lessons).textContent, nothing).toBe(t('optionsLessonsHiddenHeading')));
      expect(lessons.querySelectorAll('#lesson-results li').length).toBe(0);
      expect(lessons.textContent).toContain(t('optionsLessonsNoneHidden'));
    }
    search.value = 'managr';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect($('#lesson-results li', lessons).getAttribute('data-lesson-id')).toBe('when-they-ask-for-a-manager'));
    const found = lessons.querySelectorAll('#lesson-results li').length;
    expect(found).toBe(1); // only that lesson says "manager"
    expect($('#lesson-results-heading', lessons).textContent).toBe(t('optionsLessonsFound', String(found)));
    // Said to a screen reader as the agent types, as the popup says it (a review: the count was only a heading).
    expect($('[role=status]', lessons).textContent).toBe(lessonCount(found));
    expect($('#lesson-results li .why', lessons).textContent).toBe('Matches: “manager” for “managr” in the title');

    const manager = BUILTIN_LESSONS.find((l) => l.id === 'when-they-ask-for-a-manager')!;
    byText(t('optionsLessonHideNamed', manager.title), 'button', lessons).click();
    await vi.waitFor(async () => expect((await settings.getSettings()).hiddenLessons).toEqual([manager.id]));
    await vi.waitFor(() => expect($('.notice [role=status]', lessons).textContent).toBe(t('optionsLessonHiddenNow', manager.title)));

    search.value = '';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => expect(Array.from(lessons.querySelectorAll('#lesson-results li')).map((li) => li.getAttribute('data-lesson-id'))).toEqual([manager.id]));
    expect($('#lesson-results-heading', lessons).textContent).toBe(t('optionsLessonsHiddenHeading'));
    byText(t('optionsLessonShowNamed', manager.title), 'button', lessons).click();
    await vi.waitFor(async () => expect((await settings.getSettings()).hiddenLessons).toEqual([]));
    await vi.waitFor(() => expect($('.notice [role=status]', lessons).textContent).toBe(t('optionsLessonShown', manager.title)));
  });

  it("keeps the focus in the list of hidden lessons when Show takes a lesson off it: the next lesson's Show, else the search box", async () => {
    const [a, b] = BUILTIN_LESSONS;
    await settings.setLessonHidden(a!.id, true);
    await settings.setLessonHidden(b!.id, true);
    await draw();
    const lessons = $('#lessons');
    const show = (title: string) => byText(t('optionsLessonShowNamed', title), 'button', lessons);
    show(a!.title).focus();
    show(a!.title).click();
    await vi.waitFor(() => expect(lessons.querySelector(`li[data-lesson-id="${a!.id}"]`)).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe(show(b!.title)));
    show(b!.title).click();
    await vi.waitFor(() => expect(lessons.querySelector(`li[data-lesson-id="${b!.id}"]`)).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe($('input[type=search]', lessons)));
  });
});
