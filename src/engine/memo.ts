// Words recur within a ticket and across tickets: what is worked out from a word alone (its stem, its buckets) is
// kept, up to a bound, so a huge or hostile text cannot grow the cache without limit.

/** `fn` remembered for up to `limit` distinct keys; past that the memory starts again (cheap, and bounded). */
export function memoised<T>(fn: (key: string) => T, limit = 20_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = fn(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
