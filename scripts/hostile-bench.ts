// The hostile-text part of `npm run bench`: text a page or a customer chose, crafted against the patterns it meets (a
// trust review, 2026-12-04, froze the desk page with each before they were bounded), at two sizes: linear growth is 4×.
// Prints figures; asserts nothing (tests/hostile-patterns.test.ts checks the readings and the bounds).
import { separatorFor } from '../content/insert-text';
import { cleanMessage } from '../src/adapters/clean';
import { mailAddressIn } from '../src/adapters/reader/address';
import { placeholders } from '../src/coach/detectors/placeholders';
import { shouting } from '../src/coach/detectors/shouting';
import { draftWords } from '../src/coach/words';
import { closingNames } from '../src/text/sign-off';
import { ms, quantile, time } from './bench-timing';

const CASES: Array<[label: string, run: (n: number) => unknown]> = [
  ["a sender's name of n letters, no @ (Outlook, Gmail)", (n) => mailAddressIn('a'.repeat(n))],
  ['a draft with an n-character line under its name (reply coach)', (n) => cleanMessage(`Hi,\n\nDone.\n\nKind regards,\nPriya Shah\n${'d-'.repeat(n / 2)}`, { draft: true })],
  ["a ticket's n-character line under a name (ranking)", (n) => closingNames(`Thanks,\nAnna Berg\n${'d-'.repeat(n / 2)}\n`)],
  ['a draft line of n characters of unmatched quotes (reply coach)', (n) => shouting(`${"'a ".repeat(n / 3)}\nPLEASE STOP`)],
  ['a draft of n # with no separator (reply coach)', (n) => placeholders('#'.repeat(n))],
  ['a draft of n characters of capital words (reply coach)', (n) => shouting('ABCDE x '.repeat(n / 8))],
  ['a draft of n characters of quoted words and blanks (reply coach)', (n) => placeholders("'x' __ ".repeat(n / 7))],
  ["a draft of n characters of single-quoted words (the coach's words)", (n) => draftWords("'x y' ".repeat(n / 6))],
  ['n spaces before the caret (Insert)', (n) => separatorFor(`${' '.repeat(n)}x`, '')],
];

export function benchHostileText(): void {
  const sizes = [20_000, 80_000];
  console.log(`\nhostile text, median of 5 runs at ${sizes.map((n) => `${n / 1000}k`).join(' and ')} characters (linear growth 4×):`);
  for (const [label, run] of CASES) {
    const [small, large] = sizes.map((n) => quantile(time(() => run(n), 5), 0.5)) as [number, number];
    console.log(`  ${label}: ${ms(small)} ms, ${ms(large)} ms (${(large / Math.max(small, 1e-3)).toFixed(1)}×)`);
  }
}
