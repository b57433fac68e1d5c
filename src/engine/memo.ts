// Words recur within a ticket and across tickets: what is worked out from a word alone (its stem, its buckets) is
// kept, up to a bound, so a huge or hostile text cannot grow the cache without limit.

/** `fn` remembered for up to `limit` distinct keys; past that the memory starts again (cheap, and bounded). */
export function memoised<T>(fn: (key: string) => T, limit = 20_000): (key: string) => T {
  return memoisedBy((key: string) => key, fn, limit);
}

/** `fn` remembered by a string that determines its result (`keyOf`), up to `limit` distinct keys. */
export function memoisedBy<A, T>(keyOf: (arg: A) => string, fn: (arg: A) => T, limit = 20_000): (arg: A) => T {
  const cache = new Map<string, T>();
  return (arg) => {
    const key = keyOf(arg);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = fn(arg);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
