// Only the agent's own draft from a reply editor's text (draft-source.ts reads it from the page): the quoted history
// below it (an "On … wrote:" header, "> " lines, Outlook's reply header) is the customer's, not the reply, and is cut,
// with the signature's contact block. The ticket reader's text rules, so drafts and messages are cut alike.
import { cleanMessage } from '../adapters/clean/clean-message';
import { isClosing, isShortNote, looksLikeName, signatureTail } from '../text/sign-off';
import { draftSource } from './draft-source';

/** An agent's chat-style lines under a "Thank you!" are the draft, not a signature's name and contact block. */
const DRAFT_CLEANING = { draft: true } as const;

/**
 * An editor's text (draftSource) as the draft reader reads it, kept where it is only the desk's greeting and
 * sign-off: where the draft ends, for a phrase inserted below the greeting (content/insert-text.ts).
 */
export function draftText(source: string): string {
  return cleanMessage(source, DRAFT_CLEANING);
}

/** A draft from an editor's text: the text above the quoted history, or '' where it has no words of the agent's. */
export function draftFromText(text: string): string {
  return agentsWords(draftText(text));
}

/** Whatever the editor is, its draft (draftFromText of its draftSource). Never throws. */
export function readDraft(editor: Element): string {
  return draftFromText(draftSource(editor));
}

/** A greeting line on its own: "Hi Ana,", "Hello there!", "Dear Mr. Ruiz,"; not one with a blank ("Hi {{first_name}},"). */
const GREETING = /^(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening|day)|greetings)(?:\s+\p{L}[\p{L}\p{M}'’.-]*){0,4}\s*[,!.:]?$/iu;
/** A name or a title under a sign-off ("Tom", "Priya | Acme Support"), in letters: "[agent name]" is a blank to fill. */
const nameLine = (line: string) => /^[\p{L}\p{M}'’.\-\s|&]+$/u.test(line) && looksLikeName(line);

/**
 * The draft, or '' where all it holds is a greeting, a closing and the name under it ("Hi Ana,", "Best,", "Tom"; or
 * "Kind regards, Tom Smith"): the template a desk puts in the editor before the agent writes a word, which no check
 * can judge. A thanks is a reply ("Thanks!", "Thank you, Ana", "Hi Ana,\n\nThank you!"), and so is anything else.
 */
function agentsWords(draft: string): string {
  // A short note under the name that is perhaps the desk's signature ("she/her") is no reply either; a line the agent
  // typed there is (a review: "You'll need to contact your bank…" under the template was read as empty).
  const tail = signatureTail(draft);
  const notes = draft.slice(tail).split('\n').every((line) => !line.trim() || isShortNote(line));
  const lines = draft.slice(0, notes ? tail : draft.length).split('\n').map((line) => line.trim()).filter(Boolean);
  const greeting = lines.length > 0 && GREETING.test(lines[0]!);
  const rest = greeting ? lines.slice(1) : lines;
  if (rest.length === 0) return '';
  const [first, ...names] = rest as [string, ...string[]];
  const comma = first.indexOf(',');
  if (isClosing(first)) return (greeting || names.length > 0) && names.length <= 2 && names.every(nameLine) ? '' : draft;
  return names.length === 0 && comma > 0 && isClosing(first.slice(0, comma + 1)) && nameLine(first.slice(comma + 1).trim()) ? '' : draft;
}

