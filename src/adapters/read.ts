// The shared reader, one job per file in reader/: safe DOM queries (dom.ts), frames and the reply editor
// (frames.ts), innerText without layout (text.ts), message reading (messages.ts), reading by structure
// (conversation.ts), the outermost of nested matches (outermost.ts), diagnostics (diagnostics.ts), the adapter factory
// (define.ts), one desk in several layouts (layouts.ts), a thread read by structure (entries.ts) and mail addresses
// (address.ts). Adapters and the content script import it from here.
export { countAll, cssEscape, findScope, hasAny, isHidden, isVisible, matchesSafe, queryAll, queryFirst, queryOne } from './reader/dom';
export { findEditor, frameDocument, queryAllFirst } from './reader/frames';
export { DEFAULT_TEXT_CHARS, TEXT_SLICE_CHARS, elementText, firstText, type TextOptions, type TextWork } from './reader/text';
export { buildTicket, orderBy, readMessages, timeOf, type MessageSpec, type Thread, type ThreadCount, type ThreadOrder } from './reader/messages';
export { readByStructure } from './reader/conversation';
export { EXTENSION_VERSION } from './reader/diagnostics';
export { defineSelectorAdapter, idFromText, idFromUrl, isPending, isWritingNote, safeRead, type SelectorAdapterSpec } from './reader/define';
export { headerText, largestBlock } from './reader/structure';
export { byLayout, type Layout } from './reader/layouts';
export { sentByFirstSender, structuralThread } from './reader/entries';
export { mailAddressIn } from './reader/address';
