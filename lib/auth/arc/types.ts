// What an ARC chain check found (RFC 8617 §5.2), per chain and per instance.
import type { DnsResult } from '../../dns/types';
import type { DkimAlgorithm, SignedField } from '../dkim/types';
import type { ArcAuthenticationResults } from './read-arc-authentication-results';

/** The check of one ARC-Seal or ARC-Message-Signature. */
export type ArcSignatureCheck =
  | { status: 'pass' }
  /** AMS only, header block alone: the header signature verified, the body could not be checked. */
  | { status: 'header-pass' }
  | {
      status: 'fail';
      /** Why, as facts (schema 3); the catalogs word it (lib/i18n/<lang>/arc-messages.ts). */
      problem: ArcSignatureProblem;
      /** `problem` in English, for the Report's readers of schema 1 and 2 (filled in by lib/analyze, not by the check). */
      message?: string;
      temporary: boolean;
    }
  /** Not needed for the chain result (older AMS once one failed, seals after a structural failure). */
  | { status: 'not-checked' };

/** Why a key record could not be used, the way fetchKey (RFC 6376 §6.1.2) tells: a failed lookup, or a record that is absent, doubled, malformed or revoked. */
export type ArcKeyCode = 'dns-failure' | 'dns-error' | 'key-not-found' | 'key-multiple-records' | 'key-syntax' | 'key-revoked';

/** The header fields of an ARC set (RFC 8617 §4.1). */
export type ArcFieldName = 'ARC-Authentication-Results' | 'ARC-Message-Signature' | 'ARC-Seal';

/** Why an ARC-Seal or ARC-Message-Signature did not verify, or could not be checked. */
export type ArcSignatureProblem =
  /** The tag-list does not parse, or a required tag is missing or empty (RFC 8617 §4.1.2, §4.1.3). */
  | { kind: 'malformed' }
  /** a= names no algorithm an ARC verifier accepts. */
  | { kind: 'unsupported-algorithm'; value: string | null }
  /** c= is not simple or relaxed. */
  | { kind: 'unsupported-canonicalization' }
  /** RFC 8617 §4.1.3: a seal has no h=. */
  | { kind: 'seal-has-h' }
  /** cv= is not none, pass or fail. */
  | { kind: 'seal-cv'; value: string | null }
  /** d= or s= is empty. */
  | { kind: 'no-signer' }
  /** RFC 8617 §4.1.2: an AMS must not sign ARC-Seal fields. */
  | { kind: 'ams-signs-seal' }
  /** l= is longer than the body. */
  | { kind: 'body-length'; l: number }
  /** The body hash does not match: the body changed after this hop signed it. */
  | { kind: 'body-hash' }
  /** The AMS signature does not verify: a signed header field changed. */
  | { kind: 'signature' }
  /** The seal does not verify: an ARC field of this or an earlier hop changed. */
  | { kind: 'seal' }
  /** RFC 8301 §3.1: rsa-sha1 is not accepted. */
  | { kind: 'sha1' }
  /** The key record could not be fetched or read (as lib/auth/dkim/fetch-key.ts finds it); `name` is selector._domainkey.domain. */
  | { kind: 'key'; code: ArcKeyCode; name: string }
  | { kind: 'key-not-for-email'; name: string }
  | { kind: 'key-type'; name: string; wanted: 'rsa' | 'ed25519'; published: string }
  | { kind: 'key-hash'; name: string; hash: string }
  | { kind: 'key-unusable'; name: string }
  /** RFC 8301 §3.2: an RSA key under `min` bits is not accepted. */
  | { kind: 'key-too-small'; name: string; bits: number; min: number };

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

/** Why the chain failed, as facts (schema 3): the code and what it names. */
export type ArcFailure =
  | { code: 'malformed'; field: string; line: number }
  | { code: 'instance-out-of-range'; field: string; instance: number; max: number }
  | { code: 'duplicate-instance'; field: ArcFieldName; count: number; instance: number }
  | { code: 'instance-gap'; instance: number; highest: number }
  | { code: 'incomplete-set'; instance: number; missing: ArcFieldName }
  | { code: 'cv-fail'; instance: number }
  | { code: 'first-cv-not-none'; cv: string | null }
  | { code: 'cv-not-pass'; instance: number; cv: string | null }
  | { code: 'ams-invalid'; instance: number; problem: ArcSignatureProblem }
  | { code: 'seal-invalid'; instance: number; problem: ArcSignatureProblem };

/** Why the chain could not be checked now: the key of one of its signatures could not be fetched. */
export interface ArcUnchecked {
  instance: number;
  field: 'ARC-Message-Signature' | 'ARC-Seal';
  problem: ArcSignatureProblem;
  /** The same in English (filled in beside the Report, as ArcSignatureCheck.message). */
  message?: string;
}

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
    /** `reason` is the failure's facts, with `message` its English words (filled in beside the Report). */
    | { result: 'fail'; reason: ArcFailure & { message?: string }; failedInstance: number | null; bodyChecked: boolean }
    /**
     * A key could not be fetched (DNS failure): the chain is neither verified nor broken. RFC 8617
     * §5.2 leaves this to the validator; like DKIM (RFC 6376 §6.1.2) it is a temporary error, not a fail.
     */
    | { result: 'temperror'; reason: ArcUnchecked; failedInstance: number; bodyChecked: boolean }
  );
