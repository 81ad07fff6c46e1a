// The From domain's MX check inside a whole analysis (in-memory zones): its Report field, its findings,
// the MX question shared with the other lookups that ask it, and a verdict it never changes.
import { describe, expect, it } from 'vitest';
import { localizeReport } from '../../lib/i18n/render';
import { OfflineResolver } from '../../lib/dns/offline-resolver';
import { ACME, ACME_IP, acmeHeaders } from '../helpers/acme-zones';
import { ids, keyZone, message, RECEIVER_ZONE, run, signed, zoneResolver } from './scenario-kit';

async function zoneWith(mx: Record<string, unknown>) {
  return zoneResolver({
    ...RECEIVER_ZONE,
    ...(await keyZone(ACME)),
    [ACME]: { TXT: [`v=spf1 ip4:${ACME_IP} -all`], ...mx },
    [`_dmarc.${ACME}`]: { TXT: ['v=DMARC1; p=reject'] },
    [`mail.${ACME}`]: { A: [ACME_IP] },
    '10.100.51.198.in-addr.arpa': { PTR: [`mail.${ACME}`] },
  });
}

const mxQuestions = (report: Awaited<ReturnType<typeof run>>) => report.dns.queries.filter((query) => query.type === 'MX' && query.name === ACME);

describe('the MX check in an analysis', () => {
  it('passes for a domain whose MX host resolves, asking the From domain\'s MX once for every check that needs it', async () => {
    const raw = await signed(message(acmeHeaders()), ACME);
    const report = await run(raw, await zoneWith({ MX: [{ preference: 10, exchange: `mail.${ACME}` }] }));
    expect(report.mx).toMatchObject({ result: 'pass', domain: ACME, hosts: [{ exchange: `mail.${ACME}`, resolution: { kind: 'addresses', addresses: [ACME_IP] } }] });
    const finding = report.findings.find((candidate) => candidate.id === 'mx.pass');
    expect(finding).toMatchObject({ severity: 'pass', params: { domain: ACME, hosts: [`mail.${ACME}`] }, title: `${ACME} receives mail: replies can be delivered` });
    // The mail-organizations lookup, the header-domain check, HELO and MX all want it: one question.
    expect(mxQuestions(report)).toHaveLength(1);
    expect(report.verdict.level).toBe('trusted');
  });

  it('warns about a null MX (RFC 7505) without changing a trusted verdict', async () => {
    const raw = await signed(message(acmeHeaders()), ACME);
    const report = await run(raw, await zoneWith({ MX: [{ preference: 0, exchange: '.' }] }));
    expect(report.mx).toMatchObject({ result: 'null', domain: ACME });
    expect(report.findings.find((finding) => finding.id === 'mx.null')).toMatchObject({ severity: 'warn', params: { domain: ACME } });
    expect(report.findings.find((finding) => finding.id === 'mx.null')?.evidence).toEqual([expect.objectContaining({ kind: 'dns', name: ACME, type: 'MX', answers: ['0 .'] })]);
    expect(report.verdict.level).toBe('trusted');
    expect(report.verdict.reasons.flatMap((reason) => reason.findings).filter((id) => id.startsWith('mx.'))).toEqual([]);
    expect(mxQuestions(report)).toHaveLength(1);
    const french = localizeReport(report, 'fr').findings.find((finding) => finding.id === 'mx.null');
    expect(french?.title).toBe(`${ACME} n'accepte aucun courrier (MX nul) : une réponse à ce ticket ne pourra pas être remise`);
  });

  it('says where mail goes without an MX record (implicit MX), and warns when there is no address either', async () => {
    const raw = await signed(message(acmeHeaders()), ACME);
    const implicit = await run(raw, await zoneWith({ A: ['192.0.2.80'] }));
    expect(implicit.findings.find((finding) => finding.id === 'mx.none')).toMatchObject({ severity: 'info', params: { addresses: ['192.0.2.80'] } });
    const nowhere = await run(raw, await zoneWith({}));
    expect(nowhere.mx).toMatchObject({ result: 'none', addresses: [] });
    expect(nowhere.findings.find((finding) => finding.id === 'mx.none')).toMatchObject({ severity: 'warn', title: `${ACME} has no MX record and no address: a reply to this ticket cannot be delivered` });
  });

  it('warns when no MX host resolves', async () => {
    const raw = await signed(message(acmeHeaders()), ACME);
    const report = await run(raw, await zoneWith({ MX: [{ preference: 10, exchange: `gone.${ACME}` }] }));
    expect(report.findings.find((finding) => finding.id === 'mx.unresolvable')).toMatchObject({ severity: 'warn', params: { unresolvable: [`gone.${ACME}`], resolving: [] } });
  });

  it('a timeout is mx.temperror, information only', async () => {
    const raw = await signed(message(acmeHeaders()), ACME);
    const report = await run(raw, await zoneWith({ MX: 'TIMEOUT' }));
    expect(report.mx).toMatchObject({ result: 'temperror', problems: [{ kind: 'failure', reason: 'timeout', type: 'MX' }] });
    expect(report.findings.find((finding) => finding.id === 'mx.temperror')).toMatchObject({ severity: 'info' });
    expect(report.verdict.reasons.flatMap((reason) => reason.findings).filter((id) => id.startsWith('mx.'))).toEqual([]);
  });

  it('is not checked offline, and there is no finding about it', async () => {
    const report = await run(message(acmeHeaders()), new OfflineResolver(), { dnsMode: 'offline' });
    expect(report.mx).toMatchObject({ result: 'not-checked', reason: 'offline' });
    expect(ids(report).filter((id) => id.startsWith('mx.'))).toEqual([]);
  });

  it('comes after the authentication findings', async () => {
    const raw = await signed(message(acmeHeaders()), ACME);
    const report = await run(raw, await zoneWith({ MX: [{ preference: 10, exchange: `mail.${ACME}` }] }));
    const order = ids(report);
    expect(order.indexOf('mx.pass')).toBeGreaterThan(order.indexOf('dmarc.pass'));
  });
});
