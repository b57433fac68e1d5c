// How cues are read: typos only of non-words, phrases only as phrases, function words never alone, negation, quotes,
// tone, offsets, and a read that stays linear. Small lessons on purpose: each test shows one mechanism.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildCueIndex } from '../src/engine/cues/index';
import { chunkEnd, matchCues, type Hit } from '../src/engine/cues/match';
import { tokenize } from '../src/engine/cues/tokenize';
import { modelWords } from '../src/engine/words';
import { editDistance } from '../src/engine/cues/edit-distance';
import { nearestWords } from '../src/engine/cues/typos';
import { bundledModel } from '../src/engine/index';
import { LessonSchema, type Lesson } from '../src/lessons/schema';
import { BUILTIN_LESSONS } from '../src/lessons/index';

function lesson(id: string, topic: Lesson['topics'][number], cues: string[], signals?: Lesson['signals']): Lesson {
  return v.parse(LessonSchema, {
    id,
    title: `Lesson ${id}`,
    topics: [topic],
    advice: 'Do the thing this lesson is about, carefully and kindly.',
    phrases: ['A phrase to say.', 'Another phrase to say.'],
    cues,
    ...(signals ? { signals } : {}),
    source: { article: 'test', quote: 'a short quote' },
  });
}

const LESSONS = [
  lesson('refund', 'keep-the-promise', ['refund', 'money back', 'broken', 'damaged']),
  lesson('delivery', 'keep-informed', ['never received', 'still waiting', 'where is my order', 'no reply', "where's the"]),
  lesson('transfer', 'ownership', ['transferred', 'nobody can help', 'supervisor', 'staff']),
  lesson('cancel', 'win-them-back', ['cancel', 'switch to', 'rewards', 'lawyer', 'shows']),
  lesson('calm', 'stay-calm', ['ridiculous', 'incompetent', 'still'], ['shouting', 'exclamation', 'contradiction']),
];
const index = buildCueIndex(LESSONS, bundledModel().lexicon);

function hits(text: string): Hit[] {
  return [...matchCues(index, [{ part: 0, text, weight: 1 }]).values()].flatMap((byCue) => [...byCue.values()]);
}
const cuesOf = (text: string) => hits(text).map((h) => h.cue).sort();

describe('cue matching', () => {
  it('reads misspelt cue words as the cue, and says it was a typo', () => {
    for (const [typo, cue] of [
      ['I never recieved it', 'never received'],
      ['I want a refnd now', 'refund'],
      ['I was tranfered to another team', 'transferred'],
      ['please cancle my plan', 'cancel'],
    ] as const) {
      const found = hits(typo).find((h) => h.cue === cue);
      expect(found?.kind, typo).toBe('fuzzy');
    }
  });

  it('never reads one real word as another', () => {
    // Each of these is one edit from a cue word, and each is a word in its own right.
    expect(cuesOf('Best regards, the shoes came with a mobile layer of stuff')).toEqual([]);
  });

  it('never reads a real word as a typo, past the most frequent words too', () => {
    // Rarer real words (a spelling dictionary's, past the lexicon's 50,000) and contractions written without their
    // apostrophe, each close enough to a cue word for typo matching to take it.
    const cues = ['overdraft', 'mistake', 'unbelievable', 'timeline', 'checkout', 'decade', 'waste', 'theatre', 'shoulder'];
    const near = buildCueIndex([lesson('near', 'keep-the-promise', cues)], bundledModel().lexicon);
    const text = 'I was overdrawn, they misstate it, the parcel was undeliverable, wrong timezone, bad checksum, decaf only, it wasnt sent, theyre late, shouldnt be';
    expect([...matchCues(near, [{ part: 0, text, weight: 1 }]).values()].flatMap((byCue) => [...byCue.keys()])).toEqual([]);
    // Misspellings near those cue words are still read as them.
    const misspelt = 'my overdrfat, a mistke, an unbeleivable wait';
    expect([...matchCues(near, [{ part: 0, text: misspelt, weight: 1 }]).values()].flatMap((byCue) => [...byCue.keys()]).sort()).toEqual(['mistake', 'overdraft', 'unbelievable']);
  });

  it('reads a typo as the cue word fewest edits away, and a name two edits from a short cue word as no typo', () => {
    // fuse.js scores "cancle" as close to cancer as to cancel; a swap of neighbours is one edit, cancer two.
    const near = buildCueIndex([lesson('loss', 'empathy', ['cancer', 'expedia']), lesson('leave', 'win-them-back', ['cancel'])], bundledModel().lexicon);
    const found = (text: string) => [...matchCues(near, [{ part: 0, text, weight: 1 }]).values()].flatMap((byCue) => [...byCue.keys()]);
    expect(found('please cancle my plan')).toEqual(['cancel']);
    // "experian" (a credit bureau) is two edits from expedia: a name, not a typo.
    expect(found('experian reported it')).toEqual([]);
    expect(found('I booked on expdia')).toEqual(['expedia']);
  });

  it('counts edits with a swap of neighbours as one, and stops at the cap', () => {
    expect(editDistance('cancle', 'cancel', 3)).toBe(1);
    expect(editDistance('cancle', 'cancer', 3)).toBe(2);
    expect(editDistance('tranfered', 'transferred', 3)).toBe(2);
    expect(editDistance('experian', 'experience', 5)).toBe(3);
    expect(editDistance('experian', 'experience', 2)).toBe(2);
    expect(editDistance('refund', 'refund', 2)).toBe(0);
  });

  // The one rule of a typo for the engine ('first') and the popup's search ('all'): the fewest edits win, whatever the
  // order, and only within the edits allowed.
  it('finds the words fewest edits away: all of them in order, or the first, and none past the edits allowed', () => {
    const words = ['cancer', 'cancels', 'cancel', 'candle'];
    expect(nearestWords('cancle', words, 2, 'all')).toEqual({ words: ['cancel', 'candle'], edits: 1 });
    expect(nearestWords('cancle', words, 2, 'first').words).toEqual(['cancel']);
    expect(nearestWords('cancle', ['cancer', 'cancels'], 2, 'all')).toEqual({ words: ['cancer', 'cancels'], edits: 2 });
    expect(nearestWords('cancle', ['cancer', 'cancels'], 1, 'all').words).toEqual([]);
  });

  it('reads a number in a cue phrase as any count under 100 or a number of as many digits, never an order number', () => {
    const numbered = buildCueIndex([lesson('n', 'keep-the-promise', ['ordered 2', 'error 404', '3 times'])], bundledModel().lexicon);
    const found = (text: string) => [...matchCues(numbered, [{ part: 0, text, weight: 1 }]).values()].flatMap((byCue) => [...byCue.keys()]).sort();
    expect(found('I ordered 12 and got one, error 500, it happened 40 times')).toEqual(['3 times', 'error 404', 'ordered 2']);
    expect(found('my order #20944 shows error 40 or error 4040')).toEqual([]);
    // Zero is no count: "shows 0" is an empty balance, not "shows £1,890" (a helper's insurance ticket, 2026-12-04).
    const zero = buildCueIndex([lesson('z', 'get-to-the-root', ['shows 0', 'reset to 0'])], bundledModel().lexicon);
    const zeros = (text: string) => [...matchCues(zero, [{ part: 0, text, weight: 1 }]).values()].flatMap((byCue) => [...byCue.keys()]).sort();
    expect(zeros('the app shows 0 and the points were reset to 0')).toEqual(['reset to 0', 'shows 0']);
    expect(zeros('the app shows £1,890 and the meter was reset to 12')).toEqual([]);
  });

  it('leaves out cues made only of function words', () => {
    // "where's the" and "still" would match half the tickets anyone writes.
    expect(cuesOf("It's right where the third shelf goes, and it still fits.")).toEqual([]);
  });

  it('reads a word the stemmer joins to a cue word as that word only where it is a form of it', () => {
    const forms = buildCueIndex([lesson('forms', 'no-blame', ['packaging', 'provider', 'owns the', 'new phone', 'frustrated', 'cancel'])], bundledModel().lexicon);
    const cues = (text: string) => [...matchCues(forms, [{ part: 0, text, weight: 1 }]).values()].flatMap((byCue) => [...byCue.keys()]).sort();
    // Other words: a package is no packaging, "provided" no provider, "own" (a function word) no "owns", "news" no "new".
    expect(cues('The package was provided by my own courier, news to me: phone it in')).toEqual([]);
    // Forms and the words derived alike still are: inflections, "cancellation", "frustrating".
    expect(cues('Both providers frustrating me, and the packagings too')).toEqual(['frustrated', 'packaging', 'provider']);
    expect(cues('Cancellation please, this new phones thing')).toEqual(['cancel', 'new phone']);
    // Whichever the lessons use, and both at once: "package" finds only "package", "packaging" only "packaging".
    const both = buildCueIndex([lesson('late', 'keep-informed', ['package']), lesson('broken', 'keep-the-promise', ['packaging'])], bundledModel().lexicon);
    const cuesOf = (text: string) => [...matchCues(both, [{ part: 0, text, weight: 1 }]).values()].flatMap((byCue) => [...byCue.keys()]).sort();
    expect(cuesOf('Opened the package and the charger is not there')).toEqual(['package']);
    expect(cuesOf('The packaging was torn')).toEqual(['packaging']);
    // Function words in a phrase keep their forms: "wanted a refund", "never come back", "whats happening".
    const phrases = buildCueIndex([lesson('leave', 'win-them-back', ['want a refund', 'never coming back', "what's happening"])], bundledModel().lexicon);
    const phrased = [...matchCues(phrases, [{ part: 0, text: 'I wanted a refund and I will never come back. Whats happening with my order?', weight: 1 }]).values()].flatMap((byCue) => [...byCue.keys()]).sort();
    expect(phrased).toEqual(['never coming back', 'want a refund', "what's happening"]);
  });

  it("keeps what is missing apart from what was missed: the stemmer joins them, the lessons' cues do not", () => {
    // "missing" is where-is-it's and wrong-or-missing-item's; "missed the" / "missed my" name-what-it-cost-them's.
    const library = buildCueIndex(BUILTIN_LESSONS, bundledModel().lexicon);
    const cuesOf = (text: string) => [...matchCues(library, [{ part: 0, text, weight: 1 }]).values()].flatMap((byCue) => [...byCue.keys()]).sort();
    expect(cuesOf('I missed my flight and the connection, so I missed the wedding.')).not.toContain('missing');
    expect(cuesOf('The charger was missing the cable')).not.toContain('missed the');
    expect(cuesOf('Two screws missing, and the charger is missing too')).toEqual(expect.arrayContaining(['missing', 'is missing', 'screws missing']));
    expect(cuesOf('I missed my flight because of it')).toContain('missed my');
  });

  it("reads a contraction written without its apostrophe as the contraction, and a word that is one as that word", () => {
    // Customers drop the apostrophe ("doesnt", "cant"): the lessons write it, and their cues are read either way.
    const library = buildCueIndex(BUILTIN_LESSONS, bundledModel().lexicon);
    const cuesOf = (text: string) => [...matchCues(library, [{ part: 0, text, weight: 1 }]).values()].flatMap((byCue) => [...byCue.keys()]).sort();
    expect(cuesOf('the app doesnt work. fix it')).toEqual(cuesOf("the app doesn't work. fix it"));
    expect(cuesOf('i cant log in')).toEqual(cuesOf("i can't log in"));
    expect(cuesOf('engineer didnt turn up')).toEqual(cuesOf("engineer didn't turn up"));
    expect(cuesOf('i cant log in')).toContain("can't log in");
    // Words that are words as written ("well", "were", "ill", "its", "shed") are not read as "we'll", "we're", "I'll"…
    const words = buildCueIndex([lesson('words', 'empathy', ["we'll fix", "we're sorry", "i'll wait", "it's broken"])], bundledModel().lexicon);
    const wordsOf = (text: string) => [...matchCues(words, [{ part: 0, text, weight: 1 }]).values()].flatMap((byCue) => [...byCue.keys()]);
    expect(wordsOf('well fix the shed; were sorry, ill wait, its broken')).toEqual([]);
  });

  it('keeps a disabled person apart from a setting to disable: the stemmer joins them, the lessons do not', () => {
    // "disable" is how-to-step-by-step's (a setting); "i'm disabled" health-and-care-needs'.
    const library = buildCueIndex(BUILTIN_LESSONS, bundledModel().lexicon);
    const cuesOf = (text: string) => [...matchCues(library, [{ part: 0, text, weight: 1 }]).values()].flatMap((byCue) => [...byCue.keys()]).sort();
    expect(cuesOf("I'm disabled and can't carry the parcel up from the locker")).not.toContain('disable');
    expect(cuesOf("I'm disabled and can't carry the parcel up from the locker")).toContain("i'm disabled");
    expect(cuesOf('My disability makes the stairs hard')).not.toContain('disable');
    expect(cuesOf('How do I disable the notifications?')).toContain('disable');
  });

  it('keeps a present apart from a presentation: the stemmer joins them, the lessons do not', () => {
    // "presentation" is urgent-deadline-ahead's; a present for tomorrow (a gift) put that lesson beside a misprinted case.
    const library = buildCueIndex(BUILTIN_LESSONS, bundledModel().lexicon);
    const cuesOf = (text: string) => [...matchCues(library, [{ part: 0, text, weight: 1 }]).values()].flatMap((byCue) => [...byCue.keys()]);
    expect(cuesOf('It was meant to be a present for tomorrow')).not.toContain('presentation');
    expect(cuesOf('I need the slides for my presentations on Monday')).toContain('presentation');
  });

  it('reads a pet put to sleep as a loss', () => {
    const library = buildCueIndex(BUILTIN_LESSONS, bundledModel().lexicon);
    const lessonsOf = (text: string) => [...matchCues(library, [{ part: 0, text, weight: 1 }]).keys()].map((i) => BUILTIN_LESSONS[i]!.id);
    expect(lessonsOf('Please cancel the food subscription. He was put to sleep on Saturday after 14 years.')).toContain('gentle-with-hard-news');
    expect(lessonsOf('Please cancel the dog food subscription. We had him put to sleep on Saturday.')).toContain('gentle-with-hard-news');
    expect(lessonsOf("My laptop won't put to sleep mode when I close the lid.")).not.toContain('gentle-with-hard-news');
  });

  it('reads a warning to others in the words a review writes it', () => {
    const library = buildCueIndex(BUILTIN_LESSONS, bundledModel().lexicon);
    const warned = (text: string) => [...matchCues(library, [{ part: 0, text, weight: 1 }]).keys()].map((i) => BUILTIN_LESSONS[i]!.id).includes('warning-others');
    expect(warned('Overcharged me for 3 months. Avoid this gym chain, seriously, tell your friends.')).toBe(true);
    expect(warned('Steer clear of this shop. Avoid at all costs.')).toBe(true);
    // Not an instruction about a card, nor a wish to avoid a repeat (a review: "don't use" and "avoid this" were cues).
    expect(warned("Don't use my old card for the renewal, I've added a new one.")).toBe(false);
    expect(warned('I was charged twice for my subscription. How can I avoid this happening next month?')).toBe(false);
  });

  it('keeps a charge on the bill apart from a battery that will not charge: the stemmer joins them, the cues do not', () => {
    // "not charged" is billing ("I was not charged twice"); faulty-from-new's battery cues name the battery's sense.
    const library = buildCueIndex(BUILTIN_LESSONS, bundledModel().lexicon);
    const cuesOf = (text: string) => [...matchCues(library, [{ part: 0, text, weight: 1 }]).values()].flatMap((byCue) => [...byCue.keys()]);
    expect(cuesOf('I was not charged twice, that part is fine')).not.toContain('not charging');
    expect(cuesOf('My card was not charged for the upgrade')).not.toContain('not charging');
    // Nor "is not charged" (a review): no cue of the battery's sense starts with "is" or "isn't".
    const billing = [...cuesOf('Please make sure my card is not charged twice'), ...cuesOf("my card isn't charged yet")];
    expect(billing.filter((cue) => /charging/.test(cue))).toEqual([]);
    expect(cuesOf('phone not charging after a week')).toContain('phone not charging');
    expect(cuesOf('the tablet battery not charging any more')).toContain('battery not charging');
    expect(cuesOf('The headphones stopped charging after a week')).toContain('stopped charging');
  });

  it('reads a code or an expiry as a voucher only where the ticket says it is one: a sign-in code or an expired link is not', () => {
    // In our training text "code" follows promo, discount, voucher or referral as often as error, 2FA, verification, SMS
    // or sort, and "expired" is said of links, cards and certificates as of vouchers and points.
    const library = buildCueIndex(BUILTIN_LESSONS, bundledModel().lexicon);
    const vouchers = BUILTIN_LESSONS.findIndex((l) => l.id === 'codes-vouchers-and-points');
    // Its own cues, not the faint words of its text (its title says "Codes").
    const cuesOf = (text: string) => [...(matchCues(library, [{ part: 0, text, weight: 1 }]).get(vouchers)?.values() ?? [])].filter((h) => h.kind !== 'lesson').map((h) => h.cue);
    expect(cuesOf('I need a code from my authenticator and the reset link has expired')).toEqual([]);
    expect(cuesOf('The verification code never arrives by SMS')).toEqual([]);
    expect(cuesOf('my voucher code says invalid at checkout')).toContain('voucher code');
    expect(cuesOf('My voucher expired before I could use it')).toContain('voucher expired');
    expect(cuesOf('half my points expired overnight')).toContain('points expired');
  });

  it("marks a word of a lesson's own text as such, not as one of its cues", () => {
    // "whoever owns the listing" is in not-as-described's advice, not its cues: a mailing list finds it there.
    const library = buildCueIndex(BUILTIN_LESSONS, bundledModel().lexicon);
    const found = [...matchCues(library, [{ part: 0, text: 'Please remove me from your mailing list.', weight: 1 }]).values()].flatMap((byCue) => [...byCue.values()]);
    const listing = found.find((h) => h.cue === 'listing');
    expect(listing?.kind).toBe('lesson');
    // Said so whatever its kind, misspelt too ("listng"): lesson choice reads that (choose.ts).
    expect(listing?.lessonText).toBe(true);
    const misspelt = [...matchCues(library, [{ part: 0, text: 'The listng is wrong.', weight: 1 }]).values()].flatMap((byCue) => [...byCue.values()]).find((h) => h.cue === 'listing');
    expect(misspelt).toMatchObject({ kind: 'fuzzy', lessonText: true });
    expect(hits('my parcel is broken').find((h) => h.cue === 'broken')?.lessonText).toBeUndefined();
    expect(found.filter((h) => h.kind === 'exact').map((h) => h.cue)).toEqual(found.filter((h) => BUILTIN_LESSONS.some((l) => l.cues.includes(h.cue)) && h.kind !== 'fuzzy').map((h) => h.cue));
    expect(hits('my parcel is broken').find((h) => h.cue === 'broken')?.kind).toBe('exact');
  });

  it('matches a cue phrase only as a phrase', () => {
    expect(cuesOf('Where, my friend, is the order I placed?')).not.toContain('where is my order');
    expect(cuesOf('Where is my order?')).toContain('where is my order');
  });

  it('goes on through a cue phrase only within one clause: no comma, dash, line break or left-out word between its words', () => {
    for (const apart of [
      'Is the answer yes or no, reply when you can, thanks.',
      'I want my money - back to the shop it goes.',
      'No — reply needed.',
      'No: reply later.',
      'No\rreply yet',
      'No\u2028reply yet',
      'No\u2029reply yet',
      'Told you no\u3002Reply later',
      `no ${'x'.repeat(41)} reply`,
    ]) {
      expect(cuesOf(apart), apart).not.toContain(apart.includes('money') ? 'money back' : 'no reply');
    }
    expect(cuesOf('Still no reply from anyone.')).toContain('no reply');
    expect(cuesOf('I want my money back.')).toContain('money back');
  });

  it('reads a word with zero-width characters inside it as the word, its offsets those of the text as given', () => {
    const text = 'I want a re\u200bfund, it came dam\u2060aged';
    const found = hits(text);
    expect(found.map((h) => h.cue).sort()).toEqual(['damaged', 'refund']);
    for (const h of found) expect(text.slice(h.start, h.end)).toBe(h.text);
    expect(modelWords('my re\u200bfund').map((w) => w.form)).toEqual(['my', 'refund']);
  });

  it('reads no cue inside a link or a mail address', () => {
    expect(cuesOf('How do I share this link? https://shop.example/help/where-is-my-order/refund-broken')).toEqual([]);
    expect(cuesOf('Send the invoice to refund.broken@damaged-orders.example please')).toEqual([]);
    expect(cuesOf('Send it to www.refund-damaged.example please')).toEqual([]);
    // The words round them are read, and a link parts them ("no <link> reply" is no phrase).
    expect(cuesOf('It arrived broken, see https://imgs.example/a.jpg for the photo')).toEqual(['broken']);
    expect(cuesOf('no https://x.example/y reply')).not.toContain('no reply');
  });

  it('reports where each cue matched, in the ticket’s own words', () => {
    const text = 'Hello.\nThe lamp arrived DAMAGED and I want my money back.';
    const byCue = Object.fromEntries(hits(text).map((h) => [h.cue, h]));
    expect(text.slice(byCue['damaged']!.start, byCue['damaged']!.end)).toBe('DAMAGED');
    expect(byCue['money back']!.text).toBe('money back');
  });

  it('matches accented words whether they are written composed (NFC) or decomposed (NFD), with offsets in the text as given', () => {
    const nfc = 'crème brûlée';
    const nfd = nfc.normalize('NFD');
    for (const cue of [nfc, nfd]) {
      const accented = buildCueIndex([lesson('dessert', 'keep-the-promise', [cue])], bundledModel().lexicon);
      for (const said of [nfc, nfd]) {
        const text = `The ${said} arrived cold.`;
        const found = [...matchCues(accented, [{ part: 0, text, weight: 1 }]).values()].flatMap((byCue) => [...byCue.values()]);
        expect(found.map((h) => text.slice(h.start, h.end)), `cue ${cue === nfc ? 'NFC' : 'NFD'}, ticket ${said === nfc ? 'NFC' : 'NFD'}`).toEqual([said]);
      }
    }
  });

  it('reads capitals from the word as written: a decomposed word of a caseless script is not shouting', () => {
    const tamil = 'கொடு'; // a two-part vowel sign: not in composed form as typed decomposed
    for (const said of [tamil, tamil.normalize('NFD'), 'DAMAGED']) {
      const [token] = tokenize(said);
      expect(token?.capitals, said).toBe(said === 'DAMAGED');
    }
  });

  it('counts a negated cue far less than the same cue said plainly, and a quoted one less', () => {
    const value = (text: string, cue: string) => hits(text).find((h) => h.cue === cue)?.value ?? 0;
    expect(value('The box is not broken, thanks.', 'broken')).toBeLessThan(value('The box is broken.', 'broken') * 0.3);
    expect(value('You wrote:\n> I want a refund.', 'refund')).toBeLessThan(value('I want a refund.', 'refund'));
  });

  // Only within its clause; and "don't want to" is as often a complaint: those stay plain.
  it.each([
    ['No need to speak to a supervisor, I just need the invoice.', 'supervisor', 'negated'],
    ["I'm not going to cancel my plan, don't worry.", 'cancel', 'negated'],
    ['I am not planning to switch to another bank.', 'switch to', 'negated'],
    ['Not a single broken glass, well packed!', 'broken', 'negated'],
    ["No need to reply, but if it isn't here Friday I'll cancel.", 'cancel', 'plain'],
    ["I don't want to wait another week for my refund.", 'refund', 'plain'],
    ['I need a refund, it is broken.', 'refund', 'plain'],
    // Up to the next need: the apology is not wanted, the refund is.
    ["I don't need an apology I need a refund for the broken blender.", 'broken', 'plain'],
    // Read in steps of its own: a run of needs is no search back over every one of them.
    [`I ${'need '.repeat(200)}a refund`, 'refund', 'plain'],
  ])('reads a negated need or intention as reaching the rest of its clause: "%s" has "%s" %s', (text, cue, context) => {
    expect(hits(text).find((h) => h.cue === cue)?.context).toBe(context);
  });

  it('hears shouting, exclamation and contradicting reports as tone', () => {
    expect(hits('WHY IS NOBODY ANSWERING').some((h) => h.kind === 'tone' && h.cue === 'shouting')).toBe(true);
    expect(hits('Where is it!!!').some((h) => h.cue === 'exclamation')).toBe(true);
    expect(hits('One agent said yes, the other told me no.').some((h) => h.cue === 'contradiction')).toBe(true);
    expect(hits('The agent said Friday but the website says Monday.').some((h) => h.cue === 'contradiction')).toBe(true);
  });

  it('hears shouting in capitals said in a row or at length, not in codes of three letters', () => {
    const shouts = (text: string) => hits(text).some((h) => h.kind === 'tone' && h.cue === 'shouting');
    for (const loud of ['WHY DID I PAY for this', 'where is my bag WHY IS NOBODY ANSWERING', 'this is a JOKE. WHERE is my REFUND', 'UNACCEPTABLE']) expect(shouts(loud), loud).toBe(true);
    for (const calm of ['Can you confirm my flight LHR to JFK on BA is still ON TIME?', 'My PIN and the OTP from the SMS do not work', 'NOT HAPPY']) expect(shouts(calm), calm).toBe(false);
  });

  it('hears no contradiction in plain reported speech', () => {
    // Two reports, nothing set against the other: a relay of what was said, not two staff saying opposite things.
    expect(hits('My husband said the courier told him it was delivered.').some((h) => h.cue === 'contradiction')).toBe(false);
    expect(hits('She said she would call. He said the same.').some((h) => h.cue === 'contradiction')).toBe(false);
    // Reports sentences apart, or a contrast word that sets nothing against a report ("a while").
    expect(hits('I was told it would ship Monday. It is now Friday. My husband says hi.').some((h) => h.cue === 'contradiction')).toBe(false);
    expect(hits('The agent told me to wait a while, which I did, and she said she would call.').some((h) => h.cue === 'contradiction')).toBe(false);
    // The next sentence may set one against the other; the span starts at the report nearest before the contrast.
    const found = hits('My husband said the courier told him Friday. Now the tracking says Monday.').find((h) => h.cue === 'contradiction');
    expect(found?.text).toBe('told him Friday. Now the tracking says');
  });

  it('cuts long text at a line or sentence break found within the chunk, so no search runs back to the start', () => {
    const flat = 'word '.repeat(4000); // 20,000 characters, no line break, no full stop
    const end = chunkEnd(flat, 0);
    expect(end).toBeGreaterThan(8000);
    expect(end).toBeLessThanOrEqual(8192);
    expect(flat[end - 1]).toBe(' ');
    const lines = 'a line\n'.repeat(3000);
    expect(lines[chunkEnd(lines, 0) - 1]).toBe('\n');
    expect(chunkEnd('short', 0)).toBe(5);
  });
});
