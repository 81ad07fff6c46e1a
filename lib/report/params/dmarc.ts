// The facts each finding of DMARC (recommendation 4) carries: its params, rendered into words by the
// catalogs (lib/i18n/en, lib/i18n/fr). Facts, never sentences.
import type { AlignmentCheck, DmarcPolicy, PolicyDecision } from '../../auth/dmarc/types';
import type { LookupProblem } from '../../dns/types';

interface From {
  fromDomain: string;
}

/** Why a DMARC failure does not weigh as the policy says (design notes, "Time"; RFC 8617 §7.2). */
export type DmarcExcuse =
  /** A trusted ARC chain vouches that the author's authentication passed before forwarding. */
  | { kind: 'arc-vouches' }
  /** The receiver saw dmarc=pass on arrival; these DKIM domains' keys were rotated since. */
  | { kind: 'rotated-since'; domains: string[] }
  | { kind: 'none' };

export interface DmarcParams {
  /** `passing`: the aligned passes that carried DMARC (RFC 7489 §4.2). */
  'dmarc.pass': From & { passing: AlignmentCheck[]; requestedPolicy: DmarcPolicy | null };
  /** `alignment`: every identifier compared; `policy`: what the domain asks for failing mail. */
  'dmarc.fail': From & { alignment: AlignmentCheck[]; policy: PolicyDecision; excuse: DmarcExcuse };
  /** `domainsAsked`: the _dmarc names asked; `records`: several records (multiple-records) end discovery too. */
  'dmarc.none': From & { cause: 'no-record' | 'multiple-records'; domainsAsked: string[]; records: number };
  'dmarc.temperror': From & { problem: LookupProblem | null };
  /** An invalid p= or sp= without rua= (RFC 7489 §6.6.3 step 6), or a From domain that is not a domain name. */
  'dmarc.permerror': From & ({ cause: 'invalid-policy'; recordDomain: string; tag: 'p' | 'sp' } | { cause: 'invalid-from-domain' });
}
