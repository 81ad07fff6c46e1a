// Samples of the ARC check's facts (lib/auth/arc/types.ts): every kind of a signature's problem, every
// failure code of the chain, and a chain that could not be checked.
import type { ArcFailure, ArcKeyCode, ArcSignatureProblem, ArcUnchecked } from '../../../lib/auth/arc/types';
import type { VariantSamples } from './types';

const KEY_CODES: readonly ArcKeyCode[] = ['dns-failure', 'dns-error', 'key-not-found', 'key-multiple-records', 'key-syntax', 'key-revoked'];
const KEY = 'arc1._domainkey.lists.example.org';

export const SIGNATURE_SAMPLES: VariantSamples<ArcSignatureProblem, 'kind'> = {
  malformed: [{ kind: 'malformed' }],
  'unsupported-algorithm': [{ kind: 'unsupported-algorithm', value: 'rsa-md5' }],
  'unsupported-canonicalization': [{ kind: 'unsupported-canonicalization' }],
  'seal-has-h': [{ kind: 'seal-has-h' }],
  'seal-cv': [{ kind: 'seal-cv', value: 'maybe' }],
  'no-signer': [{ kind: 'no-signer' }],
  'ams-signs-seal': [{ kind: 'ams-signs-seal' }],
  'body-length': [{ kind: 'body-length', l: 4096 }],
  'body-hash': [{ kind: 'body-hash' }],
  signature: [{ kind: 'signature' }],
  seal: [{ kind: 'seal' }],
  sha1: [{ kind: 'sha1' }],
  key: KEY_CODES.map((code) => ({ kind: 'key' as const, code, name: KEY })),
  'key-not-for-email': [{ kind: 'key-not-for-email', name: KEY }],
  'key-type': [{ kind: 'key-type', name: KEY, wanted: 'ed25519', published: 'rsa' }],
  'key-hash': [{ kind: 'key-hash', name: KEY, hash: 'sha256' }],
  'key-unusable': [{ kind: 'key-unusable', name: KEY }],
  'key-too-small': [{ kind: 'key-too-small', name: KEY, bits: 512, min: 1024 }],
};

export const FAILURE_SAMPLES: VariantSamples<ArcFailure, 'code'> = {
  malformed: [{ code: 'malformed', field: 'ARC-Seal', line: 7 }],
  'instance-out-of-range': [{ code: 'instance-out-of-range', field: 'ARC-Message-Signature', instance: 51, max: 50 }],
  'duplicate-instance': [{ code: 'duplicate-instance', field: 'ARC-Seal', count: 2, instance: 1 }],
  'instance-gap': [{ code: 'instance-gap', instance: 2, highest: 3 }],
  'incomplete-set': (['ARC-Authentication-Results', 'ARC-Message-Signature', 'ARC-Seal'] as const).map((missing) => ({ code: 'incomplete-set' as const, instance: 1, missing })),
  'cv-fail': [{ code: 'cv-fail', instance: 2 }],
  'first-cv-not-none': [{ code: 'first-cv-not-none', cv: 'pass' }, { code: 'first-cv-not-none', cv: null }],
  'cv-not-pass': [{ code: 'cv-not-pass', instance: 2, cv: 'none' }, { code: 'cv-not-pass', instance: 3, cv: null }],
  'ams-invalid': Object.values(SIGNATURE_SAMPLES).flat().map((problem) => ({ code: 'ams-invalid' as const, instance: 2, problem })),
  'seal-invalid': [{ code: 'seal-invalid', instance: 1, problem: { kind: 'seal' } }],
};

export const UNCHECKED_SAMPLES: ArcUnchecked[] = [
  { instance: 1, field: 'ARC-Seal', problem: { kind: 'key', code: 'dns-failure', name: KEY } },
  { instance: 2, field: 'ARC-Message-Signature', problem: { kind: 'key', code: 'dns-error', name: KEY } },
];
