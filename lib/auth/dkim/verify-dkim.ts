// DKIM verification of every DKIM-Signature in a message (RFC 6376 §6), from a full message or from
// a header block alone (then the body hash cannot be checked and the best outcome is "header-pass").
import { recordQueries } from '../../dns/recording-resolver';
import type { Resolver } from '../../dns/types';
import type { HeaderField } from '../../headers/header-field';
import type { SplitMessage } from '../../message/split';
import { computeBodyHash, type BodyHash } from './body-hash';
import { fetchKey } from './fetch-key';
import type { DkimKeyRecord } from './key-record';
import { parseDkimSignature, type DkimSignature, type SignatureProblem } from './parse-signature';
import { importPublicKey } from './public-key';
import { selectSignedFields, type AddedField } from './select-signed-fields';
import { signedHeaderData, withTagValueEmptied } from './signed-header-data';
import type { DkimCommon, DkimPermerrorCode, DkimResult, DkimWarning } from './types';
import { verifyHeaderSignature } from './verify-header-signature';

export interface DkimOptions {
  resolver: Resolver;
  /** When the message was received (or the time of the check): t= and x= are judged against it. */
  now: Date;
}

// Senders' and receivers' clocks differ by minutes; a t= only slightly ahead of the receipt time is
// clock skew, not a signature from the future (RFC 6376 §3.5 t= leaves the allowance to the verifier).
export const CLOCK_SKEW_SECONDS = 15 * 60;

// RFC 8301 §3.2: verifiers must not consider keys under 1024 bits valid.
export const MINIMUM_RSA_BITS = 1024;

// The reasons this file decides carry their code and the signature's facts (d=, s=, x=, keyBits); the catalogs
// word them when the Report is assembled (lib/i18n/checks.ts, dkimReason). The key lookup's and the signature
// parser's facts ride along as the reason's `detail`.
const UNWORDED = '';

// RFC 6376 §5.4.1: fields a reader sees or that shape how the body is shown should be signed.
const FIELDS_WORTH_SIGNING = ['from', 'sender', 'reply-to', 'subject', 'date', 'to', 'cc', 'message-id', 'content-type'];

// Real mail carries one to three signatures (the author's domain, its ESP, a list). Each one costs a key
// lookup and a body hash, so a message with thousands is checked up to this many; the caller says the rest
// were not checked.
export const MAX_DKIM_SIGNATURES = 10;

/** The first MAX_DKIM_SIGNATURES DKIM-Signature fields are verified; results are in field order. */
export async function verifyDkim(message: SplitMessage, options: DkimOptions): Promise<DkimResult[]> {
  const signatures = message.fields.filter((field) => field.key === 'dkim-signature').slice(0, MAX_DKIM_SIGNATURES);
  // Signatures often share c=, a= and l= (a domain and its ESP, or the same one added twice): hash once.
  const bodyHashes = new Map<string, BodyHash>();
  return Promise.all(signatures.map((field) => verifyDkimSignature(message, field, options, bodyHashes)));
}

export async function verifyDkimSignature(message: SplitMessage, field: HeaderField, options: DkimOptions, bodyHashes = new Map<string, BodyHash>()): Promise<DkimResult> {
  const resolver = recordQueries(options.resolver);
  const common: DkimCommon = {
    d: null,
    s: null,
    i: null,
    a: null,
    keyBits: null,
    timestamp: null,
    expiration: null,
    field: { raw: field.raw, line: field.line },
    recordQueries: resolver.queries as DkimCommon['recordQueries'],
    signedFields: [],
    unsignedFields: [],
    warnings: [],
  };
  const parsed = parseDkimSignature(field);
  Object.assign(common, parsed.known);
  if (!parsed.ok) return problemResult(common, parsed.problem);
  const signature = parsed.signature;
  common.timestamp = signature.timestamp;
  common.expiration = signature.expiration;

  const selection = selectSignedFields(message.fields, signature.signedHeaders, field);
  common.signedFields = selection.slots.map((slot) => ({ name: slot.name, field: slot.field ? { raw: slot.field.raw, line: slot.field.line } : null }));
  common.unsignedFields = selection.unsigned;
  if (selection.unsignedOmitted > 0) common.unsignedFieldsOmitted = selection.unsignedOmitted;
  common.warnings.push(...fieldWarnings(message, signature, selection.added));

  const lookup = await fetchKey(resolver, signature.selector, signature.domain);
  if (!lookup.ok) {
    const detail = lookup.detail ? { detail: lookup.detail } : {};
    return lookup.result === 'temperror'
      ? { ...common, result: 'temperror', reason: { code: lookup.code, message: UNWORDED, ...detail }, bodyChecked: false }
      : { ...common, result: 'permerror', reason: { code: lookup.code, message: UNWORDED, ...detail }, bodyChecked: false };
  }
  const key = lookup.key;
  const unusable = keyProblem(key, signature);
  if (unusable) return problemResult(common, unusable);
  if (key.testing) common.warnings.push({ code: 'testing-mode' });

  const imported = await importPublicKey(signature.keyType, signature.hashAlgorithm, key.publicKey);
  if (!imported.ok) return { ...common, result: 'permerror', reason: { code: 'key-invalid', message: UNWORDED, detail: imported.problem }, bodyChecked: false };
  common.keyBits = imported.bits;
  if (signature.keyType === 'rsa' && imported.bits < MINIMUM_RSA_BITS) common.warnings.push({ code: 'weak-key', bits: imported.bits });
  if (signature.algorithm === 'rsa-sha1') common.warnings.push({ code: 'sha1' });
  const nowSeconds = Math.floor(options.now.getTime() / 1000);
  if (signature.timestamp !== null && signature.timestamp > nowSeconds + CLOCK_SKEW_SECONDS) {
    common.warnings.push({ code: 'timestamp-in-future', seconds: signature.timestamp - nowSeconds });
  }

  const bodyChecked = message.body !== null;
  if (message.body !== null) {
    const cacheKey = `${signature.bodyCanonicalization}/${signature.hashAlgorithm}/${signature.bodyLength ?? ''}`;
    const body = bodyHashes.get(cacheKey) ?? computeBodyHash(message.body, signature.bodyCanonicalization, signature.hashAlgorithm, signature.bodyLength);
    bodyHashes.set(cacheKey, body);
    if (signature.bodyLength !== null && signature.bodyLength > body.canonicalLength) {
      return { ...common, result: 'fail', reason: { code: 'body-shorter-than-l', message: UNWORDED }, bodyChecked };
    }
    if (!equalBytes(body.digest, signature.bodyHash)) {
      return { ...common, result: 'fail', reason: { code: 'body-hash-mismatch', message: UNWORDED }, bodyChecked };
    }
    if (signature.bodyLength !== null && signature.bodyLength < body.canonicalLength) {
      common.warnings.push({ code: 'body-length-limited', signedOctets: signature.bodyLength, canonicalOctets: body.canonicalLength });
    }
  }

  const bTag = signature.tags.tags.get('b');
  const signatureRaw = bTag ? withTagValueEmptied(field, bTag) : field.raw;
  const data = signedHeaderData(
    selection.slots.map((slot) => slot.field),
    signatureRaw,
    signature.headerCanonicalization,
  );
  const verified = await verifyHeaderSignature(signature.algorithm, imported.key, signature.signature, data);
  if (!verified) {
    return { ...common, result: 'fail', reason: { code: 'signature-invalid', message: UNWORDED }, bodyChecked };
  }
  // RFC 6376 §3.5 x=: past the expiration the signature is not valid, however intact.
  if (signature.expiration !== null && signature.expiration < nowSeconds) {
    return { ...common, result: 'fail', reason: { code: 'signature-expired', message: UNWORDED }, bodyChecked };
  }
  const obsolete = rfc8301Problem(signature, imported.bits);
  if (obsolete) return { ...common, result: 'permerror', reason: obsolete, bodyChecked: false };
  return bodyChecked ? { ...common, result: 'pass', bodyChecked: true } : { ...common, result: 'header-pass', bodyChecked: false };
}

/**
 * RFC 8301 §3.1 and §3.2: verifiers must not consider rsa-sha1 signatures, or RSA keys under 1024 bits,
 * valid. Checked after the signature verified, so the report can say it was intact but still does not count.
 */
function rfc8301Problem(signature: DkimSignature, bits: number): { code: 'weak-key' | 'sha1'; message: string } | null {
  if (signature.keyType === 'rsa' && bits < MINIMUM_RSA_BITS) {
    return { code: 'weak-key', message: UNWORDED };
  }
  if (signature.algorithm === 'rsa-sha1') {
    return { code: 'sha1', message: UNWORDED };
  }
  return null;
}

/** RFC 6376 §3.6.1 and §6.1.2 step 6: whether the published key may verify this signature. */
function keyProblem(key: DkimKeyRecord, signature: DkimSignature): SignatureProblem | null {
  const problem = (code: DkimPermerrorCode): SignatureProblem => ({ result: 'permerror', code });
  // s=: the key must be usable for email.
  if (!key.services.includes('*') && !key.services.includes('email')) return problem('key-not-for-email');
  // k=: the key type must match the signature algorithm.
  if (key.keyType !== signature.keyType) return problem('key-type-mismatch');
  // h=: the key may restrict the hash algorithms.
  if (key.hashes && !key.hashes.includes(signature.hashAlgorithm)) return problem('key-hash-not-allowed');
  // t=s: the i= domain must be d= itself, not a subdomain.
  const auidDomain = signature.auid.slice(signature.auid.lastIndexOf('@') + 1).toLowerCase();
  if (key.strict && auidDomain !== signature.domain) return problem('key-strict-auid');
  return null;
}

function problemResult(common: DkimCommon, problem: SignatureProblem): DkimResult {
  const reason = { message: UNWORDED, ...(problem.detail ? { detail: problem.detail } : {}) };
  return problem.result === 'neutral'
    ? { ...common, result: 'neutral', reason: { code: problem.code, ...reason }, bodyChecked: false }
    : { ...common, result: 'permerror', reason: { code: problem.code, ...reason }, bodyChecked: false };
}

function fieldWarnings(message: SplitMessage, signature: DkimSignature, added: readonly AddedField[]): DkimWarning[] {
  const warnings: DkimWarning[] = [];
  // One warning per name, however many copies were added (RFC 6376 §8.15).
  for (const { name, line, count } of added) warnings.push({ code: 'added-field', name, line, ...(count > 1 ? { count } : {}) });
  const signedKeys = new Set(signature.signedHeaders.map((name) => name.toLowerCase()));
  for (const key of FIELDS_WORTH_SIGNING) {
    const present = message.fields.find((field) => field.key === key);
    if (present && !signedKeys.has(key)) warnings.push({ code: 'field-not-signed', name: present.name });
  }
  return warnings;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
