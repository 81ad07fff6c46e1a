import type { DkimParams } from '../../../lib/report/params/dkim';
import type { FindingSamples } from './types';

const signer = { d: 'example.com', s: 'sel1' };

export const dkim: FindingSamples<DkimParams> = {
  'dkim.pass': [{ ...signer, body: 'checked', keyBits: 2048 }, { ...signer, body: 'checked', keyBits: null }, { ...signer, body: 'header-only', keyBits: 2048 }],
  'dkim.none': [{ fromDomain: 'example.com', dmarc: 'passed-by-spf' }, { fromDomain: 'example.com', dmarc: 'unchecked' }, { fromDomain: null, dmarc: 'other' }],
  'dkim.fail': [
    { ...signer, code: 'body-hash-mismatch', expiration: null },
    { ...signer, code: 'signature-invalid', expiration: null },
    { ...signer, code: 'signature-expired', expiration: 1767225600 },
    { ...signer, code: 'body-shorter-than-l', expiration: null },
  ],
  'dkim.key-missing': [
    { ...signer, state: 'nxdomain', rotatedSince: false },
    { ...signer, state: 'no-record', rotatedSince: true },
    { ...signer, state: 'revoked', rotatedSince: false },
  ],
  'dkim.weak-key': [{ ...signer, bits: 512, counted: true }, { d: null, s: null, bits: 768, counted: false }],
  'dkim.sha1': [{ ...signer, counted: true }, { d: null, s: 'sel1', counted: false }],
  'dkim.unaligned': [{ d: 'esp.example.net', s: 'k1', fromDomain: 'example.com', beside: 'carried' }, { d: 'esp.example.net', s: 'k1', fromDomain: null, beside: 'not-carried' }],
  'dkim.body-unchecked': [signer],
  'dkim.permerror': [
    ...(['syntax', 'missing-tag', 'bad-base64', 'unsupported-version', 'from-not-signed', 'auid-not-in-sdid', 'expiration-before-timestamp', 'key-not-found', 'key-revoked', 'key-syntax', 'key-multiple-records', 'key-type-mismatch', 'key-hash-not-allowed', 'key-not-for-email', 'key-strict-auid', 'key-invalid', 'weak-key', 'sha1'] as const)
      .map((code) => ({ ...signer, outcome: 'permerror' as const, code })),
    ...(['unsupported-algorithm', 'unsupported-canonicalization', 'unsupported-query-method'] as const).map((code) => ({ ...signer, outcome: 'neutral' as const, code })),
  ],
  'dkim.temperror': [
    { ...signer, code: 'dns-failure', problem: { kind: 'failure', name: 'sel1._domainkey.example.com', type: 'TXT', reason: 'network', code: 'ECONNRESET', ms: 12 } },
    { ...signer, code: 'dns-error', problem: null },
  ],
};
