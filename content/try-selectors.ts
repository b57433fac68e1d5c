// The options page's Try button: what the agent's own selectors read on the desk's page in this tab.
import { customAdapter } from '../src/adapters/index';
import { findEditor } from '../src/adapters/read';
import type { TrySelectorsReply } from '../src/messages';
import type { CustomSelectors } from '../src/settings/defaults';

/** What the agent's selectors read on this page, for the options page's Try button; nothing is stored or ranked. */
export function trySelectors(win: Window, selectors: CustomSelectors): TrySelectorsReply {
  const none: TrySelectorsReply = { subject: '', messages: [], editorFound: false };
  if (![selectors?.subject, selectors?.messages, selectors?.editor].every((s) => typeof s === 'string')) return none;
  const custom = customAdapter(selectors, win.location.hostname);
  const ticket = custom.read(win.document, new URL(win.location.href));
  return { subject: ticket?.subject ?? '', messages: ticket?.messages.map((m) => m.text) ?? [], editorFound: findEditor(win.document, custom.editor) !== null };
}
