// The customer's first name fills "[name]" in the phrases Insert writes into the agent's reply (content/first-name.ts).
// The customer chooses the name the desk shows (an email's display name, a chat profile), so only a word that reads as
// a name goes in: never characters that reorder or hide the rest of the reply, a link, or a paragraph.
import { describe, expect, it } from 'vitest';
import { firstName } from '../content/first-name';

describe('firstName', () => {
  it.each([
    ['Sven Olsen', 'Sven'],
    ['Olsen, Sven', 'Sven'], // "Last, First", as Outlook's directories show names
    ['de la Cruz, María José', 'María'],
    ['Carter, Dr. Sam', 'Sam'],
    ['Sam Carter, PhD', 'Sam'],
    ['Dr. Sam Carter', 'Sam'], // "Thank you for your patience, Dr.." before a title was skipped
    ['Prof. Dr. Anna Weber', 'Anna'],
    ['Mrs Jane Smith', 'Jane'],
    ["Siobhán O'Neill", 'Siobhán'],
    ['Jean-Luc Picard', 'Jean-Luc'],
    ['Ζωή Παπαδοπούλου', 'Ζωή'],
    ['محمد علي', 'محمد'],
    ['李小龙', '李小龙'],
    ['नमिता शर्मा', 'नमिता'],
    ['می‌نا رضایی', 'می‌نا'], // a zero-width non-joiner inside a Persian name is part of how it is written
    ['ნინო ბერიძე', 'ნინო'], // Georgian writes its letters without capitals (a review: refused as lower case)
    ['ǅemal Bašić', 'ǅemal'], // a title-case letter starts a name as a capital does
    ['Smith Jr., John', 'John'], // the suffix is not a second family name
    ['ბერიძე, ნინო', 'ნინო'], // Georgian, family name first
    // After the comma or a dash, where the person works, as a signature or a display name gives it: the name is before.
    ['Anna Berg, Acme Support', 'Anna'],
    ['Anna Berg, Customer Care', 'Anna'],
    ['Anna Berg, Acme Inc.', 'Anna'],
    ['Jonas Weber, Kundenservice Team', 'Jonas'],
    ['Berg, Anna, Acme Support', 'Anna'],
    ['Olsen, Sven - Customer Service', 'Sven'],
    ['Olsen, Sven | Acme Support', 'Sven'],
    ['Olsen, Sven — Acme Team', 'Sven'],
    ['Sven Olsen / Acme Sales', 'Sven'],
    ['Olsen, Sven - Acme-Support Team', 'Sven'], // a hyphen inside the company is no separator
    // A given name after the comma, whatever follows it, is still "Last, First".
    ['Smith, John', 'John'],
    ['Smith, John (IT Support)', 'John'],
    ['Supporter, Anna', 'Anna'],
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
    ['a handle with a dot', 'sam.carter'],
    ['a handle written capitalised', 'Sam.Carter'],
    ['a name in lower case, as handles are', 'samcarter'],
    ['a company in capitals', 'ACME Support'],
    ['Georgian in capitals (Mtavruli), as a company or a shout is written', 'ᲜᲘᲜᲝ ᲑᲔᲠᲘᲫᲔ'],
    ['what desks show for no name', 'Customer'],
    ['a title and a family name', 'Mr. Smith'],
    ['titles and a family name', 'Prof. Dr. Weber'],
    ['a title alone', 'Mrs'],
    ['a family name and a suffix', 'Carter, Jr'],
    ['a title and a family name, then the company', 'Mr. Smith, Acme Support'],
    // One word, a comma, then a company's or a team's word: "First, Company" or "Last, First Company"? Not guessed.
    ['one word before a company', 'Anna, Acme Support'],
    ['a family name, then a given name run into a team', 'Smith, John Support'],
    ['a family name, a given name and a company', 'Olsen, Sven Acme Inc'],
    ['one word before a company, then its team after a bar', 'Anna, Acme Support | Customer Care'],
    // Phrases put the name before a full stop ("Thank you for your patience, [name]. Here's…").
    ['initials, which would end the sentence twice', 'J.R. Hartley'],
  ])('no name for %s', (_, author) => {
    expect(firstName(author)).toBeUndefined();
  });
});
