// analyze() reports progress while DNS answers arrive, asks independent questions together, and never
// rejects: input that is not an email becomes a report that says so.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { OfflineResolver } from '../../lib/dns/offline-resolver';
import type { DnsResult, RecordType, Resolver } from '../../lib/dns/types';
import type { ProgressEvent } from '../../lib/report/types';
import { authorHeaders, keyZone, message, RECEIVER, RECEIVER_ZONE, received, run, signed, zoneResolver } from './scenario-kit';

const ACME = 'acme-widgets.com';

async function setup() {
  const raw = await signed(message([...received([{ helo: `mail.${ACME}`, ip: '198.51.100.10', by: RECEIVER }]), `Return-Path: <alice@${ACME}>`, ...authorHeaders(`alice@${ACME}`)]), ACME);
  const zone = zoneResolver({
    ...RECEIVER_ZONE,
    [ACME]: { MX: [{ preference: 10, exchange: `mail.${ACME}` }], TXT: ['v=spf1 include:_spf.mailhost.net -all'] },
    '_spf.mailhost.net': { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
    [`mail.${ACME}`]: { A: ['198.51.100.10'] },
    '10.100.51.198.in-addr.arpa': { PTR: [`mail.${ACME}`] },
    [`_dmarc.${ACME}`]: { TXT: ['v=DMARC1; p=reject'] },
    ...(await keyZone(ACME)),
  });
  return { raw, zone };
}

describe('progress', () => {
  it('a parsed draft first, then one event per check with pending slots filling in, and the query log', async () => {
    const { raw, zone } = await setup();
    const events: ProgressEvent[] = [];
    const report = await run(raw, zone, { onProgress: (event) => events.push(structuredClone(event)) });
    const first = events[0];
    expect(first?.type).toBe('parsed');
    if (first?.type !== 'parsed') return;
    expect(first.draft).toMatchObject({ complete: false, spf: { result: 'pending' }, dmarc: { result: 'pending' }, iprev: { result: 'pending' } });
    expect(first.draft.message.from[0]?.address).toBe(`alice@${ACME}`);
    expect(first.draft.pendingChecks).toEqual(['iprev', 'helo', 'spf', 'dkim', 'dmarc', 'arc', 'domains', 'mx']);

    const checks = events.filter((event) => event.type === 'check');
    expect(checks.map((event) => event.check).sort()).toEqual(['arc', 'dkim', 'dmarc', 'domains', 'helo', 'iprev', 'mx', 'spf']);
    expect(checks.map((event) => event.completed)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(checks.map((event) => event.total))).toEqual(new Set([8]));
    const last = checks.at(-1);
    expect(last?.draft.verdict.level).toBe(report.verdict.level);
    expect(last?.draft.pendingChecks).toEqual([]);
    // A check is no longer pending in the draft of its own event.
    for (const event of checks) expect(event.draft.pendingChecks).not.toContain(event.check);
    expect('pendingChecks' in report).toBe(false);

    const queries = events.filter((event) => event.type === 'query');
    expect(queries.length).toBe(report.dns.queries.length);
  });
});

describe('parallel queries', () => {
  it('asks every independent first question before any answer arrives', async () => {
    const { raw, zone } = await setup();
    const waiting: { name: string; type: RecordType; release: () => void }[] = [];
    const firstWave: string[] = [];
    let released = false;
    // Holds every answer until the engine has nothing more to ask without one.
    const gated: Resolver = {
      label: 'gated zone',
      async query(name: string, type: RecordType): Promise<DnsResult> {
        if (!released) firstWave.push(`${type} ${name}`);
        const answer = await zone.query(name, type);
        await new Promise<void>((release) => waiting.push({ name, type, release }));
        return answer;
      },
    };
    const done = run(raw, gated);
    // Let every synchronous step and microtask run; no answer has been released yet.
    await new Promise((settle) => setTimeout(settle, 50));
    released = true;
    const release = () => {
      for (const entry of waiting.splice(0)) entry.release();
    };
    const timer = setInterval(release, 1);
    await done;
    clearInterval(timer);
    expect(firstWave).toEqual(expect.arrayContaining([
      'PTR 10.100.51.198.in-addr.arpa',
      `TXT ${ACME}`,
      `TXT sel1._domainkey.${ACME}`,
      `TXT _dmarc.${ACME}`,
      `MX ${ACME}`,
      'MX helpdesk.zendesk-inbound.net',
    ]));
    // The include's TXT depends on the first answer: it cannot be in the first wave.
    expect(firstWave).not.toContain('TXT _spf.mailhost.net');
  });
});

describe('input that is not an email', () => {
  it.each([
    ['empty', '', 'empty'],
    ['plain words', 'hello there\nno headers here\n', 'no-header-lines'],
    ['binary', '\u0000\u0001\u0002PK\u0003\u0004', 'binary'],
    ['a note whose only colon line is not a field of an email', 'Hi team,\nsee below.\nNote: the customer never got our reply\n', 'no-email-fields'],
  ])('%s: a report with input.kind not-email, verdict unknown, no DNS', async (_name, text, reason) => {
    let asked = 0;
    const counting: Resolver = { label: 'counting', query: async (name, type) => { asked += 1; return new OfflineResolver().query(name, type); } };
    const report = await analyze(text, { resolver: counting });
    expect(report.input).toMatchObject({ kind: 'not-email', problem: { reason } });
    expect(report.findings.map((f) => f.id)).toEqual(['input.not-email']);
    expect(report.verdict.level).toBe('unknown');
    expect(asked).toBe(0);
  });

  it('a resolver that throws (breaking its contract) still gives a report, never a rejection', async () => {
    const { raw } = await setup();
    const broken: Resolver = { label: 'broken', query: async () => { throw new Error('boom'); } };
    const report = await analyze(raw, { resolver: broken });
    expect(report.findings.map((f) => f.id)).toEqual(['analysis.fault']);
    expect(report.verdict.level).toBe('unknown');
  });
});

describe('offline', () => {
  it('makes no query and keeps the header evidence', async () => {
    const { raw } = await setup();
    const report = await analyze(`Auto-Submitted: auto-generated\r\n${raw}`, { resolver: new OfflineResolver() });
    expect(report.dns).toMatchObject({ mode: 'offline', queries: [] });
    expect(report.iprev).toMatchObject({ result: 'not-checked', reason: 'offline' });
    // The test receiver (mx1.zendesk-inbound.net) is not in zendesk.com: the report says who received it.
    expect(report.findings.map((f) => f.id)).toEqual(['dns.offline', 'auto.reply', 'receiver.not-zendesk']);
    expect(report.verdict.level).toBe('likely-suspended');
  });
});

describe('cancel', () => {
  it('an aborted analysis still resolves, unknown, and says it was cancelled', async () => {
    const { raw } = await setup();
    const controller = new AbortController();
    controller.abort();
    // A resolver that honours the signal as the DoH client does.
    const honouring: Resolver = {
      label: 'honouring',
      query: async (name, type, options) => ({ kind: 'failure', name, type, ...(options?.signal?.aborted ? { reason: 'aborted' as const } : { reason: 'network' as const, code: null }), ms: 0, resolver: 'honouring' }),
    };
    const report = await analyze(raw, { resolver: honouring, signal: controller.signal });
    expect(report.verdict.level).toBe('unknown');
    expect(report.findings.find((f) => f.id === 'dns.unavailable')?.title).toBe('The analysis was cancelled before DNS answered');
  });
});
