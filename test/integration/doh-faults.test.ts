// Faulty DNS never proves anything: each fault class of the fault-injecting DoH server (an answer cut
// short, padded, miscounted, for another ID or question, a CNAME loop or overlong chain, records for
// another name or type, a 50 MB body) makes the damaged check a temperror and the verdict not trusted.
// Real BIND and dnsdist answer every query the fault does not touch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '@leichtgewicht/dns-packet';
import { analyze } from '../../lib/analyze';
import { createResolver } from '../../lib/dns/create-resolver';
import { nodeDohTransport } from '../../lib/cli/node-doh-transport';
import { DohResolver } from '../../lib/dns/doh-resolver';
import { fetchTransport, type DohTransport } from '../../lib/dns/doh-transport';
import type { Report } from '../../lib/report/types';
import { message, NOW, signed, testKey } from '../analyze/scenario-kit';
import { ACME, acmeHeaders, acmeZones } from '../helpers/acme-zones';
import { startDnsServers, type DnsServers } from '../helpers/dns-servers';
import { FAULTS, startFaultyDohServer, type Fault } from '../helpers/faulty-doh-server';

let servers: DnsServers | undefined;
let unsignedMessage = '';
let signedMessage = '';

beforeAll(async () => {
  const key = await testKey();
  servers = await startDnsServers({ extraZones: acmeZones(key.publicKey), logQueries: false });
  const headers = acmeHeaders();
  unsignedMessage = message(headers);
  signedMessage = await signed(unsignedMessage, ACME);
}, 60_000);

afterAll(async () => {
  await servers?.stop();
});

async function analyzeThrough(url: string, raw: string, transport: DohTransport = fetchTransport): Promise<Report> {
  const created = createResolver({ resolver: url, fallback: false, cache: false, transport });
  if (!created.ok) throw new Error(JSON.stringify(created.problem));
  return analyze(raw, { resolver: created.resolver, now: NOW });
}

async function withFault(fault: Fault, applies: (question: Question) => boolean, raw: string, transport?: DohTransport): Promise<{ report: Report; damaged: string[] }> {
  const faulty = await startFaultyDohServer({ upstream: servers?.dohUrl ?? '', fault, applies });
  try {
    return { report: await analyzeThrough(faulty.url, raw, transport), damaged: faulty.damaged() };
  } finally {
    await faulty.stop();
  }
}

const ids = (report: Report) => report.findings.map((finding) => finding.id);
const is = (type: string, name: string) => (question: Question) => question.type === type && question.name.toLowerCase() === name;

// Each target: the query the fault damages, the message, the temperror expected, and the definite
// findings that only a well-formed answer could justify.
const TARGETS = [
  { check: 'spf', applies: is('TXT', ACME), raw: () => unsignedMessage, temperror: 'spf.temperror', definite: ['spf.pass', 'spf.none', 'spf.fail', 'spf.permerror', 'dmarc.pass'], trustedImpossible: true },
  { check: 'dmarc', applies: is('TXT', `_dmarc.${ACME}`), raw: () => unsignedMessage, temperror: 'dmarc.temperror', definite: ['dmarc.pass', 'dmarc.none', 'dmarc.fail'], trustedImpossible: true },
  { check: 'ptr', applies: (question: Question) => question.type === 'PTR', raw: () => unsignedMessage, temperror: 'ptr.temperror', definite: ['ptr.pass', 'ptr.missing', 'ptr.generic', 'ptr.unconfirmed'], trustedImpossible: false },
  { check: 'helo', applies: is('A', `mail.${ACME}`), raw: () => unsignedMessage, temperror: 'helo.temperror', definite: ['helo.pass', 'helo.unresolvable', 'helo.ip-mismatch', 'ptr.unconfirmed'], trustedImpossible: false },
  { check: 'dkim', applies: is('TXT', `sel1._domainkey.${ACME}`), raw: () => signedMessage, temperror: 'dkim.temperror', definite: ['dkim.pass', 'dkim.key-missing', 'dkim.permerror', 'dkim.fail'], trustedImpossible: false },
] as const;

describe('the fault-injecting DoH server', () => {
  it('passes untouched answers through: without a fault every check passes, and the signed message is trusted', async () => {
    for (const raw of [unsignedMessage, signedMessage]) {
      const { report, damaged } = await withFault('cut-6', () => false, raw);
      expect(damaged).toEqual([]);
      expect(ids(report)).toEqual(expect.arrayContaining(['spf.pass', 'dmarc.pass', 'ptr.pass', 'helo.pass']));
      if (raw === signedMessage) expect(report.verdict.level).toBe('trusted');
    }
  }, 30_000);
});

describe.each([{ name: 'fetch', transport: fetchTransport }, { name: "Node's http", transport: nodeDohTransport }])('a body larger than a DNS message, over $name', ({ transport }) => {
  it('is refused once past 65,535 bytes, without reading the 50 MB', async () => {
    const faulty = await startFaultyDohServer({ upstream: servers?.dohUrl ?? '', fault: 'huge-body', applies: () => true });
    try {
      const result = await new DohResolver({ url: faulty.url, label: 'faulty', timeoutMs: 5000, transport }).query(ACME, 'TXT');
      // The body declares no length here: reading stops past the limit, so the size is "more than" it (bytes: null).
      expect(result).toMatchObject({ kind: 'failure', reason: 'malformed-answer', problem: { problem: 'too-large', limit: 65_535 } });
    } finally {
      await faulty.stop();
    }
  });
});

describe.each(FAULTS.map((fault) => ({ fault })))('DNS fault $fault', ({ fault }) => {
  it.each(TARGETS.map((target) => ({ ...target, name: target.check })))('on the $name query: $temperror, no definite result', async (target) => {
    const { report, damaged } = await withFault(fault, target.applies, target.raw());
    expect(damaged.length).toBeGreaterThan(0);
    expect(ids(report)).toContain(target.temperror);
    for (const definite of target.definite) expect(ids(report)).not.toContain(definite);
    if (target.trustedImpossible) expect(report.verdict.level).not.toBe('trusted');
  }, 30_000);

  // Over both transports: fetch (the default) and Node's http (the CLI's).
  it.each([{ name: 'fetch', transport: fetchTransport }, { name: "Node's http", transport: nodeDohTransport }])('on every query, over $name: the verdict is unknown and no finding claims a missing record', async ({ transport }) => {
    const { report } = await withFault(fault, () => true, signedMessage, transport);
    expect(report.verdict.level).toBe('unknown');
    for (const id of ['ptr.missing', 'helo.unresolvable', 'spf.none', 'dmarc.none', 'dkim.key-missing', 'dkim.permerror', 'domain.nonexistent']) {
      expect(ids(report)).not.toContain(id);
    }
  }, 30_000);
});
