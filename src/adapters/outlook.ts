// Outlook on the web (https://outlook.office.com/mail/…, outlook.office365.com, outlook.live.com) used as a support
// mailbox: the reading pane with one message, or a conversation of several.
//
// Evidence:
// - clockify/browser-extension `src/integrations/outlook.js` (2026-03-10): the open mail's subject
//   `[aria-label="Reading Pane"] [role="heading"]`.
// - toggl/track-extension `src/content/outlook.js` (2024-09-23): the reading pane `#ReadingPaneContainerId`, the
//   subject `div[role="heading"][title]`.
// - A public mail-compose helper's content script (2026; found in the research code index by `UniqueMessageBody`;
//   the index does not name its repository), on outlook.office.com, outlook.office365.com and outlook.live.com:
//   message bodies `div[id^="UniqueMessageBody"]`, `[role="document"][aria-label="Message body"]` or a read-only
//   `[aria-label="Message body"]`; each message's container `[role="listitem"]`, `[data-testid="message-item"]` or
//   `[aria-label^="Email from"]`; its sender `[data-testid="SenderPersona"]` or `[title*="@"]` ("Name <address>");
//   the subject `[data-testid="ConversationReadingPaneSubject"]` or `#ConversationReadingPaneContainer
//   [role="heading"]`; quoted history `blockquote` and Outlook's reply header `#divRplyFwdMsg`; the reply editor a
//   contenteditable whose label starts "Message body" ("Message body, press Alt+F10 to exit").
// - Public Outlook readers in the same index read `[aria-label="Message body"]` and `[role="document"]` too.
// Structural guess (a mailbox does not mark its customers): the customer is whoever sent the conversation's first
// message, and every message from the same address is theirs. Degrades on a conversation the agent started (the
// agent's messages are then read as the customer's), and on a single mail the agent sent (read as the customer's). A
// collapsed message (no body in the page) is not read.
import { defineSelectorAdapter, firstText, mailAddressIn, matchesSafe, queryFirst, sentByFirstSender, timeOf, type Thread } from './read';

const PANE = ['#ConversationReadingPaneContainer', '[aria-label="Reading Pane"]', '#ReadingPaneContainerId'];
const BODY = ['div[id^="UniqueMessageBody"]', '[role="document"][aria-label="Message body"]', '[aria-label="Message body"]:not([contenteditable="true"])'];
/** Each message's container; a reading pane showing one message without one is read by its body alone. */
const MESSAGE = ['[data-testid="message-item"]', '[aria-label^="Email from"]', '[role="listitem"]', ...BODY];
const SENDER = ['[data-testid="SenderPersona"]', '[title*="@"]'];
const TIME = ['time[datetime]'];

/** The message's body: the item itself when the item is a body. */
function bodyOf(item: Element): Element | null {
  return BODY.some((selector) => matchesSafe(item, selector)) ? item : queryFirst(item, BODY);
}

/** A message's sender address ("Name <address>" in a title), else the name shown. */
function senderOf(item: Element): string {
  const el = queryFirst(item, SENDER);
  const label = `${el?.getAttribute('title') ?? ''} ${el?.textContent ?? ''}`;
  return mailAddressIn(label) ?? firstText(item, SENDER).toLowerCase();
}

/**
 * Where the earliest time is (the first of equal ones). A loop, not Math.min(...times): a conversation of 125,000 or
 * so messages spread into arguments overflows the stack, and the whole reading would give no ticket.
 */
function earliest(times: readonly number[]): number {
  let at = 0;
  for (let i = 1; i < times.length; i++) if (times[i]! < times[at]!) at = i;
  return at;
}

/** The customer: whoever sent the first message (by sent time where every message has one, else the first shown). */
function customerRule({ items }: Thread): (item: Element) => boolean {
  const shown = items.filter((item) => bodyOf(item) !== null); // a collapsed message is only a preview
  const times = shown.map((item) => timeOf(item, TIME));
  const first = times.every((t) => !Number.isNaN(t)) ? shown[earliest(times)] : shown[0];
  const sameSender = sentByFirstSender(first, senderOf);
  const read = new Set(shown);
  // A single message shown is the one mail open in the pane: read whoever sent it.
  return (item) => read.has(item) && (shown.length === 1 || sameSender(item));
}

export default defineSelectorAdapter({
  id: 'outlook',
  label: 'Outlook on the web',
  matches: ['https://outlook.office.com/mail/*', 'https://outlook.office365.com/mail/*', 'https://outlook.live.com/mail/*'],
  scope: PANE,
  subject: ['[data-testid="ConversationReadingPaneSubject"]', 'div[role="heading"][title]', '[role="heading"]'],
  // No ticket number: a mailbox has none. The /id/<…> in the address (AAQk…) is Exchange's internal item key, which
  // means nothing to agent or customer, so the panel shows none and "[ticket number]" stays a placeholder to fill.
  ticketId: () => null,
  message: {
    item: MESSAGE,
    body: BODY,
    customerRule,
    author: ['[data-testid="SenderPersona"]'],
    strip: ['blockquote'],
    // Outlook's reply header ("From: … Sent: …"); what follows it is the quoted mail.
    cutAt: ['#divRplyFwdMsg', '[id^="divRplyFwdMsg"]'],
    time: TIME,
  },
  order: 'oldest-first',
  editor: ['[aria-label^="Message body"][contenteditable="true"]', '[role="textbox"][contenteditable="true"][aria-label^="Message body"]'],
});
