// @vitest-environment jsdom
// The theme the popup and the side panel paint in (src/theme-choice.ts): the last one remembered at once, then the
// settings' answer, only the latest of overlapping reads, and nothing remembered from a failed read.
import { afterEach, expect, it, vi } from 'vitest';

const changed = vi.hoisted(() => ({ listeners: [] as Array<() => void> }));
vi.mock('../src/settings/light', () => ({ onSettingsChanged: (listener: () => void) => changed.listeners.push(listener) }));
const { followThemeChoice } = await import('../src/theme-choice');
type Theme = 'auto' | 'light' | 'dark';

afterEach(() => {
  localStorage.clear();
  changed.listeners.length = 0;
});
const settle = () => new Promise((done) => setTimeout(done, 0));

it('paints the remembered theme at once, then the answer, and remembers it for the next page', async () => {
  localStorage.setItem('extra-mile-theme', 'dark');
  const seen: Theme[] = [];
  followThemeChoice((theme) => seen.push(theme), async () => 'light', new AbortController().signal);
  expect(seen).toEqual(['dark']);
  await settle();
  expect(seen).toEqual(['dark', 'light']);
  expect(localStorage.getItem('extra-mile-theme')).toBe('light');
});

it('takes only the latest read where two overlap, and keeps the theme shown when a read fails', async () => {
  const answers: Array<(theme: Theme) => void> = [];
  const seen: Theme[] = [];
  followThemeChoice((theme) => seen.push(theme), () => new Promise<Theme>((done) => answers.push(done)), new AbortController().signal);
  changed.listeners[0]!(); // the options page changed the theme while the first read was on its way
  answers[1]!('light');
  await settle();
  answers[0]!('dark'); // the older read answers last
  await settle();
  expect(seen).toEqual(['auto', 'light']);
  followThemeChoice((theme) => seen.push(theme), () => Promise.reject(new Error('no theme')), new AbortController().signal);
  await settle();
  expect(seen).toEqual(['auto', 'light', 'light']);
  expect(localStorage.getItem('extra-mile-theme')).toBe('light');
});
