// Where the agent moved the in-page pointer on each site (storage.local `pointer-places`): fractions of the window's
// width and height, so the place holds when the window is resized.
import type { PointerPlace } from './defaults';
import { POINTER_PLACES_KEY } from './keys';
import { get, isRecord, serially, set } from './store';

const isFraction = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= 1;

export async function pointerPlace(origin: string): Promise<PointerPlace | undefined> {
  const stored = (await get('local', POINTER_PLACES_KEY))[POINTER_PLACES_KEY];
  const place = isRecord(stored) ? stored[origin] : undefined;
  return isRecord(place) && isFraction(place.x) && isFraction(place.y) ? { x: place.x, y: place.y } : undefined;
}

/** Remembers where the agent put the pointer on `origin`; `null` forgets it (back to the measured place). */
export function setPointerPlace(origin: string, place: PointerPlace | null): Promise<void> {
  return serially(async () => {
    const stored = (await get('local', POINTER_PLACES_KEY))[POINTER_PLACES_KEY];
    const all: Record<string, unknown> = isRecord(stored) ? { ...stored } : {};
    if (place && isFraction(place.x) && isFraction(place.y)) all[origin] = { x: place.x, y: place.y };
    else delete all[origin];
    await set('local', { [POINTER_PLACES_KEY]: all });
  });
}
