// A broken lesson pack is refused with the line and field at fault.
import { describe, expect, it } from 'vitest';
import { BUILTIN_LESSONS, BUILTIN_PACK } from '../src/lessons/index';
import { TOPIC_IDS } from '../src/topics';
import { MAX_PACK_BYTES, MAX_PACK_DEPTH, MAX_PACK_ERRORS, formatPackError, silentCues, validatePack, validatePackText } from '../src/lessons/pack';

const goodLesson = {
  id: 'thank-the-regular',
  title: 'Thank a regular by name',
  topics: ['extra-mile', 'win-them-back'],
  advice: 'When a long-standing customer writes, say you noticed how long they have been with us.',
  phrases: ['Thank you for being with us all these years.', 'It means a lot that you came back to us.'],
  cues: ['regular customer', 'loyal customer', 'years with you'],
  source: { article: 'Team playbook, section 4', quote: 'Regulars are noticed.' },
};
const pack = (lessons: unknown[]) => ({ format: 'extra-mile-pack', version: 1, id: 'team-pack', name: 'Team pack', lessons });
const text = (value: unknown) => JSON.stringify(value, null, 2);

function errorsOf(source: string) {
  const verdict = validatePackText(source);
  if (verdict.ok) throw new Error('expected the pack to be refused');
  return verdict.errors;
}

describe('validatePackText', () => {
  // The options page's import and the CLI alike: the schema used to list each field missing from `[]`, five lines.
  it.each([
    ['[]', 'an array'],
    ['"a pack"', 'a string'],
    ['3', 'a number'],
    ['true', 'true'],
    ['null', 'null'],
  ])('refuses %s in one line saying a pack is a JSON object', (text, kind) => {
    const verdict = validatePackText(`\n${text}\n`);
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.errors).toHaveLength(1);
    expect(formatPackError(verdict.errors[0]!)).toBe(`line 2: a pack is a JSON object ({"format": "extra-mile-pack", ...}), not ${kind}`);
    expect(validatePack(JSON.parse(text))).toMatchObject({ ok: false, errors: [{ message: expect.stringContaining(`not ${kind}`) }] });
  });

  it('accepts a valid pack', () => {
    const verdict = validatePackText(text(pack([goodLesson])));
    expect(verdict.ok).toBe(true);
    if (verdict.ok) expect(verdict.pack.lessons[0]?.id).toBe('thank-the-regular');
  });

  it('names the line and JSON path of a bad topic', () => {
    const source = text(pack([goodLesson, { ...goodLesson, id: 'second', topics: ['empathy', 'kindness'] }]));
    const [error] = errorsOf(source);
    expect(error?.path).toBe('lessons[1].topics[1]');
    expect(source.split('\n')[(error?.line ?? 0) - 1]).toContain('"kindness"');
    expect(error?.message).toMatch(/must be one of: empathy/);
    expect(formatPackError(error!)).toMatch(/^line \d+, lessons\[1\]\.topics\[1\]: /);
  });

  it('counts lines as an editor does whatever ends them: CR LF (Windows) and CR alone (old Mac editors) as LF', () => {
    const source = text(pack([goodLesson, { ...goodLesson, id: 'second', topics: ['empathy', 'kindness'] }]));
    const [expected] = errorsOf(source);
    expect(expected?.line).toBeGreaterThan(1);
    for (const ending of ['\r\n', '\r']) {
      const [error] = errorsOf(source.replaceAll('\n', ending));
      expect([error?.path, error?.line, error?.column]).toEqual([expected?.path, expected?.line, expected?.column]);
    }
    // A JSON slip and a key given twice are placed the same way.
    expect(errorsOf('{\r  "name": "a",\r  "name": "b",\r  "x": [1,,2]\r}').map((e) => [e.line, e.column])).toEqual([[4, 11]]);
    expect(errorsOf('{\r  "format": "extra-mile-pack",\r  "format": "extra-mile-pack"\r}')[0]).toMatchObject({ line: 3, column: 3, message: expect.stringContaining('first at line 2') });
  });

  it('points a missing field at its lesson, and an unknown field at its key', () => {
    const { advice: _advice, ...noAdvice } = goodLesson;
    const source = text(pack([{ ...noAdvice, colour: 'blue' }]));
    const errors = errorsOf(source);
    const missing = errors.find((e) => e.path === 'lessons[0].advice');
    expect(missing?.message).toMatch(/missing/);
    const unknown = errors.find((e) => e.path === 'lessons[0].colour');
    expect(source.split('\n')[(unknown?.line ?? 0) - 1]).toContain('"colour"');
  });

  it("says what a field should be in the pack's words, not the schema library's", () => {
    const messages = (lesson: Record<string, unknown>) => errorsOf(text(pack([lesson]))).map((e) => `${e.path}: ${e.message}`);
    // The value at fault is quoted, as the other kinds of error do (a walk through the options page found a wrong topic
    // named by its place alone), and cut short where it is long.
    expect(messages({ ...goodLesson, signals: ['shouting', 'loud'] })).toEqual(['lessons[0].signals[1]: must be one of: shouting, exclamation, contradiction, not "loud"']);
    expect(messages({ ...goodLesson, topics: ['empathy', 7] })).toEqual([`lessons[0].topics[1]: must be one of: ${TOPIC_IDS.join(', ')}, not 7`]);
    expect(messages({ ...goodLesson, topics: ['x'.repeat(5000)] })[0]).toMatch(/, not "x{40,60}…"$/);
    expect(messages({ ...goodLesson, steps: 'y'.repeat(5000) })[0]).toMatch(/^lessons\[0\]\.steps: must be a list \(\[…\]\), not "y{40,60}…"$/);
    // In the pack's words whatever the value (a review: an object was "Object"); escaped as JSON writes text, so a
    // terminal's colour codes, a line break, a quote or a reordering mark stay text, and never half an emoji.
    expect(messages({ ...goodLesson, topics: [{}] })).toEqual([`lessons[0].topics[0]: must be one of: ${TOPIC_IDS.join(', ')}, not an object`]);
    const quoted = (topic: string) => messages({ ...goodLesson, topics: [topic] })[0]!.split(', not ')[1];
    expect(quoted('\u001b[31mRED\u001b[0m')).toBe('"\\u001b[31mRED\\u001b[0m"');
    expect(quoted('say "hi"\nthere')).toBe('"say \\"hi\\" there"');
    expect(quoted('live\u202E pack')).toBe('"live\\u202E pack"');
    expect(quoted('\u009B31mRED\u200F\u061C')).toBe('"\\u009B31mRED\\u200F\\u061C"'); // a C1 escape, direction marks
    expect(quoted('😀'.repeat(40))).toMatch(/^"(😀)+…"$/);
    expect(messages({ ...goodLesson, signals: 'shouting' })).toEqual(['lessons[0].signals: must be a list ([…]), not "shouting"']);
    expect(messages({ ...goodLesson, cues: { angry: 1 } })).toEqual(['lessons[0].cues: must be a list ([…]), not an object']);
    expect(messages({ ...goodLesson, title: 42 })).toEqual(['lessons[0].title: must be text in double quotes, not 42']);
    expect(messages({ ...goodLesson, source: 'Shackleton' })).toEqual(['lessons[0].source: must be an object ({…}), not "Shackleton"']);
    const { advice: _advice, ...noAdvice } = goodLesson;
    expect(messages(noAdvice)).toEqual(['lessons[0].advice: is missing; it is required']);
    // A blank field is said to be blank, not "at least 1 characters" (a review); a short one, how long it must be.
    expect(messages({ ...goodLesson, title: '   ' })).toEqual(['lessons[0].title: is blank']);
    expect(messages({ ...goodLesson, title: 'Hi' })).toEqual(['lessons[0].title: must be at least 3 characters']);
    // The version as text looks right and is not: said so (a review read "must be 1" beside "1" as a contradiction).
    const version = (value: unknown) => errorsOf(text({ ...pack([goodLesson]), version: value })).map((e) => `${e.path}: ${e.message}`);
    expect(version('1')).toEqual(['version: must be the number 1, not the text "1" (the only pack format so far)']);
    expect(version(2)).toEqual(['version: must be 1 (the only pack format so far)']);
  });

  it('reports a duplicate lesson id at the second lesson', () => {
    const [error] = errorsOf(text(pack([goodLesson, goodLesson])));
    expect(error?.path).toBe('lessons[1].id');
    expect(error?.message).toMatch(/already the id of lessons\[0\]/);
  });

  it('names a clash of ids beside the schema’s errors, in one check', () => {
    const taken = BUILTIN_LESSONS[3]!;
    const { title: _title, ...untitled } = { ...goodLesson, id: 'second' };
    const errors = errorsOf(text(pack([{ ...goodLesson, id: taken.id }, untitled, { ...goodLesson, id: 'second' }])));
    expect(errors.map((e) => e.path)).toEqual(['lessons[0].id', 'lessons[1].title', 'lessons[2].id']); // in line order
    expect(errors[2]?.message).toMatch(/already the id of lessons\[1\]/);
  });

  it('reports a JSON slip once, at its line and column, in plain words', () => {
    const at = (source: string) => errorsOf(source).map((e) => [e.line, e.column, e.message]);
    // A doubled comma: the parser finds neither a property name nor a value there, but it is one slip.
    expect(at('{\n  "format": "extra-mile-pack",,\n  "version": 1\n}')).toEqual([[2, 31, 'a property name in double quotes was expected here (a stray comma?)']]);
    expect(at('{\n  "format": "extra-mile-pack",\n  "version": 1,\n  oops\n}')[0]).toEqual([4, 3, 'this is not JSON: put text and property names in double quotes (other values are numbers, true, false or null)']);
    // A missing comma is told where it belongs, after the item before it, not where the parser met the next one: a
    // walk (2026-12-05) was sent to the line after the slip.
    expect(at('{"cues": ["a" "b"]}')).toEqual([[1, 14, 'a comma is missing here, between two items']]);
    const topics = '  "topics": ["empathy"]';
    expect(at(`{\n${topics}\n  "cues": ["a"]\n}`)).toEqual([[2, topics.length + 1, 'a comma is missing here, between two items']]);
    expect(at('{"name": "Team pack}')[0]).toEqual([1, 10, 'this text is not closed: its closing double quote is missing']);
    expect(at('{"version": 1 // first\n}')).toEqual([[1, 15, 'a pack may not have comments']]);
    // Its follow-on errors are not listed: a line break inside text, single quotes.
    expect(at('{"name": "Team\npack"}')).toEqual([[1, 10, 'this text runs past the end of its line: write a line break inside text as \\n']]);
    expect(at("{'a': 1}")).toHaveLength(1);
    // A file of spaces is empty, and says where, as every error from a file does (the property test's "\t").
    expect(at('\t')).toEqual([[1, 1, 'is empty, not a JSON pack']]);
    expect(at(' \n ')).toEqual([[1, 1, 'is empty, not a JSON pack']]);
  });

  it('refuses a cue of only punctuation, symbols or emoji (it can never match), at its line and field', () => {
    const cues = ['regular customer', '!!!', '🙂🙂', '...', '— ¿?', '👍🏽 ❤️'];
    const source = text(pack([{ ...goodLesson, cues }]));
    const errors = errorsOf(source);
    expect(errors.map((e) => e.path)).toEqual([1, 2, 3, 4, 5].map((i) => `lessons[0].cues[${i}]`));
    for (const [i, error] of errors.entries()) expect(source.split('\n')[(error.line ?? 0) - 1]).toContain(JSON.stringify(cues[i + 1]));
    expect(errors[0]?.message).toMatch(/no word a ticket can match/);
    // A pack already stored (or pushed by policy) is read as before: its stray cue never matches, but its lessons stay.
    expect(validatePack(pack([{ ...goodLesson, cues }])).ok).toBe(true);
    // Letters, but in one run too long to be a word (a pasted hash): said as such, not as "only punctuation".
    expect(errorsOf(text(pack([{ ...goodLesson, cues: ['x'.repeat(45)] }])))[0]?.message).toMatch(/a run of more than 40 letters/);
    // In a lesson with another error too, all in one check: the author is not sent back to fix them one by one.
    expect(errorsOf(text(pack([{ ...goodLesson, topics: ['kindness'], cues: ['regular customer', '🙂', 7] }]))).map((e) => e.path)).toEqual(['lessons[0].topics[0]', 'lessons[0].cues[1]', 'lessons[0].cues[2]']);
  });

  it('says a UTF-16 file decoded as UTF-8 (as a reader that decodes only UTF-8 sees it) is UTF-16, rather than "not JSON"', () => {
    const source = text(pack([goodLesson]));
    const le = Buffer.from(source, 'utf16le');
    for (const bytes of [le, Buffer.concat([Buffer.from([0xff, 0xfe]), le]), Buffer.from(le).swap16(), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()])]) {
      expect(errorsOf(new TextDecoder().decode(bytes))).toEqual([{ path: '', line: 1, column: 1, message: 'is UTF-16 text; save it as UTF-8' }]);
    }
  });

  it('shows an unknown key of thousands of characters cut short in its path, at the line of the key', () => {
    const key = 'bogus' + 'k'.repeat(5000);
    const source = text(pack([{ ...goodLesson, [key]: 1 }]));
    const [error] = errorsOf(source);
    expect(error?.path.length).toBeLessThanOrEqual(120);
    expect(error?.path).toMatch(/^lessons\[0\]\.boguskkk+…$/);
    expect(source.split('\n')[(error?.line ?? 0) - 1]).toContain(`"${key}"`);
    // A policy's pack is checked as a value, without lines: cut as well.
    const parsed = validatePack(pack([{ ...goodLesson, [key]: 1 }]));
    expect(parsed.ok ? '' : parsed.errors[0]?.path).toMatch(/^lessons\[0\]\.boguskkk+…$/);
  });

  it('cuts a long path of astral characters whole, never through a surrogate pair', () => {
    for (const key of ['😀'.repeat(200), 'x' + '😀'.repeat(200)]) {
      const source = text(pack([{ ...goodLesson, [key]: 1 }]));
      const path = errorsOf(source)[0]?.path ?? '';
      expect(path.length).toBeLessThanOrEqual(120);
      expect(path.endsWith('…')).toBe(true);
      expect(path).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/); // no half of a pair left
    }
  });

  it("names a valid pack's cues that never match, at their lines; the library has none", () => {
    const lesson = { ...goodLesson, cues: ['regular customer', 'years with you', 'a cue that runs on far too long to be a cue at all', 'charged, twice', 'booking.com'] };
    const source = text(pack([lesson]));
    const verdict = validatePackText(source);
    expect(verdict.ok).toBe(true);
    const notes = verdict.ok ? silentCues(verdict.pack, source) : [];
    expect(notes.map((n) => n.path)).toEqual(['lessons[0].cues[1]', 'lessons[0].cues[2]', 'lessons[0].cues[3]']);
    expect(notes[0]?.message).toMatch(/^"years with you" never matches: its words are all common words/);
    expect(notes[1]?.message).toMatch(/more than 8 words/);
    expect(notes[2]?.message).toMatch(/^"charged, twice" never matches: a cue phrase matches only as words of one clause/);
    for (const note of notes) expect(source.split('\n')[(note.line ?? 0) - 1]).toContain(lesson.cues[Number(/\d+(?=\]$)/.exec(note.path)?.[0])]!);
    expect(silentCues(BUILTIN_PACK)).toEqual([]);
  });

  it('refuses a new pack whose text would show as other than it is, and still loads such a pack already stored', () => {
    const disguised = { ...pack([{ ...goodLesson, title: '\u200B\u200B\u200B', phrases: ['Thank you for being with us \u202Esraey\u202C.', goodLesson.phrases[1]] }]), name: '\u202Elive\u202C pack' };
    const source = text(disguised);
    const errors = errorsOf(source);
    expect(errors.map((e) => e.path)).toEqual(['name', 'lessons[0].title', 'lessons[0].phrases[0]']);
    expect(errors[1]?.message).toMatch(/shows nothing/);
    expect(errors[2]?.message).toMatch(/reorders how the text shows/);
    expect(source.split('\n')[(errors[0]?.line ?? 0) - 1]).toContain('"name"');
    // Letters drawn as nothing are nothing shown: Hangul fillers, the blank braille pattern.
    const blank = errorsOf(text({ ...pack([{ ...goodLesson, title: '\u3164\u3164\u3164' }]), name: '\u115F\u115F', description: '\u2800\u2800\u2800' }));
    expect(blank.map((e) => `${e.path}: ${e.message}`)).toEqual(['name: shows nothing: only spaces or invisible characters', 'lessons[0].title: shows nothing: only spaces or invisible characters', 'description: shows nothing: only spaces or invisible characters']);
    // Right-to-left text with the marks it needs is text like any other; so is Korean beside a filler.
    expect(validatePackText(text({ ...pack([{ ...goodLesson, title: 'שלום \u200Fלקוח' }]), name: 'חבילה' })).ok).toBe(true);
    expect(validatePackText(text({ ...pack([goodLesson]), name: '팀 \u3164안내' })).ok).toBe(true);
    // Stored (or pushed by policy) before this check: read as it was, not dropped.
    expect(validatePack(disguised).ok).toBe(true);
  });

  // A review (488): a pack saved as Latin-1 passed, its accents shown as "caf� cr�me"; a name of two lines broke
  // check-pack's verdict line in two.
  it('refuses a new pack with text left unreadable by a file not saved as UTF-8, or a name of two lines', () => {
    const latin1 = pack([{ ...goodLesson, title: 'A late refund: caf\uFFFD cr\uFFFDme date' }]);
    const errors = errorsOf(text(latin1));
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual(['lessons[0].title: holds U+FFFD (�), what is left where the file was not UTF-8; save the pack as UTF-8 and check the text']);
    expect(text(latin1).split('\n')[(errors[0]?.line ?? 0) - 1]).toContain('"title"');
    expect(errorsOf(text({ ...pack([goodLesson]), name: 'Our team\nplaybook' })).map((e) => `${e.path}: ${e.message}`)).toEqual(["name: holds a line break; a pack's name is one line"]);
    expect(validatePack({ ...pack([goodLesson]), name: 'Our team\nplaybook' }).ok).toBe(true);
  });

  // A review (2026-12-05): a 41- to 60-character blank showed unmarked in the panel, and one longer went unflagged by the
  // reply coach when left in a reply; a lesson's title with a line break split `lessons`' one line per lesson.
  it("refuses a new pack's phrase whose blank the panel and coach would not read, and a title of two lines, at their lines", () => {
    const phrases = ['Your refund of [the exact amount we agreed on the phone call with you earlier today] is on its way.', 'Your refund of [amount is on its way.', 'Refunds [] go back to the card.', 'Your [amount] refund is on its way [date].'];
    const source = text(pack([{ ...goodLesson, title: 'Thank a regular\nby name', phrases }]));
    const errors = errorsOf(source);
    const blank = 'writes a blank for the agent as [a few words]: square brackets in pairs, on one line, around 1 to 60 characters';
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      "lessons[0].title: holds a line break; a lesson's title is one line",
      `lessons[0].phrases[0]: ${blank}`,
      `lessons[0].phrases[1]: ${blank}`,
      `lessons[0].phrases[2]: ${blank}`,
    ]);
    for (const [i, error] of errors.slice(1).entries()) expect(source.split('\n')[(error.line ?? 0) - 1]).toContain(JSON.stringify(phrases[i]));
    // A pack already stored or pushed by policy keeps loading as it did.
    expect(validatePack(pack([{ ...goodLesson, title: 'Thank a regular\nby name', phrases }])).ok).toBe(true);
    // The library's own blanks are all read (tests/lesson-phrases.test.ts holds them to the same rule).
    expect(validatePackText(text(pack([{ ...goodLesson, phrases: ['Your [amount] refund of [what it was for] is on its way by [date].', 'Thanks, [name].'] }]))).ok).toBe(true);
  });

  // A review: NUL and Unicode tag characters (U+E0000–U+E007F, which spell hidden ASCII) passed, and Copy or Insert
  // would put them, unseen, into a reply.
  it('refuses a new pack holding control or tag characters, not a flag emoji made with tags', () => {
    const hidden = [...'ignore'].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
    const smuggled = pack([{ ...goodLesson, title: 'Thank a regular\u0000', phrases: [`Thank you for being with us.${hidden}`, goodLesson.phrases[1]] }]);
    const errors = errorsOf(text(smuggled));
    expect(errors.map((e) => e.path)).toEqual(['lessons[0].title', 'lessons[0].phrases[0]']);
    expect(errors[0]?.message).toMatch(/control character U\+0000/);
    expect(errors[1]?.message).toMatch(/invisible tag character U\+E0069/);
    // Scotland's flag is a black flag followed by tags and a cancel tag: it shows, as one flag.
    const scotland = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}';
    expect(validatePackText(text(pack([{ ...goodLesson, phrases: [`Good luck to the team ${scotland}!`, goodLesson.phrases[1]] }]))).ok).toBe(true);
    // Tabs and line ends are text.
    expect(validatePackText(text(pack([{ ...goodLesson, phrases: ['Thank you.\n\tSee you soon.', goodLesson.phrases[1]] }]))).ok).toBe(true);
    expect(validatePack(smuggled).ok).toBe(true); // stored before this check: loads as it did
  });

  it('refuses quotes longer than 25 words and too few phrases', () => {
    const long = { ...goodLesson, phrases: ['Only one.'], source: { article: 'x', quote: Array(30).fill('word').join(' ') } };
    const paths = errorsOf(text(pack([long]))).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['lessons[0].phrases', 'lessons[0].source.quote']));
  });

  it('refuses an oversized pack before parsing it, in exact bytes, counting bytes rather than characters', () => {
    // One byte over must not read as equal to the limit.
    expect(errorsOf(' '.repeat(MAX_PACK_BYTES + 1))).toEqual([{ path: '', message: 'is 1,048,577 bytes; a pack may be at most 1,048,576 bytes (1 MiB)' }]);
    expect(validatePackText(' '.repeat(MAX_PACK_BYTES - 2) + '{}').ok).toBe(false); // at the limit: read, and refused for its content
    expect(errorsOf(' '.repeat(MAX_PACK_BYTES - 2) + '{}')[0]?.message).not.toMatch(/bytes/);
    // 400,000 three-byte characters: 1.2 MB on disk, though fewer than a million characters.
    const wide = JSON.stringify({ ...pack([goodLesson]), description: '€'.repeat(400_000) });
    expect(wide.length).toBeLessThan(MAX_PACK_BYTES);
    expect(errorsOf(wide)[0]?.message).toBe(`is ${(new TextEncoder().encode(wide).length).toLocaleString('en-US')} bytes; a pack may be at most 1,048,576 bytes (1 MiB)`);
    // A character outside the BMP is four bytes, not two surrogates of three.
    const emoji = JSON.stringify({ ...pack([goodLesson]), description: '😀'.repeat(300_000) });
    expect(errorsOf(emoji)[0]?.message).toMatch(new RegExp(`^is ${(new TextEncoder().encode(emoji).length).toLocaleString('en-US')} bytes`));
  });

  it('refuses a pack nested too deep without overflowing the stack, naming the path and line where it goes too deep', () => {
    const deep = `{\n  "format": "extra-mile-pack", "version": 1, "id": "x", "name": "x",\n  "lessons": ${'['.repeat(10_000)}${']'.repeat(10_000)}\n}`;
    const errors = errorsOf(deep);
    expect(errors).toEqual([{ path: `lessons${'[0]'.repeat(MAX_PACK_DEPTH - 1)}`, line: 3, column: 14 + MAX_PACK_DEPTH - 1, message: `nests objects and arrays more than ${MAX_PACK_DEPTH} deep (a pack needs 4)` }]);
    // Keys and indices along the way are named as they are.
    const keyed = `{"lessons": [1, {"a b": ${'{"x":'.repeat(MAX_PACK_DEPTH)}0${'}'.repeat(MAX_PACK_DEPTH)}}]}`;
    expect(errorsOf(keyed)[0]?.path).toBe(`lessons[1]["a b"]${'.x'.repeat(MAX_PACK_DEPTH - 3)}`);
    // The same limit on a value, built without JSON.
    let value: unknown = 0;
    for (let i = 0; i < 100_000; i++) value = [value];
    const verdict = validatePack({ ...pack([]), lessons: value });
    expect(verdict.ok ? [] : verdict.errors).toEqual([{ path: `lessons${'[0]'.repeat(MAX_PACK_DEPTH - 1)}`, message: expect.stringMatching(/more than 16 deep/) }]);
  });

  it('accepts the depth a pack needs and the depth limit itself', () => {
    expect(validatePackText(text(pack([goodLesson]))).ok).toBe(true);
    const atLimit = `{"lessons": ${'['.repeat(MAX_PACK_DEPTH - 1)}${']'.repeat(MAX_PACK_DEPTH - 1)}}`;
    expect(errorsOf(atLimit).some((e) => /deep/.test(e.message))).toBe(false);
  });

  it("refuses a key given twice in one object at the second one's line, naming the first's: JSON keeps the last value", () => {
    // A lesson with "cues" twice: the first list was dropped without a word; "title" twice: the short second title was
    // blamed on the first one's line (a review found both).
    const source = text(pack([goodLesson]))
      .replace('"cues": [', '"cues": ["refund", "money back"],\n      "cues": [')
      .replace('"title": "Thank a regular by name",', '"title": "Thank a regular by name",\n      "title": "Hi",');
    const lines = source.split('\n');
    const line = (needle: string, from = 0) => lines.findIndex((l, i) => i >= from && l.includes(needle)) + 1;
    expect(errorsOf(source)).toEqual([
      { path: 'lessons[0].title', line: line('"title"', line('"title"')), column: 7, message: `is given twice (first at line ${line('"title"')}); JSON keeps only this one, so remove one` },
      { path: 'lessons[0].cues', line: line('"cues"', line('"cues"')), column: 7, message: `is given twice (first at line ${line('"cues"')}); JSON keeps only this one, so remove one` },
    ]);
    // The same keys in different objects are no duplicates.
    expect(validatePackText(text(pack([goodLesson, { ...goodLesson, id: 'another-lesson' }]))).ok).toBe(true);
  });

  it('refuses the built-in pack id and lesson ids the built-in library uses, naming the lesson', () => {
    const taken = BUILTIN_LESSONS[3]!;
    const source = text({ ...pack([goodLesson, { ...goodLesson, id: taken.id }]), id: BUILTIN_PACK.id });
    const errors = errorsOf(source);
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['id', `"${BUILTIN_PACK.id}" is the built-in library's id; choose another`],
      ['lessons[1].id', `"${taken.id}" is the id of the built-in lesson "${taken.title}"; choose another`],
    ]);
    expect(source.split('\n')[(errors[1]?.line ?? 0) - 1]).toContain(`"id": "${taken.id}"`);
  });

  it('refuses a lesson id an installed pack holds, naming the lesson and that pack, but not in the pack it replaces', () => {
    const read = validatePack({ ...pack([goodLesson]), id: 'support-basics', name: 'Support basics' });
    if (!read.ok) throw new Error('expected the installed pack to be valid');
    const installed = read.pack;
    const source = text({ ...pack([{ ...goodLesson, id: 'own-lesson' }, goodLesson]), id: 'team-extras', name: 'Team extras' });
    expect(validatePackText(source).ok).toBe(true); // on its own it is a good pack
    const verdict = validatePackText(source, [installed]);
    const errors = verdict.ok ? [] : verdict.errors;
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['lessons[1].id', `"${goodLesson.id}" is already the id of the lesson "${goodLesson.title}" in the installed pack "Support basics" (support-basics); choose another`],
    ]);
    expect(source.split('\n')[(errors[0]?.line ?? 0) - 1]).toContain(`"id": "${goodLesson.id}"`);
    // A new version of the installed pack itself keeps its lesson ids.
    expect(validatePackText(text({ ...installed, name: 'Support basics, v2' }), [installed]).ok).toBe(true);
  });

  it('lists the problems in the order of their lines, whichever check found them', () => {
    // The id an installed pack holds is found after the schema's problems: an author reads the file from the top.
    const read = validatePack({ ...pack([goodLesson]), id: 'support-basics', name: 'Support basics' });
    if (!read.ok) throw new Error('expected the installed pack to be valid');
    const source = text({ ...pack([goodLesson, { ...goodLesson, id: 'own-lesson', topics: ['kindness'] }]), id: 'team-extras' });
    const verdict = validatePackText(source, [read.pack]);
    const errors = verdict.ok ? [] : verdict.errors;
    expect(errors.map((e) => e.path)).toEqual(['lessons[0].id', 'lessons[1].topics[0]']);
    expect(errors.map((e) => e.line)).toEqual([...errors.map((e) => e.line)].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });

  it('lists at most MAX_PACK_ERRORS errors, each with its line, and says the rest is unchecked', () => {
    // 500 lessons, each with an unknown topic: the check stops reading lessons once it has enough to show.
    const wide = text(pack(Array.from({ length: 500 }, (_, i) => ({ ...goodLesson, id: `l${i}`, topics: ['kindness'] }))));
    const errors = errorsOf(wide);
    expect(errors).toHaveLength(MAX_PACK_ERRORS);
    expect(errors.slice(0, -1).map((e) => e.path)).toEqual(Array.from({ length: MAX_PACK_ERRORS - 1 }, (_, i) => `lessons[${i}].topics[0]`));
    for (const error of errors.slice(0, -1)) expect(wide.split('\n')[(error.line ?? 0) - 1]).toContain('"kindness"');
    expect(errors.at(-1)).toEqual({ path: '', message: '… and perhaps more: the rest of the pack is checked once these are fixed' });
    // Taken ids near the top, found after the schema's problems, are listed, not left out past the 49 while problems
    // further down are shown (a review): 48 unknown topics, then 5 ids of built-in lessons in the first 5 lessons.
    const withTaken = errorsOf(text(pack(Array.from({ length: 48 }, (_, i) => ({ ...goodLesson, id: i < 5 ? BUILTIN_LESSONS[i]!.id : `l${i}`, topics: ['kindness'] })))));
    expect(withTaken).toHaveLength(MAX_PACK_ERRORS);
    expect(withTaken.filter((e) => e.path.endsWith('.id')).map((e) => e.path)).toEqual([0, 1, 2, 3, 4].map((i) => `lessons[${i}].id`));
    expect(withTaken.at(-1)?.message).toBe('… and 4 more problems');
  });

  it('refuses a list longer than any a pack has before checking its items', () => {
    expect(errorsOf(text(pack(Array.from({ length: 501 }, () => goodLesson))))).toEqual([
      { path: 'lessons', line: 6, column: 14, message: 'lists 501 items; a pack holds at most 500' },
    ]);
    const cues = Array.from({ length: 100_000 }, () => 0);
    expect(errorsOf(JSON.stringify(pack([{ ...goodLesson, cues }])))).toEqual([
      { path: 'lessons[0].cues', line: 1, column: expect.any(Number), message: 'lists 100,000 items; no list in a pack holds more than 500' },
    ]);
  });

  it('refuses empty text and values that are not packs', () => {
    expect(errorsOf('')[0]?.message).toBeTruthy();
    expect(validatePack(null).ok).toBe(false);
    expect(validatePack([]).ok).toBe(false);
    expect(validatePack({ ...pack([]) }).ok).toBe(false);
  });
});
