// The facts each HELO/EHLO finding (Zendesk recommendation 2) carries: its params, rendered into words by
// the catalogs (lib/i18n/en, lib/i18n/fr). Facts, never sentences.
import type { HeloUnchecked, MalformedName } from '../../auth/helo/types';
import type { ServerOwner } from './server-owner';

interface Named {
  /** The HELO/EHLO argument as given. */
  name: string;
}

export interface HeloParams {
  'helo.pass': Named & {
    /** The connecting IP the name resolves to, when it does. */
    leadsTo: string | null;
    sameOrganization: boolean;
    matchesMx: boolean;
  };
  'helo.ip-literal': { literal: string };
  'helo.localhost': Named & { form: 'localhost' | 'single-label' };
  'helo.malformed': Named & { reason: MalformedName };
  'helo.unresolvable': Named & { rcode: 'NXDOMAIN' | 'NODATA' };
  'helo.invalid-tld': Named & { tld: string };
  'helo.ip-mismatch': Named & { addresses: string[]; connectingIp: string };
  'helo.foreign-domain': Named & { organizationalDomain: string; senderDomain: string; senderOrganizationalDomain: string; owner: ServerOwner };
  'helo.not-mx': Named & { mxDomains: string[]; mxHosts: string[] };
  'helo.temperror': Named & { unchecked: HeloUnchecked[] };
}
