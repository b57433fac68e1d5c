// Cuts what ends a message but is not the customer's words: a client's tagline, a signature's contact block (the
// sign-off and name stay: text/sign-off.ts finds them), a legal footer.
import { findSignOff, givesContact, goesOnAsWords, isSentence, isSignatureLine, lastWithText, looksLikeName, lowerCaseWords, nextNonEmpty, POSTSCRIPT, signatureBlock } from '../../text/sign-off';

// Mobile and client taglines that end a message; in other languages only as a line of their own ("Von meinem Konto wurde
// zweimal abgebucht." and "Inviato da Amazon il 3 marzo." are the customer's), in Russian and Japanese as public
// mail-cleaning code in the research index writes them (its repositories unnamed), naming the device ("Отправлено с
// опозданием" is the customer's: sent late), in Turkish as a reading round wrote them (2026-12-05).
// In English, "Sent from my …" and "Sent via …" only where a device or a mail app is named, or (from my) in three words
// or fewer: "Sent from my work email last Tuesday, still no answer" and "Sent via DPD on 30 April…" are the customer's
// (a reading round, 2026-12-05); mail apps' own lines as before.
const DEVICE_WORDS = /\b(?:iphone|ipad|ipod|android|phone|smartphone|mobile|tablet|device|galaxy|samsung|blackberry|pixel|huawei|xiaomi|nokia|motorola|oneplus|oppo|htc|xperia|kindle|watch|lte|[45]g|wireless|verizon|t-mobile|at&t|superhuman|k-9 mail)\b/i;
const APP_TAGLINE = /^(?:Sent from (?:Mail|Outlook|Yahoo Mail|Gmail|AOL|Proton ?Mail)\b|Sent with Proton ?Mail\b|Get Outlook for \w+|Sent from the [\w ]{1,30} app(?: for (?:iOS|Android|iPhone|iPad|Windows|Mac))?[.!]?$)/i;
const SENT_FROM = /^Sent (from|via) (?:my |the )?(.{1,200})$/i;
function englishTagline(line: string): boolean {
  if (APP_TAGLINE.test(line)) return true;
  const sent = SENT_FROM.exec(line);
  if (!sent) return false;
  const words = (sent[2] ?? '').split(/\s+/);
  return DEVICE_WORDS.test(words.slice(0, 10).join(' ')) || (/^Sent from my\b/i.test(line) && words.length <= 3 && !/[.!?]$/.test(line));
}
const OTHER_TAGLINE =
  /^(?:Von meinem [\w -]{2,40} gesendet|Gesendet mit der [\w. -]{2,40} App|(?:Skickat från|Sendt fra) min (?:iPhone|iPad|Android[\w -]{0,30}|mobil\w{0,8}|telefon)|Obtener Outlook para \w+|Outlook für \w+ beziehen|Télécharger Outlook pour \w+|(?:Gesendet von meinem|Envoyé de(?:puis)? mon|Enviado d(?:esde mi|o meu)|Inviato dal mio|(?:Verzonden|Verstuurd) (?:met|vanaf) mijn) [\w -]{2,40}|Inviato da iP(?:hone|ad)|Отправлено с (?:моего )?(?:iPhone|iPad|Android)|Отправлено из мобильной (?:Почты Mail(?:\.ru)?|Яндекс\.Почты)|iP(?:hone|ad)から送信|iP(?:hone|ad)['’](?:umdan|imden) gönderildi)\.?$/i;
const TAGLINE = { test: (line: string): boolean => englishTagline(line) || OTHER_TAGLINE.test(line) };
// Trailing paragraphs that are boilerplate, not the customer's words.
const FOOTER: readonly RegExp[] = [
  /\b(?:confidentiality notice|disclaimer|legal notice)\s*:/i,
  // Not where someone's sending follows: "the email you sent me contains another customer's confidential details" is a
  // customer's (a reading round, 2026-12-05).
  /\b(?:this|the) (?:e-?mail|message|communication|transmission)\b(?! (?:you|I|we|they|he|she)\b).{0,120}\b(?:is|are|may be|contains?)\b.{0,60}\b(?:confidential|privileged)/i,
  /\bintended (?:solely |only )?for the (?:use of the )?(?:individual|addressee|named recipient|recipient)/i,
  /\bif you (?:are not the intended recipient|have received this (?:e-?mail|message|communication) in error)/i,
  /\bplease consider the environment before printing\b/i,
  // A mail gateway's stamp ("This e-mail has been scanned for viruses by Sophos Email Security.", "… by Mimecast Ltd."):
  // two reading rounds, 2026-12-05.
  /^(?:this|the) (?:e-?mail|message)(?: and (?:any |its )?attachments?)? (?:has|have) been (?:scanned|checked)\b.{0,30}\b(?:viruses|virus|malware|spam)\b/i,
  // A note on the writer's hours, a line saying only that, perhaps after a sentence on hours ("My working hours may not
  // be your working hours. Please don't feel obliged to reply outside of yours.", a blind reading round, 2026-12-05);
  // not a customer's "don't feel obliged to reply outside office hours, but I do need…" (a review).
  /^(?:[^.!?;]{0,100}\bhours\b[^.!?;]{0,40}[.!?;]\s*)?(?:please )?(?:don['’]t|do not) feel (?:obliged|obligated|pressured|any pressure) to (?:reply|respond|answer)\b[^.!?;,]{0,20}\boutside (?:of )?(?:your|yours)\b[^.!?;,]{0,30}[.!]?$/i,
];
// Read in a customer's message only (since 2026-12-05; an agent's draft is read as before): a company's register, in
// English, German and Dutch footers ("Registered office: …", "Sitz der Gesellschaft: …, Registergericht … HRB 123456",
// "KvK 12345678"), and a mailing's footer inside a forward ("You're receiving this email because you bought from us").
const REGISTER = /\bregistered in (?:england|scotland|wales|ireland|northern ireland)\b|\bregistered office\s?:|\bsitz der gesellschaft\b|\bregistergericht\b|\bhandelsregister\b|\bHRB \d|\bKvK:? ?\d{8}\b/i;
const MAILING = /\byou(?:'re| are) receiving this (?:e-?mail|message|newsletter)\b/i;

// A legal footer in other words or languages says, at a footer's length, that it is confidential or whom it is for,
// and one more of the things footers say: that it may have come in error, that only they may read it, what others may
// not do, whom to tell; and it speaks of no one and asks nothing (isFooter): a customer's request with two such
// words says "I", "we", "meine" ("I was charged twice in error. I used the card solely for…", two reviews). One mark
// alone, or a short line, is a customer's too. The words: English, German, Spanish, French, Dutch, Italian, Polish and
// Czech footers as two reading rounds (2026-12-05) wrote them, and their usual variants. Not Portuguese: its customers
// leave out "eu" ("Recebi por engano uma mensagem confidencial…"), and a review found eight such complaints cut. A
// footer that says "please notify us" is read, as it was before: losing a request costs more than reading a footer.
const WHO_FOR: readonly RegExp[] = [
  /\b(?:confidential|privileged|vertraulich|confidencial|confidentiel|vertrouwelijk|riservat|poufn|důvěrn)/i,
  /\b(?:addressee|(?:intended|named) recipient|empfänger|adressat|destinatari|destinataire|geadresseerde|adresat|příjemc)/i,
];
const FOOTER_MARKS: readonly RegExp[] = [
  ...WHO_FOR,
  /\b(?:in error|irrtümlich|fälschlich|por error|par erreur|per errore|per vergissing|omyłkowo|omylem)\b/i,
  /\b(?:solely|exclusively|ausschließlich|exclusivamente|exclusivement|esclusivamente|uitsluitend|wyłącznie|výhradně)\b/i,
  /\b(?:prohibited|strictly forbidden|untersagt|nicht gestattet|prohibid[ao]|interdit|vietat[ao]|niet toegestaan|zabronion[ey]|zakázán)/i,
  /\b(?:notify the sender|absender|remitente|expéditeur|mittente|afzender|verzender|nadawc|odesílatel)/i,
];
const LEGAL_FOOTER_LENGTH = 100;
/** The writer alone, in those languages ("I", "my", "ich", "je", "mijn"…); "I'm" and "I've" hold "i" as a word.
 * Portuguese "eu" is left out: "(UE)" names the Union in every data notice. */
const SINGULAR_WORDS = 'i|my|me|mine|ich|mein\\w*|mich|mir|je|j|mon|ma|mes|moi|yo|mis?|io|mio|mia|ik|mijn|ja|mój|moja|moje|mnie|já|můj|meu|minha|meus|minhas';
/** The writer's side ("we", "our", "uns", "unsere", "nous"…). */
const PLURAL_WORDS = 'we|us|our|ours|wir|uns|unser\\w*|nous|notre|nos|nosotros|nuestr[oa]s?|noi|nostr[oaei]|wij|ons|onze|nasz\\w*|náš|naše|noss[oa]s?|voss[oa]s?';
/** A writer speaking of themselves or their side. */
const FIRST_PERSON = new RegExp(`\\b(?:${SINGULAR_WORDS}|${PLURAL_WORDS})\\b`, 'i');
/**
 * A data-protection notice (reading rounds, 2026-12-05: Spanish, Polish, French and South African POPIA ones read as the customer's): it names
 * the law or personal data, and the processing, the reader's rights or who controls the data, at a footer's length. A
 * company says "we" and "our" in it, a customer writing about their data says I or my, asks or needs something
 * ("Under the GDPR I ask for a copy of all personal data you hold about me").
 */
const DATA_LAW = /\b(?:gdpr|rgpd|dsgvo|rodo|popia|popi act|2016\/679|data protection|personal data|personal information|datenschutz\w*|personenbezogen\w*|protección de datos|datos personales|dati personali|protezione dei dati|données personnelles|protection des données|persoonsgegevens|danych osobowych|osobních údajů)/i;
const DATA_PROCESSING = /\b(?:process\w*|rights?|controller|regulation|privacy|tratad\w*|tratamiento|derechos?|reglamento|verarbeit\w*|rechte?|verantwortlich\w*|traitement|droits?|trattament\w*|diritt[oi]|titolare|verwerk\w*|rechten|przetwarzani\w*|administrator\w*|prawa|zpracování|práva|správce)/i;
const WRITER_ALONE = new RegExp(`\\b(?:${SINGULAR_WORDS})\\b`, 'i');
const NEEDS = /\b(?:need|needs|want|would like|require|request|ask|please|bitte|por favor|s'il vous plaît|per favore|proszę|prosím)\b/i;
const isDataNotice = (text: string): boolean =>
  text.length >= LEGAL_FOOTER_LENGTH && DATA_LAW.test(text) && DATA_PROCESSING.test(text) && !WRITER_ALONE.test(text) && !NEEDS.test(text) && !text.includes('?');

const isLegalFooter = (text: string): boolean => text.length >= LEGAL_FOOTER_LENGTH && WHO_FOR.some((re) => re.test(text)) && FOOTER_MARKS.filter((re) => re.test(text)).length >= 2;

/** What a phone's tagline often says under it ("Please excuse the brevity and any typos"): the tagline's too. */
const EXCUSES_BREVITY = /^(?:please )?(?:excuse|pardon|forgive) (?:the |my |any )?(?:brevity|typos|spelling)(?: and (?:any |the |my )?(?:brevity|typos|spelling(?: mistakes)?|autocorrect))?[.!]?$/i;

/** A mail client's tagline: "Sent from my iPhone", "Von meinem iPad gesendet". */
export const isTagline = (line: string): boolean => TAGLINE.test(line.trim());

/**
 * A tagline and what stands under it go (a reply header the header patterns do not know, a contact block), unless the
 * customer typed on under it: then the tagline's line alone ("Sent from my iPhone\nActually the receipt number is…").
 */
export function cutTagline(lines: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (i === 0 || !TAGLINE.test(line.trim())) {
      kept.push(line);
      continue;
    }
    const next = nextNonEmpty(lines, i + 1);
    // A plea for brevity under it is the tagline's too, where nothing follows or the customer's sentences do; over a
    // reference ("Order 5512", "iOS 17.4, app v3.2.1") it stays with it, as before (a review, 2026-12-05).
    if (next >= 0 && EXCUSES_BREVITY.test((lines[next] ?? '').trim())) {
      const after = nextNonEmpty(lines, next + 1);
      if (after < 0) break;
      if (goesOn(lines[after] ?? '')) i = next;
      continue;
    }
    if (next < 0 || !goesOn(lines[next] ?? '')) break;
  }
  return kept;
}

export function cutSignature(lines: string[], draft = false): string[] {
  // The standard delimiter "-- " (RFC 3676), also "--" once trailing spaces were trimmed; in a customer's message not
  // on its first line. A customer's "P.S." under it is theirs again.
  const delimiter = lines.findIndex((line, i) => (i > 0 || draft) && /^--\s?$/.test(line));
  if (delimiter >= 0) {
    const postscript = draft ? -1 : lines.findIndex((line, i) => i > delimiter && POSTSCRIPT.test(line.trim()));
    lines = [...lines.slice(0, delimiter), ...(postscript >= 0 ? lines.slice(postscript) : [])];
  }
  // A sign-off near the end keeps itself and the name after it; a contact block below the name goes.
  // The sign-off and name stay because they are the customer's words (and tone).
  const signOff = findSignOff(lines, draft);
  if (!signOff) return draft ? lines : cutUnsignedBlock(lines);
  const cut = lines.slice(0, signOff.name + 1);
  // A sentence under the name is the customer going on ("Forgot to say - can you send the XL instead?"), not a contact
  // line: it stays, the contact lines round it go (a reading round, 2026-12-05: cutting the block lost their request).
  // A long line that is no footer may be anything: the block is kept whole.
  if (!draft) {
    const below = lines.slice(signOff.name + 1, signOff.end);
    const after = lines.slice(signOff.end);
    // Where the customer's last words before signing point to a new address they do not give there, the lines under
    // their name may be it: read whole ("…enviem a substituição para a nova morada." over a closing, a name and the
    // address, a review, 2026-12-05). Not wherever an address or details are named: seven reading rounds' signatures
    // were then read whole in nine messages; nor where the address is given above (two more).
    const lastSaid = lastWithText(lines, signOff.at);
    const pointed = NEW_ADDRESS.exec(lastSaid);
    // So too where those last words point down ("enviad el pedido a mi nueva oficina:", a blind round; "o NIF correto
    // está abaixo.", "call me on the number below", two reviews, 2026-12-05). Not wherever they ask for a call: "Please
    // have someone call me today" over a signature with a mobile number is the commoner (a blind round).
    const points = pointsDown(lastSaid) || (pointed !== null && !/\d/.test(lastSaid.slice(pointed.index)));
    if (points && below.some((line) => /\d/.test(line))) return lines;
    // A "P.S." under the block stays a paragraph of its own.
    return below.every((line) => line.trim().length <= 80 || isFooter(line)) ? [...cut, ...below.filter(goesOnUnderName), ...(after.length ? ['', ...after] : [])] : lines;
  }
  // A draft loses only a block that is surely the company's signature; one that may be (signatureTail) stays, and its
  // lines can break a check but never keep one (coach/check.ts).
  return signatureBlock(lines.slice(signOff.name + 1), signOff.closing) === 'signature' ? cut : lines;
}

/**
 * A customer's signature with no sign-off above it ("Daniel Osei" over "Operations Lead | Fernway Events" and "+44 7700
 * 900456 | daniel@…"): the name stays, as under a sign-off, and the lines under it go but those going on
 * (goesOnUnderName). A signature's lines read as the customer's were the commonest miss of five reading rounds
 * (2026-12-05: in 26 of the 45 messages read wrong, most of them blocks with no sign-off). Details a customer gives
 * under a name look the same (a new number, an address, a colleague's mail, bank details, a product's serial), so a
 * block is cut only where it is surely a signature (a review, 2026-12-05, found 28 such messages cut by the first
 * version):
 * - it is the message's last lines, a P.S. and footer paragraphs aside, that a signature can hold (inUnsignedBlock),
 *   at most UNSIGNED_LINES; its first line reads as a name, with no digit;
 * - under the name, two lines or more: a number, mail or web address standing alone (givesContact), and a title, a
 *   company or a web address (SAYS_WHO); below the last contact line only what ends a signature (endsSignature);
 * - above it, the customer's words end a sentence on the line right above, or a paragraph of theirs before does,
 *   not in ":"; they ask for no call or mail (ASKS_CONTACT) and speak of no address or details (GIVES_DETAILS);
 * - not two pages deep in a site, nor two people with their mails: a list the customer gives.
 */
function cutUnsignedBlock(lines: string[]): string[] {
  // A P.S. stays the customer's, as under a sign-off.
  const postscript = lines.findIndex((line, i) => i >= lines.length - UNSIGNED_LINES - 4 && POSTSCRIPT.test(line.trim()));
  let end = postscript >= 0 ? postscript : lines.length;
  // Footer paragraphs at the end (a confidentiality notice under the signature) are passed, a few; cutFooter takes them.
  for (let passed = 0; passed <= UNSIGNED_FOOTERS; passed++) {
    while (end > 0 && !(lines[end - 1] ?? '').trim()) end--;
    let start = end;
    while (start > 0 && (lines[start - 1] ?? '').trim()) start--;
    if (start === 0 || start === end || !isFooter(lines.slice(start, end).join('\n'))) break;
    const head = signatureOverFooter(lines.slice(start, end));
    end = start + head;
    if (head) break;
  }
  let name = end;
  while (name > 0 && name >= end - UNSIGNED_LINES && inUnsignedBlock(lines[name - 1] ?? '')) name--;
  const top = (lines[name] ?? '').trim();
  const under = lines.slice(name + 1, end).filter((line) => line.trim());
  if (under.length < 2 || end - name > UNSIGNED_LINES || /\d/.test(top) || !looksLikeName(top)) return lines;
  let lastContact = under.length - 1;
  while (lastContact >= 0 && !givesContact(under[lastContact] ?? '')) lastContact--;
  if (lastContact < 0 || !under.some((line) => SAYS_WHO.test(line))) return lines;
  // A signature's web addresses are sites (a shop beside the site) and a profile; two pages deep in a site are what the
  // customer lists ("Which of these plans do I need?" over each plan's name and page, a review, 2026-12-05).
  if (under.filter((line) => WEB_PAGE.test(line) && !PROFILE.test(line)).length > 1) return lines;
  // Nor does it give two mail addresses: two are people the customer lists ("please add them" over two names, their
  // titles and mails, a review, 2026-12-05).
  if (under.filter((line) => /\S@\S/.test(line)).length > 1 && under.some((line) => looksLikeName(line) && !/\d|@/.test(line) && !SAYS_WHO.test(line) && !givesContact(line))) return lines;
  if (!under.slice(lastContact + 1).every(endsSignature)) return lines;
  const above = (lines[name - 1] ?? '').trim();
  const before = lastWithText(lines, name);
  if (above ? !/[.!?]$/.test(above) : !before || before.endsWith(':')) return lines;
  const told = lines.slice(0, end);
  if (told.some((line) => GIVES_DETAILS.test(line)) || lines.slice(0, name).some((line) => ASKS_CONTACT.test(line))) return lines;
  return [...lines.slice(0, name + 1), ...lines.slice(name + 1, end).filter(goesOnUnderName), ...lines.slice(end)];
}

/** A web address in a line; one with a page's path in it; and a profile's (one name under the site: a signature's). */
const WEB_ADDRESS = /(?:^|\s)(?:www\.|https?:\/\/)|\blinkedin\.com\b/i;
const WEB_PAGE = /(?:^|\s)(?:https?:\/\/|www\.)[^\s/]+\/[^\s/?#]+/i;
const PROFILE = /\b(?:linkedin\.com\/(?:in|company)\/|xing\.com\/profile\/|(?:twitter|x|facebook|instagram|tiktok)\.com\/@?)[^\s/?#]+\/?(?:[?#]\S*)?(?:\s|$)/i;

/** At most so many lines in a signature with no sign-off, and footer paragraphs passed under it: a page's thousands of
 * short lines are not walked. */
const UNSIGNED_LINES = 12;
const UNSIGNED_FOOTERS = 3;

/**
 * A line saying who the writer is at work: a title ("Operations Lead", "Head of Finance Operations", "IT-Leitung"), a
 * company by its ending ("Halvorsen Construction, Inc.", "Nordlys Logistics AS", "Becker & Söhne GmbH"), or a web
 * address (not a mail's domain). A customer giving a number or a mail under a name gives none of these.
 */
const SAYS_WHO = {
  test: (line: string): boolean =>
    line.split(/\s[|·•]\s|\s[–—]\s|,\s/).some((part) => TITLE_START.test(part.trim()) || TITLE_END.test(part.trim())) ||
    COMPANY_NAME.test(line) ||
    WEB_ADDRESS.test(line),
};
/** A title starting so: "Director of sales and marketing", "Head of Operations", "Directora de ventas". */
const TITLE_START =
  /^(?:senior |junior |deputy |assistant |vice )?(?:director|directora|directeur|directrice|direktor|head|manager|managing|responsable|responsabile|gerente|jefe|jefa|chef|leiter|leiterin|coordinator|coordinadora|officer|lead|specialist|assistant|owner|founder|co-founder|ceo|cfo|coo|cto|partner|consultant|engineer|analyst|administrator|secretary|president|chair|treasurer)\b/i;
/** A title ending so: "Operations Lead", "Marketing Manager", "Project Manager", "IT-Leitung", "Office Manager". */
const TITLE_END = /\b(?:lead|manager|director|officer|coordinator|specialist|engineer|consultant|administrator|assistant|executive|representative|supervisor|owner|founder|partner|president|analyst|buyer|accountant|leitung|leiter|leiterin|gerente|directeur|directrice|responsable|kierownik|specjalista)$/i;
/** A company's name by its legal form. */
const COMPANY_NAME = /\b(?:ltd|limited|llc|llp|inc|corp|plc|gmbh|ag|as|asa|ab|oy|sa|sas|sarl|srl|spa|s\.?p\.?a|bv|nv|ltda|pty|kg|sp\. z o\.o|co\.,? ltd)\.?(?:\s|$|,)/i;

/**
 * The customer speaks of an address or their details, above their name or under it ("New address", "New Number"):
 * the lines under their name may be what they give ("Please send the replacement to my work address instead" over
 * "Jane Smith", "Acme Ltd, 4 Mill Lane", "Can you resend it to my office instead?", "Bitte ändern Sie meine
 * Lieferadresse", two reviews, 2026-12-05).
 */
const GIVES_DETAILS =
  /\b(?:address(?:es)?|details|(?:re)?(?:send|deliver|ship|post|courier|forward|mail|redirect|invoice|bill)\w*(?: \p{L}+){0,3} (?:to|instead)\b|post ?code|zip code|new (?:number|phone|mobile|email|e-mail|contact)|(?:phone|mobile|contact|e-?mail) (?:number|address|details|info)|bank|account number|sort code|iban|konto|anschrift|direcci[oó]n|indirizzo|endereço|morada)\b|adress\w*|\badres\b/iu;

/** The customer's words point to what follows: they end in ":" or say it is below. */
const pointsDown = (line: string): boolean => /:$/.test(line.trim()) || DETAILS_BELOW.test(line);
/** Details named as below: "call me on the number below", "o NIF correto está abaixo", "my direct line below"; not "the
 * error below", "below zero", "der Knopf unten links" (a review, 2026-12-05). */
const DETAILS_BELOW =
  /\b(?:number|phone|mobile|line|e-?mail|address|details|contact|info(?:rmation)?|iban|account|sort code|postcode|post code|bank|nif|vat|morada|endereço|dados|número|conta|adresse|coordonnées|numéro|rib|compte|daten|nummer|anschrift|konto|datos|dirección|numero|cuenta|indirizzo|dati|gegevens|adres|rekening|dane|numer)\b[^.!?]{0,30}?(?:below|abaixo|unten|ci-dessous|abajo|sotto|hieronder|poniżej|nedan)(?![\p{L}])|\b(?:see|siehe|voir|ver|veja|vedi|zie|zobacz) (?:below|unten|ci-dessous|abajo|abaixo|sotto|hieronder|poniżej)(?![\p{L}])/iu;

/** The customer gives a new address or one below, in the languages of the closings read ("please send it to my new
 * address", "para a nova morada", "an meine neue Anschrift", "the address below"). */
const NEW_ADDRESS =
  /\b(?:new|nova|novo|neue[nr]?|nouvelle|nueva|nuevo|nuova|nuovo|nieuwe?|nowy)\s(?:\S+\s){0,2}(?:address|morada|endereço|adresse|anschrift|dirección|domicilio|indirizzo|adres)|\b(?:home|work|office) address instead\b|\b(?:address|adresse|anschrift|morada|endereço|dirección|indirizzo|adres)\b[^.!?]{0,20}\b(?:below|abaixo|unten|ci-dessous|abajo|sotto|hieronder|poniżej)\b/iu;

/** The customer asks to be called or written to: the number or mail under their name is where ("call me back on the
 * number below", "change the email to the one below", "Bitte rufen Sie mich an", "Pouvez-vous me rappeler ?"); not
 * "Following up again on the invoice". */
const ASKS_CONTACT =
  /\b(?:call|ring|phone|text|reach|contact|email|e-mail|message|whatsapp) (?:me|us)\b|\bcall (?:me )?back\b|\b(?:number|phone|mobile|contact|e-?mail|one)\b[^.\n]{0,30}\bbelow\b|\brufen sie (?:mich|uns)\b|\bzurückrufen\b|\brappeler\b|\bll[aá]m(?:ame|enme)\b|\bterugbellen\b|\bbel (?:me|ons)\b/i;

/** A line a signature with no sign-off can hold: a signature's, a footer's, or a short one that is not words going on
 * ("Karl Johans gate 22, 0159 Oslo", "Purchasing Dept."). */
const inUnsignedBlock = (line: string): boolean => {
  const text = line.trim();
  return text !== '' && (isSignatureLine(text) || isFooter(text) || (text.length <= 80 && !goesOnUnderName(text) && !ENDS_AS_WORDS.test(text)));
};
/**
 * A line below a signature's last number or address that is the signature's too: a name, title or contact, a footer,
 * who the writer is (SAYS_WHO), a saying in quotation marks, an address with its numbers, or words all capitalised
 * ("Purchasing Dept."); not the
 * customer going on in a few words ("asap pls", "Need it Friday", a review, 2026-12-05).
 */
function endsSignature(line: string): boolean {
  const text = line.trim();
  return isSignatureLine(text) || isFooter(text) || SAYS_WHO.test(text) || SAYING.test(text) || /\d/.test(text) || lowerCaseWords(text.split(/\s+/)) === 0;
}

/** A short line the customer ends as words do ("Still waiting.", "Urgent!", "ok?"), not an abbreviation ("Purchasing
 * Dept.", "Acme Co."). */
const ENDS_AS_WORDS = /(?:[!?]|[\p{Ll}]{4,}\.)$/u;

// Which line is the writer going on, not a signature's (a reading of both files):
//   goesOnAsWords (text/sign-off.ts)  three words in lower case, or a question: no name, title or company's name;
//   isSentence (text/sign-off.ts)     four words or more, ending as a sentence does;
//   goesOn                            both, and no footer: a line under a client's tagline or a customer's name;
//   goesOnUnderName                   goesOn, or a reference, a request or words with no full stop: under a name.
/**
 * A line that is the customer going on: a sentence or a question with words of a sentence in it (three in lower case),
 * not a company's name ("Infotrex Solutions Pvt. Ltd.", "Registered in England and Wales No. 0881.") nor a footer's
 * boilerplate.
 */
function goesOn(line: string): boolean {
  const text = line.trim();
  return (isSentence(text) || /\?$/.test(text)) && goesOnAsWords(text) && !isFooter(text);
}

/**
 * A line under a customer's name that is them going on: as goesOn; a reference to what it is about ("Order 55123 -
 * laptop ruined", "Order ID: 408-1234567-1234567"); words of a sentence with no full stop ("I want my money back",
 * "also the charger is missing": four in lower case) or asking ("Kindly refund one payment"). Not a signature's line,
 * a saying in quotation marks, a footer, nor the signature's words (SIGNATURE_WORDS). Two reviews (2026-12-05) found
 * requests and order numbers under the name cut as a contact block, and then titles and promotions read.
 */
function goesOnUnderName(line: string): boolean {
  const text = line.trim();
  if (goesOn(text) || ORDER_REFERENCE.test(text)) return true;
  if (isFooter(text) || isSignatureLine(text) || SAYING.test(text) || SIGNATURE_WORDS.some((re) => re.test(text))) return false;
  const words = text.split(/\s+/);
  return lowerCaseWords(words) >= 4 || (REQUEST.test(text) && words.length >= 3);
}
/** A saying in a signature: a line in quotation marks, perhaps with its author ("“Hire for attitude.” – R. Branson"). */
const SAYING = /^["“„«'‘][^"“”„«»]{3,300}["”“»'’]\s*(?:[-–—~]\s*[^"“”]{1,60})?$/;
/**
 * An order's, a booking's or a parcel's number named as such, or the customer's own ("Customer number: 4471-2289", a
 * blind reading round, 2026-12-05); not a help line's ("Customer Service: 0800 …").
 */
const ORDER_REFERENCE =
  /\b(?:order|ordernr|bestellung|bestellnummer|commande|pedido|encomenda|nif|nipc|ordine|zamówienie|sipariş|booking|reservation|tracking|invoice|ticket|case|ref(?:erence)?|(?:customer|account|member(?:ship)?|policy|contract|client|kunden|klant)\s?(?:number|no\.?|nr\.?|id|#|nummer))\b[^\n]{0,20}\d{3}/i;
/**
 * What a signature says in words: a title ("Director of sales and marketing", "Directora de ventas y marketing"), a
 * booking page's link, the
 * company inviting ("Ask us about our free delivery", "Please visit our new showroom"; not a customer's "our kids
 * were so disappointed"), when it is open ("open tuesday to sunday from 9 till 5"), how long it has been ("serving the
 * village since 1998").
 */
const SIGNATURE_WORDS: readonly RegExp[] = [
  TITLE_START,
  // A booking page's link set out as a label over it ("📅 Book a meeting with me: calendly.com/…", a blind reading round,
  // 2026-12-05); not the customer asking ("Please pick a slot for the demo here: calendly.com/…", "Pick any slot that
  // suits you here calendly.com/…", two reviews).
  /^(?!.*\b(?:please|kindly|can you|could you)\b)[^:]{0,40}:\s*(?:https?:\/\/)?(?:www\.)?(?:calendly\.[a-z]{2,10}|cal\.com|meetings\.hubspot\.com|zcal\.co|savvycal\.com|tidycal\.com)\/\S*$/i,
  // A company's boast or call in a signature, often behind an emoji, as a signature words it ("🚀 We're hiring! Check
  // out our open roles", "Voted Manchester's Best Independent Florist 2024", "Award-winning service since…", a call to
  // order ending with the company's address: reading rounds, 2026-12-05); not "We are hiring fast so we'll need 10 more
  // seats", "Voted best customer service my foot", "Order online at www… said next day delivery" (a review).
  /^[^\p{L}\p{N}]{0,6}(?:we(?:['’]re| are) hiring(?:[!.]|\s*$|\s*[-–—:|]|\s+(?:join|check|see|view|apply|visit)\b)|(?:award[- ]winning|proud (?:sponsors?|members?|partners?) of)\b)/iu,
  /^[^\p{L}\p{N}]{0,6}Voted\b.{0,60}\bBest\b/u,
  /^[^\p{L}\p{N}]{0,6}(?:order|shop|book) online\b[^.!?]{0,40}(?:www\.|https?:\/\/)\S+$/iu,
  /^(?:please )?(?:ask|visit|follow|check out|discover|book|shop|try|join|call|find|explore|download|browse|sign up|subscribe)\b.{0,80}\b(?:our|us)\b/i,
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b.{0,40}\d/i,
  /\bsince (?:1[89]|20)\d\d\b|\best(?:ablished|\.)\s+(?:in\s+)?(?:1[89]|20)\d\d\b/i,
];

/** A line of boilerplate a footer is made of ("This email is confidential…"); a draft's, by the patterns before 2026-12-05. */
const isFooter = (text: string, draft = false): boolean => {
  const spaced = text.replace(/\s+/g, ' ');
  if (FOOTER.some((re) => re.test(spaced))) return true;
  if (draft) return false;
  if (MAILING.test(spaced) || isDataNotice(spaced)) return true;
  if (FIRST_PERSON.test(spaced) || spaced.includes('?')) return false;
  return isLegalFooter(spaced) || (REGISTER.test(spaced) && !REQUEST.test(spaced)) || (isEnvironmentNote(spaced) && !/\d/.test(spaced));
};

// The environment note in other languages ("Prima di stampare, pensa all'ambiente", "Bitte denken Sie an die Umwelt,
// bevor Sie diese E-Mail ausdrucken", a blind reading round, 2026-12-05): asked to think of the environment before
// printing, on a short line with no figure, speaking of no one and asking nothing (isFooter); not "we tested it in our
// staging environment before printing" nor "Think your environment setting breaks it: before printing… 30s" (reviews).
const isEnvironmentNote = (text: string): boolean => ENVIRONMENT_WORDS.test(text) && ENVIRONMENT_NOTE_END.test(text);
const ENVIRONMENT_WORDS =
  /^(?=.{0,160}$)(?=.*\b(?:consider|think|pensa|pensez|piense|piensa|pense|denken|denk|pomyśl|tänk)(?![\p{L}]))(?=.*(?:environment|environnement|medio ambiente|meio ambiente|all['’]ambiente|l['’]ambiente|umwelt|milieu|środowisk|miljön)).*(?:before|avant d|antes de|prima di|bevor|vor dem|voordat|alvorens|przed|zanim|innan)(?![\p{L}]).{0,40}(?:print|imprim|stamp|drucken|ausdruck|afdruk|af te drukken|drukow|wydruk|skriver ut)/iu;
/** It ends there: the printing and what is printed ("this email"), or the environment; not "…before printing return
 * slips, can't you send a QR code instead" (a review, 2026-12-05). */
const ENVIRONMENT_NOTE_END =
  /(?:print\w*|imprim\w*|stampa\w*|drucken|ausdrucken|afdrukken|drukowa\w*|wydruk\w*|skriver ut)(?:\s+(?:(?:this|the|these|diese[nrs]?|ce|cet|cette|ces|este|esta|questa|questo|deze|dit|tego|tej|ten|detta|denna)\s+)?(?:e-?mail|mail|message|nachricht|courriel|correo|messaggio|bericht|wiadomości?|mensagem|document|documento|mejl)(?:\s+\p{L}+)?)?\s*[.!]?$|(?:environment|environnement|ambiente|umwelt|milieu|środowisk\w*|miljön)\s*[.!]?$/iu;

/**
 * The footers read since 2026-12-05 speak of no one and ask nothing: a writer speaking as I or we ("We are registered
 * in England and need the VAT number on it"), asking ("…KvK 12345678?") or, beside a company's register, asking kindly
 * ("Bitte stellen Sie die Rechnung … HRB 123456 aus") is a customer making a request (a review found such requests cut).
 * A legal footer may say "please" ("please notify the sender"), a register line does not.
 */
const REQUEST = /\b(?:please|kindly|bitte|por favor|s'il vous plaît|per favore|alstublieft|graag|proszę|prosím|tafadhali|lütfen)\b/i;

export function cutFooter(lines: string[], draft = false): string[] {
  // Work by paragraph from the end; stop at the first paragraph that is not boilerplate.
  const text = lines.join('\n');
  const paragraphs = text.split(/\n\s*\n/);
  while (paragraphs.length > 1) {
    const last = paragraphs[paragraphs.length - 1] ?? '';
    if (!isFooter(last, draft)) break;
    const paragraph = last.split('\n');
    // The name over it stays; the signature's lines between go with the footer, unless the customer asked to be called
    // or pointed down to them (a review, 2026-12-05: "call me back on the number below" over a name and a number).
    const head = draft ? 0 : signatureOverFooter(paragraph);
    if (head) {
      const above = paragraphs.at(-2) ?? '';
      const kept = paragraphs.slice(0, -1).some((text) => ASKS_CONTACT.test(text)) || NEW_ADDRESS.test(above) || pointsDown(lastWithText(above.split('\n')));
      paragraphs[paragraphs.length - 1] = paragraph.slice(0, kept ? head : 1).join('\n');
      break;
    }
    paragraphs.pop();
  }
  return paragraphs.join('\n\n').split('\n');
}

/**
 * How many of a footer paragraph's first lines are a signature over it, with no blank line between ("Daniel Osei",
 * "Operations Lead", "+44 7700 900456" over "Registered address: …" or "This email is confidential…"): a name (not a
 * company's: "Acme Ltd" over its register goes too) and the signature's lines under it, none a footer on its own, with
 * the footer whole below them. 0 where there is no such head: the paragraph is all footer. A review (2026-12-05) found
 * the customer's name lost with such a paragraph.
 */
function signatureOverFooter(paragraph: readonly string[]): number {
  const first = (paragraph[0] ?? '').trim();
  if (first.length > SIGNATURE_SHAPED_MAX || !looksLikeName(first) || /\d/.test(first) || SAYS_WHO.test(first) || isFooter(first)) return 0;
  let head = 1;
  while (head < paragraph.length && head <= UNSIGNED_LINES && isSignatureShaped(paragraph[head] ?? '')) head++;
  return head < paragraph.length && isFooter(paragraph.slice(head).join('\n')) ? head : 0;
}
/** A signature's line is short: a long line is not read for contacts (givesContact's cost grows with its square). */
const SIGNATURE_SHAPED_MAX = 120;
const isSignatureShaped = (line: string): boolean => {
  const text = line.trim();
  return text !== '' && text.length <= SIGNATURE_SHAPED_MAX && !isFooter(text) && (isSignatureLine(text) || givesContact(text) || SAYS_WHO.test(text));
};
