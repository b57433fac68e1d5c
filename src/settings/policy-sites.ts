// The sites the organisation's policy forces on or off: the part of the policy a site's switch needs, read without
// the packs (and so without the pack validator and the reply coach's data), for the popup as for the background.
import { managedValue } from './managed';
import { isOrigin, originMeant } from './shapes';

/** Origins the policy forces on or off. */
export interface PolicySites {
  sitesOn: string[];
  sitesOff: string[];
}

/** Reads the policy's `sitesOn` and `sitesOff`; what is refused is added to `problems` (readPolicy lists them). */
export function readPolicySites(managed: Record<string, unknown>, problems: string[] = []): PolicySites {
  const origins = (value: unknown, name: string) => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      problems.push(`${name}: expected a list of origins`);
      return [];
    }
    return value.filter((o): o is string => {
      // As the agent's own sites are kept (originMeant): a host written with its final dot ("acme.zendesk.com.") is
      // another origin to the browser, and was listed as managed while its desk stayed as the agent had it.
      const ok = typeof o === 'string' && isOrigin(o) && originMeant(o) === o;
      if (!ok) {
        const meant = typeof o === 'string' ? originMeant(o) : null;
        const wildcard = typeof o === 'string' && o.includes('*');
        problems.push(`${name}: "${String(o)}" is not an origin ${meant ? `(the scheme and host alone): did you mean "${meant}"?` : wildcard ? '(no wildcards: list each origin, like https://support.example.com)' : 'like https://support.example.com'}`);
      }
      return ok;
    });
  };
  const listedOn = origins(managed.sitesOn, 'sitesOn');
  const sitesOff = origins(managed.sitesOff, 'sitesOff');
  // Off wins, here where every view reads the lists (the options page showed such a site on and locked); an origin in
  // both lists is a slip the administrator should hear of.
  const sitesOn = listedOn.filter((origin) => {
    if (!sitesOff.includes(origin)) return true;
    problems.push(`sitesOn: "${origin}" is in sitesOff too; Extra Mile stays off there`);
    return false;
  });
  return { sitesOn, sitesOff };
}

/** The sites the organisation's policy forces on or off, as managedPolicy reads them. */
export async function managedSites(): Promise<PolicySites> {
  return readPolicySites(await managedValue());
}
