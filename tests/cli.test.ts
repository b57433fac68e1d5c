// The built CLI as people run it: `node dist/cli.mjs ...` in a real process (npm test builds it first).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packText, regularsLesson } from './support/packs';
import { ENGINE } from './support/engine';
import { scratchDir } from './support/scratch-dir';
import { suggest } from '../src/engine/index';
import { cleanTexts } from '../src/adapters/clean/clean-ticket';
import { cleanLine } from '../src/adapters/clean/whitespace';

/** Tests that run the CLI a dozen times or more, one process after another: room for a loaded shared machine. */
const MANY_RUNS = 120_000;

const cli = resolve(__dirname, '../dist/cli.mjs');
const dir = scratchDir('cli');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, content: string | Buffer) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli.mjs is missing: run `npm run build` (npm test does)');
});

describe('extra-mile suggest', () => {
  it('explains its suggestions in readable form', () => {
    const r = run(['suggest', '-'], 'I have been transferred three times and nobody can help me. I want a supervisor.');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^1\. .+\[ownership · Ownership\] score 0\.\d\d/m);
    expect(r.out).toMatch(/why: .*"transferred/);
  });

  it("marks a model word read in a quoted line as quoted in the why line, as --json does", () => {
    // In quotation marks: a "> " line is quoted history, which the CLI, as the extension, does not read.
    const ticket = 'You wrote "we will refund you within 48 hours" a week ago.\nStill nothing. Where is the refund?\n';
    const json = JSON.parse(run(['suggest', '-', '--json'], ticket).out) as Array<{ evidence: Array<{ text: string; kind: string; context: string }> }>;
    const quotedModel = json.flatMap((s) => s.evidence).filter((e) => e.kind === 'model' && e.context === 'quoted');
    expect(quotedModel.length).toBeGreaterThan(0);
    const why = run(['suggest', '-'], ticket).out;
    for (const e of quotedModel) expect(why).toContain(`"${e.text}" (model, quoted)`);
  });

  it('answers a JSONL line with a blank ticket with no suggestion and goes on, where a plain blank ticket is refused', () => {
    const r = run(['suggest', '--jsonl', '-'], '{"id":1,"text":"   "}\n{"id":2,"text":"My refund never arrived."}\n');
    expect(r.code).toBe(0);
    const [blank, refund] = r.out.trim().split('\n').map((line) => JSON.parse(line) as { id: number; suggestions: unknown[] });
    expect(blank).toEqual({ id: 1, suggestions: [] });
    expect(refund?.suggestions.length).toBeGreaterThan(0);
    expect(run(['suggest', '-'], '   ').code).toBe(3);
  });

  it('says a ticket in another language gets no suggestion, and why; JSON and JSONL keep their shapes', () => {
    const german = 'Hallo, mein Paket ist immer noch nicht angekommen. Ich habe vor zwei Wochen bestellt. Können Sie bitte nachsehen?';
    const r = run(['suggest', '-'], german);
    expect(r.code).toBe(0);
    expect(r.out).toBe("No suggestion: this ticket does not read as English, the only language Extra Mile's lessons are matched in.\n");
    expect(JSON.parse(run(['suggest', '-', '--json'], german).out)).toEqual([]);
    expect(run(['suggest', '--jsonl', '-'], JSON.stringify({ id: 'de-1', text: german }) + '\n').out).toBe('{"id":"de-1","suggestions":[]}\n');
  });

  // A blind round (2026-12-04): a thank-you above the agent's quoted reply got own-a-colleagues-slip from the quote's
  // "wrong address" and "Apologies", and a disclaimer's "damage" put damaged-on-arrival second. The extension reads
  // neither (clean-message.ts); the CLI reads the ticket as it does, its offsets still the file's.
  it('reads a ticket as the extension reads a message: not its quoted history, signature block or legal footer', () => {
    const thanks = 'Perfect, the new invoice is exactly right. Thanks Sam!\n\n> Sam wrote:\n> Apologies for the wrong address on the invoice, I have reissued it.\n';
    const late =
      'Hi, it is now 12 days since I asked for the invoice to be reissued and I have heard nothing.\r\n\r\nKind regards,\r\nPriya Natarajan\r\nFinance Manager | Brightline Ltd\r\n\r\nThis email and any attachments are confidential and intended solely for the addressee. Brightline accepts no liability for any damage caused by viruses.';
    const jsonl = run(['suggest', '--jsonl', '-'], [thanks, late].map((text, id) => JSON.stringify({ id, text })).join('\n'));
    expect(jsonl.code).toBe(0);
    const [none, waiting] = jsonl.out.trim().split('\n').map((l) => JSON.parse(l) as { suggestions: Array<{ lesson: string; cues: string[] }> });
    expect(none!.suggestions).toEqual([]);
    expect(waiting!.suggestions.length).toBeGreaterThan(0);
    const cues = waiting!.suggestions.flatMap((s) => s.cues);
    for (const unread of ['damage', 'confidential', 'attachments', 'Finance', 'Manager']) expect(cues, unread).not.toContain(unread);
    expect(waiting!.suggestions.map((s) => s.lesson)).not.toContain('damaged-on-arrival');
    // Given as messages, each message is read so too.
    const messages = run(['suggest', '--jsonl', '-'], JSON.stringify({ id: 'm', subject: 'Invoice', messages: [late, thanks] }));
    expect((JSON.parse(messages.out) as { suggestions: unknown[] }).suggestions).not.toEqual([]);
    // --json's offsets still count the file's characters, Windows line ends as two.
    const json = run(['suggest', file('late.txt', late), '--json']);
    const evidence = (JSON.parse(json.out) as Array<{ evidence: Array<{ text: string; start: number; end: number }> }>).flatMap((s) => s.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(late.slice(e.start, e.end)).toBe(e.text);
  });

  it('prints full JSON with --json and honours --limit', () => {
    const r = run(['suggest', file('t.txt', 'The blender arrived broken and the lid is missing. I want a refund.'), '--json', '--limit', '2']);
    expect(r.code).toBe(0);
    const suggestions = JSON.parse(r.out) as Array<{ lesson: { id: string; topics: string[] }; score: number; evidence: unknown[] }>;
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(2);
    expect(suggestions[0]?.lesson.topics[0]).toBe('keep-the-promise');
    expect(suggestions[0]?.evidence.length).toBeGreaterThan(0);
  });

  it('answers JSONL line by line, in order, in the stable shape', () => {
    const lines = [
      { id: 'a', text: 'Where is my order? Still waiting after two weeks and no reply to my emails.' },
      { id: 7, text: 'How do I reset my password?' },
      { id: 'c', text: 'Lovely weather today.' },
    ];
    const r = run(['suggest', '--jsonl', '-'], lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    expect(r.code).toBe(0);
    const out = r.out.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; suggestions: Array<Record<string, unknown>> });
    expect(out.map((o) => o.id)).toEqual(['a', 7, 'c']);
    expect(Object.keys(out[0]?.suggestions[0] ?? {}).sort()).toEqual(['cues', 'lesson', 'score', 'topics']);
    expect(out[0]?.suggestions[0]?.topics).toContain('keep-informed');
    expect(out[1]?.suggestions.map((s) => (s.topics as string[])[0])).toContain('clear-guidance');
    expect(out[2]?.suggestions).toEqual([]);
  });

  it('echoes a number id of a line nested thousands deep, as JSON.parse reads it, without overflowing the stack', () => {
    const deep = `{"id":7,"text":"refund please","x":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    const r = run(['suggest', '--jsonl', '-'], `${deep}\n{"text":"x","id":-2.50}\n`);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out.trim().split('\n').map((line) => /^\{"id":(.*?),"suggestions":/.exec(line)?.[1])).toEqual(['7', '-2.50']);
  });

  it('refuses a line whose id nests too deep to write back, naming the line in one line, exit 3, nothing written', () => {
    for (const depth of [5_000, 50_000]) {
      const deepId = `{"id":${'['.repeat(depth)}${']'.repeat(depth)},"text":"refund please"}`;
      const r = run(['suggest', '--jsonl', '-'], `{"id":1,"text":"refund please"}\n${deepId}\n`);
      expect(r, `${depth} deep`).toMatchObject({ code: 3, out: '', err: 'extra-mile: standard input line 2: "id" nests too deep to write back; give a string or a number\n' });
    }
  });

  it('echoes each id as the line gave it, a number past 2^53 included (JSON.parse would round it)', () => {
    const input = ['{"id":431200000012345678,"text":"refund"}', '{"id": 9007199254740993 ,"text":"refund"}', '{"id":1.50,"text":"x"}', '{"id":"T-7","text":"x"}', '{"text":"x"}', '{"id":1,"id":2,"text":"x"}', '{"id":{"n":1},"text":"x"}'].join('\n');
    const r = run(['suggest', '--jsonl', '-'], input + '\n');
    expect(r.code).toBe(0);
    const ids = r.out.trim().split('\n').map((line) => /^\{"id":(.*?),"suggestions":/.exec(line)?.[1]);
    expect(ids).toEqual(['431200000012345678', '9007199254740993', '1.50', '"T-7"', 'null', '2', '{"n":1}']);
    // Each line is still JSON in the stable shape.
    for (const line of r.out.trim().split('\n')) expect(Object.keys(JSON.parse(line))).toEqual(['id', 'suggestions']);
  });

  it('ranks a JSONL line given as the extension reads a ticket (subject and messages) exactly as the engine does', () => {
    const ticket = {
      subject: 'Wrong size sent',
      messages: ['You sent a medium, I ordered a large.', 'Three weeks and no reply to my emails. Where is the replacement?'],
    };
    const r = run(['suggest', '--jsonl', '-'], JSON.stringify({ id: 't', ...ticket }) + '\n' + JSON.stringify({ id: 'joined', text: [ticket.subject, ...ticket.messages].join('\n') }) + '\n');
    expect(r.code).toBe(0);
    const [asRead, joined] = r.out.trim().split('\n').map((l) => JSON.parse(l) as { suggestions: Array<{ lesson: string; score: number }> });
    const engine = suggest(ticket, ENGINE);
    expect(asRead!.suggestions.map((s) => [s.lesson, s.score])).toEqual(engine.map((s) => [s.lesson.id, s.score]));
    // Read as one text, the subject and older messages weigh as much as the newest: not what the panel shows.
    expect(joined!.suggestions.map((s) => [s.lesson, s.score])).not.toEqual(asRead!.suggestions.map((s) => [s.lesson, s.score]));
  });

  it("ranks characters the extension's reading changes as it does: tabs, odd spaces, zero-width ones, a message of nothing but them, bodies apart", () => {
    // Each ticket as a desk reader hands it over (BODY_BREAK between a message's bodies), ranked as the background does:
    // each body cleaned, empty messages dropped (src/background/rank.ts). Before 2026-12-05 the CLI ranked 269 of 2,600
    // such tickets otherwise, a review found; "I was charged twice" after a quoted body was read as quoted history.
    const tickets = [
      { subject: 'Premium', messages: ['I paid for premium but it is not active.', '\u200b'] },
      { subject: 'Booking', messages: ['Please confirm the change to my [booking\treference] before Friday.', 'Still\u00a0nothing\u00a0from you.'] },
      { subject: 'Re\u200bfund', messages: ['Where is my ref\u200bund? It has been three weeks\u2060.'] },
      { subject: 'Order', messages: ['Where is my order?\n\nOn Mon, Support wrote:\n> we shipped\u001dI was charged twice'] },
    ];
    const r = run(['suggest', '--jsonl', '-'], tickets.map((t, i) => JSON.stringify({ id: i, ...t })).join('\n') + '\n');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as { suggestions: Array<{ lesson: string; score: number }> });
    tickets.forEach((ticket, i) => {
      const subject = cleanLine(ticket.subject);
      const read = { subject, messages: cleanTexts(subject, ticket.messages).messages.filter(Boolean) };
      expect(lines[i]!.suggestions.map((s) => [s.lesson, s.score])).toEqual(suggest(read, ENGINE).map((s) => [s.lesson.id, s.score]));
    });
    expect(lines[3]!.suggestions.map((s) => s.lesson)).toContain('paid-but-not-delivered');

    // --json's offsets still count the file's own characters, zero-width ones included, and one in a line not read
    // (quoted history, blanked to a space) counted once (a review: every offset after it came out one too high).
    const text = 'Where is my ref\u200bund?\u200b\u200b It has been three weeks.\n\n> quoted\u200b\u200b\nAnd I was charged twice.';
    const json = run(['suggest', '--json', '-'], text);
    const evidence = (JSON.parse(json.out) as Array<{ evidence: Array<{ text: string; start: number; end: number }> }>).flatMap((s) => s.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(text.slice(e.start, e.end).replace(/\u200b/g, '')).toBe(e.text);
    expect(evidence.some((e) => text.slice(e.start, e.end) === 'ref\u200bund')).toBe(true);
    expect(evidence.some((e) => e.start > text.indexOf('> quoted'))).toBe(true);
  });

  it('refuses bad input with one clear line and a documented exit code', () => {
    const cases: Array<[string[], string | undefined, number, RegExp]> = [
      [['suggest', join(dir, 'missing.txt')], undefined, 3, /cannot read .*missing\.txt: no such file/],
      [['suggest', dir], undefined, 3, /it is a directory/],
      [['suggest', '-'], '   \n', 3, /empty/],
      [['suggest', file('bin.dat', Buffer.from([0x89, 0x50, 0x00, 0x01, 0x02]))], undefined, 3, /binary/],
      // Five lines of UTF-8, then one saved as Latin-1: the line is named, as for any bad line (a review, 488).
      [['suggest', '--jsonl', file('latin1.jsonl', Buffer.concat([Buffer.from('{"id":1,"text":"ok"}\n'.repeat(5)), Buffer.from('{"id":6,"text":"caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 la d\xe9j\xe0 vu \xe9t\xe9 \xe9l\xe8ve"}\n', 'latin1')]))], undefined, 3, /latin1\.jsonl is not UTF-8 text \(line 6 is the first not to be\); save it as UTF-8\n$/],
      [['suggest', '--jsonl', '-'], '{"id":1,"text":"ok"}\n{"id":2,"text":\n', 3, /line 2: not valid JSON/],
      [['suggest', '--jsonl', '-'], '{"id":1}\n', 3, /line 1: "text" must be a string/],
      [['suggest', '--jsonl', '-'], '{"id":1,"messages":"hello"}\n', 3, /line 1: "messages" must be a list of strings/],
      [['suggest', '--jsonl', '-'], '{"id":1,"messages":["hi"],"subject":3}\n', 3, /line 1: "subject" must be a string/],
      [['suggest', '--jsonl', '-'], '{"id":1,"messages":["hi"],"text":"hi"}\n', 3, /line 1: give "text" or "messages", not both/],
      [['suggest', '--jsonl', '-'], '{"id":1,"subject":"Refund","text":"hi"}\n', 3, /line 1: "subject" goes with "messages", not with "text"/],
      [['suggest', '--frobnicate', '-'], 'x', 2, /^extra-mile: suggest has no option --frobnicate \(try --help\)\n$/],
      [['suggest', '--limit', 'lots', '-'], 'x', 2, /--limit takes a whole number/],
      [['wibble'], undefined, 2, /unknown command "wibble"/],
      [['suggest', '--json', '--jsonl', '-'], '{"id":1,"text":"x"}', 2, /--json and --jsonl/],
      [['suggest', '--pack', file('broken-pack.json', '{"format": "extra-mile-pack"}'), '-'], 'x', 1, /pack .*broken-pack\.json is invalid/],
      [['lessons', '--topic', 'kindness'], undefined, 2, /unknown topic "kindness"/],
      [['lessons', '--pack', file('array-pack.json', '[]')], undefined, 1, /pack .*array-pack\.json is invalid: line 1: a pack is a JSON object .*, not an array \(run check-pack/],
    ];
    for (const [args, input, code, message] of cases) {
      const r = run(args, input);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err, args.join(' ')).toMatch(message);
    }
  }, MANY_RUNS);
});

describe('extra-mile lessons and check-pack', () => {
  it('lists lessons by topic', () => {
    const r = run(['lessons', '--topic', 'team-care', '--json']);
    expect(r.code).toBe(0);
    const lessons = JSON.parse(r.out) as Array<{ topics: string[] }>;
    expect(lessons.length).toBeGreaterThanOrEqual(2);
    for (const l of lessons) expect(l.topics).toContain('team-care');
  });

  it('checks a pack: valid exits 0, invalid exits 1 naming line and path', () => {
    const lesson = {
      id: 'say-sorry-first',
      title: 'Say sorry first',
      topics: ['empathy'],
      advice: 'Open with a plain apology before any explanation.',
      phrases: ['I am sorry this happened.', 'I am sorry for the trouble this caused.'],
      cues: ['so upset'],
      source: { article: 'Our playbook', quote: 'Sorry comes first.' },
    };
    const good = { format: 'extra-mile-pack', version: 1, id: 'ours', name: 'Ours', lessons: [lesson] };
    expect(run(['check-pack', file('good.json', JSON.stringify(good, null, 2))])).toMatchObject({ code: 0 });
    const badText = JSON.stringify({ ...good, lessons: [{ ...lesson, topics: ['sorry'] }] }, null, 2);
    const line = badText.split('\n').findIndex((l) => l.includes('"sorry"')) + 1;
    const bad = run(['check-pack', file('bad.json', badText)]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`bad.json: line ${line}, lessons[0].topics[0]: must be one of`);
  });

  it('check-pack says which cues of a valid pack never match, on standard error, and still exits 0', () => {
    const pack = JSON.parse(readFileSync(resolve(__dirname, '../examples/team-pack.json'), 'utf8'));
    pack.lessons[0].cues.push('two weeks');
    const source = JSON.stringify(pack, null, 2);
    const line = source.split('\n').findIndex((l) => l.includes('"two weeks"')) + 1;
    const result = run(['check-pack', '-'], source);
    expect(result).toMatchObject({ code: 0, out: 'standard input: valid pack "Our team playbook" with 3 lesson(s)\n' });
    expect(result.err).toBe(`extra-mile: warning: standard input: line ${line}, lessons[0].cues[${pack.lessons[0].cues.length - 1}]: "two weeks" never matches: its words are all common words the matcher skips; add a word that says what the ticket is about\n`);
  });

  it('a --pack file gets check-pack\'s warning of cues that never match, once, worded as check-pack words it', () => {
    const pack = JSON.parse(readFileSync(resolve(__dirname, '../examples/team-pack.json'), 'utf8'));
    pack.lessons[0].cues.push('two weeks');
    const path = file('silent-cue-pack.json', JSON.stringify(pack, null, 2));
    const checked = run(['check-pack', path]);
    expect(checked.code).toBe(0);
    expect(checked.err).toMatch(/^extra-mile: warning: .*silent-cue-pack\.json: line \d+, lessons\[0\]\.cues\[\d+\]: "two weeks" never matches: .+\n$/);
    const ticket = file('silent-cue-ticket.txt', 'Where is my order? I have been waiting three weeks.');
    const reply = file('silent-cue-reply.txt', 'I am sorry; I will call you by noon tomorrow.');
    for (const args of [['lessons'], ['suggest', ticket], ['suggest', '--jsonl', '-'], ['check-reply', '--ticket', ticket, '--reply', reply]]) {
      const r = run([...args, '--pack', path], '{"id":1,"text":"refund"}\n');
      expect(r.err, args[0]).toBe(checked.err);
    }
    // The same file given twice is warned of once (its lessons, left out the second time, are named as ever).
    expect(run(['lessons', '--pack', path, '--pack', path]).err.split('never matches')).toHaveLength(2);
  });

  it('check-pack - reads the pack from standard input and names it so', () => {
    const pack = readFileSync(resolve(__dirname, '../examples/team-pack.json'), 'utf8');
    expect(run(['check-pack', '-'], pack)).toMatchObject({ code: 0, out: 'standard input: valid pack "Our team playbook" with 3 lesson(s)\n' });
    expect(run(['check-pack', '-'], '{"format": 2}')).toMatchObject({ code: 1, err: expect.stringMatching(/^standard input: line 1, format: /) });
  });

  it('--pack - reads the pack from standard input, as check-pack - does, where nothing else of the call reads it', () => {
    const pack = readFileSync(resolve(__dirname, '../examples/team-pack.json'), 'utf8');
    const ids = (out: string) => (JSON.parse(out) as Array<{ id: string }>).map((l) => l.id);
    const listed = run(['lessons', '--json', '--pack', '-'], pack);
    expect(listed).toMatchObject({ code: 0, err: '' });
    expect(ids(listed.out)).toEqual(ids(run(['lessons', '--json', '--pack', file('team-pack.json', pack)]).out));
    const ticket = file('stdin-pack-ticket.txt', 'My refund never arrived.');
    expect(run(['suggest', '--json', '--pack', '-', ticket], pack)).toMatchObject({ code: 0, err: '' });
    // Named as standard input, as check-pack - names it.
    expect(run(['lessons', '--pack', '-'], '{"format": 2}')).toMatchObject({ code: 1, err: expect.stringMatching(/^extra-mile: pack standard input is invalid: line 1, format: /) });
    // Where the ticket, the JSONL file or a second --pack reads standard input too: a usage error, as for check-reply's two.
    const cases: Array<[string[], RegExp]> = [
      [['suggest', '--pack', '-', '-'], /^extra-mile: only one of --pack and the ticket can be standard input \(-\)\n$/],
      [['suggest', '--pack', '-'], /^extra-mile: only one of --pack and the ticket \(no FILE given\) can be standard input \(-\)\n$/],
      [['suggest', '--jsonl', '--pack', '-', '-'], /^extra-mile: only one of --pack and the JSONL file can be standard input \(-\)\n$/],
      [['check-reply', '--ticket', '-', '--reply', ticket, '--pack', '-'], /^extra-mile: only one of --pack and --ticket can be standard input \(-\)\n$/],
      [['lessons', '--pack', '-', '--pack', '-'], /^extra-mile: only one --pack can be standard input \(-\)\n$/],
    ];
    for (const [args, message] of cases) expect(run(args, pack), args.join(' ')).toMatchObject({ code: 2, out: '', err: expect.stringMatching(message) });
  });

  it('check-pack answers every hostile pack with exit 1 and one plain line per problem, never a stack trace', () => {
    const lesson = {
      id: 'name-what-it-cost-them', // a built-in lesson's id
      title: 'Stay calm',
      topics: ['empathy'],
      advice: 'Open with a plain apology before any explanation.',
      phrases: ['I am sorry this happened.', 'I am sorry for the trouble this caused.'],
      cues: ['so upset'],
      source: { article: 'Our playbook', quote: 'Sorry comes first.' },
    };
    const cases: Array<[string, string, RegExp[]]> = [
      ['deep.json', `{"format": "extra-mile-pack", "lessons": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`, [/^deep\.json: line 1, lessons(\[0\]){15}: nests objects and arrays more than 16 deep \(a pack needs 4\)$/]],
      ['big.json', ' '.repeat(1024 * 1024 + 1), [/^big\.json: is 1,048,577 bytes; a pack may be at most 1,048,576 bytes \(1 MiB\)$/]],
      ['commas.json', '{\n  "format": "extra-mile-pack",,\n  "version": 1\n}', [/^commas\.json: line 2: a property name in double quotes was expected here \(a stray comma\?\)$/]],
      // A minified pack is one line: the column finds the slip (a review, 488, had only "line 1" for 2.6 KB).
      ['minified.json', `{"format": "extra-mile-pack", "version": 1, "id": "ours", "name": "${'Ours '.repeat(30)}",, "lessons": []}`, [/^minified\.json: line 1, column 220: a property name in double quotes was expected here \(a stray comma\?\)$/]],
      // JSON that is no object: one line saying a pack is one, not each field it lacks.
      ['array.json', '[]\n', [/^array\.json: line 1: a pack is a JSON object \(\{"format": "extra-mile-pack", \.\.\.\}\), not an array$/]],
      ['string.json', '\n"extra-mile-pack"', [/^string\.json: line 2: a pack is a JSON object \(.*\), not a string$/]],
      [
        'taken.json',
        JSON.stringify({ format: 'extra-mile-pack', version: 1, id: 'extra-mile-core', name: 'Ours', lessons: [lesson] }, null, 2),
        [/^taken\.json: line 4, id: "extra-mile-core" is the built-in library's id; choose another$/, /^taken\.json: line 8, lessons\[0\]\.id: "name-what-it-cost-them" is the id of the built-in lesson ".+"; choose another$/],
      ],
    ];
    for (const [name, text, lines] of cases) {
      const r = run(['check-pack', file(name, text)]);
      expect(r.code, name).toBe(1);
      expect(r.out, name).toBe('');
      const printed = r.err.replaceAll(dir + '/', '').trimEnd().split('\n');
      expect(printed, name).toHaveLength(lines.length);
      printed.forEach((line, i) => expect(line, name).toMatch(lines[i]!));
    }
  });
});

describe('extra-mile --pack with two packs that share a lesson id', () => {
  const first = () => file('first-pack.json', packText('first', [regularsLesson('thank-regulars')]));
  const second = () => file('second-pack.json', packText('second', [regularsLesson('thank-regulars', 'Greet a regular'), { ...regularsLesson('second-own', 'Remember their last order'), cues: ['my usual order'] }]));
  const titles = (out: string) => (JSON.parse(out) as Array<{ id: string; title: string }>).filter((l) => l.id === 'thank-regulars' || l.id === 'second-own').map((l) => l.title);

  it('keeps the first pack\'s lesson of the id, as the extension does, and names the one left out on standard error', () => {
    const r = run(['lessons', '--json', '--pack', first(), '--pack', second()]);
    expect(r.code).toBe(0);
    expect(titles(r.out)).toEqual(['Thank a regular by name', 'Remember their last order']);
    expect(r.err).toBe(`extra-mile: warning: pack ${join(dir, 'second-pack.json')}: “Greet a regular” (thank-regulars) is left out: same id as “Thank a regular by name” in “Pack first”.\n`);
    // The order of the files decides, as the order of installed packs does in the extension.
    const swapped = run(['lessons', '--json', '--pack', second(), '--pack', first()]);
    expect(titles(swapped.out)).toEqual(['Greet a regular', 'Remember their last order']);
    expect(swapped.err).toMatch(/first-pack\.json: “Thank a regular by name” \(thank-regulars\) is left out: same id as “Greet a regular” in “Pack second”\.\n$/);
  });

  it('ranks with one lesson of the id, in the same output shapes and exit code', () => {
    const ticket = 'I have been a loyal customer for years. It is my birthday next week and I want to order something for my mum.';
    const jsonl = run(['suggest', '--jsonl', '--limit', '10', '--pack', first(), '--pack', second(), '-'], JSON.stringify({ id: 1, text: ticket }) + '\n');
    expect(jsonl.code).toBe(0);
    const [line] = jsonl.out.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; suggestions: Array<{ lesson: string }> });
    expect(line?.suggestions.filter((s) => s.lesson === 'thank-regulars')).toHaveLength(1);
    expect(jsonl.err).toMatch(/^extra-mile: warning: pack .*second-pack\.json: “Greet a regular”/);
    const full = run(['suggest', '--json', '--limit', '10', '--pack', first(), '--pack', second(), '-'], ticket);
    expect(full.code).toBe(0);
    const shown = (JSON.parse(full.out) as Array<{ lesson: { id: string; title: string } }>).filter((s) => s.lesson.id === 'thank-regulars');
    expect(shown.map((s) => s.lesson.title)).toEqual(['Thank a regular by name']);
  });
});

describe('extra-mile check-reply', () => {
  const ticket = () => file('late.txt', 'Where is my order? I have been waiting three weeks and nobody replies to my emails.');
  type Checked = { checks: Array<{ id: string; topic: string; lesson: string; ok: boolean; message: string; evidence: Array<{ text: string; start: number; end: number }> }> };

  it("reads the ticket as suggest does: a thank-you above the agent's quoted reply calls for no topic's checks", () => {
    const thanks = file('thanks.txt', 'Perfect, the new invoice is exactly right. Thanks Sam!\n\n> Sam wrote:\n> Apologies for the wrong address on the invoice, I have reissued it.\n');
    const r = run(['check-reply', '--ticket', thanks, '--reply', file('glad.txt', 'Glad to hear it, Ana. Have a good week!\nSam\n')]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('topics checked: none');
  });

  it('prints the checks of the ticket as JSON in the stable shape, and exits 1 when the reply breaks one', () => {
    const reply = '\nHi Jo,\n\nWe are looking into it. Please contact the courier about the delay.\n\nOn Mon, 3 Nov 2026, Jo <jo@example.com> wrote:\n> calm down? per my last email, where is it?\n';
    const r = run(['check-reply', '--ticket', ticket(), '--reply', file('vague.txt', reply), '--json']);
    expect(r.code).toBe(1);
    const { checks } = JSON.parse(r.out) as Checked;
    expect(Object.keys(JSON.parse(r.out))).toEqual(['checks']);
    for (const c of checks) expect(Object.keys(c).sort()).toEqual(['evidence', 'id', 'lesson', 'message', 'ok', 'topic']);
    const byId = new Map(checks.map((c) => [c.id, c]));
    expect(byId.get('says-when')).toMatchObject({ topic: 'keep-informed', ok: false });
    const elsewhere = byId.get('no-passing-on');
    expect(elsewhere).toMatchObject({ topic: 'ownership', ok: false, message: 'sends them elsewhere' });
    for (const e of elsewhere?.evidence ?? []) expect(reply.slice(e.start, e.end)).toBe(e.text);
    // The quoted history ("calm down", "per my last email") is the customer's, not the reply.
    expect(byId.get('stays-calm')?.ok).toBe(true);
    // A how-to check does not run for a ticket about a late order.
    expect(byId.has('gives-steps')).toBe(false);
  });

  it("flags a blank a lesson writes, left in the reply, the built-in library's or a pack's, and exits 1", () => {
    const paid = file('paid.txt', 'I paid for the yearly plan on Monday and the money has gone, but the app still says free plan.');
    const left = run(['check-reply', '--ticket', paid, '--reply', file('left.txt', "I'm sorry about that. I've [what you did about the charges], and you'll see it by Friday."), '--json']);
    expect(left.code).toBe(1);
    const blank = (out: string) => (JSON.parse(out) as Checked).checks.find((c) => c.id === 'no-placeholders');
    expect(blank(left.out)).toMatchObject({ ok: false, evidence: [{ text: '[what you did about the charges]' }] });
    const lesson = { ...regularsLesson('thank-regulars'), phrases: ["Thanks, [name], for [everything they've done for us].", 'See you soon.'] };
    const pack = file('regulars-pack.json', packText('regulars', [lesson]));
    const reply = file('regular.txt', "Thanks, Jo, for [everything they've done for us].");
    expect(blank(run(['check-reply', '--ticket', paid, '--reply', reply, '--json']).out)?.ok).toBe(true);
    expect(blank(run(['check-reply', '--ticket', paid, '--reply', reply, '--pack', pack, '--json']).out)).toMatchObject({ ok: false, evidence: [{ text: "[everything they've done for us]" }] });
  });

  it("quotes a check's evidence clipped, as the panel does, in its lines; whole in --json", () => {
    const shouted = `Hi Jo,\n\n${'WE HAVE ALREADY TOLD YOU THIS MANY TIMES '.repeat(400)}\n`;
    const lines = run(['check-reply', '--ticket', ticket(), '--reply', file('shouted.txt', shouted)]);
    const calm = lines.out.split('\n').find((l) => l.includes('sounds defensive or shouts'))!;
    expect(calm).toBeDefined();
    expect(calm.length).toBeLessThan(200);
    const json = JSON.parse(run(['check-reply', '--ticket', ticket(), '--reply', file('shouted.txt', shouted), '--json']).out) as Checked;
    expect(json.checks.find((c) => c.id === 'stays-calm')!.evidence[0]!.text.length).toBeGreaterThan(10_000);
  });

  it('asks for steps only where the how-to lesson itself is suggested, not any lesson of its topic (a stock, price or points question)', () => {
    const checked = (question: string, reply: string) => {
      const r = run(['check-reply', '--ticket', file('question.txt', question), '--reply', file('answer.txt', reply), '--json']);
      return new Map((JSON.parse(r.out) as Checked).checks.map((c) => [c.id, c.ok]));
    };
    // Answered plainly, as they should be (a review saw "gives no steps in order" on each, 2026-12-03).
    expect(checked('Do you ship to Norway? And how much is it?', 'Yes, we do! Shipping to Norway is £12.50 and takes 4-6 working days.').has('gives-steps')).toBe(false);
    expect(checked('How many loyalty points do I have on my account?', 'You have 1,240 points, and they expire on 31 December.').has('gives-steps')).toBe(false);
    expect(checked('Is the blue jacket back in stock in size M?', 'It is back in stock in size M from today.').has('gives-steps')).toBe(false);
    // A how-to question still asks for them.
    expect(checked('How do I reset my password? The link in the email does not work.', 'You can reset it from the login page.').get('gives-steps')).toBe(false);
  });

  it("runs a topic's checks only for suggestions that score enough: no steps asked of a cancellation under a faint how-to lesson", () => {
    const cancel = file('cancel.txt', 'Subject: Cancel my subscription box\nPlease cancel my monthly trail snack subscription before the next charge on the 1st.\nAlso, can you confirm I will not be charged again?');
    const shown = JSON.parse(run(['suggest', '--json', cancel]).out) as Array<{ lesson: { topics: string[] }; score: number }>;
    // The how-to topic is shown, third and faint.
    const howTo = shown.filter((s) => s.lesson.topics[0] === 'clear-guidance');
    expect(howTo).toHaveLength(1);
    expect(howTo[0]!.score).toBeLessThan(0.15);
    const r = run(['check-reply', '--ticket', cancel, '--reply', file('cancelled.txt', 'I am sorry to see you go. I have cancelled your subscription today and refunded this month.'), '--json']);
    const ids = (JSON.parse(r.out) as Checked).checks.map((c) => c.id);
    expect(ids).not.toContain('gives-steps');
    expect(ids).toContain('offers-a-remedy'); // its topic leads at 0.69
    expect(r.code).toBe(0);
  });

  it('points its evidence into a reply saved with Windows line ends (CRLF) as into any other', () => {
    const reply = 'Hi Jo,\r\n\r\nWe are looking into it.\r\nPlease contact the courier about the delay.\r\n\r\nOn Mon, 3 Nov 2026, Jo <jo@example.com> wrote:\r\n> where is it?\r\n';
    const r = run(['check-reply', '--ticket', ticket(), '--reply', file('crlf.txt', reply), '--json']);
    expect(r.code).toBe(1);
    const evidence = (JSON.parse(r.out) as Checked).checks.flatMap((c) => c.evidence);
    expect(evidence.map((e) => e.text)).toContain('contact the courier');
    for (const e of evidence) expect(reply.slice(e.start, e.end)).toBe(e.text);
    // A quote that ends its line ends before the line's \r.
    const endsLine = 'Hi Jo,\r\n\r\nPlease contact the courier\r\nThanks\r\n';
    const atEnd = JSON.parse(run(['check-reply', '--ticket', ticket(), '--reply', file('crlf-end.txt', endsLine), '--json']).out) as Checked;
    const quotes = atEnd.checks.flatMap((c) => c.evidence);
    expect(quotes.map((e) => e.text)).toContain('contact the courier');
    for (const e of quotes) expect(endsLine.slice(e.start, e.end)).toBe(e.text);
  });

  it('points its evidence into the reply as typed, two spaces after a full stop, tabs and spaces at line ends included', () => {
    // The draft is read with its spacing tidied; the offsets are the file's, not the tidied draft's.
    const reply = 'Hi  Tom,\t\n\n\n\nWe looked.  Please contact\u00a0your bank.   \n\nThanks\n';
    const r = run(['check-reply', '--ticket', ticket(), '--reply', file('spaced.txt', reply), '--json']);
    const evidence = (JSON.parse(r.out) as Checked).checks.flatMap((c) => c.evidence);
    expect(evidence.map((e) => e.text)).toContain('contact your bank');
    for (const e of evidence) expect(reply.slice(e.start, e.end).replace(/\s+/g, ' ')).toBe(e.text);
    expect(reply.slice(evidence[0]!.start, evidence[0]!.end)).toBe('contact\u00a0your bank');
    // Quoted history above the reply, holding its first words too: the offsets are still the reply's (a review found
    // them pointing into the quote, where the reply stood in the file word for word).
    const below = '> Hi Ana, sorry about that, we are looking.\n> My card was charged twice for order 4411.\n\nHi Ana, sorry about that.  Please contact your bank about the charge.\n';
    const quotedAbove = (JSON.parse(run(['check-reply', '--ticket', ticket(), '--reply', file('below.txt', below), '--json']).out) as Checked).checks.flatMap((c) => c.evidence);
    expect(quotedAbove.map((e) => e.text)).toContain('contact your bank');
    for (const e of quotedAbove) expect(below.slice(e.start, e.end).replace(/\s+/g, ' ')).toBe(e.text);
    // A quoted line that begins with the whole reply, word for word: the offsets are the reply's, below it.
    const same = 'Hi Ana, please contact your bank about the charge.';
    const echoed = `> ${same} Thanks\n\n${same}\n`;
    const inEcho = (JSON.parse(run(['check-reply', '--ticket', ticket(), '--reply', file('echoed.txt', echoed), '--json']).out) as Checked).checks.flatMap((c) => c.evidence);
    expect(inEcho.map((e) => e.text)).toContain('contact your bank');
    for (const e of inEcho) expect(e.start).toBeGreaterThan(echoed.indexOf('\n\n'));
  });

  it("checks a chat reply under \"Thank you!\" as written: its order number, link and help centre are the reply's, not a signature", () => {
    // It was read as empty ("has no reply of its own", exit 3): the lines under "Just Checked" were cut as a signature.
    const reply = "Hi Ana,\nThank you!\nJust Checked\nOrder 45821 shipped, tracking: https://track.dpd.co.uk/45821\nIf it's damaged, contact the DPD help centre and they will sort it.";
    const r = run(['check-reply', '--ticket', ticket(), '--reply', file('chat.txt', reply), '--json']);
    expect(r.code, r.err).toBe(1);
    expect((JSON.parse(r.out) as Checked).checks.find((c) => c.id === 'no-passing-on')?.ok).toBe(false);
  });

  it('exits 0 and lists what the reply keeps when it keeps every check', () => {
    const reply = "Hi Jo, I'm sorry it's taken so long. I've traced the parcel myself: it's at the local depot and I'll call you by noon tomorrow with the delivery slot.";
    const r = run(['check-reply', '--ticket', ticket(), '--reply', file('good.txt', reply)]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^✓ says when they'll hear back {2}\[keep-informed · /m);
    expect(r.out).not.toMatch(/^✗/m);
    // The checks this ticket did not call for are named as not run: a list of ✓ alone read as if the reply were fine
    // on everything, apology and all (a blind round of replies, 2026-12-04).
    const notRun = r.out.split('\n').find((l) => l.startsWith('not checked'));
    expect(notRun).toBe(`not checked (no lesson suggested for the ticket calls for them): ${["acknowledges what it cost them first", 'gives steps in order', 'offers a remedy'].join(', ')}`);
  });

  it('names, under a check still broken, the blanks left in a better phrase the reply already holds', () => {
    const offered = run(['check-reply', '--ticket', ticket(), '--reply', file('looking.txt', "Hi Jo, sorry for the wait. I'm looking into it now.")]).out;
    const phrase = /^ {4}better: (.+)$/m.exec(offered)?.[1];
    expect(phrase).toMatch(/\[[^\]]+\]/);
    const inserted = run(['check-reply', '--ticket', ticket(), '--reply', file('inserted.txt', `Hi Jo, sorry for the wait. I'm looking into it now.\n\n${phrase}`)]);
    expect(inserted.code).toBe(1);
    // The blank that says when, of the phrase's blanks: the one whose filling mends the line.
    const when = (phrase ?? '').match(/\[[^\]]*\b(?:date|day|time)\b[^\]]*\]/)![0];
    expect(inserted.out).toMatch(new RegExp(`^✗ doesn't say when they'll hear back.*\\n {4}fill in: ${when.replace(/[[\]]/g, '\\$&')}$`, 'm'));
    expect(inserted.out).not.toMatch(/^ {4}better: /m);
  });

  it('runs the checks a pack carries beside the bundled ones, with --pack', () => {
    const pack = resolve(__dirname, 'coach/pack-with-checks.json');
    const reply = file('codes.txt', 'Your RMA label is attached; I will check on Friday that the courier has collected it.');
    const r = run(['check-reply', '--ticket', ticket(), '--reply', reply, '--pack', pack, '--json']);
    expect(r.code).toBe(1);
    const { checks } = JSON.parse(r.out) as Checked;
    expect(checks.find((c) => c.id === 'no-internal-codes')).toMatchObject({ lesson: 'say-it-plainly', ok: false, evidence: [{ text: 'RMA' }] });
    expect(checks.find((c) => c.id === 'says-when')?.ok).toBe(true);
    expect(run(['check-reply', '--ticket', ticket(), '--reply', reply, '--json']).out).not.toContain('no-internal-codes');
  });

  it('names on standard error, by its file, a pack check left out for an id another --pack file already holds, and keeps the first', () => {
    const pack = resolve(__dirname, 'coach/pack-with-checks.json');
    const copy = JSON.parse(readFileSync(pack, 'utf8')) as { id: string; name: string; lessons: Array<{ id: string }>; checks: Array<{ lesson: string; messages: { broken: string } }> };
    copy.id = 'plain-words-copy';
    copy.name = 'Plain words, copied';
    copy.lessons[0]!.id = 'say-it-plainly-copy';
    copy.checks[0]!.lesson = 'say-it-plainly-copy';
    copy.checks[0]!.messages.broken = 'the copy broke';
    const second = file('copy-pack.json', JSON.stringify(copy, null, 2));
    const reply = file('codes-2.txt', 'Your RMA label is attached.');
    const r = run(['check-reply', '--ticket', ticket(), '--reply', reply, '--pack', pack, '--pack', second, '--json']);
    // Named by its file, as a left-out lesson is.
    expect(r.err).toBe(`extra-mile: warning: pack ${second}: Reply check “no-internal-codes” is left out: the check of that id in “Plain words” is used.\n`);
    const { checks } = JSON.parse(r.out) as Checked;
    expect(checks.filter((c) => c.id === 'no-internal-codes').map((c) => c.message)).toEqual(['uses an internal code']);
  });

  it("leaves out, and names, a pack check whose own lesson is left out: it would run under the other pack's lesson", () => {
    const pack = resolve(__dirname, 'coach/pack-with-checks.json');
    const copy = JSON.parse(readFileSync(pack, 'utf8')) as { id: string; name: string; lessons: Array<{ id: string; title: string }>; checks: Array<{ id: string; lesson: string; messages: { broken: string } }> };
    copy.id = 'plain-words-copy';
    copy.name = 'Plain words, copied';
    copy.checks[0]!.id = 'no-internal-codes-copy'; // its own id; its lesson's id is the first pack's
    copy.checks[0]!.messages.broken = 'the copy broke';
    const second = file('copy-pack-same-lesson.json', JSON.stringify(copy, null, 2));
    const reply = file('codes-3.txt', 'Your RMA label is attached.');
    const r = run(['check-reply', '--ticket', ticket(), '--reply', reply, '--pack', pack, '--pack', second, '--json']);
    const lesson = copy.lessons[0]!;
    expect(r.err.split('\n').filter(Boolean)).toEqual([
      expect.stringContaining(`pack ${second}: “${lesson.title}” (${lesson.id}) is left out`),
      `extra-mile: warning: pack ${second}: Reply check “no-internal-codes-copy” is left out with its lesson “${lesson.id}”, whose id a lesson in “Plain words” holds.`,
    ]);
    const { checks } = JSON.parse(r.out) as Checked;
    expect(checks.map((c) => c.id)).not.toContain('no-internal-codes-copy');
    expect(checks.filter((c) => c.id === 'no-internal-codes').map((c) => c.message)).toEqual(['uses an internal code']);
  });

  it('refuses bad input with one clear line and a documented exit code', () => {
    const cases: Array<[string[], string | undefined, number, RegExp]> = [
      [['check-reply', '--ticket', ticket()], undefined, 2, /needs --ticket FILE and --reply FILE/],
      [['check-reply', '--ticket', '-', '--reply', '-'], 'x', 2, /only one of --ticket and --reply/],
      [['check-reply', '--ticket', ticket(), '--reply', ticket(), 'extra'], undefined, 2, /not "extra"/],
      [['check-reply', '--ticket', ticket(), '--reply', ticket(), '--tone'], undefined, 2, /check-reply has no option --tone \(try --help\)/],
      [['check-reply', '--ticket', join(dir, 'nope.txt'), '--reply', ticket()], undefined, 3, /cannot read .*nope\.txt: no such file/],
      // Blank or empty, a reply is said to be empty: it has no quoted history to be above.
      [['check-reply', '--ticket', ticket(), '--reply', '-'], '  \n', 3, /^extra-mile: standard input is empty; give the reply's text$/m],
      [['check-reply', '--ticket', ticket(), '--reply', file('empty-reply.txt', '')], undefined, 3, /empty-reply\.txt is empty; give the reply's text$/m],
      // Zero-width characters alone are nothing the extension reads: as blank as spaces.
      [['check-reply', '--ticket', ticket(), '--reply', '-'], '\u200b\ufeff\n', 3, /^extra-mile: standard input is empty; give the reply's text$/m],
      [['suggest', '-'], '\u200b \u2060\n', 3, /^extra-mile: standard input is empty; give the ticket's text$/m],
      [['suggest', '-'], '\u001d\u200b\u001d', 3, /^extra-mile: standard input is empty; give the ticket's text$/m],
      [['check-reply', '--ticket', ticket(), '--reply', file('quoted.txt', 'On Mon, Jo wrote:\n> where is it')], undefined, 3, /quoted\.txt has no reply of its own \(only quoted history, a greeting or a signature\)/],
      // A signature alone, or the greeting and sign-off of a template, is no reply either.
      [['check-reply', '--ticket', ticket(), '--reply', file('signature.txt', '-- \nTom')], undefined, 3, /signature\.txt has no reply of its own/],
      [['check-reply', '--ticket', ticket(), '--reply', file('template.txt', 'Hi Ana,\n\nBest,\nTom\n')], undefined, 3, /template\.txt has no reply of its own/],
      [['check-reply', '--ticket', ticket(), '--reply', ticket(), '--pack', file('bad-pack.json', '{"format": "extra-mile-pack"}')], undefined, 1, /pack .*bad-pack\.json is invalid/],
    ];
    for (const [args, input, code, message] of cases) {
      const r = run(args, input);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err, args.join(' ')).toMatch(message);
    }
  }, MANY_RUNS);
});

describe('extra-mile on files written with a UTF-8 byte order mark', () => {
  // Windows editors and PowerShell save UTF-8 with a BOM; the options page reads a pack with Blob.text(), which drops it.
  const bom = '\uFEFF';
  it('check-pack and --pack read a pack that starts with a BOM, as the options page does', () => {
    const pack = readFileSync(resolve(__dirname, '../examples/team-pack.json'), 'utf8');
    const path = file('bom-pack.json', bom + pack);
    const checked = run(['check-pack', path]);
    expect(checked.err).toBe('');
    expect(checked.code).toBe(0);
    expect(run(['lessons', '--pack', path])).toMatchObject({ code: 0, err: '' });
  });

  it('suggest --json and check-reply --json count evidence offsets from after the BOM, as in the file without it', () => {
    const ticket = 'Cancel my account.\r\nI was tranfered three times and nobody can help.\r\n';
    const plain = run(['suggest', '--json', file('ticket-no-bom.txt', ticket)]);
    const marked = run(['suggest', '--json', file('ticket-bom.txt', bom + ticket)]);
    expect(marked).toMatchObject({ code: 0, err: '' });
    expect(marked.out).toBe(plain.out);
    const evidence = (JSON.parse(plain.out) as Array<{ evidence: Array<{ text: string; start?: number; end?: number }> }>).flatMap((s) => s.evidence);
    const placed = evidence.filter((e) => e.start !== undefined);
    expect(placed.map((e) => e.text)).toContain('Cancel');
    for (const e of placed) expect(ticket.slice(e.start, e.end)).toBe(e.text);
    // check-reply points into the reply (and reads the ticket) the same way, a Windows line end counted as two.
    const reply = 'Please contact the courier about the delay.\r\nThanks\r\n';
    const late = file('late-no-bom.txt', 'Where is my order? I have been waiting three weeks and nobody replies to my emails.');
    const checked = run(['check-reply', '--ticket', late, '--reply', file('reply-no-bom.txt', reply), '--json']);
    expect(checked.out).toContain('"contact the courier"');
    expect(run(['check-reply', '--ticket', file('late-bom.txt', bom + readFileSync(late, 'utf8')), '--reply', file('reply-bom.txt', bom + reply), '--json']).out).toBe(checked.out);
  });

  it('suggest --jsonl reads a first line that starts with a BOM', () => {
    const r = run(['suggest', '--jsonl', file('bom.jsonl', bom + '{"id":1,"text":"Cancel my account."}\n{"id":2,"text":"My parcel never arrived."}\n')]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n').map((l) => (JSON.parse(l) as { id: unknown }).id)).toEqual([1, 2]);
  });

  it('suggest --jsonl reads two such files joined (a BOM starting a later line), and lines ended by a lone CR', () => {
    // A review (488): both were "line 2: not valid JSON" / "line 1: not valid JSON", with nothing to see.
    const joined = run(['suggest', '--jsonl', file('joined.jsonl', `${bom}{"id":1,"text":"Cancel my account."}\n${bom}{"id":2,"text":"My parcel never arrived."}\n`)]);
    expect(joined).toMatchObject({ code: 0, err: '' });
    expect(joined.out.trim().split('\n').map((l) => (JSON.parse(l) as { id: unknown }).id)).toEqual([1, 2]);
    const oldMac = run(['suggest', '--jsonl', file('cr.jsonl', '{"id":1,"text":"Cancel my account."}\r{"id":2,"text":"My parcel never arrived."}\r')]);
    expect(oldMac).toMatchObject({ code: 0, err: '' });
    expect(oldMac.out.trim().split('\n').map((l) => (JSON.parse(l) as { id: unknown }).id)).toEqual([1, 2]);
    // Beside line feeds, a CR is JSON's own whitespace between tokens, not a line end (a review, 491).
    const spaced = run(['suggest', '--jsonl', '-'], '{"id":1,\r"text":"my refund never came"}\n');
    expect(spaced).toMatchObject({ code: 0, err: '' });
    expect((JSON.parse(spaced.out) as { id: unknown }).id).toBe(1);
    // A file of lone CRs not saved as UTF-8 is named by its line as such a file counts them.
    const latin1 = Buffer.concat([Buffer.from('{"id":1,"text":"ok"}\r'.repeat(4)), Buffer.from('{"id":5,"text":"caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 la d\xe9j\xe0 vu \xe9t\xe9 \xe9l\xe8ve"}\r', 'latin1')]);
    expect(run(['suggest', '--jsonl', file('cr-latin1.jsonl', latin1)]).err).toMatch(/\(line 5 is the first not to be\)/);
  });
});

describe('extra-mile on files saved as UTF-16 (Notepad "Unicode", PowerShell >)', () => {
  const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
    const le = Buffer.from(text, 'utf16le');
    const bytes = order === 'le' ? le : Buffer.from(le).swap16();
    return bom ? Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]) : bytes;
  };
  const pack = readFileSync(resolve(__dirname, '../examples/team-pack.json'), 'utf8');
  const ticket = 'My refund never arrived and nobody replies.\n';
  const jsonl = '{"id":1,"text":"Cancel my account."}\n';

  it('without a BOM, says so in one line, exit 3, for a pack, a --pack, a ticket and a JSONL file, in either byte order', () => {
    for (const order of ['le', 'be'] as const) {
      const packFile = file(`pack-${order}.json`, utf16(pack, order, false));
      const cases: Array<[string[], RegExp]> = [
        [['check-pack', packFile], /pack-.*\.json is UTF-16 text; save it as UTF-8$/],
        [['suggest', '--pack', packFile, file('ok.txt', ticket)], /^extra-mile: pack .*pack-.*\.json is UTF-16 text; save it as UTF-8$/],
        [['suggest', file(`ticket-${order}.txt`, utf16(ticket, order, false))], /ticket-.*\.txt is UTF-16 text; save it as UTF-8$/],
        [['suggest', '--jsonl', file(`lines-${order}.jsonl`, utf16(jsonl, order, false))], /lines-.*\.jsonl is UTF-16 text; save it as UTF-8$/],
      ];
      for (const [args, message] of cases) {
        const r = run(args);
        expect(r.code, `${order}: ${args.join(' ')}`).toBe(3);
        expect(r.out).toBe('');
        expect(r.err.trim().split('\n'), `${order}: ${args.join(' ')}`).toHaveLength(1);
        expect(r.err.trim(), `${order}: ${args.join(' ')}`).toMatch(message);
      }
    }
  });

  it('with a BOM, reads the file as UTF-16, as the options page does', () => {
    for (const order of ['le', 'be'] as const) {
      const packFile = file(`pack-${order}-bom.json`, utf16(pack, order, true));
      expect(run(['check-pack', packFile])).toMatchObject({ code: 0, err: '' });
      // A stray last byte after the UTF-16 text (`echo >>` from a Unix tool) is no character, and no fault.
      expect(run(['check-pack', file(`pack-${order}-odd.json`, Buffer.concat([utf16(pack, order, true), Buffer.from([0x0a])]))])).toMatchObject({ code: 0, err: '' });
      expect(run(['suggest', '--pack', packFile, '--json', file('ok.txt', ticket)])).toMatchObject({ code: 0, err: '' });
      expect(run(['suggest', file(`ticket-${order}-bom.txt`, utf16(ticket, order, true))]).out).toBe(run(['suggest', file('ticket.txt', ticket)]).out);
      expect(run(['suggest', '--jsonl', file(`lines-${order}-bom.jsonl`, utf16(jsonl, order, true))]).out).toBe(run(['suggest', '--jsonl', '-'], jsonl).out);
      const piped = spawnSync(process.execPath, [cli, 'suggest', '-'], { input: utf16(ticket, order, true), encoding: 'utf8' });
      expect(piped.stdout).toBe(run(['suggest', '-'], ticket).out);
    }
  }, MANY_RUNS);

  it('still calls a binary file binary, and names a --pack that is missing as any missing file is named', () => {
    expect(run(['suggest', file('elf.dat', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]))]).err).toMatch(/looks binary/);
    const r = run(['suggest', '--pack', join(dir, 'no-such-pack.json'), '-'], 'refund');
    expect(r.code).toBe(3);
    expect(r.err.trim()).toBe(`extra-mile: cannot read pack ${join(dir, 'no-such-pack.json')}: no such file`);
  });
});

describe('extra-mile reading a pipe whose writer is slow', () => {
  it('waits for the whole input: a writer that pauses before it starts, or half way, is read in full, not refused', () => {
    // Node reads standard input at once and a pipe with nothing in it yet said EAGAIN: exit 3, "cannot read standard
    // input" for any producer slower than echo (a helper piping from a script, 2026-12-04).
    const piped = (producer: string, args: string) => spawnSync('bash', ['-c', `${producer} | "${process.execPath}" "${cli}" ${args}`], { encoding: 'utf8' });
    const late = piped(`(sleep 1.5; printf 'Where is my parcel? It has been three weeks.')`, 'suggest --limit 1');
    expect(late.stderr).toBe('');
    expect(late.status).toBe(0);
    expect(late.stdout).toMatch(/^1\. /);
    const halves = piped(`(printf '{"id":"a","text":"Where is my'; sleep 1.5; printf ' parcel? It has been three weeks."}\\n')`, 'suggest --jsonl --limit 1');
    expect(halves.stderr).toBe('');
    expect(halves.status).toBe(0);
    expect(JSON.parse(halves.stdout).id).toBe('a');
  });
});

describe('extra-mile writing into a pipe that closes early (| head)', () => {
  it('stops quietly, with no stack trace and the exit code it would have had', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: 'My refund never arrived and nobody replies.' })).join('\n');
    const input = file('many.jsonl', lines + '\n');
    const script = `"${process.execPath}" "${cli}" suggest --jsonl "${input}" | head -c 1 >/dev/null; echo "exit \${PIPESTATUS[0]}"`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('exit 0');
  });
});

describe('extra-mile writing where nothing can be written (a full disk)', () => {
  it('says so in one line and exits 4, with no stack trace', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: 'My refund never arrived.' })).join('\n');
    const input = file('full.jsonl', lines + '\n');
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" suggest --jsonl "${input}" > /dev/full`], { encoding: 'utf8' });
    expect(r.status).toBe(4);
    expect(r.stderr).toBe('extra-mile: cannot write the output: ENOSPC: no space left on device, write\n');
  });
});

describe('extra-mile where standard error cannot be written (2>/dev/full)', () => {
  const inBash = (args: string[]) => spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" ${args.map((a) => `'${a}'`).join(' ')} 2>/dev/full </dev/null`], { encoding: 'utf8' });

  it('ends a usage error with exit 2 all the same, its message lost', () => {
    expect(inBash(['foo']).status).toBe(2);
    expect(inBash(['suggest', '--limit', 'lots', '-']).status).toBe(2);
  });

  it('goes on past a warning it cannot write, with the output and exit code of the run', () => {
    const pack = JSON.parse(readFileSync(resolve(__dirname, '../examples/team-pack.json'), 'utf8'));
    pack.lessons[0].cues.push('two weeks');
    const r = inBash(['lessons', '--pack', file('warned-pack.json', JSON.stringify(pack, null, 2))]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(run(['lessons', '--pack', resolve(__dirname, '../examples/team-pack.json')]).out);
  });

  it('writes every line of a stream whose warnings go to a reader that has left (EPIPE on standard error)', () => {
    // A review (488) saw `suggest --jsonl` stop after its first line, exit 0, where standard error's pipe had closed.
    const pack = JSON.parse(readFileSync(resolve(__dirname, '../examples/team-pack.json'), 'utf8'));
    pack.lessons[0].cues.push('two weeks');
    const packFile = file('warned-stream-pack.json', JSON.stringify(pack, null, 2));
    const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: 'My refund never arrived and nobody replies.' })).join('\n');
    const input = file('warned-stream.jsonl', lines + '\n');
    const out = file('warned-stream.out', '');
    const script = `{ "${process.execPath}" "${cli}" suggest --jsonl "${input}" --pack "${packFile}" 2>&1 1>&3 | true; echo "exit \${PIPESTATUS[0]}"; } 3>"${out}"`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('exit 0');
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(300);
  });
});

describe('extra-mile usage errors', () => {
  it('says a flag error in one line, even where Node words it over several (--limit -1)', () => {
    const r = run(['suggest', '--limit', '-1', '-'], 'refund');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/--limit/);
  });

  it('takes --limit only as plain digits: 1e2, 0x10, +3, " 3" and 3.0 are refused in one line naming the flag', () => {
    for (const limit of ['1e2', '0x10', '+3', ' 3', '3.0', '0b11']) {
      const r = run(['suggest', '--limit', limit, '-'], 'refund');
      expect(r.code, limit).toBe(2);
      expect(r.out, limit).toBe('');
      expect(r.err.trim().split('\n'), limit).toHaveLength(1);
      expect(r.err, limit).toMatch(/--limit/);
    }
    expect(run(['suggest', '--limit', '3', '--json', '-'], 'My refund never arrived.').code).toBe(0);
  });

  it('gives the usage for --help after a command, and names an unknown flag with its command, in one line', () => {
    // Every exit code the README documents, 4 (output not written) included.
    expect(run(['--help']).out).toMatch(/0 done, 1 [^,]+, 2 usage error, 3 unusable input \([^)]*\), 4 the output could not be written/);
    for (const command of ['suggest', 'lessons', 'check-pack', 'check-reply']) {
      const help = run([command, '--help']);
      expect(help, command).toMatchObject({ code: 0, err: '' });
      expect(help.out, command).toBe(run(['--help']).out);
    }
    const unknown = run(['check-reply', '--ticket', '-', '--limit', '2']);
    expect(unknown).toMatchObject({ code: 2, out: '', err: 'extra-mile: check-reply has no option --limit (try --help)\n' });
  });

  it('calls an empty pack unusable input, exit 3, as an empty ticket is', () => {
    const empty = file('empty-pack.json', ' \n');
    expect(run(['check-pack', empty])).toMatchObject({ code: 3, out: '', err: `${empty}: line 1: is empty, not a JSON pack\n` });
    expect(run(['suggest', '--pack', empty, '-'], 'refund')).toMatchObject({ code: 3, err: `extra-mile: pack ${empty} is empty, not a JSON pack\n` });
    expect(run(['lessons', '--pack', empty]).code).toBe(3);
  });
});
