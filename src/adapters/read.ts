// The shared reader, one job per file in reader/: safe DOM queries (dom.ts), frames and the reply editor
// (frames.ts), innerText without layout (text.ts, its lines laid out by text-sink.ts), a short field's text
// (first-text.ts), message reading (messages.ts), reading by structure (conversation.ts), the outermost of nested
// matches (outermost.ts), diagnostics (diagnostics.ts), the adapter factory (define.ts), one desk in several layouts
// (layouts.ts), a thread read by structure (entries.ts), mail addresses (address.ts) and a reading that pauses
// between entries (steps.ts). Adapters and the content script import it from here.
export { countAll, cssEscape, findScope, hasAny, isHidden, isVisible, matchesSafe, queryAll, queryFirst, queryOne } from './reader/dom';
export { findEditor, frameDocument, queryAllFirst } from './reader/frames';
export { DEFAULT_TEXT_CHARS, elementText, type TextOptions } from './reader/text';
export { TEXT_SLICE_CHARS, type TextWork } from './reader/text-sink';
export { firstText } from './reader/first-text';
export { buildTicket, orderBy, readMessages, timeOf, type MessageSpec, type Thread, type ThreadCount, type ThreadOrder } from './reader/messages';
export { readByStructure } from './reader/conversation';
export { EXTENSION_VERSION } from './reader/diagnostics';
export { defineSelectorAdapter, idFromText, idFromUrl, isPending, isWritingNote, safeRead, type SelectorAdapterSpec } from './reader/define';
export type { Steps } from './reader/steps';
export { headerText, largestBlock } from './reader/structure';
export { byLayout, type Layout } from './reader/layouts';
export { sentByFirstSender, structuralThread } from './reader/entries';
export { mailAddressIn } from './reader/address';
export { parentElementOf, previousElementSiblingOf } from './reader/node-links';
