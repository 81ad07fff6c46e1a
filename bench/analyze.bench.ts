// `npm run bench analyze`: one full analysis of a forwarded, DKIM-signed, ARC-sealed message against a
// zone resolver that adds 25 ms to every query. Reported as ratios:
//  - to the critical path: the longest chain of queries that depend on each other (an answer is needed
//    to know the next question), times 25 ms. Independent queries run in parallel, so the ratio is
//    near 1 when nothing waits needlessly;
//  - to mailauth 4.9.5 (the newest 4.x that runs on Node 20, a dev dependency used only here) doing its
//    SPF, DKIM, DMARC and ARC checks on the same message with the same 25 ms resolver.
import mailauth from 'mailauth';
import { analyze } from '../lib/analyze';
import { verifyArc } from '../lib/auth/arc/verify-arc';
import { verifyDkim } from '../lib/auth/dkim/verify-dkim';
import { discoverPolicy } from '../lib/auth/dmarc/discover-policy';
import { checkDomainExists } from '../lib/auth/domain/check-domain-exists';
import { checkHelo } from '../lib/auth/helo/check-helo';
import { checkIprev } from '../lib/auth/iprev/check-iprev';
import { checkSpf } from '../lib/auth/spf/check-spf';
import { parseZone } from '../lib/dns/zone';
import { ZoneResolver } from '../lib/dns/zone-resolver';
import type { DnsResult, RecordType, Resolver } from '../lib/dns/types';
import { asNodeResolve } from './node-resolve';
import { splitMessage } from '../lib/message/split';
import { generateRsaKey, keyRecord, sealArc, signDkim } from '../test/helpers/signer';

const DELAY_MS = 25;
const ROUNDS = 7;

const ACME = 'acme-widgets.com';
const FORWARDER = 'forwarder.org';
const RECEIVER = 'mx1.zendesk-inbound.net';
const FWD_IP = '192.0.2.50';

const key = await generateRsaKey(2048);
const zoneJson = {
  [ACME]: { MX: [{ preference: 10, exchange: `mail.${ACME}` }], TXT: [`v=spf1 include:_spf.mailhost.net -all`] },
  '_spf.mailhost.net': { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
  [`mail.${ACME}`]: { A: ['198.51.100.10'] },
  '10.100.51.198.in-addr.arpa': { PTR: [`mail.${ACME}`] },
  [`_dmarc.${ACME}`]: { TXT: ['v=DMARC1; p=reject'] },
  [`sel1._domainkey.${ACME}`]: { TXT: [keyRecord(key)] },
  [FORWARDER]: { MX: [{ preference: 10, exchange: `mail.${FORWARDER}` }], TXT: ['v=spf1 ip4:192.0.2.50 -all'] },
  [`mail.${FORWARDER}`]: { A: [FWD_IP] },
  '50.2.0.192.in-addr.arpa': { PTR: [`mail.${FORWARDER}`] },
  [`arc1._domainkey.${FORWARDER}`]: { TXT: [keyRecord(key)] },
  'zendesk-inbound.net': { MX: [{ preference: 10, exchange: RECEIVER }] },
};
const parsedZone = parseZone(zoneJson);
if (!parsedZone.ok) throw new Error(JSON.stringify(parsedZone.problem));
const zone = new ZoneResolver(parsedZone.zone);

const original = await signDkim(
  [
    `Received: from mail.${ACME} (mail.${ACME} [198.51.100.10])\r\n\tby mx.${FORWARDER} with ESMTPS id f1 for <team@${FORWARDER}>; Fri, 20 Nov 2026 10:00:05 +0000`,
    `Return-Path: <alice@${ACME}>`,
    `From: Alice <alice@${ACME}>`,
    `To: team@${FORWARDER}`,
    'Subject: Order 1234',
    'Date: Fri, 20 Nov 2026 10:00:00 +0000',
    `Message-ID: <b1@${ACME}>`,
    '',
    'Hello, where is my order?',
    '',
  ].join('\r\n'),
  { key, domain: ACME, selector: 'sel1', headers: ['from', 'to', 'subject', 'date', 'message-id'] },
);
const sealed = await sealArc(`${original}-- \r\nforwarded by forwarder.org\r\n`, {
  instance: 1, cv: 'none', key, domain: FORWARDER, selector: 'arc1',
  authResults: `mx.${FORWARDER}; spf=pass smtp.mailfrom=${ACME}; dkim=pass header.d=${ACME}; dmarc=pass header.from=${ACME}`,
});
const raw = `Received: from mail.${FORWARDER} (mail.${FORWARDER} [${FWD_IP}])\r\n\tby ${RECEIVER} with ESMTPS id e1 for <support@zendesk-inbound.net>; Fri, 20 Nov 2026 10:00:09 +0000\r\n${sealed}`;

/** The zone, with every answer held back DELAY_MS; counts queries. */
function delayed(): Resolver & { count: number } {
  const resolver = {
    label: 'zone file +25 ms',
    mode: 'zone' as const,
    count: 0,
    async query(name: string, type: RecordType): Promise<DnsResult> {
      resolver.count += 1;
      const answer = await zone.query(name, type);
      await new Promise((done) => setTimeout(done, DELAY_MS));
      return { ...answer, ms: DELAY_MS };
    },
  };
  return resolver;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

// Each check alone: its own chain length as implemented (wall time / 25 ms, rounded).
const split = splitMessage(raw);
const alone: [string, () => Promise<unknown>][] = [
  ['spf (edge)', () => checkSpf({ ip: FWD_IP, sender: `alice@${ACME}`, helo: `mail.${FORWARDER}` }, { resolver: delayed() })],
  ['spf (origin)', () => checkSpf({ ip: '198.51.100.10', sender: `alice@${ACME}`, helo: `mail.${ACME}` }, { resolver: delayed() })],
  ['iprev (edge)', () => checkIprev(FWD_IP, delayed(), { senderDomain: ACME })],
  ['helo (edge)', () => checkHelo({ helo: `mail.${FORWARDER}`, ip: FWD_IP, senderDomain: ACME }, delayed())],
  ['dkim', () => verifyDkim(split, { resolver: delayed(), now: new Date('2026-11-20T10:00:10Z') })],
  ['arc', () => verifyArc(split, { resolver: delayed() })],
  ['dmarc discovery', () => discoverPolicy(ACME, delayed())],
  ['domain existence', () => checkDomainExists(ACME, delayed())],
];
console.log(`Each check alone, ${DELAY_MS} ms per query (chain = wall / ${DELAY_MS} ms):`);
for (const [name, work] of alone) {
  const ms = await timed(work);
  console.log(`  ${name.padEnd(18)} ${ms.toFixed(0).padStart(4)} ms  chain ${Math.round(ms / DELAY_MS)}`);
}

// The critical path of this message, from the checks' structure: SPF at the origin asks the TXT of
// acme-widgets.com, then (include:) the TXT of _spf.mailhost.net = 2; iprev asks the PTR, then the A of
// the name it returned = 2; DKIM and ARC keys, the DMARC record, HELO's A/AAAA/MX and the domains'
// MX are each one question that nothing else waits for. DMARC's judgement needs SPF and DKIM results,
// but its record is asked at the start, so it adds no round trip. Longest chain: 2 queries.
const CHAIN = 2;
const criticalMs = CHAIN * DELAY_MS;

const ours: number[] = [];
let queries = 0;
for (let round = 0; round < ROUNDS; round++) {
  const resolver = delayed();
  let verdict = '';
  ours.push(await timed(async () => {
    verdict = (await analyze(raw, { resolver, now: new Date('2026-11-20T12:00:00Z') })).verdict.level;
  }));
  queries = resolver.count;
  // The analysis must have run to its end (ARC vouches for the forwarded message), not stopped early.
  if (verdict !== 'trusted') throw new Error(`unexpected verdict ${verdict}`);
}
const theirs: number[] = [];
let theirQueries = 0;
for (let round = 0; round < ROUNDS; round++) {
  const resolver = delayed();
  theirs.push(await timed(() =>
    mailauth.authenticate(raw, { ip: FWD_IP, helo: `mail.${FORWARDER}`, sender: `alice@${ACME}`, mta: RECEIVER, resolver: asNodeResolve(resolver), disableBimi: true }),
  ));
  theirQueries = resolver.count;
}

const oursMs = median(ours);
const theirsMs = median(theirs);
console.log(`\nFull analysis (median of ${ROUNDS}), ${DELAY_MS} ms per query:`);
console.log(`  MailTrust analyze(): ${oursMs.toFixed(0)} ms, ${queries} queries (PTR, HELO, SPF for edge and origin; DKIM; ARC; DMARC; domains)`);
console.log(`  critical path:       ${criticalMs} ms (${CHAIN} dependent queries x ${DELAY_MS} ms)`);
console.log(`  ratio to critical path: ${(oursMs / criticalMs).toFixed(2)}`);
console.log(`  mailauth 4.9.5 authenticate() (SPF, DKIM, DMARC, ARC): ${theirsMs.toFixed(0)} ms, ${theirQueries} queries`);
console.log(`  ratio to mailauth: ${(oursMs / theirsMs).toFixed(2)} (below 1: faster, while also checking PTR, HELO, the origin hop and domains)`);
