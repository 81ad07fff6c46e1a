// The facts each finding of what the receiver recorded on arrival, then and now carries: its params,
// rendered into words by the catalogs (lib/i18n/en, lib/i18n/fr). Facts, never sentences.
import type { DmarcPolicy } from '../../auth/dmarc/types';

/** The methods then-and-now compares: what the receiver recorded on arrival against the re-check. */
export type ComparedMethod = 'spf' | 'dkim' | 'dmarc' | 'arc' | 'iprev';

/** Why a method's re-check may differ from what the receiver recorded on arrival. */
export type DriftReason =
  | 'key-rotated'
  | 'record-changed'
  | 'body-altered'
  | 'dns-unavailable-now'
  | 'different-ip-evaluated'
  | 'unknown';

export type CompauthMeaning =
  /** 000: failed explicit authentication (DMARC quarantine or reject). */
  | 'explicit-fail'
  /** 001: failed implicit authentication (no passing DMARC, no other signal vouched). */
  | 'implicit-fail'
  /** 002: the organization blocks this sender and domain pair. */
  | 'blocked-pair'
  /** 010: failed DMARC under quarantine or reject, from one of the organization's own accepted domains. */
  | 'explicit-fail-accepted-domain'
  /** 1xx, 7xx. */
  | 'pass'
  /** 2xx. */
  | 'soft-pass'
  /** 3xx. */
  | 'not-checked'
  /** 4xx, 9xx. */
  | 'bypassed'
  /** 6xx. */
  | 'implicit-fail-accepted-domain';

/** What Microsoft's compauth said: its result, reason code and the code's meaning when known. */
export interface Compauth {
  result: string;
  reason: string | null;
  meaning: CompauthMeaning | null;
}

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
    method: ComparedMethod;
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
