// Zendesk Support, Agent Workspace (https://<sub>.zendesk.com/agent/tickets/<id>). Every open ticket
// tab keeps its pane in the DOM; only the active one is read, so a background tab is never mistaken
// for the ticket on screen.
//
// Evidence:
// - clockify/browser-extension `src/integrations/selectors.json` (2026-03-10): the subject
//   `input[data-test-id="omni-header-subject"]` within the active pane, `[data-is-active="true"]` (2023+) or
//   `.ticket-panes-grid-layout.active` (2021 – 2022); the `/tickets/<id>` address.
// - Public Zendesk extensions (found in the research code index by `omni-log-comment-item` and
//   `omni-log-internal-note-tag`; the index does not name their repositories) and DESKS.md: the log
//   `[data-test-id="omni-log-container"]` within the pane `[data-ticket-id="<id>"]`, entries
//   `article[data-test-id="omni-log-comment-item"]`, the message `[data-test-id="omni-log-item-message"]` whose `type`
//   attribute gives the sender type (`end-user`), bodies `[data-test-id="omni-log-message-content"]`, sender
//   `[data-test-id="omni-log-item-sender"]`, the internal note tag `div[data-test-id="omni-log-internal-note-tag"]`,
//   times `time[data-test-id="timestamp-relative"]`.
// - The composer's channel switcher `[data-test-id="omnichannel-channel-switcher-button"]`, whose `aria-label` names
//   the channel the draft goes to ("Email", "Public reply", …): a public Zendesk KPI-tracker extension's content script
//   takes the composer for an internal note when that label holds "internal" or the button's `data-channel` is
//   `internal`; a public Cypress test picks a note from the same button's menu item
//   `omnichannel-channel-switcher-menuitem-internal`, and a userscript reads the button as
//   `button[data-test-id="omnichannel-channel-switcher-button"][aria-label="Email"]` (all found in the research code
//   index by that test id, 2026-12-02; the index does not name their repositories). Scoped to the visible pane, as
//   the editor is. A desk in another language labels the button in it: `data-channel` still tells, and where neither
//   does, a note is checked as a reply (as before).
// - Older layouts (checked 2026-12-02): holatuwol/liferay-zendesk-userscript `src/main.ts` (2019-11-22, still at
//   its 2025-08-22 head) finds the ticket's pane by `[data-side-conversations-anchor-id="<id>"]`, and toggl/track-extension
//   `src/content/zendesk.js` (2021-12-02, still at its 2026-04-22 head) reads the subject there as
//   `input[aria-label="Subject"]` (an English label); the same userscript's `src/description.ts` (2020-02-07) and
//   DevartSoftware/tmetric-plugins `src/in-page-scripts/integrations/zendesk.ts` (2024-01-23) read the subject input
//   `[data-test-id="ticket-pane-subject"]`, and its `src/attachments.ts` (2019-11-22 to 2025-08) a comment body
//   `.zd-comment`. Toggl's code of 2023-04-27 matched the anchor attribute with "1", not the id: where that holds, the
//   panes before it in `scope` find the ticket.
// - Found only in the research code index, which does not name the repositories (2026-12-02): the author
//   `[data-test-id="omni-log-comment-user-link"]` (about ten Zendesk content scripts) and
//   `time[data-test-id="timestamp-absolute"]` (two; one says its `datetime` may carry a false "Z": times only order
//   the thread here, where a shift of hours changes nothing between one ticket's messages).
// - Also in the research code index (2026-12-05, helper 485's audit): the rich-text composer
//   `[contenteditable="true"][data-test-id="omnicomposer-rich-text-ckeditor"]` (several content scripts and a Playwright
//   test); a transcript extractor that strips a message's `div.signature` and its read and delivered icons,
//   `svg[data-test-id="convo-log-item-read-indicator"]` and `…delivered-indicator"]`, before reading its text (every
//   svg is skipped here anyway). The `omni-log-item-read-indicator` first guessed here is in no public code; kept, as
//   stripping it where absent costs nothing.
// Structural guesses: the plain-text composer's test id. Without the entries' markers the thread reads no customer
// message and the generic reader takes over, saying so.
import { defineSelectorAdapter, idFromUrl, queryOne } from './read';

export default defineSelectorAdapter({
  id: 'zendesk',
  label: 'Zendesk',
  matches: ['https://*.zendesk.com/agent/*'],
  scope: [
    '[data-is-active="true"]', // Agent Workspace 2023+: the visible ticket pane
    '.ticket-panes-grid-layout.active', // Agent Workspace 2021 – 2022
    '[data-ticket-id="{ticketId}"]', // the pane of the ticket in the URL
    '[data-side-conversations-anchor-id="{ticketId}"]', // same, older marker
  ],
  subject: [
    'input[data-test-id="omni-header-subject"]', // Agent Workspace: the subject is an input's value
    'input[aria-label="Subject"]', // 2021 layout without test ids
    '[data-test-id="ticket-pane-subject"]',
  ],
  // The pane's own id first: while Zendesk swaps panes the URL may already name the next ticket.
  ticketId: (url, _doc, scope) =>
    // (Duck-typed: the page's Element is not this realm's Element in every reader's world.)
    ('getAttribute' in scope ? (scope as Element).getAttribute('data-ticket-id') ?? queryOne(scope, '[data-ticket-id]')?.getAttribute('data-ticket-id') : null) ??
    idFromUrl(url, /\/agent\/tickets\/(\d+)/),
  message: {
    item: [
      '[data-test-id="omni-log-container"] article[data-test-id="omni-log-comment-item"]', // Agent Workspace
      'article[data-test-id="omni-log-comment-item"]',
    ],
    body: ['[data-test-id="omni-log-message-content"]', '.zd-comment'],
    // type="end-user" on the message is the requester (or another end user); "agent" and "internal" are not.
    customerRule: () => (item) =>
      !queryOne(item, '[data-test-id="omni-log-internal-note-tag"]') &&
      queryOne(item, '[data-test-id="omni-log-item-message"]')?.getAttribute('type') === 'end-user',
    author: ['[data-test-id="omni-log-comment-user-link"]', '[data-test-id="omni-log-item-sender"]'],
    strip: ['[data-test-id="omni-log-item-read-indicator"]', '.signature'],
    time: ['time[data-test-id="timestamp-absolute"]', 'time[data-test-id="timestamp-relative"]'],
  },
  order: 'oldest-first',
  editor: [
    '[data-is-active="true"] [data-test-id="omnicomposer-rich-text-ckeditor"]', // Agent Workspace rich text (CKEditor 5)
    '[data-is-active="true"] [data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]', // messaging channels
    '.ticket-panes-grid-layout.active [data-test-id="ticket-rich-text-editor"] [contenteditable="true"]', // 2021 – 2022
    // No unscoped fallback: it could find a background tab's composer and insert into another ticket.
  ],
  noteMode: [
    '[data-is-active="true"] [data-test-id="omnichannel-channel-switcher-button"][data-channel="internal"]',
    '[data-is-active="true"] [data-test-id="omnichannel-channel-switcher-button"][aria-label*="internal" i]',
  ],
});
