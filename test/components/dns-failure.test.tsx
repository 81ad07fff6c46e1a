// @vitest-environment happy-dom
// A DNS query that gave no answer reads in the page's language, worded from its facts by the engine's
// catalog (lib/i18n/<lang>/dns-failure.ts), in the DNS log and in evidence; a Report from before the facts
// (schema 3) keeps its English sentence.
import { describe, expect, it } from 'vitest';
import { DnsLog } from '../../components/DnsLog';
import { EvidenceList } from '../../components/EvidenceList';
import type { DnsQuery, DnsSummary, Evidence, WordedFailure } from '../../lib/report/types';
import { show } from './render';

const logOf = (failure: WordedFailure): DnsSummary => ({
  resolver: 'Cloudflare', mode: 'doh', failedCount: 1,
  queries: [{ name: 'slow.example.com', type: 'TXT', rcode: null, failure, ad: false, ms: 3012, answerCount: 0, fromCache: false, resolver: 'Cloudflare' } satisfies DnsQuery],
});
// `message` is what the Report says in English; the page words the facts, so a wrong message shows nowhere.
const timedOut = logOf({ reason: 'timeout', timeoutMs: 2500, message: 'the English words' });
const evidenceOf = (failure: WordedFailure): Evidence => ({ kind: 'dns', name: 'slow.example.com', type: 'TXT', rcode: null, failure, answers: [], ad: false, ms: 12 });
const logText = (dns: DnsSummary, lang: 'en' | 'fr') => show(<DnsLog dns={dns} />, lang).querySelector('[data-testid="dns-log"] tbody')?.textContent ?? '';

describe('a failed DNS query', () => {
  it('in the DNS log: the timeout the resolver was given, in each language', () => {
    expect(logText(timedOut, 'en')).toContain('timeout after 2.5 s');
    const french = logText(timedOut, 'fr');
    expect(french).toContain('délai dépassé après 2,5 s');
    expect(french).not.toMatch(/timeout after|English/);
  });

  it('in a finding\'s evidence: an HTTP error, a refused connection, an answer that is not DNS', () => {
    const http = evidenceOf({ reason: 'http-status', httpStatus: 503, message: '' });
    const refused = evidenceOf({ reason: 'network', code: 'ECONNREFUSED', message: '' });
    const html = evidenceOf({ reason: 'malformed-answer', problem: { problem: 'content-type', contentType: 'text/html' }, message: '' });
    expect(show(<EvidenceList evidence={[http, refused, html]} />, 'en').textContent).toMatch(/the resolver answered HTTP 503.*the resolver could not be reached \(ECONNREFUSED\).*the answer could not be read: the server sent text\/html instead of application\/dns-message/s);
    const french = show(<EvidenceList evidence={[http, refused, html]} />, 'fr').textContent ?? '';
    expect(french).toMatch(/le résolveur a répondu HTTP 503.*le résolveur est injoignable \(ECONNREFUSED\).*réponse DNS illisible : le serveur a envoyé « text\/html » au lieu de application\/dns-message/s);
    expect(french).not.toMatch(/resolver|answer|could not/);
  });

  it('from a Report of schema 3 (a reason and its English sentence, no facts): the sentence as it is', () => {
    const old = { reason: 'network', message: 'network error reaching https://x: ECONNREFUSED' } as unknown as WordedFailure;
    expect(show(<EvidenceList evidence={[evidenceOf(old)]} />, 'fr').textContent).toContain('network error reaching https://x: ECONNREFUSED');
  });
});
