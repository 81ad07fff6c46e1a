// @vitest-environment happy-dom
// When the resolver could not be used, the popup says which queries failed and why, and offers what the
// agent can do in place: try again, go offline, or choose another resolver.
import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { DnsTroubleNotice, type DnsTroubleActions } from '../../components/DnsTroubleNotice';
import { findDnsTrouble } from '../../components/dns-trouble';
import type { KnownResolverId } from '../../lib/dns/known-resolvers';
import type { DnsQuery, DnsSummary } from '../../lib/report/types';
import { show } from './render';

function query(name: string, type: DnsQuery['type'], outcome: DnsQuery['failure'] | DnsQuery['rcode'], fromCache = false): DnsQuery {
  const failure = typeof outcome === 'object' ? outcome : null;
  return { name, type, rcode: failure ? null : (outcome as DnsQuery['rcode']), failure, ad: false, ms: failure?.reason === 'timeout' ? 3000 : 4, answerCount: 0, fromCache, resolver: 'Cloudflare' };
}
const timeout = { reason: 'timeout', timeoutMs: 3000, message: 'timeout after 3 s' } as const;
const refused = { reason: 'network', code: null, message: 'the resolver could not be reached' } as const;
const summary = (queries: DnsQuery[], mode: DnsSummary['mode'] = 'doh'): DnsSummary => ({ resolver: 'Cloudflare (https://cloudflare-dns.com/dns-query)', mode, queries, failedCount: queries.filter((q) => q.failure).length });

describe('findDnsTrouble', () => {
  it('groups the resolver failures by the reason recorded, each query once', () => {
    const trouble = findDnsTrouble(
      summary([
        query('example.com', 'TXT', timeout),
        query('example.com', 'TXT', timeout, true),
        query('_dmarc.example.com', 'TXT', timeout),
        query('10.2.0.192.in-addr.arpa', 'PTR', refused),
        query('mail.example.com', 'A', 'NOERROR'),
      ]),
    );
    expect(trouble).toEqual({
      resolver: 'Cloudflare (https://cloudflare-dns.com/dns-query)',
      failedCount: 3,
      askedCount: 4,
      groups: [
        { key: '{"reason":"timeout","timeoutMs":3000}', failure: timeout, queries: ['TXT example.com', 'TXT _dmarc.example.com'] },
        { key: '{"reason":"network","code":null}', failure: refused, queries: ['PTR 10.2.0.192.in-addr.arpa'] },
      ],
    });
  });

  it('is null when the resolver answered, even with SERVFAIL or NXDOMAIN (the domain\'s trouble, not the resolver\'s)', () => {
    expect(findDnsTrouble(summary([query('broken.example', 'TXT', 'SERVFAIL'), query('nope.example', 'A', 'NXDOMAIN')]))).toBeNull();
    expect(findDnsTrouble(summary([query('example.com', 'TXT', { reason: 'aborted', message: 'the query was cancelled' })]))).toBeNull();
  });

  it('is null offline and with a zone file: no resolver was asked', () => {
    expect(findDnsTrouble(summary([query('example.com', 'TXT', { reason: 'offline', message: 'not looked up: offline mode' })], 'offline'))).toBeNull();
    expect(findDnsTrouble(summary([query('example.com', 'TXT', timeout)], 'zone'))).toBeNull();
  });
});

describe('DnsTroubleNotice', () => {
  const many = summary(['a', 'b', 'c', 'd', 'e'].map((label) => query(`${label}.example.com`, 'TXT', timeout)));

  function rendered(lang: 'en' | 'fr' = 'en') {
    const calls: string[] = [];
    const actions: DnsTroubleActions = {
      current: 'cloudflare',
      tryAgain: () => calls.push('again'),
      tryOffline: () => calls.push('offline'),
      chooseResolver: (id: KnownResolverId) => calls.push(`resolver:${id}`),
      optionsUrl: 'chrome-extension://id/options.html',
    };
    return { root: show(<DnsTroubleNotice trouble={findDnsTrouble(many)!} actions={actions} />, lang), calls };
  }

  it('says what failed and why, naming three queries and counting the rest', () => {
    const text = rendered().root.textContent ?? '';
    expect(text).toContain('Cloudflare (https://cloudflare-dns.com/dns-query)');
    expect(text).toContain('5 of 5 DNS queries got no answer');
    expect(text).toContain('timeout after 3 s: TXT a.example.com, TXT b.example.com, TXT c.example.com and 2 more');
  });

  it('in French, with the failure worded by the French catalog', () => {
    const text = rendered('fr').root.textContent ?? '';
    expect(text).toContain('délai dépassé après 3 s');
    expect(text).not.toContain('timeout after');
    expect(text).toContain('Essayer hors ligne');
  });

  it('offers the other known resolvers, and each action calls back', () => {
    const { root, calls } = rendered();
    const select = root.querySelector<HTMLSelectElement>('[data-testid="dns-choose-resolver"]')!;
    expect([...select.options].map((option) => option.value)).toEqual(['', 'google', 'quad9']);
    act(() => {
      root.querySelector<HTMLButtonElement>('[data-testid="dns-try-offline"]')!.click();
      root.querySelector<HTMLButtonElement>('[data-testid="dns-try-again"]')!.click();
      select.value = 'quad9';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(calls).toEqual(['offline', 'again', 'resolver:quad9']);
    expect(root.querySelector('[data-testid="dns-open-options"]')?.getAttribute('href')).toBe('chrome-extension://id/options.html');
  });
});
