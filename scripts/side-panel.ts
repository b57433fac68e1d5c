// Reaching the extension's open side panel from Playwright: it is not one of the context's pages, but it is a
// DevTools target of type "page" at panel.html. Used by the e2e tests (tests/e2e/harness.ts) and the screenshots.
import type { BrowserContext, Page } from 'playwright-core';

export interface PanelConnection {
  /** Sends one DevTools command to the panel and returns its result. */
  call<T = unknown>(method: string, params?: object): Promise<T>;
  /** Evaluates `expression` in the panel page and returns its value (promises are awaited). */
  evaluate<T>(expression: string): Promise<T>;
  /** Calls `listener` with the params of each DevTools event the panel sends (enable its domain first). */
  onEvent(listener: (method: string, params: unknown) => void): void;
  detach(): Promise<void>;
}

/** Attaches to the open side panel (waits up to `timeoutMs` for it to appear); `via` is any page of the context. */
export async function connectSidePanel(context: BrowserContext, via: Page, timeoutMs = 5_000): Promise<PanelConnection> {
  const cdp = await context.newCDPSession(via);
  let targetId: string | undefined;
  for (const started = Date.now(); !targetId; await new Promise((done) => setTimeout(done, 50))) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    targetId = targetInfos.find((t) => t.type === 'page' && /^chrome-extension:\/\/[^/]+\/panel\.html/.test(t.url))?.targetId;
    if (!targetId && Date.now() - started > timeoutMs) {
      await cdp.detach().catch(() => undefined);
      throw new Error('the side panel did not open');
    }
  }
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 1;
  type Reply = { id?: number; result?: unknown; error?: { message: string }; method?: string; params?: unknown };
  const waiting = new Map<number, (reply: Reply) => void>();
  const listeners: Array<(method: string, params: unknown) => void> = [];
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as Reply;
    if (reply.id === undefined) {
      if (reply.method) for (const listener of listeners) listener(reply.method, reply.params);
      return;
    }
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  async function call<T>(method: string, params: object = {}): Promise<T> {
    const id = nextId++;
    const answer = new Promise<Reply>((done) => waiting.set(id, done));
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    const reply = await answer;
    if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
    return reply.result as T;
  }
  return {
    call,
    async evaluate<T>(expression: string): Promise<T> {
      const result = await call<{ result?: { value?: unknown }; exceptionDetails?: { text: string } }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
      if (result.exceptionDetails) throw new Error(`the panel threw: ${result.exceptionDetails.text}`);
      return result.result?.value as T;
    },
    onEvent: (listener) => void listeners.push(listener),
    detach: () => cdp.detach().catch(() => undefined),
  };
}
