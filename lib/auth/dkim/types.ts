// What a DKIM check found, per signature (RFC 6376 §6, RFC 8601 §2.7.1 result names).
import type { DnsResult } from '../../dns/types';
import type { TagListError } from '../../headers/tag-list';

export type DkimAlgorithm = 'rsa-sha256' | 'rsa-sha1' | 'ed25519-sha256';

/** A header field the signature covers, in h= order; `field` is null for a name signed more often than present. */
export interface SignedField {
  name: string;
  field: { raw: string; line: number } | null;
}

/**
 * A header field the signature does not cover. `added`: its name is in h= but this instance is not
 * signed (it was added above the signed ones, RFC 6376 §8.15); `not-in-h`: its name is not signed at all.
 */
export interface UnsignedField {
  name: string;
  line: number;
  why: 'added' | 'not-in-h';
}

export type DkimWarning =
  /** RFC 8301: rsa-sha1 must not be used for signing any more. */
  | { code: 'sha1' }
  /** RFC 8301 §3.2: keys under 1024 bits must not be accepted; still verified so the report can say why. */
  | { code: 'weak-key'; bits: number }
  /** RFC 6376 §3.6.1 t=y: the domain is testing DKIM; treat as unsigned. */
  | { code: 'testing-mode' }
  /** t= is later than the receipt time by more than the allowed clock difference. */
  | { code: 'timestamp-in-future'; seconds: number }
  /** RFC 6376 §8.2: l= leaves the end of the body unsigned. */
  | { code: 'body-length-limited'; signedOctets: number; canonicalOctets: number }
  /**
   * A field named in h= has an instance the signature does not cover (e.g. a second From above the signed
   * one). One warning per name: `line` is the first such instance, `count` how many there are when more than one.
   */
  | { code: 'added-field'; name: string; line: number; count?: number }
  /** A field a reader sees or that shapes the body is present but not signed. */
  | { code: 'field-not-signed'; name: string };

export type DkimFailCode =
  /** The canonicalized body does not hash to bh= (the body changed in transit). */
  | 'body-hash-mismatch'
  /** The header hash does not verify with the key (a signed header changed, or the wrong key). */
  | 'signature-invalid'
  /** RFC 6376 §3.5 x=: the receipt time is after the expiration. */
  | 'signature-expired'
  /** l= is longer than the canonicalized body: content was removed. */
  | 'body-shorter-than-l';

export type DkimPermerrorCode =
  | 'syntax'
  | 'missing-tag'
  | 'bad-base64'
  | 'unsupported-version'
  | 'from-not-signed'
  | 'auid-not-in-sdid'
  | 'expiration-before-timestamp'
  | 'key-not-found'
  | 'key-revoked'
  | 'key-syntax'
  | 'key-multiple-records'
  | 'key-type-mismatch'
  | 'key-hash-not-allowed'
  | 'key-not-for-email'
  | 'key-strict-auid'
  | 'key-invalid'
  /** RFC 8301 §3.2: an RSA key under 1024 bits; the signature is not considered valid, however it verifies. */
  | 'weak-key'
  /** RFC 8301 §3.1: rsa-sha1 signatures are not considered valid any more. */
  | 'sha1';

export type DkimNeutralCode = 'unsupported-algorithm' | 'unsupported-canonicalization' | 'unsupported-query-method';

export type DkimTemperrorCode = 'dns-failure' | 'dns-error';

/** What exactly is wrong with a DKIM-Signature's tags (RFC 6376 §3.5, §6.1.1), beside the result's code. */
export type DkimSignatureProblem =
  | TagListError
  /** v= is not "1". */
  | { problem: 'unsupported-version'; value: string }
  /** §5.4: h= must include From. */
  | { problem: 'from-not-signed' }
  /** i= has no "@". */
  | { problem: 'auid-without-at'; auid: string }
  /** §3.5 i=: the AUID's domain must be d= or a subdomain of it. */
  | { problem: 'auid-not-in-sdid'; auid: string; d: string }
  /** q= lists no dns/txt. */
  | { problem: 'unsupported-query-method'; value: string }
  | { problem: 'unsupported-algorithm'; value: string }
  /** b= decodes to nothing. */
  | { problem: 'empty-signature' }
  /** c= is not simple or relaxed (header/body). */
  | { problem: 'unsupported-canonicalization'; value: string }
  | { problem: 'bad-domain'; value: string }
  | { problem: 'bad-selector'; value: string }
  /** h= holds an empty name or one with characters a field name cannot have. */
  | { problem: 'bad-field-name'; value: string }
  /** l= is 1*76DIGIT, t= and x= 1*12DIGIT. */
  | { problem: 'not-a-number'; tag: 'l' | 't' | 'x'; value: string }
  /** x= must be after t=. */
  | { problem: 'expiration-before-timestamp'; timestamp: number; expiration: number };

/** What exactly is wrong with the key at <selector>._domainkey.<domain> (RFC 6376 §3.6.1, §6.1.2; RFC 8463 §4). */
export type DkimKeyProblem =
  | TagListError
  /** v= present but not DKIM1, or not the first tag. */
  | { problem: 'key-version'; value: string }
  /** The name does not exist (NXDOMAIN) or holds no TXT record (NODATA). */
  | { problem: 'no-key'; rcode: 'NXDOMAIN' | 'NODATA' }
  /** More than one TXT record at the key's name. */
  | { problem: 'several-keys'; count: number }
  /** The DNS answered with an error code other than NXDOMAIN. */
  | { problem: 'lookup-rcode'; rcode: string }
  /** An Ed25519 p= must be 32 octets (bare, or 44 in SubjectPublicKeyInfo). */
  | { problem: 'ed25519-length'; octets: number }
  /** p= is neither an RSA SubjectPublicKeyInfo nor a bare RSAPublicKey. */
  | { problem: 'not-rsa-key' }
  /** WebCrypto refused the key. */
  | { problem: 'key-import' };

/** The fact behind a reason's code, when there is more to say than the code (schema 4; the catalogs word it). */
export type DkimDetail = DkimSignatureProblem | DkimKeyProblem;

/** Common to every outcome; a value is null when the signature was too broken to say. */
export interface DkimCommon {
  /** SDID (d=). */
  d: string | null;
  /** Selector (s=). */
  s: string | null;
  /** AUID (i=, defaulting to "@" + d). */
  i: string | null;
  a: DkimAlgorithm | null;
  /** The key's size in bits (RSA modulus; 256 for Ed25519), once the key was fetched. */
  keyBits: number | null;
  /** t= and x= in seconds since the epoch. */
  timestamp: number | null;
  expiration: number | null;
  /** The DKIM-Signature field itself. */
  field: { raw: string; line: number };
  /** The DNS queries this signature needed (its evidence). */
  recordQueries: DnsResult[];
  signedFields: SignedField[];
  /** At most 50, top to bottom; unsignedFieldsOmitted counts the rest when there are more. */
  unsignedFields: UnsignedField[];
  unsignedFieldsOmitted?: number;
  warnings: DkimWarning[];
}

export type DkimResult = DkimCommon &
  (
    | { result: 'pass'; bodyChecked: true }
    /** A header block alone: the header signature verified, the body hash could not be checked. Not a pass. */
    | { result: 'header-pass'; bodyChecked: false }
    | { result: 'fail'; reason: { code: DkimFailCode; message: string }; bodyChecked: boolean }
    | { result: 'neutral'; reason: { code: DkimNeutralCode; message: string; detail?: DkimDetail }; bodyChecked: false }
    | { result: 'temperror'; reason: { code: DkimTemperrorCode; message: string; detail?: DkimDetail }; bodyChecked: false }
    | { result: 'permerror'; reason: { code: DkimPermerrorCode; message: string; detail?: DkimDetail }; bodyChecked: false }
  );

export type DkimOutcome = Exclude<DkimResult['result'], 'pass' | 'header-pass'>;
