// The facts each MX finding of the From domain carries (RFC 5321 §5.1, RFC 7505): its params, rendered
// into words by the catalogs (lib/i18n/en/mx.ts, lib/i18n/fr/mx.ts). Facts, never sentences.
import type { LookupProblem } from '../../dns/types';

interface OfDomain {
  /** The From domain. */
  domain: string;
}

export interface MxParams {
  /** At least one MX host resolves: replies can be delivered. */
  'mx.pass': OfDomain & { hosts: string[] };
  /** RFC 7505: the domain says it accepts no mail. */
  'mx.null': OfDomain;
  /** No MX record: RFC 5321 §5.1 implicit MX, the domain's own addresses (none: nowhere to deliver). */
  'mx.none': OfDomain & { addresses: string[] };
  /** MX hosts that do not resolve; `resolving` is empty when none does. */
  'mx.unresolvable': OfDomain & { unresolvable: string[]; resolving: string[] };
  /** The lookups that failed: not checked. */
  'mx.temperror': OfDomain & { problems: LookupProblem[] };
}
