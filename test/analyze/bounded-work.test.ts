// Hostile shapes of input keep work and output bounded: findings per field are capped with a count of
// the rest, evidence is an excerpt, DKIM signatures and header domains are checked up to a limit, and a
// resolver that never answers cannot hold the report past its deadline.
import { describe, expect, it } from 'vitest';
import { MAX_DKIM_SIGNATURES } from '../../lib/auth/dkim/verify-dkim';
import { MAX_HEADER_DOMAINS } from '../../lib/auth/domain/check-header-domains';
import type { Resolver } from '../../lib/dns/types';
import { MAX_EVIDENCE_CHARS } from '../../lib/report/evidence';
import { MAX_FINDINGS_PER_FIELD } from '../../lib/report/findings/headers';
import { message, RECEIVER, RECEIVER_ZONE, received, run, zoneResolver } from './scenario-kit';

const SENDER = 'acme-widgets.com';
const ZONE = {
  ...RECEIVER_ZONE,
  [SENDER]: { MX: [{ preference: 10, exchange: `mail.${SENDER}` }], TXT: ['v=spf1 ip4:198.51.100.10 -all'] },
  [`mail.${SENDER}`]: { A: ['198.51.100.10'] },
  '10.100.51.198.in-addr.arpa': { PTR: [`mail.${SENDER}`] },
};

function raw(fields: string[]): string {
  return message([
    ...received([{ helo: `mail.${SENDER}`, ip: '198.51.100.10', by: RECEIVER }]),
    ...fields,
    'Subject: order',
    'Date: Fri, 20 Nov 2026 10:00:00 +0000',
    `Message-ID: <m1@${SENDER}>`,
  ]);
}

const jsonSize = (value: unknown) => JSON.stringify(value).length;

describe('bounded output', () => {
  it(`a From with 16,000 invalid members gives ${MAX_FINDINGS_PER_FIELD} findings and one "and 15,995 more"`, async () => {
    const input = raw([`From: ${Array.from({ length: 16_000 }, (_, index) => `bad${index}@`).join(', ')}`, 'To: support@helpdesk.zendesk-inbound.net']);
    const report = await run(input, zoneResolver(ZONE));
    const malformed = report.findings.filter((finding) => finding.id === 'header.malformed' && finding.evidence.some((e) => e.kind === 'header' && e.field === 'From'));
    expect(malformed).toHaveLength(MAX_FINDINGS_PER_FIELD + 1);
    expect(malformed.at(-1)?.title).toBe('The From field holds 15,995 more addresses that are not valid');
    for (const finding of malformed) {
      for (const evidence of finding.evidence) if (evidence.kind === 'header') expect(evidence.text.length).toBeLessThan(MAX_EVIDENCE_CHARS + 50);
    }
    expect(jsonSize(report)).toBeLessThan(10 * input.length);
  });

  it(`2,500 DKIM signatures: the first ${MAX_DKIM_SIGNATURES} are checked, the rest are "not checked", and no signature lists every other`, async () => {
    const signatures = Array.from({ length: 2500 }, (_, index) => `DKIM-Signature: v=1; a=rsa-sha256; d=${SENDER}; s=s${index}; h=from:from; bh=AAAA; b=AAAA`);
    const input = raw([`From: <alice@${SENDER}>`, 'To: support@helpdesk.zendesk-inbound.net', ...signatures]);
    const report = await run(input, zoneResolver(ZONE));
    expect(report.dkim).toHaveLength(2500);
    expect(report.dkim.filter((entry) => entry.result !== 'not-checked')).toHaveLength(MAX_DKIM_SIGNATURES);
    expect(report.dkim[MAX_DKIM_SIGNATURES]).toMatchObject({ result: 'not-checked', reason: 'limit', s: `s${MAX_DKIM_SIGNATURES}` });
    const keyQueries = report.dns.queries.filter((query) => query.name.includes('._domainkey.'));
    expect(keyQueries).toHaveLength(MAX_DKIM_SIGNATURES);
    for (const entry of report.dkim) {
      if (entry.result === 'not-checked') continue;
      expect(entry.unsignedFields.length).toBeLessThanOrEqual(50);
      expect(entry.unsignedFieldsOmitted).toBe(2500 - 50 + 4);
    }
    expect(jsonSize(report)).toBeLessThan(10 * input.length);
  });

  it('a From repeated 300 times and signed once: one added-field warning per name, with the count', async () => {
    const froms = Array.from({ length: 300 }, () => `From: <alice@${SENDER}>`);
    const input = raw([...froms, 'To: support@helpdesk.zendesk-inbound.net', `DKIM-Signature: v=1; a=rsa-sha256; d=${SENDER}; s=s1; h=from; bh=AAAA; b=AAAA`]);
    const report = await run(input, zoneResolver(ZONE));
    const entry = report.dkim[0];
    if (!entry || entry.result === 'not-checked') throw new Error('the signature was not checked');
    expect(entry.warnings.filter((warning) => warning.code === 'added-field')).toEqual([{ code: 'added-field', name: 'From', line: 3, count: 299 }]);
  });

  it(`16,000 To domains: ${MAX_HEADER_DOMAINS} are asked about, the sender's first, and the rest are counted`, async () => {
    const to = Array.from({ length: 16_000 }, (_, index) => `u@d${index}.example`).join(', ');
    const input = raw([`From: <alice@${SENDER}>`, `To: ${to}`]);
    const report = await run(input, zoneResolver(ZONE));
    const mxQueries = report.dns.queries.filter((query) => query.type === 'MX');
    expect(mxQueries.length).toBeLessThanOrEqual(MAX_HEADER_DOMAINS + 1);
    expect(mxQueries.map((query) => query.name)).toContain(SENDER);
    if (!('skipped' in report.domains)) throw new Error('domains not checked');
    expect(report.domains.skipped).toBe(16_001 - MAX_HEADER_DOMAINS);
    expect(report.domains.unchecked[0]).toMatchObject({ message: `not checked: over the limit of ${MAX_HEADER_DOMAINS} domains` });
    expect(jsonSize(report)).toBeLessThan(10 * input.length);
  });
});

describe('the analysis deadline', () => {
  // A resolver that never answers and ignores cancellation: only the deadline can end the analysis.
  const deaf: Resolver = { label: 'deaf resolver', query: () => new Promise(() => undefined) };

  it('ends the analysis: unfinished checks are "not checked: time limit" and the verdict is unknown', async () => {
    const signature = `DKIM-Signature: v=1; a=rsa-sha256; d=${SENDER}; s=s1; h=from:to:subject:date:message-id; bh=AAAA; b=AAAA`;
    const report = await run(raw([`From: <alice@${SENDER}>`, 'To: support@helpdesk.zendesk-inbound.net', signature]), deaf, { deadlineMs: 300 });
    expect(report.spf).toMatchObject({ result: 'not-checked', reason: 'time-limit', message: 'The time limit (0.3 s) ran out before this check.' });
    expect(report.dmarc).toMatchObject({ result: 'not-checked', reason: 'time-limit' });
    expect(report.dkim).toEqual([expect.objectContaining({ result: 'not-checked', reason: 'time-limit', s: 's1' })]);
    expect(report.mx).toMatchObject({ result: 'not-checked', reason: 'time-limit' });
    expect(report.verdict.level).toBe('unknown');
    const finding = report.findings.find((candidate) => candidate.id === 'analysis.time-limit');
    expect(finding?.title).toMatch(/^Not checked in time: .*SPF/);
    expect(finding?.params).toMatchObject({ checks: expect.arrayContaining(['spf', 'dmarc', 'dkim', 'mx']), limitMs: 300 });
    expect(finding?.explanation).toContain('(0.3 s)');
    expect(report.verdict.reasons.map((reason) => reason.rule)).toContain('time-limit');
  });

  it('checks that finish in time are kept', async () => {
    const report = await run(raw([`From: <alice@${SENDER}>`, 'To: support@helpdesk.zendesk-inbound.net']), zoneResolver(ZONE), { deadlineMs: 20_000 });
    expect(report.spf).toMatchObject({ result: 'pass' });
    expect(report.findings.map((finding) => finding.id)).not.toContain('analysis.time-limit');
  });
});
