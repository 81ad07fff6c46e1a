import type { ArcParams } from '../../../lib/report/params/arc';
import type { FindingSamples } from './types';

export const arc: FindingSamples<ArcParams> = {
  'arc.pass': [
    { instances: 1, oldestPass: 1, sealers: ['lists.example.org'], body: 'checked', vouches: true },
    { instances: 2, oldestPass: 1, sealers: ['lists.example.org', null], body: 'header-only', vouches: false },
    { instances: 3, oldestPass: 2, sealers: ['a.example.org', 'b.example.org', 'c.example.org'], body: 'checked', vouches: false },
  ],
  'arc.fail': (['malformed', 'instance-out-of-range', 'duplicate-instance', 'instance-gap', 'incomplete-set', 'cv-fail', 'first-cv-not-none', 'cv-not-pass', 'ams-invalid', 'seal-invalid'] as const)
    .map((code, index) => ({ code, failedInstance: index % 2 === 0 ? index + 1 : null })),
  'arc.none': [{}],
  'arc.temperror': [{ failedInstance: 1, problem: { kind: 'failure', name: 'arc._domainkey.lists.example.org', type: 'TXT', reason: 'timeout', timeoutMs: 3000, ms: 3000 } }, { failedInstance: 2, problem: null }],
  'forwarding.detected': [
    { origin: { ip: '192.0.2.10', helo: 'mail.example.com' }, signs: ['arc-set', 'x-forwarded-to'] },
    { origin: { ip: null, helo: null }, signs: [] },
    { origin: null, signs: ['resent-fields', 'x-forwarded-for', 'x-google-original-from', 'recipient-domain-change', 'list-headers', 'other'] },
  ],
};
