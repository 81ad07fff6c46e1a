// The facts each finding of DKIM (recommendation 4) carries: its params, rendered into words by the
// catalogs (lib/i18n/en, lib/i18n/fr). Facts, never sentences.
import type { DkimDetail, DkimFailCode, DkimNeutralCode, DkimPermerrorCode, DkimTemperrorCode } from '../../auth/dkim/types';
import type { LookupProblem } from '../../dns/types';

/** The signature's d= and s= (null when the signature was too broken to say). */
export interface Signer {
  d: string | null;
  s: string | null;
}

/** Any code a DKIM result's reason carries. */
export type DkimReasonCode = DkimFailCode | DkimPermerrorCode | DkimNeutralCode | DkimTemperrorCode;

/** The facts a reason's words may name besides its code. */
export interface DkimReasonFacts extends Signer {
  /** x=, seconds since the epoch. */
  expiration?: number | null;
  /** The key lookup that failed. */
  problem?: LookupProblem | null;
  /** What exactly is wrong with the signature or its key, beside the code (DkimResult reason.detail). */
  detail?: DkimDetail;
}

/**
 * The detail when it is the code's own fact with its values (c=loose/simple under unsupported-canonicalization,
 * the count of TXT records under key-multiple-records): the code's words then name those values, and the
 * detail is not said again after a colon ("c= is not simple or relaxed: c=loose/simple is not simple or relaxed").
 */
export function ownDetail<P extends DkimDetail['problem']>(facts: DkimReasonFacts, problem: P): Extract<DkimDetail, { problem: P }> | undefined {
  return facts.detail?.problem === problem ? (facts.detail as Extract<DkimDetail, { problem: P }>) : undefined;
}

/** The detail each code's words take in when it is there (ownDetail): the same fact, said once. */
const OWN_DETAIL: Partial<Record<DkimReasonCode, DkimDetail['problem']>> = {
  'missing-tag': 'missing-tag',
  'bad-base64': 'bad-base64',
  'unsupported-version': 'unsupported-version',
  'from-not-signed': 'from-not-signed',
  'auid-not-in-sdid': 'auid-not-in-sdid',
  'expiration-before-timestamp': 'expiration-before-timestamp',
  'unsupported-algorithm': 'unsupported-algorithm',
  'unsupported-canonicalization': 'unsupported-canonicalization',
  'unsupported-query-method': 'unsupported-query-method',
  'key-multiple-records': 'several-keys',
  // "The key ... is unusable: it could not be imported" says what WebCrypto's refusal says.
  'key-invalid': 'key-import',
};

/**
 * Whether a reason's detail adds to its code's words: not a failed lookup's DNS code, already in `problem`,
 * nor the code's own fact, which its words already name (OWN_DETAIL).
 */
export function detailAdds(code: DkimReasonCode, facts: DkimReasonFacts): facts is DkimReasonFacts & { detail: DkimDetail } {
  const { detail } = facts;
  if (detail === undefined) return false;
  if (detail.problem === 'lookup-rcode' && facts.problem) return false;
  return OWN_DETAIL[code] !== detail.problem;
}

/** RFC 6376 §3.6.2.1: the key's DNS name, selector._domainkey.domain. */
export function keyName(signer: Signer): string {
  return `${signer.s ?? '?'}._domainkey.${signer.d ?? '?'}`;
}

/** The signer as the reports write it in every language: "d=example.com s=sel1". */
export function signerLabel(signer: Signer): string {
  return `d=${signer.d ?? '?'} s=${signer.s ?? '?'}`;
}

/** x= (seconds since the epoch) as ISO 8601, the form every language shows it in. */
export function expirationText(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}

/** How the From domain stood beside a signature that does not count for it (design notes, "Judgement"). */
export type DkimBeside =
  /** DMARC passes, or another aligned signature verified: this one does not need to count. */
  | 'carried'
  | 'not-carried';

export interface DkimParams {
  /** `body`: the whole message was checked, or a header block alone (the body hash unchecked). */
  'dkim.pass': Signer & { body: 'checked' | 'header-only'; keyBits: number | null };
  'dkim.none': {
    fromDomain: string | null;
    /** DMARC passes through aligned SPF; DMARC was not evaluated; or neither. */
    dmarc: 'passed-by-spf' | 'unchecked' | 'other';
  };
  /** `expiration`: x= in seconds since the epoch, for signature-expired. */
  'dkim.fail': Signer & { code: DkimFailCode; expiration: number | null };
  /** The key is not in DNS now; `rotatedSince`: the receiver verified the signature on arrival. */
  'dkim.key-missing': Signer & { state: 'nxdomain' | 'no-record' | 'revoked'; rotatedSince: boolean };
  /** The key is under 1024 bits (RFC 8301 §3.2); `counted`: false when the signature is a permerror for it. */
  'dkim.weak-key': Signer & { bits: number; counted: boolean };
  'dkim.sha1': Signer & { counted: boolean };
  'dkim.unaligned': Signer & { fromDomain: string | null; beside: DkimBeside };
  'dkim.body-unchecked': Signer;
  /** An unusable signature or key (RFC 6376 permerror), or one this verifier cannot evaluate (neutral). */
  /** `detail` (schema 4): what exactly is wrong, when the signature's parser or the key lookup said more than the code. */
  'dkim.permerror': Signer & { detail?: DkimDetail } & ({ outcome: 'permerror'; code: DkimPermerrorCode } | { outcome: 'neutral'; code: DkimNeutralCode });
  'dkim.temperror': Signer & { code: DkimTemperrorCode; problem: LookupProblem | null };
}
