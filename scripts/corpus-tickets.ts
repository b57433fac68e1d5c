// Tickets built from our own corpus (training/corpus): messages joined to about a size, each ticket starting at another
// message. `npm run bench` times them; tests/engine-bounds.test.ts holds the engine's per-ticket caps against them.

/** `count` distinct tickets of about `size` characters from `texts`, the messages `separator` apart. */
export function corpusTickets(texts: readonly string[], size: number, count: number, separator = '\n\n'): string[] {
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const parts: string[] = [];
    let length = 0;
    for (let i = (k * 37) % texts.length; length < size; i = (i + 1) % texts.length) {
      const t = separator === ' ' ? (texts[i] ?? '').replace(/\s+/g, ' ') : (texts[i] ?? '');
      parts.push(t);
      length += t.length + separator.length;
    }
    out.push(parts.join(separator).slice(0, size));
  }
  return out;
}
