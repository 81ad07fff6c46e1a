// The facts each finding of PTR (Zendesk recommendation 1) carries: its params, rendered into words by the
// catalogs (lib/i18n/en, lib/i18n/fr). Facts, never sentences.
import type { GenericSignal } from '../../auth/iprev/generic-name';
import type { LookupProblem } from '../../dns/types';
import type { ServerOwner } from './server-owner';

interface Address {
  /** The sending IP, as given. */
  ip: string;
}

export interface PtrParams {
  /** `names` are the PTR names whose forward lookup leads back to the IP (RFC 8601 §3). */
  'ptr.pass': Address & { names: string[] };
  'ptr.missing': Address & (
    /** No PTR record at the reverse name. */
    | { cause: 'no-ptr'; reverseName: string; rcode: 'NXDOMAIN' | 'NODATA' }
    /** The hop's address is not an IP address, so there is no reverse name to ask. */
    | { cause: 'invalid-ip' }
  );
  'ptr.generic': { name: string; signals: GenericSignal[] };
  'ptr.unconfirmed': Address & { names: string[] };
  'ptr.foreign-domain': Address & { names: string[]; senderDomain: string; senderOrganizationalDomain: string; owner: ServerOwner };
  'ptr.temperror': Address & { problem: LookupProblem };
}
