// The customer's first name fills "[name]" in the phrases Insert writes into the agent's reply (content/first-name.ts).
// The customer chooses the name the desk shows (an email's display name, a chat profile), so only a word that reads as
// a name goes in: never characters that reorder or hide the rest of the reply, a link, or a paragraph.
import { describe, expect, it } from 'vitest';
import { firstName } from '../content/first-name';

describe('firstName', () => {
  it.each([
    ['Sven Olsen', 'Sven'],
    ['Sven, Olsen', 'Sven'],
    ["Siobhán O'Neill", 'Siobhán'],
    ['Jean-Luc Picard', 'Jean-Luc'],
    ['J.R. Hartley', 'J.R.'],
    ['Ζωή Παπαδοπούλου', 'Ζωή'],
    ['محمد علي', 'محمد'],
    ['李小龙', '李小龙'],
    ['नमिता शर्मा', 'नमिता'],
    ['می‌نا رضایی', 'می‌نا'], // a zero-width non-joiner inside a Persian name is part of how it is written
  ])('%s → %s', (author, name) => {
    expect(firstName(author)).toBe(name);
  });

  it.each([
    ['an address', 'sven@example.com'],
    ['a handle', 'user4711'],
    ['one letter', 'S'],
    ['a right-to-left override that turns the rest of the reply round', 'Anna\u202E'],
    ['an isolate left open', '\u2067Anna'],
    ['a zero-width space hiding a second word', 'Anna\u200Bvisit'],
    ['a link', 'https://refund-desk.example/claim'],
    ['a placeholder of its own', '[date]'],
    ['a word no name is as long as', 'A'.repeat(200)],
  ])('no name for %s', (_, author) => {
    expect(firstName(author)).toBeUndefined();
  });
});
