// English words of the DKIM findings (Zendesk recommendation 4) and of a DKIM signature's reasons.
import { detailAdds, expirationText, ownDetail, keyName, signerLabel, type DkimParams, type DkimReasonCode, type DkimReasonFacts } from '../../report/params/dkim';
import type { FixParams } from '../../report/params/fixes';
import type { FindingTextsOf } from '../catalog';
import type { Format } from '../format';
import { parseProblems } from './parse-problems';
import { lookupProblem } from './shared';

/** Why a DKIM signature did not pass (RFC 6376 §6.1, RFC 8301), from its code, then its detail when there is one. */
export function dkimReason(code: DkimReasonCode, p: DkimReasonFacts, format: Format): string {
  const reason = codeReason(code, p, format);
  return detailAdds(code, p) ? `${reason}: ${parseProblems.dkim(p.detail, format)}` : reason;
}

function codeReason(code: DkimReasonCode, p: DkimReasonFacts, format: Format): string {
  const key = keyName(p);
  switch (code) {
    case 'body-hash-mismatch':
      return 'The body hash did not verify: the body was changed after signing';
    case 'signature-invalid':
      return 'The signature did not verify: a signed header field changed, or the key does not match';
    case 'signature-expired':
      return p.expiration ? `The signature expired at ${expirationText(p.expiration)} (x=)` : 'The signature has expired (x=)';
    case 'body-shorter-than-l':
      return 'The body is shorter than its l= tag says: content was removed after signing';
    case 'syntax':
      return 'The DKIM-Signature field is malformed (RFC 6376 §3.5)';
    // The codes whose detail is their own fact name its values here (ownDetail), and say it once.
    case 'missing-tag': {
      const own = ownDetail(p, 'missing-tag');
      return own ? `The required tag ${own.tag}= of the DKIM-Signature field is missing (RFC 6376 §3.5)` : 'A required tag of the DKIM-Signature field is missing (RFC 6376 §3.5)';
    }
    case 'bad-base64': {
      const own = ownDetail(p, 'bad-base64');
      return own ? `The base64 value of ${own.tag}= does not decode` : 'A base64 value of the signature (b= or bh=) does not decode';
    }
    case 'unsupported-version': {
      const own = ownDetail(p, 'unsupported-version');
      return own ? `The signature says v=${own.value}, not DKIM version 1` : 'The signature is not of DKIM version 1 (v=1)';
    }
    case 'from-not-signed':
      return 'h= does not include From (RFC 6376 §5.4)';
    case 'auid-not-in-sdid': {
      const own = ownDetail(p, 'auid-not-in-sdid');
      return `The identity i=${own?.auid ?? ''} is not in the signing domain d=${own?.d ?? p.d ?? '?'} (RFC 6376 §3.5)`;
    }
    case 'expiration-before-timestamp': {
      const own = ownDetail(p, 'expiration-before-timestamp');
      return own ? `The expiration x=${own.expiration} is not after the timestamp t=${own.timestamp} (RFC 6376 §3.5)` : 'The expiration x= is not after the timestamp t= (RFC 6376 §3.5)';
    }
    case 'key-not-found':
      return `No key is published at ${key}`;
    case 'key-revoked':
      return `The key at ${key} is revoked (empty p=)`;
    case 'key-syntax':
      return `The key record at ${key} is malformed`;
    case 'key-multiple-records': {
      const own = ownDetail(p, 'several-keys');
      return `${key} has ${own ? format.number(own.count) : 'several'} TXT records; a key name must hold one`;
    }
    case 'key-type-mismatch':
      return `The key type published at ${key} does not match the signature's algorithm (k=)`;
    case 'key-hash-not-allowed':
      return `The key at ${key} does not allow the signature's hash algorithm (h=)`;
    case 'key-not-for-email':
      return `The key at ${key} is not for email (s=)`;
    case 'key-strict-auid':
      return `The key at ${key} has t=s, so i= must be in d=${p.d ?? '?'} itself, not a subdomain`;
    case 'key-invalid':
      // The detail, when it says more than that WebCrypto refused the key, says why after the colon.
      return detailAdds(code, p) ? `The key at ${key} is unusable` : `The key at ${key} is unusable: it could not be imported`;
    case 'weak-key':
      return 'The signature verifies, but its RSA key is under 1024 bits (RFC 8301 §3.2)';
    case 'sha1':
      return 'The signature verifies, but it uses rsa-sha1 (RFC 8301 §3.1)';
    case 'unsupported-algorithm':
      return `The algorithm ${tagged('a', ownDetail(p, 'unsupported-algorithm'))} is not one this verifier knows`;
    case 'unsupported-canonicalization':
      return `The canonicalization ${tagged('c', ownDetail(p, 'unsupported-canonicalization'))} is not simple or relaxed`;
    case 'unsupported-query-method':
      return `The query method ${tagged('q', ownDetail(p, 'unsupported-query-method'))} offers no dns/txt lookup`;
    case 'dns-failure':
    case 'dns-error':
      // The failed lookup names the key's DNS name itself ("TXT sel._domainkey.example.com: timeout").
      return p.problem ? `The key lookup failed (${lookupProblem(p.problem, format)})` : `The key lookup for ${key} failed`;
  }
}

/** A tag with its value as written ("c=loose/simple"), or the tag alone in brackets when the Report has no detail. */
function tagged(tag: string, own: { value: string } | undefined): string {
  return own ? `${tag}=${own.value}` : `(${tag}=)`;
}

export function dkimKeyFix(p: FixParams['dkim-key']): string {
  return `For the owner of ${p.domain}: publish this TXT record at ${p.selector}._domainkey.${p.domain}, the public key of the selector your sending system signs with (s=${p.selector}).`;
}

const KEY_STATE = { 'nxdomain': 'not published', 'no-record': 'not published', 'revoked': 'revoked' } as const;

function keyGone(p: DkimParams['dkim.key-missing']): string {
  const key = keyName(p);
  return p.state === 'revoked' ? `The key at ${key} is revoked (empty p=)` : p.state === 'nxdomain' ? `Key not found: ${key} does not exist (NXDOMAIN)` : `Key not found: ${key} has no TXT record`;
}

const NOT_COUNTED = ' It does not count as a pass, so it cannot carry DMARC.';

export const dkim: FindingTextsOf<DkimParams> = {
  'dkim.pass': (p) => (p.body === 'header-only'
    ? { title: `DKIM header signature verifies (${signerLabel(p)})`, explanation: 'The signed header fields verify with the published key; the body could not be checked.' }
    : { title: `DKIM passes (${signerLabel(p)})`, explanation: `The signature verifies with the key published at ${keyName(p)}${p.keyBits ? ` (${p.keyBits}-bit)` : ''}.` }),
  'dkim.none': (p) => {
    const dmarc = p.dmarc === 'passed-by-spf'
      ? 'DMARC passes through aligned SPF, which is enough for now. '
      : p.dmarc === 'unchecked' ? 'DMARC was not evaluated, so whether aligned SPF carries the message was not checked. ' : '';
    return {
      title: 'The message has no DKIM signature',
      explanation: `${dmarc}Without a DKIM signature${p.fromDomain ? ` by ${p.fromDomain}` : ''}, only SPF can authenticate the sender, and SPF breaks when mail is forwarded. The article asks senders to sign with DKIM and publish the key in DNS.`,
    };
  },
  'dkim.fail': (p, format) => ({
    title: `The DKIM signature (${signerLabel(p)}) does not verify`,
    explanation: `${dkimReason(p.code, p, format)}.${p.code === 'body-hash-mismatch' ? ' A forwarder or list footer, or a rewrite in transit, changed it.' : ''} Zendesk does not trust an invalid DKIM signature.`,
  }),
  'dkim.key-missing': (p) => (p.rotatedSince
    ? {
        title: `The DKIM key ${keyName(p)} is ${KEY_STATE[p.state]} now; the receiver verified the signature on arrival`,
        explanation: `${keyGone(p)}. The receiver's Authentication-Results say dkim=pass for ${p.d ?? '?'}, so the key was published then and has been rotated since. This is normal for old mail and does not count against the message.`,
      }
    : {
        title: `The DKIM key ${keyName(p)} is ${KEY_STATE[p.state]}`,
        explanation: `${keyGone(p)}. Without the key the signature cannot verify: publish the selector's public key at ${keyName(p)}.`,
      }),
  'dkim.weak-key': (p) => ({
    title: `The DKIM key for ${signerLabel(p)} is only ${p.bits} bits`,
    explanation: `RFC 8301 §3.2: verifiers must not accept RSA keys under 1024 bits (a key that small can be factored).${p.counted ? '' : NOT_COUNTED} The domain owner of ${p.d ?? 'the signing domain'} should publish a 2048-bit RSA key under a new selector and sign with it.`,
  }),
  'dkim.sha1': (p) => ({
    title: `The DKIM signature (${signerLabel(p)}) uses rsa-sha1`,
    explanation: `RFC 8301 §3.1: verifiers must not accept rsa-sha1 signatures any more.${p.counted ? '' : NOT_COUNTED} The sending system of ${p.d ?? 'the signing domain'} should sign with rsa-sha256.`,
  }),
  'dkim.unaligned': (p) => {
    const from = p.fromDomain ?? 'the From domain';
    return {
      title: `The DKIM signature (${signerLabel(p)}) verifies but is not the From domain's`,
      explanation: p.beside === 'carried'
        ? `${p.d ?? '?'} is not ${from} or its organizational domain, so this signature does not count for DMARC (RFC 7489 §3.1.1); it does not need to: an aligned pass authenticates the message. Mail providers often add a signature of their own like this one.`
        : `${p.d ?? '?'} is not ${from} or its organizational domain, so it does not count for DMARC (RFC 7489 §3.1.1). Sign with the From domain.`,
    };
  },
  'dkim.body-unchecked': () => ({
    title: 'The DKIM body hash was not checked',
    explanation: 'Only the header block was given, so the signed body cannot be compared: paste the whole message to check it.',
  }),
  'dkim.permerror': (p, format) => (p.outcome === 'neutral'
    ? { title: `The DKIM signature (${signerLabel(p)}) could not be evaluated`, explanation: `${dkimReason(p.code, p, format)}.` }
    : { title: `The DKIM signature (${signerLabel(p)}) is unusable`, explanation: `${dkimReason(p.code, p, format)} (RFC 6376 permerror).` }),
  'dkim.temperror': (p, format) => ({
    title: `The DKIM key for ${signerLabel(p)} could not be fetched now`,
    explanation: `${dkimReason(p.code, p, format)}: a DNS failure, not a verdict on the signature.`,
  }),
};
