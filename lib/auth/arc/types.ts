// What an ARC chain check found (RFC 8617 §5.2), per chain and per instance.
import type { DnsResult } from '../../dns/types';
import type { DkimAlgorithm, SignedField } from '../dkim/types';
import type { ArcAuthenticationResults } from './read-arc-authentication-results';

/** The check of one ARC-Seal or ARC-Message-Signature. */
export type ArcSignatureCheck =
  | { status: 'pass' }
  /** AMS only, header block alone: the header signature verified, the body could not be checked. */
  | { status: 'header-pass' }
  | { status: 'fail'; message: string; temporary: boolean }
  /** Not needed for the chain result (older AMS once one failed, seals after a structural failure). */
  | { status: 'not-checked' };

export interface ArcSealReport {
  d: string | null;
  s: string | null;
  a: DkimAlgorithm | null;
  cv: 'none' | 'pass' | 'fail' | null;
  timestamp: number | null;
  keyBits: number | null;
  check: ArcSignatureCheck;
  field: { raw: string; line: number };
}

export interface ArcMessageSignatureReport {
  d: string | null;
  s: string | null;
  a: DkimAlgorithm | null;
  keyBits: number | null;
  check: ArcSignatureCheck;
  signedFields: SignedField[];
  field: { raw: string; line: number };
}

export interface ArcInstanceReport {
  instance: number;
  seal: ArcSealReport | null;
  messageSignature: ArcMessageSignatureReport | null;
  /** What the forwarder at this hop says it saw (spf, dkim, dmarc), from its ARC-Authentication-Results. */
  authResults: ArcAuthenticationResults | null;
}

export type ArcFailCode =
  /** An ARC field whose i= cannot be read. */
  | 'malformed'
  /** i= outside 1..50 (RFC 8617 §4.2.1). */
  | 'instance-out-of-range'
  /** Two fields of the same kind carry the same instance (§5.2 step 3.1, 3.2). */
  | 'duplicate-instance'
  /** An instance between 1 and the highest is missing altogether (§5.2 step 3.2). */
  | 'instance-gap'
  /** An instance lacks its AAR, AMS or AS (§5.2 step 3.1). */
  | 'incomplete-set'
  /** A seal says an earlier hop found the chain broken (§5.2 steps 2 and 3.3). */
  | 'cv-fail'
  /** i=1 must have cv=none (§5.2 step 3.3). */
  | 'first-cv-not-none'
  /** Instances above 1 must have cv=pass (§5.2 step 3.3). */
  | 'cv-not-pass'
  /** The newest ARC-Message-Signature does not verify (§5.2 step 4). */
  | 'ams-invalid'
  /** An ARC-Seal does not verify (§5.2 step 6). */
  | 'seal-invalid';

interface ArcCommon {
  /** Oldest first. */
  instances: ArcInstanceReport[];
  /** Every DNS query the chain check made. */
  recordQueries: DnsResult[];
}

export type ArcResult = ArcCommon &
  (
    | { result: 'none' }
    /** `oldestPass`: the lowest instance from which every newer AMS verifies (RFC 8617 §5.2 step 5). */
    | { result: 'pass'; bodyChecked: true; oldestPass: number }
    /** Header block alone: seals and AMS headers verified, the body hash unchecked. Not a pass. */
    | { result: 'header-pass'; bodyChecked: false; oldestPass: number }
    | { result: 'fail'; reason: { code: ArcFailCode; message: string }; failedInstance: number | null; bodyChecked: boolean }
    /**
     * A key could not be fetched (DNS failure): the chain is neither verified nor broken. RFC 8617
     * §5.2 leaves this to the validator; like DKIM (RFC 6376 §6.1.2) it is a temporary error, not a fail.
     */
    | { result: 'temperror'; reason: { message: string }; failedInstance: number; bodyChecked: boolean }
  );
