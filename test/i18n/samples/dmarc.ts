import type { AlignmentCheck, PolicyDecision } from '../../../lib/auth/dmarc/types';
import type { DmarcParams } from '../../../lib/report/params/dmarc';
import type { FindingSamples } from './types';

const from = { fromDomain: 'news.example.com' };
const spfPass: AlignmentCheck = { mechanism: 'spf', domain: 'bounce.example.com', result: 'pass', mode: 'relaxed', aligned: true, counts: true };
const dkimPass: AlignmentCheck = { mechanism: 'dkim', domain: 'example.com', result: 'pass', mode: 'strict', aligned: true, counts: true };
const espPass: AlignmentCheck = { mechanism: 'dkim', domain: 'esp.example.net', result: 'pass', mode: 'relaxed', aligned: false, counts: false };
const spfFail: AlignmentCheck = { mechanism: 'spf', domain: 'example.com', result: 'softfail', mode: 'relaxed', aligned: true, counts: false };
const policy = (requested: PolicyDecision['requested'], pct: number, source: PolicyDecision['source'] = 'p'): PolicyDecision => ({ requested, source, pct, outsideSample: 'none', applied: requested, description: '' });

export const dmarc: FindingSamples<DmarcParams> = {
  'dmarc.pass': [{ ...from, passing: [spfPass], requestedPolicy: 'reject' }, { ...from, passing: [spfPass, dkimPass], requestedPolicy: null }],
  'dmarc.fail': [
    { ...from, alignment: [spfFail, espPass], policy: policy('reject', 100), excuse: { kind: 'none' } },
    { ...from, alignment: [], policy: policy('quarantine', 50, 'sp'), excuse: { kind: 'arc-vouches' } },
    { ...from, alignment: [spfFail], policy: policy('quarantine', 0), excuse: { kind: 'rotated-since', domains: ['example.com'] } },
    { ...from, alignment: [espPass], policy: policy('reject', 20), excuse: { kind: 'none' } },
    { ...from, alignment: [spfFail], policy: policy('none', 100, 'invalid-record-p-none'), excuse: { kind: 'none' } },
  ],
  'dmarc.none': [
    { ...from, cause: 'no-record', domainsAsked: ['news.example.com', 'example.com'], records: 0 },
    { ...from, cause: 'multiple-records', domainsAsked: ['news.example.com'], records: 2 },
  ],
  'dmarc.temperror': [{ ...from, problem: { kind: 'failure', name: '_dmarc.news.example.com', type: 'TXT', reason: 'timeout', timeoutMs: 3000, ms: 3000 } }, { ...from, problem: null }],
  'dmarc.permerror': [{ ...from, cause: 'invalid-policy', recordDomain: 'example.com', tag: 'p' }, { ...from, cause: 'invalid-from-domain' }],
};
