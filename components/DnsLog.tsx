import type { DnsSummary } from '../lib/report/types';
import { useWords } from './words';

/** Every DNS query the re-check made: what was asked, of which resolver, what came back, how fast, and the AD flag. */
export function DnsLog({ dns }: { dns: DnsSummary }) {
  const { t, number, plural, dnsFailure } = useWords();
  return (
    <>
      <p class="summary" data-testid="dns-summary">
        {dns.mode === 'offline' ? t('dnsOffline') : plural('dnsSummary', dns.queries.length, [dns.resolver, number(dns.failedCount)])}
      </p>
      {dns.queries.length > 0 && (
        <div class="table-scroll">
          <table class="dns-log" data-testid="dns-log">
            <thead>
              <tr>
                <th scope="col">{t('dnsName')}</th>
                <th scope="col">{t('dnsType')}</th>
                <th scope="col">{t('dnsResult')}</th>
                <th scope="col">{t('dnsAnswers')}</th>
                <th scope="col">AD</th>
                <th scope="col">{t('dnsTime')}</th>
                <th scope="col">{t('dnsResolver')}</th>
              </tr>
            </thead>
            <tbody>
              {dns.queries.map((query, index) => (
                <tr key={index} class={query.failure || (query.rcode !== 'NOERROR' && query.rcode !== 'NXDOMAIN') ? 'row-fail' : ''}>
                  <td class="mono">{query.name}</td>
                  <td>{query.type}</td>
                  <td>{query.failure ? dnsFailure(query.failure) : query.rcode}</td>
                  <td>{query.answerCount}</td>
                  <td>{query.ad ? <span class="badge badge-ok">AD</span> : '—'}</td>
                  <td>
                    {query.fromCache ? t('dnsCached') : `${query.ms} ms`}
                    {query.prefetched && <span class="small" title={t('dnsPrefetchedHint')}> · {t('dnsPrefetched')}</span>}
                  </td>
                  <td class="small">{query.resolver}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
