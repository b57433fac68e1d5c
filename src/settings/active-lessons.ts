// The lessons that apply, for the popup (through light.ts): the pack validator, and the reply coach's checks and word
// classes a pack's checks are read against (most of the chunk lessons.ts comes in), are loaded only where there is a
// pack to read, one installed or one in the policy. Without one, the lessons are the built-in ones the agent did not
// hide, merged as lessons.ts merges them.
import { lessonsInUse } from '../lessons/in-use';
import type { Lesson } from '../lessons/schema';
import { isPackKey } from './keys';
import { managedValue } from './managed';
import { get } from './store';
import { getSettings } from './stored-settings';

export async function activeLessons(): Promise<Lesson[]> {
  const [settings, local, managed] = await Promise.all([getSettings(), get('local', null), managedValue()]);
  // Any pack entry, even one that no longer reads, or a policy's packs in any state: lessons.ts decides what they give.
  const packs = Object.keys(local).some(isPackKey) || (Array.isArray(managed.packs) && managed.packs.length > 0);
  if (packs) return (await import('./lessons')).activeLessons();
  return lessonsInUse([], settings.hiddenLessons).lessons;
}
