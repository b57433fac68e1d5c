// An in-memory stand-in for the parts of the WebExtension API that src/settings/ uses, with Chrome's storage
// quotas, so the settings module's logic (migrations, corruption, quota errors) can be unit-tested. Tests swap it
// in for src/browser.ts, the one module that wraps the real API; the e2e tests use the real browser.
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

export class FakeArea {
  data = new Map<string, unknown>();
  /** Set to make the next writes fail as if the area were broken. */
  failWrites: string | null = null;

  constructor(
    private readonly name: string,
    private readonly listeners: Set<Listener>,
    private readonly quotaBytes = Infinity,
    private readonly quotaBytesPerItem = Infinity,
  ) {}

  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const key of wanted) if (this.data.has(key)) out[key] = structuredClone(this.data.get(key));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failWrites) throw new Error(this.failWrites);
    const next = new Map(this.data);
    for (const [key, value] of Object.entries(items)) {
      const size = key.length + JSON.stringify(value).length;
      if (size > this.quotaBytesPerItem) throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded`);
      next.set(key, structuredClone(value));
    }
    let total = 0;
    for (const [key, value] of next) total += key.length + JSON.stringify(value).length;
    if (total > this.quotaBytes) throw new Error(`QUOTA_BYTES quota exceeded`);
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const key of Object.keys(items)) changes[key] = { oldValue: this.data.get(key), newValue: next.get(key) };
    this.data = next;
    this.emit(changes);
  }

  async remove(keys: string | string[]): Promise<void> {
    if (this.failWrites) throw new Error(this.failWrites);
    const changes: Record<string, { oldValue?: unknown }> = {};
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      if (this.data.has(key)) changes[key] = { oldValue: this.data.get(key) };
      this.data.delete(key);
    }
    this.emit(changes);
  }

  private emit(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) {
    if (Object.keys(changes).length) for (const listener of this.listeners) listener(changes, this.name);
  }
}

export function createFakeBrowser(options: { localQuotaBytes?: number } = {}) {
  const listeners = new Set<Listener>();
  const managed = new FakeArea('managed', listeners);
  return {
    storage: {
      // Chrome's quotas: sync 102,400 bytes in all and 8,192 per item; local 10 MB.
      sync: new FakeArea('sync', listeners, 102_400, 8_192),
      local: new FakeArea('local', listeners, options.localQuotaBytes ?? 10 * 1024 * 1024),
      // Kept while the browser runs (lessons marked not relevant on a ticket): 10 MB, as Chrome's.
      session: new FakeArea('session', listeners, 10 * 1024 * 1024),
      managed,
      onChanged: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
        hasListener: (l: Listener) => listeners.has(l),
      },
    },
    runtime: { id: 'fake-extension-id' },
    listenerCount: () => listeners.size,
  };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;
