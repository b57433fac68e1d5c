// The hosted desks' match patterns, from the adapters themselves: the one list the build writes into the manifest's
// content-script matches and host permissions (build.mjs), so a new hosted desk is its adapter file alone.
import { adapters } from './index';

/** Every hosted adapter's match patterns, once each, sorted. */
export function deskMatchPatterns(list: readonly { matches?: string[] }[] = adapters): string[] {
  return [...new Set(list.flatMap((adapter) => adapter.matches ?? []))].sort();
}
