// The desk recognised on each origin (storage.local `desks`): the background notes it, the options page shows it.
import { DESKS_KEY } from './keys';
import { isOrigin } from './shapes';
import { get, isRecord, serially, set } from './store';

export async function readDesks(): Promise<Record<string, string>> {
  const stored = (await get('local', DESKS_KEY))[DESKS_KEY];
  const desks: Record<string, string> = {};
  if (isRecord(stored)) for (const [origin, desk] of Object.entries(stored)) if (typeof desk === 'string' && desk.length <= 64) desks[origin] = desk;
  return desks;
}

/** Notes the desk recognised on an origin (for the options page). Local only, and written only when it changed. */
export function recordDesk(origin: string, desk: string): Promise<void> {
  return serially(async () => {
    const desks = await readDesks();
    if (desks[origin] === desk || !isOrigin(origin)) return;
    await set('local', { [DESKS_KEY]: { ...desks, [origin]: desk } });
  });
}
