import type { SpfParams } from '../../../lib/report/params/spf';
import type { FindingSamples } from './types';

const checked = { domain: 'example.com', ip: '192.0.2.10', forwardedEdge: false, guessedSender: null };
const match = { term: '-all', domain: 'example.com' };

export const spf: FindingSamples<SpfParams> = {
  'spf.pass': [{ ...checked, match: { term: 'ip4:192.0.2.0/24', domain: '_spf.example.com' } }, { ...checked, guessedSender: 'alice@example.com', match: { term: 'mx', domain: 'example.com' } }],
  'spf.fail': [
    { ...checked, match, explanation: null, beside: 'nothing' },
    { ...checked, match, explanation: 'See https://example.com/why', beside: 'dmarc-passed-by-dkim' },
    { ...checked, forwardedEdge: true, match, explanation: null, beside: 'aligned-dkim-pass' },
  ],
  'spf.softfail': [{ ...checked, match: { term: '~all', domain: 'example.com' }, beside: 'nothing' }, { ...checked, forwardedEdge: true, match: { term: '~all', domain: 'example.com' }, beside: 'dmarc-passed-by-dkim' }],
  'spf.neutral': [{ ...checked, match: { term: '?all', domain: 'example.com' }, beside: 'nothing' }, { ...checked, match: null, beside: 'dmarc-passed-by-dkim' }],
  'spf.none': [
    { ...checked, cause: { kind: 'no-record', domain: 'example.com' } },
    { ...checked, cause: { kind: 'nxdomain', domain: 'example.com' } },
    { ...checked, cause: { kind: 'invalid-domain', domain: 'example..com' } },
    { ...checked, ip: 'unknown', cause: { kind: 'invalid-ip', ip: 'unknown' } },
  ],
  'spf.permerror': [
    { ...checked, cause: { kind: 'multiple-records', domain: 'example.com', count: 2 } },
    { ...checked, cause: { kind: 'syntax', domain: 'example.com' } },
    { ...checked, cause: { kind: 'term', term: 'include:_spf.example.net', domain: 'example.com', outcome: 'permerror' } },
  ],
  'spf.temperror': [
    { ...checked, cause: { kind: 'lookup', problem: { kind: 'failure', name: 'example.com', type: 'TXT', reason: 'timeout', timeoutMs: 3000, ms: 3000 } } },
    { ...checked, cause: { kind: 'term', term: 'mx:example.net', domain: 'example.com', outcome: 'temperror' } },
  ],
};
