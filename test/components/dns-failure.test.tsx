// @vitest-environment happy-dom
// A DNS query that gave no answer reads in the page's language: the engine's English sentence on an English
// page, the failure's reason worded by the French catalog on a French page, in the DNS log and in evidence.
import { describe, expect, it } from 'vitest';
import { DnsLog } from '../../components/DnsLog';
import { EvidenceList } from '../../components/EvidenceList';
import type { DnsQuery, DnsSummary, Evidence } from '../../lib/report/types';
import { show } from './render';

const timedOut: DnsQuery = {
  name: 'slow.example.com', type: 'TXT', rcode: null, failure: { reason: 'timeout', message: 'timeout after 3 s' },
  ad: false, ms: 3000, answerCount: 0, fromCache: false, resolver: 'Cloudflare',
};
const dns: DnsSummary = { resolver: 'Cloudflare', mode: 'doh', queries: [timedOut], failedCount: 1 };
const evidence: Evidence = { kind: 'dns', name: 'slow.example.com', type: 'TXT', rcode: null, failure: { reason: 'network', message: 'network error reaching https://x: ECONNREFUSED' }, answers: [], ad: false, ms: 12 };

describe('a failed DNS query', () => {
  it('in the DNS log', () => {
    expect(show(<DnsLog dns={dns} />, 'en').querySelector('[data-testid="dns-log"] tbody')?.textContent).toContain('timeout after 3 s');
    const french = show(<DnsLog dns={dns} />, 'fr').querySelector('[data-testid="dns-log"] tbody')?.textContent ?? '';
    expect(french).toContain('délai dépassé après 3 s');
    expect(french).not.toContain('timeout after');
  });

  it('in a finding\'s evidence', () => {
    expect(show(<EvidenceList evidence={[evidence]} />, 'en').textContent).toContain('ECONNREFUSED');
    const french = show(<EvidenceList evidence={[evidence]} />, 'fr').textContent ?? '';
    expect(french).toContain('le résolveur est injoignable');
    expect(french).not.toContain('network error');
  });
});
