// Gmail (https://mail.google.com/mail/u/0/#inbox/<thread id>) used as a help desk. Class names are
// minified but have been stable for years. Customer = any sender who is not the signed-in agent (nor a
// colleague on the agent's own company domain).
//
// Evidence: KartikTalwar/gmail.js `src/gmail.js` (the maintained Gmail DOM library, per DESKS.md): subject `h2.hP`,
// expanded messages `div.adn.ads`, bodies `.ii.gt .a3s`, sender `span[email].gD`. Checked 2026-12-02:
// alecmev/trimless-gmail `contentScript.js` (2025-07-13) shows trimmed history as `.adL > .im, .adL.im` (since 2013) and
// the trimmed-content toggles as `.ajU, .ajV` in a thread (`.ajR` in a reply box; InboxSDK's compose view clicks `.ajR`
// too); InboxSDK's test of Gmail-composed HTML (2023-09-11) has `div.gmail_signature`. Found only in the research code
// index (repositories unnamed): `.yj6qo` stripped beside `.adL` by about ten Gmail scripts, and the reply box as
// `div[aria-label="Message Body"]` (an English label; the class fallback below reads any language). Structural guess:
// the signed-in address from the account button or the tab title.
import { defineSelectorAdapter, mailAddressIn, queryAll, queryOne, type Thread } from './read';

// Same domain as the agent means a colleague, except on public mail services where it means nothing.
const PUBLIC_MAIL = /^(gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|aol|proton|protonmail|gmx|mail|yandex)\./i;

/** The signed-in account's address: the account button, else the tab title ("Subject - me@x - Gmail"). */
function agentAddress(doc: Document): string | null {
  for (const el of queryAll(doc, '[aria-label^="Google Account"], a[href^="https://accounts.google.com/SignOutOptions"], [data-email]')) {
    const found = mailAddressIn(el.getAttribute('data-email') ?? el.getAttribute('aria-label') ?? '');
    if (found) return found;
  }
  return mailAddressIn(doc.title);
}

const senderOf = (item: Element): string | undefined => queryOne(item, '.gD[email], span[email]')?.getAttribute('email')?.toLowerCase();

/**
 * Messages from anyone but the signed-in agent and, off the public mail services, the agent's colleagues. On a public
 * mail service the domain says nothing of who is a colleague: the customer is who wrote in, the thread's first sender
 * other than the agent, with others on that customer's company domain; a shop's "Send mail as" address and colleagues
 * writing from theirs are not (a review, 2026-12-04). Structural guess: a thread the shop opened from such an address
 * reads that address as the customer's.
 */
function customerRule({ doc, items }: Thread): (item: Element) => boolean {
  const agent = agentAddress(doc);
  const domain = agent?.split('@')[1] ?? '';
  const publicAccount = PUBLIC_MAIL.test(domain);
  // Every sender of the thread in page order, collapsed messages' rows too (Gmail collapses what was read, and the one
  // who wrote in is then no expanded item: a review saw the shop's reply taken for theirs).
  const customer = publicAccount
    ? [...queryAll(doc, '[role="main"] .gD[email]').map((el) => el.getAttribute('email')?.toLowerCase()), ...items.map(senderOf)].find((sender) => sender && sender !== agent)
    : undefined;
  const customerDomain = customer?.split('@')[1] ?? '';
  return (item) => {
    const sender = senderOf(item);
    if (!sender) return false;
    if (!agent) return true;
    if (sender === agent) return false;
    if (!publicAccount) return sender.split('@')[1] !== domain;
    return sender === customer || (!PUBLIC_MAIL.test(customerDomain) && sender.split('@')[1] === customerDomain);
  };
}

export default defineSelectorAdapter({
  id: 'gmail',
  label: 'Gmail',
  matches: ['https://mail.google.com/*'],
  scope: ['[role="main"]'],
  subject: ['h2.hP'],
  // No ticket number: a Gmail thread has none. The key in the address (#inbox/FMfcgz…) and the heading's
  // data-legacy-thread-id / data-thread-perm-id are Gmail's internal keys, which mean nothing to agent or customer,
  // so the panel shows none and "[ticket number]" in a phrase stays a placeholder for the agent to fill.
  ticketId: () => null,
  message: {
    // Expanded messages; collapsed ones show only a snippet and have no body in the DOM.
    item: ['div.adn.ads'],
    body: ['.ii.gt .a3s', '.a3s'],
    customerRule,
    author: ['.gD[email]'],
    // Trimmed content ("...") and quoted history.
    strip: ['.ajR', '.ajU', '.ajV', '.yj6qo', '.adL > .im', '.adL.im', '.gmail_signature'],
  },
  order: 'oldest-first',
  editor: [
    'div[aria-label="Message Body"][contenteditable="true"]', // reply box (English UI)
    'div.Am.Al.editable[contenteditable="true"]', // reply box, any language
  ],
});
