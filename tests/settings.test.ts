// The settings module: migrations, corrupt values, quota errors, packs, policy and change events.
// src/browser.ts (the one wrapper of the WebExtension API) is replaced by an in-memory storage with Chrome's quotas.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './support/fake-browser';
import { packOf, packText, regularsLesson } from './support/packs';

const state = vi.hoisted(() => ({ browser: null as unknown as FakeBrowser }));
vi.mock('../src/browser', () => ({
  default: new Proxy({}, { get: (_target, key) => (state.browser as unknown as Record<string | symbol, unknown>)[key] }),
  extensionAlive: () => true,
}));

const settings = await import('../src/settings');
const { BUILTIN_LESSONS } = await import('../src/lessons/index');
const { BUILTIN_CHECKS, checksWith } = await import('../src/coach/index');
const { leftOutCheckText } = await import('../src/coach/checks-in-use');

beforeEach(() => {
  state.browser = createFakeBrowser();
});

describe('stored settings', () => {
  it('starts from defaults and stores the current version', async () => {
    const s = await settings.getSettings();
    expect(s).toEqual({ version: settings.SETTINGS_VERSION, preferences: settings.DEFAULT_PREFERENCES, sites: {}, hiddenLessons: [] });
    expect(state.browser.storage.sync.data.get('settings')).toEqual({ version: settings.SETTINGS_VERSION, preferences: settings.DEFAULT_PREFERENCES, hiddenLessons: [] });
  });

  it('migrates version 1 (every site inside one item) to one sync item per site, the recognised desk kept locally', async () => {
    await state.browser.storage.sync.set({
      settings: { version: 1, preferences: { limit: 3 }, hiddenLessons: ['x'], sites: { 'https://acme.zendesk.com': { sidebarOpen: false, desk: 'zendesk' }, 'https://help.example.org': { enabled: true, sidebarOpen: true } } },
    });
    const s = await settings.getSettings();
    expect(s.sites).toEqual({ 'https://acme.zendesk.com': { desk: 'zendesk' }, 'https://help.example.org': { enabled: true } });
    expect(state.browser.storage.sync.data.get('settings')).toEqual({ version: settings.SETTINGS_VERSION, preferences: { ...settings.DEFAULT_PREFERENCES, limit: 3 }, hiddenLessons: ['x'] });
    expect(state.browser.storage.sync.data.get('site:https://acme.zendesk.com')).toEqual({});
    expect(state.browser.storage.sync.data.get('site:https://help.example.org')).toEqual({ enabled: true });
    expect(state.browser.storage.local.data.get('desks')).toEqual({ 'https://acme.zendesk.com': 'zendesk' });
    expect(await settings.getSettings()).toEqual(s);
  });

  it('keeps hundreds of sites without filling any one sync item', async () => {
    for (let i = 0; i < 300; i++) await settings.updateSiteSettings(`https://desk-${i}.example.org`, { enabled: i % 2 === 0 });
    expect((await settings.updatePreferences({ limit: 2 })).limit).toBe(2);
    expect(Object.keys((await settings.getSettings()).sites)).toHaveLength(300);
  });

  it('takes a Helpful or Not relevant back when the agent undoes it, never below nothing', async () => {
    await settings.recordFeedback('undone', 'helpful');
    await settings.recordFeedback('undone', 'not-relevant');
    await settings.recordFeedback('undone', 'not-relevant');
    await settings.recordFeedback('undone', 'not-relevant', true);
    await settings.recordFeedback('undone', 'helpful', true);
    await settings.recordFeedback('undone', 'helpful', true);
    expect((await settings.lessonFeedback()).undone).toEqual({ helpful: 0, notRelevant: 1 });
    await settings.resetFeedback('undone');
  });

  // A pack may name a lesson "constructor" (kebab-case), a name every plain object inherits (a review, 2026-12-05).
  it('counts feedback for a lesson whose id is a name every object inherits', async () => {
    await settings.recordFeedback('constructor', 'helpful');
    await settings.recordFeedback('constructor', 'not-relevant');
    expect((await settings.lessonFeedback()).constructor).toEqual({ helpful: 1, notRelevant: 1 });
    expect(settings.feedbackWeights(await settings.lessonFeedback()).constructor).toBeCloseTo(0.95);
    await settings.resetFeedback('constructor');
    expect(Object.hasOwn(await settings.lessonFeedback(), 'constructor')).toBe(false);
  });

  // A storage fault half way through Forget said "Nothing was changed" with the site's choices already gone (a review).
  it('forgets a site whole or not at all when a write fails', async () => {
    const origin = 'https://help.example.org';
    const selectors = { subject: 'h1', messages: '.post', editor: '' };
    await settings.updateSiteSettings(origin, { enabled: true, desk: 'generic', selectors });
    const before = await settings.getSettings();
    for (const area of ['local', 'sync'] as const) {
      state.browser.storage[area].failWrites = 'IO error: disk is busy';
      await expect(settings.forgetSite(origin)).rejects.toThrow(/Nothing was changed/);
      state.browser.storage[area].failWrites = null;
      expect(await settings.getSettings(), area).toEqual(before);
      expect(await settings.siteSettings(origin), area).toEqual({ enabled: true, desk: 'generic', selectors });
    }
    await settings.forgetSite(origin);
    expect(await settings.siteSettings(origin)).toEqual({});
  });

  it('loses no update when writes overlap', async () => {
    await Promise.all([
      settings.recordFeedback('a', 'helpful'),
      settings.recordFeedback('a', 'helpful'),
      settings.recordFeedback('a', 'not-relevant'),
      settings.updateSiteSettings('https://acme.zendesk.com', { enabled: false }),
      settings.updateSiteSettings('https://acme.zendesk.com', { desk: 'zendesk' }),
      settings.updatePreferences({ limit: 3 }),
      settings.setLessonHidden('calm-first', true),
    ]);
    expect(await settings.lessonFeedback()).toEqual({ a: { helpful: 2, notRelevant: 1 } });
    expect(await settings.siteSettings('https://acme.zendesk.com')).toEqual({ enabled: false, desk: 'zendesk' });
    const s = await settings.getSettings();
    expect(s.preferences.limit).toBe(3);
    expect(s.hiddenLessons).toEqual(['calm-first']);
  });

  it('migrates version 0 (sidebar state per site in storage.local) once, and removes the old keys', async () => {
    await state.browser.storage.local.set({ 'site:https://acme.zendesk.com': { sidebarOpen: false }, 'site:garbage': 7, feedback: {} });
    const s = await settings.getSettings();
    // The sidebar's state meant nothing since the side panel: the site is carried over without it.
    expect(s.sites['https://acme.zendesk.com']).toEqual({});
    expect(state.browser.storage.sync.data.get('site:https://acme.zendesk.com')).toEqual({});
    expect(state.browser.storage.local.data.has('site:https://acme.zendesk.com')).toBe(false);
    expect(state.browser.storage.local.data.has('feedback')).toBe(true);
  });

  it('keeps the well-formed parts of corrupt settings and defaults the rest, without touching packs', async () => {
    await settings.importPack(packText('team'));
    await state.browser.storage.sync.set({
      settings: {
        version: 1,
        preferences: { limit: 'lots', side: 'left', theme: 42, autoOpen: false, extra: true },
        sites: { 'not an origin': { sidebarOpen: false }, 'https://desk.example.org': { sidebarOpen: 'yes', enabled: true, selectors: 5 } },
        hiddenLessons: [1, 'calm-first', 'calm-first'],
      },
    });
    const s = await settings.getSettings();
    expect(s.preferences).toEqual({ limit: 5, theme: 'auto', coach: true });
    expect(s.sites).toEqual({ 'https://desk.example.org': { enabled: true } });
    expect(s.hiddenLessons).toEqual(['calm-first']);
    expect((await settings.listPacks()).packs.map((p) => p.pack.id)).toEqual(['team']);

    await state.browser.storage.sync.set({ settings: 'garbage' });
    expect((await settings.getSettings()).preferences).toEqual(settings.DEFAULT_PREFERENCES);
    expect((await settings.listPacks()).packs).toHaveLength(1);
  });

  it('reads settings from a newer version without downgrading them', async () => {
    await state.browser.storage.sync.set({ settings: { version: 9, preferences: { limit: 3 }, futureField: 'keep me' } });
    expect((await settings.preferences()).limit).toBe(3);
    state.browser.storage.sync.data.set('settings', { version: 9, preferences: { limit: 3, future: 'keep me too' }, futureField: 'keep me' });
    await settings.updatePreferences({ coach: false });
    expect(state.browser.storage.sync.data.get('settings')).toMatchObject({ version: 9, futureField: 'keep me', preferences: { limit: 3, coach: false, future: 'keep me too' } });
  });

  // Sync follows the agent to machines on other versions: a site's record kept what this version knows only (a review).
  it("keeps what a newer version wrote in a site's record when this one changes it", async () => {
    const origin = 'https://help.example.org';
    await state.browser.storage.sync.set({ settings: { version: 9, preferences: {} }, [`site:${origin}`]: { enabled: true, readOnlyDrafts: true, theme: { accent: 'teal' } } });
    await settings.updateSiteSettings(origin, { enabled: false });
    expect(state.browser.storage.sync.data.get(`site:${origin}`)).toEqual({ enabled: false, readOnlyDrafts: true, theme: { accent: 'teal' } });
    await settings.updateSiteSettings(origin, { selectors: { subject: '', messages: '.post', editor: '' } });
    await settings.updateSiteSettings(origin, { selectors: undefined });
    expect(state.browser.storage.sync.data.get(`site:${origin}`)).toEqual({ enabled: false, readOnlyDrafts: true, theme: { accent: 'teal' } });
  });

  it('version 3 drops the retired side preference and turns the reply coach on, keeping the rest', async () => {
    await state.browser.storage.sync.set({ settings: { version: 2, preferences: { limit: 4, side: 'left', theme: 'dark', autoOpen: true }, hiddenLessons: [] } });
    expect(await settings.preferences()).toEqual({ limit: 4, theme: 'dark', coach: true });
    const stored = state.browser.storage.sync.data.get('settings') as { version: number; preferences: Record<string, unknown> };
    expect(stored.version).toBe(settings.SETTINGS_VERSION);
    expect(stored.preferences).toEqual({ limit: 4, theme: 'dark', coach: true });
  });

  it('version 4 drops the retired autoOpen preference and each site\'s sidebarOpen, keeping the rest', async () => {
    await state.browser.storage.sync.set({
      settings: { version: 3, preferences: { limit: 4, theme: 'dark', autoOpen: false, coach: false }, hiddenLessons: ['x'] },
      'site:https://acme.zendesk.com': { sidebarOpen: false, enabled: false },
      'site:https://help.example.org': { sidebarOpen: true, selectors: { subject: 'h1', messages: '.m', editor: '' } },
    });
    expect(await settings.preferences()).toEqual({ limit: 4, theme: 'dark', coach: false });
    expect(state.browser.storage.sync.data.get('settings')).toEqual({ version: 4, preferences: { limit: 4, theme: 'dark', coach: false }, hiddenLessons: ['x'] });
    expect(state.browser.storage.sync.data.get('site:https://acme.zendesk.com')).toEqual({ enabled: false });
    expect(state.browser.storage.sync.data.get('site:https://help.example.org')).toEqual({ selectors: { subject: 'h1', messages: '.m', editor: '' } });
    expect(await settings.siteSettings('https://acme.zendesk.com')).toEqual({ enabled: false });
  });
});

describe('quota', () => {
  it('reports a full sync area as a SettingsError and keeps the old value', async () => {
    await settings.updatePreferences({ limit: 4 });
    // Sync holds 100 KB in all: sites with long custom selectors fill it (put straight into the store).
    const selectors = { subject: 'h1'.repeat(400), messages: '.m', editor: '.e' };
    for (let i = 0; i < 130; i++) state.browser.storage.sync.data.set(`site:https://desk-${i}.example.org`, { selectors });
    const before = structuredClone(state.browser.storage.sync.data.get('settings'));
    const error = await settings.updatePreferences({ limit: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(settings.SettingsError);
    expect((error as Error).message).toMatch(/synced settings is full.*Nothing was changed/);
    expect(state.browser.storage.sync.data.get('settings')).toEqual(before);
  });

  it('refuses a pack that does not fit in local storage and keeps the packs already installed', async () => {
    state.browser = createFakeBrowser({ localQuotaBytes: 20_000 });
    expect((await settings.importPack(packText('small'))).ok).toBe(true);
    const big = Array.from({ length: 80 }, (_, i) => regularsLesson(`big-${i}`));
    const error = await settings.importPack(packText('big', big)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(settings.SettingsError);
    expect((error as Error).message).toMatch(/storage is full/);
    expect((await settings.listPacks()).packs.map((p) => p.pack.id)).toEqual(['small']);
  });
});

describe('lesson packs', () => {
  it('imports, lists, disables, exports and removes a pack; its lessons join the built-in ones', async () => {
    const result = await settings.importPack(packText('team'));
    expect(result).toMatchObject({ ok: true, replaced: false });
    expect((await settings.activeLessons()).map((l) => l.id)).toContain('team-lesson');
    await settings.setPackEnabled('team', false);
    expect((await settings.activeLessons()).map((l) => l.id)).not.toContain('team-lesson');
    expect(JSON.parse(await settings.exportPack('team'))).toMatchObject({ id: 'team', lessons: [{ id: 'team-lesson' }] });
    expect(await settings.importPack(packText('team'))).toMatchObject({ ok: true, replaced: true });
    expect((await settings.listPacks()).packs[0]?.enabled).toBe(false); // re-import keeps the agent's choice
    await settings.removePack('team');
    expect((await settings.listPacks()).packs).toEqual([]);
    await expect(settings.removePack('team')).rejects.toThrow(/No pack "team" is installed/);
  });

  it('refuses a broken pack with line and field, changing nothing', async () => {
    await settings.importPack(packText('team'));
    const before = structuredClone([...state.browser.storage.local.data]);
    const broken = packText('other').replace('"extra-mile"', '"kindness"');
    const result = await settings.importPack(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]?.path).toBe('lessons[0].topics[0]');
      expect(broken.split('\n')[(result.errors[0]?.line ?? 0) - 1]).toContain('kindness');
    }
    expect([...state.browser.storage.local.data]).toEqual(before);
  });

  it('refuses a second pack carrying a lesson id an installed pack holds, naming both, changing nothing', async () => {
    await settings.importPack(packText('team', [regularsLesson('shared-lesson')]));
    await settings.setPackEnabled('team', false); // a disabled pack still holds its ids: switching it on again would drop one
    const before = structuredClone([...state.browser.storage.local.data]);
    const second = packText('other', [regularsLesson('other-lesson'), regularsLesson('shared-lesson')]);
    const installed = (await settings.listPacks()).packs;
    for (const result of [settings.previewPack(second, installed), await settings.importPack(second)]) {
      expect(result.ok ? [] : result.errors.map((e) => [e.path, e.message])).toEqual([
        ['lessons[1].id', '"shared-lesson" is already the id of the lesson "Thank a regular by name" in the installed pack "Pack team" (team); choose another'],
      ]);
    }
    expect([...state.browser.storage.local.data]).toEqual(before);
    // The pack itself, imported again, keeps its lesson ids.
    expect(await settings.importPack(packText('team', [regularsLesson('shared-lesson')]))).toMatchObject({ ok: true, replaced: true });
  });

  /** tests/coach/pack-with-checks.json under another pack id (its lesson ids too), its check changed as given. */
  const packWithCheck = (id: string, change: Record<string, unknown> = {}) => {
    const pack = JSON.parse(readFileSync(resolve(__dirname, 'coach/pack-with-checks.json'), 'utf8'));
    return JSON.stringify({ ...pack, id, name: `Pack ${id}`, lessons: [...pack.lessons.map((l: { id: string }) => ({ ...l, id: `${id}-${l.id}` }))], checks: pack.checks.map((c: object) => ({ ...c, lesson: `${id}-say-it-plainly`, ...change })) }, null, 2);
  };
  const checkIds = async () => (await settings.activeLibrary()).checks.map((c) => c.id);

  it("puts an enabled pack's checks after the bundled ones, merged as the CLI merges them, and drops them when it is off", async () => {
    expect(await checkIds()).toEqual(BUILTIN_CHECKS.map((c) => c.id));
    expect(await settings.importPack(packWithCheck('plain'))).toMatchObject({ ok: true });
    const installed = (await settings.listPacks()).packs.map((p) => p.pack);
    expect((await settings.activeLibrary()).checks).toEqual(checksWith(installed));
    expect(await checkIds()).toEqual([...BUILTIN_CHECKS.map((c) => c.id), 'no-internal-codes']);
    expect((await settings.activeLibrary()).checks.at(-1)?.lesson).toBe('plain-say-it-plainly');
    expect((await settings.activeLibrary()).lessons.map((l) => l.id)).toContain('plain-say-it-plainly');
    await settings.setPackEnabled('plain', false);
    expect(await checkIds()).toEqual(BUILTIN_CHECKS.map((c) => c.id));
  });

  it('refuses a pack whose only fault is a check, with its line and field, and keeps the packs installed', async () => {
    await settings.importPack(packText('team'));
    const before = structuredClone([...state.browser.storage.local.data]);
    const broken = packWithCheck('plain', { breaks: ["you'll need"] });
    const result = await settings.importPack(broken);
    expect(result.ok ? [] : result.errors.map((e) => [e.path, e.message])).toEqual([['checks[0].breaks[0]', 'pattern write "you will", not "you\'ll" (drafts are read with contractions spelt out)']]);
    if (!result.ok) expect(broken.split('\n')[(result.errors[0]?.line ?? 0) - 1]).toContain("you'll need");
    expect([...state.browser.storage.local.data]).toEqual(before);
    expect((await settings.listPacks()).packs.map((p) => p.pack.id)).toEqual(['team']);
    expect(await checkIds()).toEqual(BUILTIN_CHECKS.map((c) => c.id));
  });

  it("refuses a check id another installed pack holds, as a lesson id, naming that pack; the pack itself may come again", async () => {
    expect(await settings.importPack(packWithCheck('plain'))).toMatchObject({ ok: true });
    const before = structuredClone([...state.browser.storage.local.data]);
    const second = packWithCheck('other');
    const installed = (await settings.listPacks()).packs;
    for (const result of [settings.previewPack(second, installed), await settings.importPack(second)]) {
      expect(result.ok ? [] : result.errors.map((e) => [e.path, e.message])).toEqual([
        ['checks[0].id', '"no-internal-codes" is already the id of a check in the installed pack "Pack plain" (plain); choose another'],
      ]);
    }
    expect([...state.browser.storage.local.data]).toEqual(before);
    expect(await settings.importPack(packWithCheck('plain'))).toMatchObject({ ok: true, replaced: true });
  });

  it('merges packs that share a lesson id (installed before import refused it): the first one wins, and it names each lesson left out with the one kept', async () => {
    // Stored as an older version left them: no import ran between them.
    state.browser.storage.local.data.set('pack:first', { pack: packOf('first', [regularsLesson('shared-lesson'), regularsLesson('first-own')]), enabled: true, importedAt: '' });
    state.browser.storage.local.data.set('pack:second', { pack: packOf('second', [regularsLesson('shared-lesson', 'Greet a regular'), regularsLesson('policy-lesson', 'Mine too')]), enabled: true, importedAt: '' });
    state.browser.storage.managed.data.set('packs', [packOf('policy', [regularsLesson('policy-lesson', 'Set by the organisation')])]);
    const builtinIds = BUILTIN_LESSONS.map((l) => l.id);
    const lessons = await settings.activeLessons();
    expect(lessons.map((l) => l.id)).toEqual([...builtinIds, 'policy-lesson', 'shared-lesson', 'first-own']);
    expect(lessons.filter((l) => !builtinIds.includes(l.id)).map((l) => l.title)).toEqual(['Set by the organisation', 'Thank a regular by name', 'Thank a regular by name']);
    const { packs } = await settings.listPacks();
    expect(settings.libraryInUse([], packs).leftOut).toEqual([
      { packId: 'second', lessonId: 'shared-lesson', title: 'Greet a regular', keptTitle: 'Thank a regular by name', keptPack: { id: 'first', name: 'Pack first' } },
      { packId: 'second', lessonId: 'policy-lesson', title: 'Mine too', keptTitle: 'Set by the organisation', keptPack: { id: 'policy', name: 'Pack policy' } },
    ]);
    // A pack switched off takes part in no merge: the second pack's lesson is used, and nothing of the first is left out.
    await settings.setPackEnabled('first', false);
    expect((await settings.activeLessons()).find((l) => l.id === 'shared-lesson')?.title).toBe('Greet a regular');
    expect(settings.libraryInUse([], (await settings.listPacks()).packs).leftOut.map((l) => l.lessonId)).toEqual(['policy-lesson']);
    // A built-in lesson holds its id even when hidden.
    const builtin = BUILTIN_LESSONS[0]!;
    const clash = { pack: packOf('clash', [regularsLesson(builtin.id, 'Mine')]), enabled: true, importedAt: '', managed: false };
    expect(settings.libraryInUse([builtin.id], [clash])).toMatchObject({ leftOut: [{ packId: 'clash', lessonId: builtin.id, title: 'Mine', keptTitle: builtin.title, keptPack: null }] });
    expect(settings.libraryInUse([builtin.id], [clash]).lessons.map((l) => l.id)).not.toContain(builtin.id);
  });

  it("uses a pack in place (stored, or the policy's, as an object or as text) whose lesson or check a newer built-in one took the id of: that one is left out and named, the rest stays", async () => {
    // As after an update of the extension that added a built-in lesson and check with ids the team's packs already used.
    const builtin = BUILTIN_LESSONS[0]!;
    const builtinCheck = BUILTIN_CHECKS[0]!;
    // Its second check belongs to its own lesson that the built-in one displaced: run, it would coach under that other
    // lesson (its title and phrases), so it is left out with it. A check on a built-in lesson the pack has no own of stays.
    const ownLessonsCheck = { ...builtinCheck, id: 'team-own-lesson-check', lesson: builtin.id };
    const onBuiltin = { ...builtinCheck, id: 'team-on-builtin', lesson: BUILTIN_LESSONS[1]!.id };
    const team = { ...packOf('team', [regularsLesson('team-a'), regularsLesson(builtin.id, 'Ours'), regularsLesson('team-b')]), checks: [{ ...builtinCheck, lesson: 'team-a' }, ownLessonsCheck, onBuiltin] };
    state.browser.storage.local.data.set('pack:team', { pack: team, enabled: true, importedAt: '' });
    state.browser.storage.managed.data.set('packs', [packOf('org', [regularsLesson(builtin.id, 'The org’s'), regularsLesson('org-a')]), packText('org-text', [regularsLesson(builtin.id, 'The org’s too'), regularsLesson('org-text-a')])]);
    const { packs, problems } = await settings.listPacks();
    expect(problems).toEqual([]);
    expect((await settings.managedPolicy()).problems).toEqual([]);
    expect(packs.map((p) => p.pack.id)).toEqual(['org', 'org-text', 'team']);
    const inUse = settings.libraryInUse([], packs);
    expect(inUse.lessons.map((l) => l.id)).toEqual([...BUILTIN_LESSONS.map((l) => l.id), 'org-a', 'org-text-a', 'team-a', 'team-b']);
    expect(inUse.lessons.find((l) => l.id === builtin.id)?.title).toBe(builtin.title);
    expect(inUse.leftOut.map((l) => [l.packId, l.lessonId, l.keptPack])).toEqual([
      ['org', builtin.id, null],
      ['org-text', builtin.id, null],
      ['team', builtin.id, null],
    ]);
    expect(inUse.leftOutChecks).toEqual([
      { packId: 'team', checkId: builtinCheck.id, keptPack: null },
      { packId: 'team', checkId: 'team-own-lesson-check', keptPack: null, lesson: builtin.id },
    ]);
    expect(inUse.checks.map((c) => c.id)).toContain('team-on-builtin');
    expect(inUse.checks.map((c) => c.id)).not.toContain('team-own-lesson-check');
    expect(leftOutCheckText(inUse.leftOutChecks[1]!)).toBe(`Reply check “team-own-lesson-check” is left out with its lesson “${builtin.id}”, whose id a built-in lesson holds.`);
    expect((await settings.activeLessons()).map((l) => l.id)).toContain('team-b');
    // A new pack of those ids is still refused at import, where its author can choose others.
    expect(await settings.importPack(packText('new', [regularsLesson(builtin.id)]))).toMatchObject({ ok: false });
  });

  it('keeps a stored pack that no longer validates, reports it, and goes on with the others', async () => {
    await settings.importPack(packText('good'));
    state.browser.storage.local.data.set('pack:broken', { pack: { id: 'broken' }, enabled: true });
    const { packs, problems } = await settings.listPacks();
    expect(packs.map((p) => p.pack.id)).toEqual(['good']);
    expect(problems[0]?.message).toMatch(/stored pack broken cannot be read/);
    expect(state.browser.storage.local.data.has('pack:broken')).toBe(true);
    expect((await settings.activeLessons()).length).toBe(BUILTIN_LESSONS.length + 1);
  });

  it("the popup's lessons in use (light.ts: no pack validator where there is no pack) are the full API's, pack or none", async () => {
    const light = await import('../src/settings/light');
    const ids = async (read: () => Promise<Array<{ id: string }>>) => (await read()).map((l) => l.id);
    const same = async () => {
      const full = await ids(settings.activeLessons);
      expect(await ids(light.activeLessons)).toEqual(full);
      return full;
    };
    expect(await same()).toEqual(BUILTIN_LESSONS.map((l) => l.id));
    await settings.setLessonHidden(BUILTIN_LESSONS[0]!.id, true);
    expect(await same()).not.toContain(BUILTIN_LESSONS[0]!.id);
    await settings.importPack(packText('team'));
    expect(await same()).toContain('team-lesson');
    await settings.setPackEnabled('team', false);
    expect(await same()).not.toContain('team-lesson');
    await settings.removePack('team');
    state.browser.storage.local.data.set('pack:broken', { pack: { id: 'broken' }, enabled: true });
    await same();
    state.browser.storage.local.data.delete('pack:broken');
    state.browser.storage.managed.data.set('packs', [JSON.parse(packText('org'))]);
    expect(await same()).toContain('org-lesson');
    state.browser.storage.managed.data.set('packs', 'not a list');
    expect((await same()).length).toBe(BUILTIN_LESSONS.length - 1);
  });

  it('hides built-in lessons one by one', async () => {
    const id = BUILTIN_LESSONS[0]!.id;
    await settings.setLessonHidden(id, true);
    expect((await settings.activeLessons()).map((l) => l.id)).not.toContain(id);
    await settings.setLessonHidden(id, false);
    expect((await settings.activeLessons()).map((l) => l.id)).toContain(id);
  });

  it('says clearly when a pack was removed in another window', async () => {
    await settings.importPack(packText('team'));
    await state.browser.storage.local.remove('pack:team'); // the other window
    await expect(settings.setPackEnabled('team', false)).rejects.toThrow(/removed in another window/);
  });
});

describe('the origin meant by an address (Add a site, the policy\'s problems)', () => {
  it.each([
    ['support.example.org', 'https://support.example.org'],
    ['support.example.org.', 'https://support.example.org'],
    ['https://Desk.Acme.com/tickets/5?x=1', 'https://desk.acme.com'],
    ['https://desk.acme.com.:8443/', 'https://desk.acme.com:8443'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['localhost:8080', 'https://localhost:8080'],
    ['http://helpdesk', 'http://helpdesk'],
    ['http://[::1]:8080/scp', 'http://[::1]:8080'],
    ['192.168.1.5', 'https://192.168.1.5'],
    ['desk.acme.com..', 'https://desk.acme.com'],
    // A ticket's address may hold "%", "@" or "*" after its host (a review of the first version, which refused them).
    ['https://acme.lightning.force.com/lightning/r/Case/5003/view?ws=%2Flightning%2Fr', 'https://acme.lightning.force.com'],
    ['https://support.example.org/tickets?q=printer%20jam', 'https://support.example.org'],
    ['https://desk.acme.com/users/agent@acme.com', 'https://desk.acme.com'],
    ['desk.acme.com/search?q=*', 'https://desk.acme.com'],
  ])('%s → %s', (value, origin) => {
    expect(settings.originMeant(value)).toBe(origin);
  });

  it.each([
    ['', 'nothing'],
    ['helpdesk', 'a name with no dot and no scheme'],
    ['https://*.example.com/*', 'a wildcard (Chromium reads it as %2A, a host that matches nothing)'],
    ['*.example.com', 'a wildcard'],
    ['agent@acme.com', 'a mail address'],
    ['https://user:secret@acme.com', 'an address with credentials'],
    ['ftp://files.acme.com', 'no web address'],
    ['support example', 'words'],
    ['https://.', 'no host'],
    ['https://%2A.example.com', 'an encoded wildcard'],
  ])('%s: none (%s)', (value) => {
    expect(settings.originMeant(value)).toBeNull();
  });
});

describe('organisation policy', () => {
  it('reads packs, sites and locked preferences, and lists what it refused', () => {
    const policy = settings.readPolicy({
      packs: [JSON.parse(packText('org')), packText('org-string'), '{not json', { id: 'bad' }],
      sitesOn: ['https://support.example.com', 'support.example.com'],
      sitesOff: ['https://mail.google.com'],
      preferences: { limit: 3, theme: 'up', colour: 'red', side: 'left', autoOpen: true },
    });
    expect(policy.packs.map((p) => p.id)).toEqual(['org', 'org-string']);
    expect(policy.sitesOn).toEqual(['https://support.example.com']);
    expect(policy.sitesOff).toEqual(['https://mail.google.com']);
    expect(policy.lockedPreferences).toEqual({ limit: 3 });
    expect(policy.problems.join('\n')).toMatch(/packs\[2\]: line 1: this is not JSON/);
    expect(policy.problems.join('\n')).toMatch(/packs\[3\] \("bad"\):/);
    expect(policy.problems.join('\n')).toMatch(/"support\.example\.com" is not an origin/);
    // The origin meant, where one is near: a host with no scheme, a page's address, capitals.
    expect(policy.problems).toContain('sitesOn: "support.example.com" is not an origin (the scheme and host alone): did you mean "https://support.example.com"?');
    const near = settings.readPolicy({ sitesOff: ['https://Desk.Acme.com/tickets/', 'http://desk.acme.com:8080/', 'not a site', 'ftp://files.acme.com', 'https://*.acme.com', 'https://desk.acme.com.'] }).problems;
    expect(near).toEqual([
      'sitesOff: "https://Desk.Acme.com/tickets/" is not an origin (the scheme and host alone): did you mean "https://desk.acme.com"?',
      'sitesOff: "http://desk.acme.com:8080/" is not an origin (the scheme and host alone): did you mean "http://desk.acme.com:8080"?',
      'sitesOff: "not a site" is not an origin like https://support.example.com',
      'sitesOff: "ftp://files.acme.com" is not an origin like https://support.example.com',
      'sitesOff: "https://*.acme.com" is not an origin (no wildcards: list each origin, like https://support.example.com)',
      // The browser's origin for the host written with its final dot is another site's: it applied nowhere, unsaid.
      'sitesOff: "https://desk.acme.com." is not an origin (the scheme and host alone): did you mean "https://desk.acme.com"?',
    ]);
    expect(policy.problems.join('\n')).toMatch(/preferences\.theme: invalid value/);
    // A policy written for an older version may still set the retired side or autoOpen: ignored, not reported as broken.
    expect(policy.problems.join('\n')).not.toMatch(/side|autoOpen/);
    expect(policy.problems.join('\n')).toMatch(/preferences\.colour: not a preference/);
    // Names every object has are no preference either (before 2026-12-05: "invalid value 1 (expected function Object…").
    expect(settings.readPolicy({ preferences: { constructor: 1, toString: 2 } }).problems).toEqual(['preferences.constructor: not a preference', 'preferences.toString: not a preference']);
  });

  it('names the line in a pack given as a JSON string, as an import of the same text does', () => {
    const text = packText('org-string').replace(/"title": "[^"]*"/, '"title": 7');
    const line = text.split('\n').findIndex((l) => l.includes('"title": 7')) + 1;
    expect(line).toBeGreaterThan(3);
    const [problem] = settings.readPolicy({ packs: [text] }).problems;
    // Named by its name too, not its place in the list alone (an administrator reads "packs[1]" and counts from one).
    expect(problem).toMatch(new RegExp(`^packs\\[0\\] \\("Pack org-string"\\): line ${line}, lessons\\[0\\]\\.title: `));
    // The same pack as an object has no lines: the path alone.
    expect(settings.readPolicy({ packs: [JSON.parse(text)] }).problems[0]).toMatch(/^packs\[0\] \("Pack org-string"\): lessons\[0\]\.title: /);
    // With no name of its own, its id; with neither (or not JSON), its place alone.
    const { name: _name, ...nameless } = JSON.parse(text);
    expect(settings.readPolicy({ packs: [nameless] }).problems[0]).toMatch(/^packs\[0\] \("org-string"\): /);
    expect(settings.readPolicy({ packs: ['{"lessons": ['] }).problems[0]).toMatch(/^packs\[0\]: /);
    // A long or odd name is cut short, never in half an emoji, with a reordering mark shown as text (a review).
    const named = (name: string) => settings.readPolicy({ packs: [{ ...JSON.parse(text), name }] }).problems[0]!.split(': ')[0];
    expect(named('😀'.repeat(40))).toMatch(/^packs\[0\] \("(😀)+…"\)$/);
    expect(named('IT\u202Eplaybook')).toBe('packs[0] ("IT\\u202Eplaybook")');
  });

  it('loads a pack given as a JSON string wherever the same pack as an object loads: no new-pack rules, no file size', () => {
    // A cue with no word and a reordering character refuse a pack being added by an agent, not one an organisation
    // already pushes; nor does the 1 MiB a pack file may weigh.
    const quirky = packOf('org-quirky', [{ ...regularsLesson('quirky-one'), cues: ['regular', '🙂'], advice: 'Greet them \u202Eby name\u202C.' }]);
    // 500 lessons of long advice and steps: over the 1 MiB a pack file may weigh, within every limit of the schema.
    const long = (n: number, i: number) => `Step ${i}: ${'say what happens next and when '.repeat(n)}`.slice(0, n * 30);
    const big = packOf('org-big', Array.from({ length: 500 }, (_, i) => ({ ...regularsLesson(`big-${i}`), advice: long(23, i), steps: Array.from({ length: 8 }, (_, j) => long(8, j)) })));
    for (const pack of [quirky, big]) {
      const asObject = settings.readPolicy({ packs: [pack] });
      expect(asObject.problems, pack.id).toEqual([]);
      const asText = settings.readPolicy({ packs: [JSON.stringify(pack, null, 2)] });
      expect(asText.problems, pack.id).toEqual([]);
      expect(asText.packs.map((p) => p.id)).toEqual([pack.id]);
    }
    expect(JSON.stringify(big).length).toBeGreaterThan(1024 * 1024);
  });

  it('names a policy value of the wrong kind, a key it does not read, a second pack of an id, or a site both on and off, rather than passing over it in silence', () => {
    const policy = settings.readPolicy({ packs: JSON.parse(packText('org')), preferences: 'limit=3', siteOn: ['https://support.example.com'] });
    expect(policy).toMatchObject({ packs: [], sitesOn: [], lockedPreferences: {} });
    expect(policy.problems).toEqual([
      'siteOn: not a policy key (the keys are packs, sitesOn, sitesOff, preferences)',
      'packs: expected a list of packs, [{…}], even for one pack',
      'preferences: expected an object such as {"limit": 3}',
    ]);
    const both = settings.readPolicy({ sitesOn: ['https://a.example.com'], sitesOff: ['https://a.example.com'] });
    expect(both.problems).toEqual(['sitesOn: "https://a.example.com" is in sitesOff too; Extra Mile stays off there']);
    // Off wins everywhere it shows: the options page's site list and policy section, the popup's switch (a review found
    // the options page showing such a site on and locked).
    expect(both).toMatchObject({ sitesOn: [], sitesOff: ['https://a.example.com'] });
    const twice = settings.readPolicy({ packs: [JSON.parse(packText('org')), packText('org')] });
    expect(twice.packs.map((p) => p.id)).toEqual(['org']);
    expect(twice.problems).toEqual(['packs[1]: "org" is the id of an earlier pack in the policy; only the first is used']);
    expect(settings.readPolicy({ preferences: { limit: 11, coach: 'true' } }).problems).toEqual([
      'preferences.limit: invalid value 11 (expected a whole number from 1 to 10)',
      'preferences.coach: invalid value "true" (expected true or false)',
    ]);
  });

  it('applies managed storage: locked preferences and sites cannot be changed, managed packs are in use', async () => {
    state.browser.storage.managed.data.set('preferences', { limit: 2 });
    state.browser.storage.managed.data.set('sitesOff', ['https://acme.zendesk.com']);
    state.browser.storage.managed.data.set('packs', [JSON.parse(packText('org'))]);
    expect((await settings.preferences()).limit).toBe(2);
    await expect(settings.updatePreferences({ limit: 4 })).rejects.toThrow(/locked: limit/);
    expect((await settings.updatePreferences({ coach: false })).coach).toBe(false);
    expect((await settings.siteSettings('https://acme.zendesk.com')).enabled).toBe(false);
    await expect(settings.updateSiteSettings('https://acme.zendesk.com', { enabled: true })).rejects.toThrow(/organisation decides/);
    const { packs } = await settings.listPacks();
    expect(packs).toMatchObject([{ pack: { id: 'org' }, managed: true }]);
    expect((await settings.activeLessons()).map((l) => l.id)).toContain('org-lesson');
    // Refused alike by the preview (it said "valid" before, and Add then refused) and the import.
    // At the id's line and column, as every other error on a pack file.
    const lines = packText('org').split('\n');
    const line = lines.findIndex((l) => l.includes('"id"')) + 1;
    const where = { line, column: lines[line - 1]!.indexOf('"id"') + 1 };
    const refusal = { ok: false, errors: [{ path: 'id', message: '"org" is a pack your organisation manages', ...where }] };
    expect(settings.previewPack(packText('org'), packs)).toEqual(refusal);
    expect(await settings.importPack(packText('org'))).toEqual(refusal);
  });
});

describe('feedback and change events', () => {
  it('counts feedback, turns it into weights, and resets it', async () => {
    await settings.recordFeedback('calm-first', 'helpful');
    await settings.recordFeedback('calm-first', 'helpful');
    await settings.recordFeedback('own-it', 'not-relevant');
    const feedback = await settings.lessonFeedback();
    expect(feedback).toEqual({ 'calm-first': { helpful: 2, notRelevant: 0 }, 'own-it': { helpful: 0, notRelevant: 1 } });
    const weights = settings.feedbackWeights(feedback);
    expect(weights['calm-first']).toBeGreaterThan(1);
    expect(weights['own-it']).toBeLessThan(1);
    await settings.resetFeedback('own-it');
    expect(Object.keys(await settings.lessonFeedback())).toEqual(['calm-first']);
    await settings.resetFeedback();
    expect(await settings.lessonFeedback()).toEqual({});
  });

  it('takes back Helpful kept pressed on tickets with the counts it resets, and says so to open panels', async () => {
    await settings.setTicketLessonHelpful('tab 1 https://a.example', 'T1', 'calm-first', true);
    await settings.setTicketLessonHelpful('tab 1 https://a.example', 'T1', 'own-it', true);
    await settings.setTicketLessonHelpful('tab 2 https://b.example', 'T9', 'own-it', true);
    await settings.setTicketLessonHidden('https://a.example', 'T1', 'own-it', true);
    await settings.setTicketLessonHelpful('tab 3 https://c.example', 'T5', 'calm-first', true);
    const resets: unknown[] = [];
    const written: string[][] = [];
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session') return;
      written.push(Object.keys(changes).filter((key) => key.startsWith('ticket-helpful:')));
      if ('feedback-reset' in changes) resets.push(changes['feedback-reset']!.newValue);
    };
    state.browser.storage.onChanged.addListener(listener);
    try {
      await settings.resetFeedback('own-it');
      expect(await settings.ticketHelpfulLessons('tab 1 https://a.example', 'T1')).toEqual(['calm-first']);
      expect(await settings.ticketHelpfulLessons('tab 2 https://b.example', 'T9')).toEqual([]);
      expect(await settings.ticketHelpfulLessons('tab 3 https://c.example', 'T5')).toEqual(['calm-first']);
      expect(resets).toHaveLength(1);
      // Only the two lists that held the lesson were written (a press saved meanwhile in another list is not undone).
      expect(written.flat()).toHaveLength(2);
      await settings.resetFeedback();
      expect(await settings.ticketHelpfulLessons('tab 1 https://a.example', 'T1')).toEqual([]);
      expect(resets).toEqual([1, 2]);
      expect(Object.keys(await state.browser.storage.session.get(null)).filter((key) => key.startsWith('ticket-helpful:'))).toEqual([]);
      // Only the Helpful lists went: a lesson marked not relevant on a ticket stays hidden there.
      expect(await settings.ticketHiddenLessons('https://a.example', 'T1')).toEqual(['own-it']);
    } finally {
      state.browser.storage.onChanged.removeListener(listener);
    }
  });

  it('tells listeners about settings, packs and feedback, and stops when aborted', async () => {
    await settings.getSettings(); // the first read stores the defaults: not a change anyone made
    const controller = new AbortController();
    const calls: number[] = [];
    settings.onSettingsChanged(() => calls.push(1), controller.signal);
    await settings.updatePreferences({ limit: 3 });
    await settings.importPack(packText('team'));
    await settings.recordFeedback('x', 'helpful');
    await state.browser.storage.local.set({ unrelated: 1 });
    expect(calls).toHaveLength(3);
    controller.abort();
    expect(state.browser.listenerCount()).toBe(0);
    await settings.updatePreferences({ limit: 4 });
    expect(calls).toHaveLength(3);
  });

  it('leaves feedback out for a listener that reads it afresh (the background), and nothing else', async () => {
    await settings.getSettings();
    const controller = new AbortController();
    const calls: number[] = [];
    settings.onSettingsChanged(() => calls.push(1), controller.signal, { desks: false, feedback: false });
    await settings.recordFeedback('x', 'helpful');
    expect(calls).toHaveLength(0);
    await settings.updatePreferences({ limit: 3 });
    await settings.importPack(packText('team'));
    expect(calls).toHaveLength(2);
    controller.abort();
  });
});

describe('a browser slow to load policies', () => {
  /** A promise and whether it has settled yet. */
  function settled<T>(promise: Promise<T>): { promise: Promise<T>; done: boolean } {
    const tracked = { promise, done: false };
    void promise.finally(() => (tracked.done = true));
    return tracked;
  }

  it('uses the policy last read until storage.managed answers, then announces the new one', async () => {
    const managed = state.browser.storage.managed;
    managed.data.set('preferences', { limit: 2 });
    expect((await settings.managedPolicy()).lockedPreferences).toEqual({ limit: 2 }); // read at once, and cached

    // The next browser start: storage.managed keeps everyone waiting while policies load (seconds, or for ever).
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    const get = vi.spyOn(managed, 'get').mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const changed = vi.fn();
    const controller = new AbortController();
    settings.onSettingsChanged(changed, controller.signal);
    // The wait is counted on fake timers (its length is the code's, not the machine's): MANAGED_WAIT_MS and no more.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const cached = settled(settings.managedPolicy());
      await vi.advanceTimersByTimeAsync(settings.MANAGED_WAIT_MS - 1);
      expect(cached.done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(cached.done).toBe(true);
      expect((await cached.promise).lockedPreferences).toEqual({ limit: 2 });
    } finally {
      vi.useRealTimers();
    }
    expect(changed).not.toHaveBeenCalled();

    answer({ preferences: { limit: 3 } }); // the administrator changed it meanwhile
    await vi.waitFor(() => expect(changed).toHaveBeenCalled());
    get.mockRestore();
    managed.data.set('preferences', { limit: 3 });
    expect((await settings.managedPolicy()).lockedPreferences).toEqual({ limit: 3 });
    controller.abort();
  });

  it('without anything cached, waits no longer than MANAGED_WAIT_MS once, and applies no policy meanwhile', async () => {
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    const get = vi.spyOn(state.browser.storage.managed, 'get').mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const none = { packs: [], sitesOn: [], sitesOff: [], lockedPreferences: {}, problems: [] };
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const first = settled(settings.managedPolicy());
      await vi.advanceTimersByTimeAsync(settings.MANAGED_WAIT_MS - 1);
      expect(first.done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(first.done).toBe(true);
      expect(await first.promise).toEqual(none);
      const second = settled(settings.managedPolicy()); // the read is still pending: no second wait
      await vi.advanceTimersByTimeAsync(0);
      expect(second.done).toBe(true);
      expect(await second.promise).toEqual(none);
    } finally {
      vi.useRealTimers();
    }
    expect(get).toHaveBeenCalledTimes(1);
    answer({});
    await vi.waitFor(async () => expect(await settings.managedPolicy()).toEqual(none));
  });
});

describe('the content script’s way in', () => {
  // The content script runs on every desk page: it takes default preferences and shared types from a module with no
  // imports, so it never bundles valibot, the lesson library or the storage code.
  const root = resolve(__dirname, '..');
  const importsOf = (text: string) => [...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

  it('settings/defaults.ts imports nothing', () => {
    const text = readFileSync(join(root, 'src/settings/defaults.ts'), 'utf8');
    expect(importsOf(text)).toEqual([]);
    expect(text).not.toMatch(/^\s*import\b|\brequire\(/m);
  });

  it('content/ reaches settings only through settings/defaults', () => {
    const files = readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    const reached = files.flatMap((f) => importsOf(readFileSync(join(root, 'content', f), 'utf8')).filter((spec) => spec.includes('/settings')));
    expect(reached.length).toBeGreaterThan(0);
    expect(reached.filter((spec) => !spec.endsWith('src/settings/defaults'))).toEqual([]);
  });
});
