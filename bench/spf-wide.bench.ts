// `npm run bench spf-wide`: SPF with a realistic wide record (11 includes, two nested two deep, a pass at
// the 10-term limit) over real DNS-over-HTTPS to a local server that holds every answer back 25 ms.
//  - round trips observed at the server / (nesting depth + 1)            target 1.0
//  - wall time with prefetch / the sequential evaluation (prefetch off)  target <= 0.3
//  - full analysis of a message whose SPF is that record / mailauth 4.9.5 on the same message and
//    resolver                                                             target <= 0.25
import mailauth from 'mailauth';
import { analyze } from '../lib/analyze';
import { checkSpf } from '../lib/auth/spf/check-spf';
import { createResolver } from '../lib/dns/create-resolver';
import type { Resolver } from '../lib/dns/types';
import { roundTrips, serveIfChild, startDohServerProcess } from '../test/helpers/delayed-doh-server';
import { WIDE_SPF_DEPTH, WIDE_SPF_DOMAIN, WIDE_SPF_IP, wideSpfZone } from '../test/helpers/wide-spf-zone';
import { asNodeResolve } from './node-resolve';

const DELAY_MS = 25;
const RUNS = 7;
const RECEIVER = 'mx1.zendesk-inbound.net';
const HELO = `mail.${WIDE_SPF_DOMAIN}`;

const zone: Record<string, Record<string, unknown>> = {
  ...wideSpfZone(),
  [HELO]: { A: [WIDE_SPF_IP] },
  '7.2.0.192.in-addr.arpa': { PTR: [HELO] },
  [`_dmarc.${WIDE_SPF_DOMAIN}`]: { TXT: ['v=DMARC1; p=reject'] },
  'zendesk-inbound.net': { MX: [{ preference: 10, exchange: RECEIVER }] },
};
zone[WIDE_SPF_DOMAIN] = { ...zone[WIDE_SPF_DOMAIN], MX: [{ preference: 10, exchange: HELO }] };

const raw = [
  `Received: from ${HELO} (${HELO} [${WIDE_SPF_IP}])\r\n\tby ${RECEIVER} with ESMTPS id w1 for <support@zendesk-inbound.net>; Fri, 20 Nov 2026 10:00:09 +0000`,
  `Return-Path: <alice@${WIDE_SPF_DOMAIN}>`,
  `From: Alice <alice@${WIDE_SPF_DOMAIN}>`,
  'To: support@zendesk-inbound.net',
  'Subject: Order 1234',
  'Date: Fri, 20 Nov 2026 10:00:00 +0000',
  `Message-ID: <w1@${WIDE_SPF_DOMAIN}>`,
  '',
  'Hello, where is my order?',
  '',
].join('\r\n');

if (!serveIfChild()) await main();

async function main() {
  const server = await startDohServerProcess(zone, DELAY_MS);
  /** A fresh DoH client without cache for each run: every run asks the server. */
  function doh(): Resolver {
    const created = createResolver({ resolver: server.url, cache: false, fallback: false });
    if (!created.ok) throw new Error(JSON.stringify(created.problem));
    return created.resolver;
  }

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

  async function measure(work: (resolver: Resolver) => Promise<unknown>): Promise<{ ms: number; rounds: number; questions: number }> {
    const times: number[] = [];
    let rounds = 0;
    let questions = 0;
    for (let run = 0; run < RUNS; run++) {
      const resolver = doh();
      await server.reset();
      const started = performance.now();
      await work(resolver);
      times.push(performance.now() - started);
      const served = await server.served();
      rounds = roundTrips(served);
      questions = served.length;
    }
    return { ms: median(times), rounds, questions };
  }

  try {
    const request = { ip: WIDE_SPF_IP, sender: `alice@${WIDE_SPF_DOMAIN}`, helo: HELO };
    let result = '';
    const spfCheck = (prefetch: boolean) => async (resolver: Resolver) => {
      const spf = await checkSpf(request, { resolver, prefetch });
      result = `${spf.result}, ${spf.lookups} DNS terms`;
    };
    await measure(spfCheck(true)); // warm-up: connections, JIT
    const sequential = await measure(spfCheck(false));
    const prefetched = await measure(spfCheck(true));
    console.log(`SPF of ${WIDE_SPF_DOMAIN}: 11 includes, include tree ${WIDE_SPF_DEPTH} deep; ${result}; DoH to 127.0.0.1 + ${DELAY_MS} ms per answer; median of ${RUNS}`);
    console.log(`  sequential (prefetch off): ${sequential.ms.toFixed(0)} ms, ${sequential.rounds} round trips, ${sequential.questions} questions`);
    console.log(`  prefetch:                  ${prefetched.ms.toFixed(0)} ms, ${prefetched.rounds} round trips, ${prefetched.questions} questions`);
    console.log(`  round trips / (depth + 1): ${(prefetched.rounds / (WIDE_SPF_DEPTH + 1)).toFixed(2)}  (target 1.0)`);
    console.log(`  wall time prefetch / sequential: ${(prefetched.ms / sequential.ms).toFixed(2)}  (target <= 0.3)`);

    let verdict = '';
    const ours = await measure(async (resolver) => {
      const report = await analyze(raw, { resolver, now: new Date('2026-11-20T12:00:00Z') });
      verdict = `${report.verdict.level}, spf ${report.spf.result}`;
    });
    let theirSpf = '';
    const theirs = await measure(async (resolver) => {
      const outcome = (await mailauth.authenticate(raw, { ip: WIDE_SPF_IP, helo: HELO, sender: `alice@${WIDE_SPF_DOMAIN}`, mta: RECEIVER, resolver: asNodeResolve(resolver), disableBimi: true })) as { spf?: { status?: { result?: string } } };
      theirSpf = outcome.spf?.status?.result ?? '?';
    });
    console.log(`\nFull analysis of a message whose SPF is that record (same DoH server, median of ${RUNS}):`);
    console.log(`  MailTrust analyze():           ${ours.ms.toFixed(0)} ms, ${ours.rounds} round trips, ${ours.questions} questions (${verdict})`);
    console.log(`  mailauth 4.9.5 authenticate(): ${theirs.ms.toFixed(0)} ms, ${theirs.rounds} round trips, ${theirs.questions} questions (spf ${theirSpf})`);
    console.log(`  ratio MailTrust / mailauth: ${(ours.ms / theirs.ms).toFixed(2)}  (target <= 0.25)`);
  } finally {
    await server.stop();
  }
}
