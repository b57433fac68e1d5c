// Custom lesson packs (storage.local `pack:<id>`, never synced) and the ones the organisation's policy pushes.
// A stored pack that no longer validates is reported and kept, never deleted.
import { validatePack, validatePackText, type PackError } from '../lessons/pack';
import { placedIn } from '../lessons/pack/places';
import type { LessonPack } from '../lessons/schema';
import { isPackKey, PACK_PREFIX } from './keys';
import { managedPolicy } from './policy';
import { get, isRecord, remove, serially, set, SettingsError } from './store';

export interface InstalledPack {
  pack: LessonPack;
  enabled: boolean;
  importedAt: string;
  /** Pushed by the organisation's policy: shown, cannot be changed here. */
  managed: boolean;
}

/** `enabled`: whether the pack is in use now; a pack replaced keeps the switch it had. */
export type ImportResult = { ok: true; pack: LessonPack; replaced: boolean; enabled: boolean } | { ok: false; errors: PackError[] };

/**
 * Validates a pack file's text beside the packs installed; nothing is stored. For the options page's preview.
 * `unreadable`: the ids of stored packs that no longer validate (listPacks' problems), which a pack of the same id replaces.
 */
export function previewPack(text: string, installed: readonly InstalledPack[] = [], unreadable: readonly string[] = []): ImportResult {
  const verdict = validatePackText(text, installed.map((p) => p.pack));
  if (!verdict.ok) return verdict;
  // As importPack will: the preview said "valid" to a pack of the policy's id, and Add then refused it (a review).
  const same = installed.find((p) => p.pack.id === verdict.pack.id);
  const replaced = same !== undefined || unreadable.includes(verdict.pack.id);
  return managedRefusal(verdict.pack, installed, text) ?? { ok: true, pack: verdict.pack, replaced, enabled: same?.enabled ?? true };
}

/** The refusal of a pack whose id a pack of the organisation's policy holds, at its line in `text`, or undefined. */
function managedRefusal(pack: LessonPack, installed: readonly InstalledPack[], text: string): ImportResult | undefined {
  if (!installed.some((p) => p.managed && p.pack.id === pack.id)) return undefined;
  // At the id's line, as every other error on a pack file is (a review found this one alone without a place).
  return { ok: false, errors: [placedIn(text)({ path: 'id', message: `"${pack.id}" is a pack your organisation manages` })] };
}

/**
 * Validates and stores a pack (replacing one with the same id). A broken pack changes nothing, nor does one taking
 * the built-in library's ids or reusing a lesson or check id another installed pack holds (only one of an id is used:
 * the second would be dropped unseen); validatePackText refuses all of these.
 */
export function importPack(text: string): Promise<ImportResult> {
  return serially(async () => {
    // Inside the queue, so a pack imported meanwhile in another window counts.
    const { packs } = await listPacks();
    const verdict = validatePackText(text, packs.map((p) => p.pack));
    if (!verdict.ok) return verdict;
    const { pack } = verdict;
    const refused = managedRefusal(pack, packs, text);
    if (refused) return refused;
    const previous = (await get('local', PACK_PREFIX + pack.id))[PACK_PREFIX + pack.id];
    const enabled = isRecord(previous) && typeof previous.enabled === 'boolean' ? previous.enabled : true;
    await set('local', { [PACK_PREFIX + pack.id]: { pack, enabled, importedAt: new Date().toISOString() } });
    return { ok: true, pack, replaced: previous !== undefined, enabled };
  });
}

export interface PackProblem {
  key: string;
  /** The stored pack's id (its key without the prefix), to export or remove it. */
  id: string;
  message: string;
}

/** Installed packs (stored and managed). Stored entries that no longer validate are reported, not deleted. */
export async function listPacks(): Promise<{ packs: InstalledPack[]; problems: PackProblem[] }> {
  const [local, policy] = await Promise.all([get('local', null), managedPolicy()]);
  const packs: InstalledPack[] = policy.packs.map((pack) => ({ pack, enabled: true, importedAt: '', managed: true }));
  const problems: PackProblem[] = [];
  for (const [key, entry] of Object.entries(local)) {
    if (!isPackKey(key)) continue;
    const verdict = validatePack(isRecord(entry) ? entry.pack : undefined);
    if (!verdict.ok) {
      const id = key.slice(PACK_PREFIX.length);
      problems.push({ key, id, message: `stored pack ${id} cannot be read (${verdict.errors[0]?.path} ${verdict.errors[0]?.message}); it is kept, unused` });
      continue;
    }
    if (policy.packs.some((p) => p.id === verdict.pack.id)) continue;
    const record = entry as Record<string, unknown>;
    packs.push({
      pack: verdict.pack,
      enabled: record.enabled !== false,
      importedAt: typeof record.importedAt === 'string' ? record.importedAt : '',
      managed: false,
    });
  }
  return { packs, problems };
}

async function storedPack(id: string): Promise<Record<string, unknown>> {
  const entry = (await get('local', PACK_PREFIX + id))[PACK_PREFIX + id];
  if (!isRecord(entry)) throw new SettingsError(`No pack "${id}" is installed (it may have been removed in another window).`);
  return entry;
}

export function setPackEnabled(id: string, enabled: boolean): Promise<void> {
  return serially(async () => {
    const entry = await storedPack(id);
    await set('local', { [PACK_PREFIX + id]: { ...entry, enabled } });
  });
}

export function removePack(id: string): Promise<void> {
  return serially(async () => {
    await storedPack(id);
    await remove('local', [PACK_PREFIX + id]);
  });
}

/**
 * The pack as a file's text, for export. `unreadable`: the stored pack that no longer validates, as it is stored, even
 * where the organisation's pack has its id (that one was exported in its place, a review found, 2026-12-05).
 */
export async function exportPack(id: string, unreadable = false): Promise<string> {
  const found = unreadable ? undefined : (await listPacks()).packs.find((p) => p.pack.id === id);
  if (found) return JSON.stringify(found.pack, null, 2) + '\n';
  // A stored pack that no longer validates is exported as it is stored: its only copy may be here.
  const entry = await storedPack(id);
  return JSON.stringify(entry.pack ?? entry, null, 2) + '\n';
}
