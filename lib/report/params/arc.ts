// The facts each finding of ARC and forwarding (recommendation 5) carries: its params, rendered into words by the
// catalogs (lib/i18n/en, lib/i18n/fr). Facts, never sentences.
import type { ArcFailCode } from '../../auth/arc/types';
import type { LookupProblem } from '../../dns/types';

/** What made MailTrust see forwarding (ForwardingSummary.signs[].kind in the Report). */
export type ForwardingSignKind =
  | 'arc-set'
  | 'resent-fields'
  | 'x-forwarded-to'
  | 'x-forwarded-for'
  | 'x-google-original-from'
  | 'recipient-domain-change'
  | 'list-headers'
  | 'other';

export interface ArcParams {
  /** `sealers`: the d= of each ARC-Seal, oldest first; `vouches`: its first sealer saw the author pass (RFC 8617 §7.2). */
  'arc.pass': { instances: number; oldestPass: number; sealers: (string | null)[]; body: 'checked' | 'header-only'; vouches: boolean };
  'arc.fail': { code: ArcFailCode; failedInstance: number | null };
  'arc.none': Record<string, never>;
  'arc.temperror': { failedInstance: number; problem: LookupProblem | null };
  /** `origin`: the original sender's server, checked as well, when one was found. */
  /** `signs`: the kinds of forwarding signs found (each once); the header fields they are in are the evidence. */
  'forwarding.detected': { origin: { ip: string | null; helo: string | null } | null; signs: ForwardingSignKind[] };
}
