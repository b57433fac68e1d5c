// Organisation policy (storage.managed; see managed_schema.json and the README): read-only, refused parts listed.
import { quoteValue } from '../clip';
import { formatPackError, validatePack, validatePolicyPackText } from '../lessons/pack';
import type { LessonPack } from '../lessons/schema';
import type { Preferences } from './defaults';
import { managedValue } from './managed';
import { readPolicyPreferences } from './policy-preferences';
import { readPolicySites, type PolicySites } from './policy-sites';

export { MANAGED_WAIT_MS } from './managed';

/** What an administrator set through the browser's managed storage. */
export interface Policy extends PolicySites {
  packs: LessonPack[];
  /** Preferences fixed by policy; the options page shows them locked. */
  lockedPreferences: Partial<Preferences>;
  /** What in the policy was refused, for the options page to show. */
  problems: string[];
}

/** The keys a policy may set (managed_schema.json). Firefox passes any key through: a misspelt one is named, not lost. */
const POLICY_KEYS: ReadonlySet<string> = new Set(['packs', 'sitesOn', 'sitesOff', 'preferences']);

/** Reads a managed-storage value into a Policy; refused parts are listed in `problems`. Exported for tests. */
export function readPolicy(managed: Record<string, unknown>): Policy {
  const policy: Policy = { packs: [], sitesOn: [], sitesOff: [], lockedPreferences: {}, problems: [] };
  for (const key of Object.keys(managed)) {
    if (!POLICY_KEYS.has(key)) policy.problems.push(`${key}: not a policy key (the keys are ${[...POLICY_KEYS].join(', ')})`);
  }
  if (managed.packs !== undefined && !Array.isArray(managed.packs)) policy.problems.push('packs: expected a list of packs, [{…}], even for one pack');
  const packs = Array.isArray(managed.packs) ? managed.packs : [];
  packs.forEach((raw, i) => {
    // Chrome's policy editors often carry a pack as a JSON string: checked as the same pack given as an object, each
    // problem named at its line in that string ('packs[2] ("IT playbook"): line 4, lessons[0].title: …'), as an agent's import is.
    const verdict = typeof raw === 'string' ? validatePolicyPackText(raw) : validatePack(raw);
    // One pack of an id, as for installed packs: a second would be a second card, and its lessons left out anyway.
    const earlier = verdict.ok ? policy.packs.findIndex((pack) => pack.id === verdict.pack.id) : -1;
    if (verdict.ok && earlier >= 0) policy.problems.push(`packs[${i}]: "${verdict.pack.id}" is the id of an earlier pack in the policy; only the first is used`);
    else if (verdict.ok) policy.packs.push(verdict.pack);
    else policy.problems.push(`packs[${i}]${namedAs(raw)}: ${verdict.errors.map(formatPackError).join('; ')}`);
  });
  Object.assign(policy, readPolicySites(managed, policy.problems));
  policy.lockedPreferences = readPolicyPreferences(managed, policy.problems);
  return policy;
}

/** Characters of a refused pack's name shown beside its place. */
const MAX_NAME_CHARS = 60;

/**
 * A refused pack's name (else its id) for its problem, ' ("IT playbook")', or '' when it has neither or cannot be
 * read: the place alone ("packs[1]") left an administrator counting, and from one.
 */
function namedAs(raw: unknown): string {
  let pack = raw;
  if (typeof raw === 'string') {
    try {
      pack = JSON.parse(raw);
    } catch {
      return '';
    }
  }
  if (!pack || typeof pack !== 'object') return '';
  const { name, id } = pack as { name?: unknown; id?: unknown };
  const label = [name, id].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return label ? ` (${quoteValue(label, MAX_NAME_CHARS)})` : '';
}

/** The organisation's policy: storage.managed's value (managed.ts: the wait and the cache), read as above. */
export async function managedPolicy(): Promise<Policy> {
  return readPolicy(await managedValue());
}
