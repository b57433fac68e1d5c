// Cleaning a message's text down to the customer's own words (clean-message.ts), and what the readers share with it:
// the size limits, the elements that hold quoted mail, and tidying a line.
export { cleanMessage } from './clean-message';
export { capText, MAX_MESSAGE_CHARS, MAX_RAW_MESSAGE_CHARS, MAX_TICKET_CHARS } from './limits';
export { QUOTE_ELEMENTS, QUOTE_MARKER_SELECTOR } from './quote-elements';
export { cleanLine } from './whitespace';
