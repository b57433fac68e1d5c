// After the switch, the popup asks the tab until its content script answers accordingly. On a loaded machine that took
// longer than the two seconds it used to wait (CI, 2026-12-05), and the popup said "off" beside the tab's lessons. The
// wait is counted here in the tab's answers, on fake timers, not timed.
import { afterEach, expect, it, vi } from 'vitest';
import type { TabView } from '../src/messages';

const tab = vi.hoisted(() => ({ asked: 0, onAfter: Infinity }));
vi.mock('../src/browser', () => ({
  default: {
    tabs: {
      sendMessage: async () => ({ state: tab.asked++ >= tab.onAfter ? 'ready' : 'off', suggestions: [] }) as Partial<TabView>,
    },
  },
}));

afterEach(() => {
  vi.useRealTimers();
  tab.asked = 0;
});

it('keeps asking the tab for several seconds until it takes the switch', async () => {
  vi.useFakeTimers();
  const { awaitView } = await import('../popup/site-access');
  // Off for the first 40 answers (four seconds of asking every 100 ms), then on.
  tab.onAfter = 40;
  const waiting = awaitView(7, (view) => view !== null && view.state !== 'off');
  await vi.runAllTimersAsync();
  expect((await waiting)?.state).toBe('ready');
  expect(tab.asked).toBe(41);
});

it('gives up in the end where the tab never takes it', async () => {
  vi.useFakeTimers();
  const { awaitView } = await import('../popup/site-access');
  tab.onAfter = Infinity;
  const waiting = awaitView(7, (view) => view !== null && view.state !== 'off');
  await vi.runAllTimersAsync();
  expect((await waiting)?.state).toBe('off');
  expect(tab.asked).toBeGreaterThan(40);
  expect(tab.asked).toBeLessThan(200);
});

// Left asking after the popup had gone, a switch's wait went on asking the tab for ten seconds (a review of the day's
// tests: they asked the next tests' browser).
it('stops asking once no one waits for the answer', async () => {
  vi.useFakeTimers();
  const { awaitView } = await import('../popup/site-access');
  tab.onAfter = Infinity;
  let wanted = true;
  const waiting = awaitView(7, (view) => view !== null && view.state !== 'off', undefined, () => wanted);
  await vi.advanceTimersByTimeAsync(350);
  wanted = false;
  const asked = tab.asked;
  await vi.runAllTimersAsync();
  await waiting;
  expect(tab.asked - asked).toBeLessThanOrEqual(1);
});
