// The facts each finding of what the receiver recorded on arrival, then and now carries: its params,
// rendered into words by the catalogs (lib/i18n/en, lib/i18n/fr). Facts, never sentences.
import type { DmarcPolicy } from '../../auth/dmarc/types';
import type { Compauth } from '../compauth';
import type { DriftReason, ThenAndNow } from '../types';

/** The receiver's recorded verdict method (dmarc, or Microsoft's compauth), and why it was believed. */
interface Recorded {
  /** The authserv-id; null for Exchange Online's fields, which carry none. */
  authservId: string | null;
  method: string;
  /** Exchange Online's marks that made a field without authserv-id trusted; null for an authserv-id. */
  exchangeOnlineMarks: string[] | null;
  compauth: Compauth | null;
}

export interface ReceiverParams {
  'drift.auth': {
    method: ThenAndNow['method'];
    domain: string | null;
    then: string;
    now: string;
    reason: DriftReason | null;
  };
  'receiver.authenticated': Recorded;
  'receiver.auth-failed': Recorded & {
    result: string;
    /** The ptype.property reason the receiver wrote, as written. */
    reason: string | null;
    /** The policy recorded beside the result; null when the receiver wrote none. */
    policy: DmarcPolicy | null;
  };
  'receiver.not-zendesk': { receiver: string; organization: string };
}
