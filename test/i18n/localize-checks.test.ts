// The checks' own words (the cards' SPF, DKIM, DMARC, ARC and iprev texts) follow the reader's language:
// localizeReport renders them again from the facts the results carry (codes, causes, failed lookups).
import { describe, expect, it } from 'vitest';
import { localizeReport } from '../../lib/i18n/render';
import type { Resolver } from '../../lib/dns/types';
import type { Report, ReportDraft } from '../../lib/report/types';
import { authorHeaders, keyZone, message, RECEIVER, RECEIVER_ZONE, received, run, signed, zoneResolver } from '../analyze/scenario-kit';

const ACME = 'acme-widgets.com';
const ACME_IP = '198.51.100.10';
const ACME_HOST = `mail.${ACME}`;

async function zone(): Promise<Record<string, unknown>> {
  return {
    ...RECEIVER_ZONE,
    [ACME]: { MX: [{ preference: 10, exchange: ACME_HOST }], TXT: ['v=spf1 ip4:203.0.113.0/24 -all'] },
    [ACME_HOST]: { A: [ACME_IP] },
    '10.100.51.198.in-addr.arpa': { PTR: [ACME_HOST] },
    [`_dmarc.${ACME}`]: { TXT: ['v=DMARC1; p=reject'] },
    ...(await keyZone(ACME)),
  };
}

const acmeMessage = () => message([...received([{ helo: ACME_HOST, ip: ACME_IP, by: RECEIVER }]), `Return-Path: <alice@${ACME}>`, ...authorHeaders(`alice@${ACME}`)]);

/** A message whose body was changed after signing, from a server the domain's SPF record does not list. */
async function brokenReport(): Promise<Report> {
  const raw = (await signed(acmeMessage(), ACME)).replace('This is a test message.', 'This message was changed in transit.');
  return run(raw, zoneResolver(await zone()));
}

const unreachable: Resolver = {
  label: 'unreachable resolver',
  query: async (name, type) => ({ kind: 'failure', name, type, reason: 'timeout', timeoutMs: 3000, ms: 3000, resolver: 'unreachable resolver' }),
};

describe('the checks\' words in French', () => {
  it('a failed SPF, a changed body, a failed DMARC and no ARC are worded in French from their facts', async () => {
    const report = await brokenReport();
    const fr = localizeReport(report, 'fr');
    if (fr.spf.result !== 'fail' || report.spf.result !== 'fail') throw new Error(`expected an SPF fail, got ${fr.spf.result}`);
    expect(report.spf.explanation).toBe(`${ACME_IP} is not one of the mail servers designated by ${ACME}`);
    expect(fr.spf.explanation).toBe(`${ACME_IP} ne fait pas partie des serveurs de messagerie désignés par ${ACME}`);
    const [signature] = fr.dkim;
    if (!signature || !('reason' in signature) || signature.result !== 'fail') throw new Error('expected a failed DKIM signature');
    expect(signature.reason).toEqual({ code: 'body-hash-mismatch', message: 'Le hachage du corps ne correspond pas : le corps a été modifié après la signature' });
    if (fr.dmarc.result !== 'fail') throw new Error(`expected a DMARC fail, got ${fr.dmarc.result}`);
    expect(fr.dmarc.reason).toMatch(/^Aucune réussite alignée : SPF pour acme-widgets\.com donne « fail » \(échec\) ; DKIM d=acme-widgets\.com donne « fail » \(échec\)/);
    expect(fr.dmarc.policy.description).toBe('p=reject ; pct=100 : tout le courrier en échec reçoit la politique (reject)');
    if (fr.arc.result === 'not-checked') throw new Error('expected ARC to be checked');
    expect(fr.arc.summary).toBe('Le message ne porte aucun jeu ARC.');
  });

  it('English stays English, and the facts do not change with the language', async () => {
    const report = await brokenReport();
    const en = localizeReport(report, 'en');
    const fr = localizeReport(report, 'fr');
    expect(en.dmarc.result === 'fail' && en.dmarc.reason).toMatch(/^No aligned pass: SPF for acme-widgets\.com is fail/);
    const strip = (r: Report) => JSON.stringify({ spf: r.spf.result, dkim: r.dkim.map((e) => (e.result !== 'not-checked' && 'reason' in e ? e.reason.code : e.result)), dmarc: r.dmarc.result, arc: r.arc.result });
    expect(strip(fr)).toBe(strip(report));
  });

  it('a progress draft: checks still waiting for DNS stay pending, finished ones are worded', async () => {
    const report = await brokenReport();
    const draft: ReportDraft = { ...report, spf: { result: 'pending' }, complete: false, pendingChecks: ['spf'] };
    const fr = localizeReport(draft, 'fr');
    expect(fr.spf).toEqual({ result: 'pending' });
    expect(fr.arc.result !== 'pending' && fr.arc.result !== 'not-checked' && fr.arc.summary).toBe('Le message ne porte aucun jeu ARC.');
  });

  it('a resolver that times out: SPF, DMARC and iprev say which lookup failed, in French', async () => {
    const report = await run(acmeMessage(), unreachable);
    const fr = localizeReport(report, 'fr');
    expect(fr.spf.result === 'temperror' && fr.spf.reason).toBe(`L'enregistrement SPF n'a pas pu être interrogé (TXT ${ACME} : délai dépassé après 3 s)`);
    expect(fr.dmarc.result === 'temperror' && fr.dmarc.reason).toBe(`L'enregistrement DMARC n'a pas pu être interrogé (TXT _dmarc.${ACME} : délai dépassé après 3 s)`);
    expect(fr.iprev.result === 'temperror' && fr.iprev.reason).toBe('Une requête a échoué : PTR 10.100.51.198.in-addr.arpa : délai dépassé après 3 s');
  });

  it('a forward lookup that times out: its message in English in the Report, in French once localized', async () => {
    const slowForward = { ...(await zone()), [ACME_HOST]: { A: 'TIMEOUT' } };
    const report = await run(acmeMessage(), zoneResolver(slowForward));
    const failed = { name: ACME_HOST, outcome: 'temperror', problem: { kind: 'failure', name: ACME_HOST, type: 'A', reason: 'timeout', timeoutMs: null } };
    expect(report.iprev.result !== 'not-checked' && report.iprev.forward).toMatchObject([
      { ...failed, message: `A lookup failed: A ${ACME_HOST}: timeout (the zone file marks it TIMEOUT)` },
    ]);
    const fr = localizeReport(report, 'fr');
    expect(fr.iprev.result !== 'not-checked' && fr.iprev.forward).toMatchObject([
      { ...failed, message: `Une requête a échoué : A ${ACME_HOST} : délai dépassé (le fichier de zone indique TIMEOUT)` },
    ]);
  });
});

describe("the parsers' problems and the forwarding signs in both languages", () => {
  /** A DKIM-Signature whose c= no verifier knows, a DMARC record with two invalid values, a forwarding header. */
  async function oddReport(): Promise<Report> {
    const oddSignature = `DKIM-Signature: v=1; a=rsa-sha256; c=loose/simple; d=${ACME}; s=sel1; h=from:to; bh=AAAA; b=AAAA`;
    const headers = [...received([{ helo: ACME_HOST, ip: ACME_IP, by: RECEIVER }]), oddSignature, 'X-Forwarded-To: support@example.com', `Return-Path: <alice@${ACME}>`, ...authorHeaders(`alice@${ACME}`)];
    return run(message(headers), zoneResolver({ ...(await zone()), [`_dmarc.${ACME}`]: { TXT: ['v=DMARC1; p=reject; pct=150; adkim=x'] } }));
  }

  it('a DKIM-Signature with an unknown c= says so, from its facts, in the Report and in French', async () => {
    const report = await oddReport();
    const entry = report.dkim.find((signature) => signature.result === 'neutral');
    if (!entry || entry.result !== 'neutral') throw new Error('expected a neutral DKIM result');
    expect(entry.reason.detail).toEqual({ problem: 'unsupported-canonicalization', value: 'loose/simple' });
    expect(entry.reason.message).toBe('The canonicalization c=loose/simple is not simple or relaxed');
    const fr = localizeReport(report, 'fr').dkim.find((signature) => signature.result === 'neutral');
    expect(fr && 'reason' in fr && fr.reason.message).toBe('La canonisation « c=loose/simple » ne vaut ni « simple » ni « relaxed »');
    const finding = localizeReport(report, 'fr').findings.find((f) => f.id === 'dkim.permerror');
    expect(finding?.explanation).toContain('« c=loose/simple » ne vaut ni « simple » ni « relaxed »');
  });

  it("a DMARC record's invalid values carry what was expected, worded in English in the Report and in French", async () => {
    const report = await oddReport();
    if (!('found' in report.dmarc) || !report.dmarc.found) throw new Error(`expected a DMARC record, got ${report.dmarc.result}`);
    expect(report.dmarc.found.record.problems).toEqual([
      { tag: 'adkim', value: 'x', issue: 'invalid-value', expected: { kind: 'alignment' }, message: 'adkim=x is not valid: expected "r" or "s"; relaxed is used' },
      { tag: 'pct', value: '150', issue: 'invalid-value', expected: { kind: 'integer', max: 100, fallback: 100 }, message: 'pct=150 is not valid: expected an integer from 0 to 100; 100 is used' },
    ]);
    const fr = localizeReport(report, 'fr').dmarc;
    expect('found' in fr && fr.found?.record.problems.map((problem) => problem.message)).toEqual([
      '« adkim=x » n\'est pas valide : valeur attendue, « r » ou « s » ; « relaxed » s\'applique',
      '« pct=150 » n\'est pas valide : valeur attendue, un entier de 0 à 100 ; 100 s\'applique',
    ]);
  });

  it('a forwarding sign keeps its facts; its description is English in the Report and French once localized', async () => {
    const report = await oddReport();
    const sign = report.forwarding.signs.find((candidate) => candidate.kind === 'x-forwarded-to');
    expect(sign).toMatchObject({ kind: 'x-forwarded-to', value: 'support@example.com', description: 'x-forwarded-to: support@example.com' });
    const fr = localizeReport(report, 'fr').forwarding.signs.find((candidate) => candidate.kind === 'x-forwarded-to');
    expect(fr?.description).toBe('x-forwarded-to : support@example.com');
  });

  it("the forwarding finding's evidence is the signs worded with their line, in the reader's language", async () => {
    const report = await oddReport();
    const evidence = (r: Report) => r.findings.find((f) => f.id === 'forwarding.detected')?.evidence.map((item) => (item.kind === 'note' ? item.text : item.kind));
    expect(evidence(report)).toEqual([expect.stringMatching(/^x-forwarded-to: support@example\.com \(line \d+\)$/)]);
    expect(evidence(localizeReport(report, 'fr'))).toEqual([expect.stringMatching(/^x-forwarded-to : support@example\.com \(ligne \d+\)$/)]);
  });
});
