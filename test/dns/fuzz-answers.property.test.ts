// Fuzzing the DNS side with fast-check (fixed seed, a budget that fits CI): DNS answers built from a
// zone, then cut short, padded, miscounted or with a byte changed, go through the strict reader and the
// whole analysis. Whatever arrives: no exception, output linear in the input, and a cut-short or padded
// answer never reads as a record, so a verdict of trusted rests only on well-formed answers.
import { encode, type Answer } from '@leichtgewicht/dns-packet';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import type { AnswerProblem } from '../../lib/dns/answer-problem';
import { decodeResponse } from '../../lib/dns/decode-response';
import type { DnsRecord, DnsResult, RecordType, Resolver } from '../../lib/dns/types';
import { formatFor } from '../../lib/i18n/format';
import { catalogFor } from '../../lib/i18n/render';
import { message, NOW, signed } from '../analyze/scenario-kit';
import { ACME, acmeHeaders, acmeZoneResolver } from '../helpers/acme-zones';

const SEED = 20261203;

type Mutation = { kind: 'none' } | { kind: 'cut'; at: number } | { kind: 'append'; bytes: number[] } | { kind: 'count'; section: number } | { kind: 'flip'; at: number; value: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('append' as const), bytes: fc.array(fc.nat({ max: 255 }), { minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('count' as const), section: fc.nat({ max: 3 }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.nat({ max: 255 }) }),
);

/** Mutations that break the message's structure: the strict reader must refuse every one. */
const structural = (m: Mutation) => m.kind === 'cut' || m.kind === 'append' || m.kind === 'count';

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  const copy = Uint8Array.from(bytes);
  switch (m.kind) {
    case 'none':
      return copy;
    case 'cut':
      return copy.subarray(0, m.at % copy.length);
    case 'append':
      return Uint8Array.from([...copy, ...m.bytes]);
    case 'count': {
      // QDCOUNT, ANCOUNT, NSCOUNT, ARCOUNT: one more than the records present.
      const at = 5 + 2 * m.section;
      copy[at] = ((copy[at] ?? 0) + 1) & 0xff;
      if (copy[at] === 0) copy[at - 1] = ((copy[at - 1] ?? 0) + 1) & 0xff;
      return copy;
    }
    case 'flip':
      copy[m.at % copy.length] = m.value;
      return copy;
  }
}

function toWire(record: DnsRecord, name: string): Answer {
  const base = { name, ttl: record.ttl };
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return { ...base, type: record.type, data: record.address };
    case 'MX':
      return { ...base, type: 'MX', data: { preference: record.preference, exchange: record.exchange } };
    case 'TXT':
      return { ...base, type: 'TXT', data: record.strings };
    case 'PTR':
    case 'CNAME':
    case 'NS':
      return { ...base, type: record.type, data: record.name };
    case 'SOA':
      return { ...base, type: 'SOA', data: { mname: record.mname, rname: record.rname, minimum: record.minimum } };
  }
}

/** The wire form of a zone's answer, as a resolver would send it (id 0, QR, RD, RA). */
function encodeAnswer(result: DnsResult, name: string, type: RecordType): Uint8Array {
  const rcode = result.kind === 'answer' && result.rcode === 'NXDOMAIN' ? 3 : result.kind === 'answer' && result.rcode === 'NOERROR' ? 0 : 2;
  const answers = result.kind === 'answer' ? result.answers.map((record) => toWire(record, name)) : [];
  return encode({ type: 'response', id: 0, flags: 0x8180 | rcode, questions: [{ type, name, class: 'IN' }], answers });
}

/** Answers from the zone, sent through the wire form with one mutation per query, read by the strict reader. */
function fuzzingResolver(zone: Resolver, mutations: Mutation[], log: { mutation: Mutation; result: DnsResult }[]): Resolver {
  let next = 0;
  return {
    label: 'fuzzed zone',
    async query(name, type) {
      const original = await zone.query(name, type);
      const m = mutations[next++ % mutations.length] ?? { kind: 'none' };
      const decoded = decodeResponse(mutate(encodeAnswer(original, name.toLowerCase(), type), m), name.toLowerCase(), type);
      const result: DnsResult = decoded.ok
        ? { kind: 'answer', name, type, rcode: decoded.rcode, answers: decoded.answers, cnameChain: decoded.cnameChain, ad: false, ms: 0, resolver: 'fuzzed zone' }
        : { kind: 'failure', name, type, reason: 'malformed-answer', problem: decoded.problem, ms: 0, resolver: 'fuzzed zone' };
      log.push({ mutation: m, result });
      return result;
    },
  };
}

describe('fuzzed DNS answers', () => {
  it('the strict reader never throws, whatever the bytes, and every refusal is a problem both catalogs word', () => {
    const words = (lang: 'en' | 'fr', problem: AnswerProblem) => catalogFor(lang).dnsFailure.failure({ reason: 'malformed-answer', problem }, formatFor(lang));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom<RecordType>('A', 'TXT', 'MX', 'PTR'), (bytes, type) => {
        const decoded = decodeResponse(bytes, 'example.com', type);
        expect(typeof decoded.ok).toBe('boolean');
        if (decoded.ok) return;
        expect(words('en', decoded.problem)).toMatch(/^the answer could not be read: \S/);
        expect(words('fr', decoded.problem)).toMatch(/^réponse DNS illisible : \S/);
        expect(`${words('en', decoded.problem)} ${words('fr', decoded.problem)}`).not.toMatch(/undefined|NaN|\[object/);
      }),
      { numRuns: 2000, seed: SEED },
    );
  });

  it('a cut-short, padded or miscounted answer is always refused', () => {
    const spf = encode({ type: 'response', id: 0, flags: 0x8180, questions: [{ type: 'TXT', name: 'example.com' }], answers: [{ type: 'TXT', name: 'example.com', ttl: 300, data: ['v=spf1 ip4:203.0.113.0/24', ' -all'] }] });
    fc.assert(
      fc.property(mutation.filter(structural), (m) => {
        if (m.kind === 'cut' && m.at % spf.length === 0) return;
        expect(decodeResponse(mutate(spf, m), 'example.com', 'TXT')).toMatchObject({ ok: false });
      }),
      { numRuns: 500, seed: SEED },
    );
  });

  describe('the whole analysis', () => {
    let raw = '';
    let zone: Resolver;

    beforeAll(async () => {
      zone = await acmeZoneResolver();
      raw = await signed(message(acmeHeaders()), ACME);
    });

    it('no fault, output linear in the input, and trusted only on well-formed answers', async () => {
      const clean = await analyze(raw, { resolver: fuzzingResolver(zone, [{ kind: 'none' }], []), now: NOW });
      expect(clean.verdict.level).toBe('trusted');
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 20 }), async (mutations) => {
          const log: { mutation: Mutation; result: DnsResult }[] = [];
          const report = await analyze(raw, { resolver: fuzzingResolver(zone, mutations, log), now: NOW });
          expect(report.findings.map((finding) => finding.id)).not.toContain('analysis.fault');
          expect(JSON.stringify(report).length).toBeLessThan(10 * raw.length + 64 * 1024);
          // A structurally broken answer never came back as an answer...
          for (const entry of log) if (structural(entry.mutation)) expect(entry.result.kind).toBe('failure');
          // ...so when the verdict is trusted, some answer proved it and none of them was a broken one read as smaller.
          if (report.verdict.level === 'trusted') expect(log.some((entry) => entry.result.kind === 'answer')).toBe(true);
        }),
        { numRuns: 60, seed: SEED },
      );
    }, 60_000);
  });
});
