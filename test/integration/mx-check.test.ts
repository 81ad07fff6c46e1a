// The From domain's MX check over real DNS: BIND serves a domain with a null MX (RFC 7505) and one whose
// only MX host has no address, a validating BIND resolver and dnsdist (DoH) sit in front, and analyze()
// asks them over DNS over HTTPS. The MX question is shared with the other lookups that ask it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { DohResolver } from '../../lib/dns/doh-resolver';
import { authorHeaders, message, NOW, RECEIVER, received, testKey } from '../analyze/scenario-kit';
import { ACME_IP, acmeZones } from '../helpers/acme-zones';
import { startDnsServers, type DnsServers } from '../helpers/dns-servers';

let servers: DnsServers | undefined;

const soa = (origin: string) => `$TTL 300\n@ IN SOA ns1.${origin}. hostmaster.${origin}. 1 3600 600 86400 60\n@ NS ns1.${origin}.\nns1 A 192.0.2.53\n`;

beforeAll(async () => {
  const key = await testKey();
  servers = await startDnsServers({
    extraZones: [
      ...acmeZones(key.publicKey),
      { origin: 'nomail.test', text: `${soa('nomail.test')}@ MX 0 .\n@ TXT "v=spf1 ip4:${ACME_IP} -all"\n` },
      { origin: 'dangling.test', text: `${soa('dangling.test')}@ MX 10 gone.dangling.test.\n@ TXT "v=spf1 ip4:${ACME_IP} -all"\n` },
    ],
  });
}, 60_000);

afterAll(async () => {
  await servers?.stop();
});

function analyzeFrom(domain: string) {
  const raw = message([...received([{ helo: 'mail.acme-widgets.com', ip: ACME_IP, by: RECEIVER }]), `Return-Path: <alice@${domain}>`, ...authorHeaders(`alice@${domain}`)]);
  return analyze(raw, { resolver: new DohResolver({ url: servers?.dohUrl ?? '', label: 'test dnsdist', timeoutMs: 5000 }), now: NOW, dnsMode: 'doh' });
}

describe('the MX check over DNS over HTTPS', () => {
  it('finds the null MX of the From domain, asking its MX once', async () => {
    const report = await analyzeFrom('nomail.test');
    expect(report.mx).toMatchObject({ result: 'null', domain: 'nomail.test' });
    const finding = report.findings.find((candidate) => candidate.id === 'mx.null');
    expect(finding).toMatchObject({ severity: 'warn', title: 'nomail.test accepts no mail: a reply to this ticket will bounce' });
    expect(finding?.evidence).toContainEqual(expect.objectContaining({ kind: 'dns', name: 'nomail.test', type: 'MX', rcode: 'NOERROR', answers: ['0 .'] }));
    const logged = report.dns.queries.filter((query) => query.name === 'nomail.test');
    expect(logged.filter((query) => query.type === 'MX')).toHaveLength(1);
    // Every question about the domain reached the server once, whichever checks asked it.
    expect(servers?.queriesFor('nomail.test')).toBe(logged.length);
  });

  it('says that no MX host resolves when the only one has no address', async () => {
    const report = await analyzeFrom('dangling.test');
    expect(report.mx).toMatchObject({ result: 'unresolvable', hosts: [{ exchange: 'gone.dangling.test', resolution: { kind: 'none' } }] });
    expect(report.findings.find((candidate) => candidate.id === 'mx.unresolvable')).toMatchObject({ severity: 'warn', params: { domain: 'dangling.test', unresolvable: ['gone.dangling.test'], resolving: [] } });
  });
});
