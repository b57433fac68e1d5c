// Mail addresses in what a desk shows of a person: a sender's "Name <address>", an account button's label, a tab title.
// The text is the page's (a sender's display name is the customer's to choose): read from each "@" outwards, so its
// cost is linear in it. One pattern over the whole text retried from every letter of a long run with no "@" (100,000
// letters of an Outlook sender's name froze the desk page for 11.6 s; a trust review, 2026-12-04).

/** The letters of an address's local part; at most LOCAL_MAX of them (RFC 5321), where a longer run is no address. */
const LOCAL = /[A-Z0-9._%+-]/i;
const LOCAL_MAX = 64;
/**
 * The domain after the "@", as the single pattern read it: letters, digits, dots and hyphens, then a dot and two letters
 * or more; the part before that last dot is read to at most 253 characters (RFC 1035), so a longer run gives an
 * address cut short there, where the single pattern read it all.
 */
const DOMAIN = /[A-Z0-9.-]{1,253}\.[A-Z]{2,}/iy;

/** The first mail address in `text`, lower-cased (addresses are compared, and case does not tell them apart); else null. */
export function mailAddressIn(text: string): string | null {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start <= LOCAL_MAX && LOCAL.test(text[start - 1] as string)) start--;
    if (start === at || at - start > LOCAL_MAX) continue;
    DOMAIN.lastIndex = at + 1;
    const domain = DOMAIN.exec(text);
    if (domain) return text.slice(start, domain.index + domain[0].length).toLowerCase();
  }
  return null;
}
