import type { AnalysisParams } from '../../../lib/report/params/analysis';
import type { FindingSamples } from './types';

export const analysis: FindingSamples<AnalysisParams> = {
  'input.not-email': [
    { problem: { reason: 'empty' } },
    { problem: { reason: 'too-large', bytes: 41_943_054, limitBytes: 41_943_040 } },
    { problem: { reason: 'too-large', bytes: 41_944_064, limitBytes: 41_943_040, stoppedAt: true } },
    { problem: { reason: 'binary', offset: 1234 } },
    { problem: { reason: 'no-header-lines' } },
    { problem: { reason: 'no-email-fields', names: ['conditions'], count: 1 } },
    { problem: { reason: 'no-email-fields', names: ['Note', 'Error', 'http'], count: 7 } },
  ],
  'edge.not-found': [{ hops: 0 }, { hops: 3 }],
  'dns.offline': [{ receiverDecides: true }, { receiverDecides: false }],
  'dns.unavailable': [{ cause: 'cancelled' }, { cause: 'unreachable', queries: 12, resolver: 'https://dns.example/dns-query' }, { cause: 'unreachable', queries: 1, resolver: 'https://dns.example/dns-query' }],
  'analysis.fault': [{ error: 'TypeError: x is not a function' }],
  'analysis.time-limit': [{ checks: ['spf', 'dkim', 'domains'], limitMs: 20000 }, { checks: ['helo'], limitMs: null }],
  'input.incomplete': [{ sign: 'starts-mid-field' }, { sign: 'no-message-fields' }, { sign: 'no-received' }],
};
