// Mail addresses in what a desk shows of a person: a sender's "Name <address>", an account button's label, a tab title.
const MAIL_ADDRESS = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/i;

/** The first mail address in `text`, lower-cased (addresses are compared, and case does not tell them apart); else null. */
export function mailAddressIn(text: string): string | null {
  return MAIL_ADDRESS.exec(text)?.[0].toLowerCase() ?? null;
}
