// `npm run bench spf-wide`: SPF with a realistic wide record (11 includes, two nested two deep, a pass at
// the 10-term limit) over real DNS-over-HTTPS to a local server that holds every answer back 25 ms.
//  - round trips observed at the server / (nesting depth + 1)            target 1.0
//  - wall time with prefetch / the sequential evaluation (prefetch off)  target <= 0.3
//  - full analysis of a message whose SPF is that record / mailauth 4.9.5 on the same message and
//    resolver                                                             target <= 0.25
// Beside them, a reference no client can beat on this record: one question per round trip, depth + 1 round
// trips (the record, an include, its include), and nothing else. Its ratio to each baseline is the floor of
// that target. The runs of a comparison are interleaved, round after round (bench/interleave.ts); the ratio
// printed is the median of the rounds' ratios, with its spread. The DoH client is the CLI's (Node's http).
import mailauth from 'mailauth';
import { analyze } from '../lib/analyze';
import { checkSpf } from '../lib/auth/spf/check-spf';
import { nodeDohTransport } from '../lib/cli/node-doh-transport';
import { createResolver } from '../lib/dns/create-resolver';
import type { RecordType, Resolver } from '../lib/dns/types';
import { roundTrips, serveIfChild, startDohServerProcess, type ServedQuestion } from '../test/helpers/delayed-doh-server';
import { WIDE_SPF_DEPTH, WIDE_SPF_DOMAIN, WIDE_SPF_IP, wideSpfZone } from '../test/helpers/wide-spf-zone';
import { describeRatio, interleaveAll, machine, median, ratios, roundsFromEnv } from './interleave';
import { asNodeResolve } from './node-resolve';

const DELAY_MS = 25;
const ROUNDS = roundsFromEnv(15);
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

interface Run {
  ms: number;
  rounds: number;
  questions: number;
  served: ServedQuestion[];
}

async function main() {
  console.log(machine());
  const server = await startDohServerProcess(zone, DELAY_MS);
  /** A fresh DoH client without cache for each run (every run asks the server), on the CLI's transport. */
  function doh(): Resolver {
    const created = createResolver({ resolver: server.url, cache: false, fallback: false, transport: nodeDohTransport });
    if (!created.ok) throw new Error(JSON.stringify(created.problem));
    return created.resolver;
  }

  /** One timed run, and the round trips the server saw for it. */
  const once = (work: (resolver: Resolver) => Promise<unknown>) => async (): Promise<Run> => {
    const resolver = doh();
    await server.reset();
    const started = performance.now();
    await work(resolver);
    const ms = performance.now() - started;
    const served = await server.served();
    return { ms, rounds: roundTrips(served), questions: served.length, served };
  };
  // Round trips as the server counted them: the median over the rounds, and the most in any round (on a
  // loaded machine the server may answer one question before it has read another sent with it).
  const summary = (runs: Run[]) => ({
    ms: median(runs.map((run) => run.ms)),
    rounds: median(runs.map((run) => run.rounds)),
    maxRounds: Math.max(...runs.map((run) => run.rounds)),
    questions: Math.max(...runs.map((run) => run.questions)),
  });
  const ms = (runs: Run[]) => runs.map((run) => run.ms);
  const trips = (run: { rounds: number; maxRounds: number }) => `${run.rounds} round trips${run.maxRounds > run.rounds ? ` (at most ${run.maxRounds})` : ''}`;

  try {
    const request = { ip: WIDE_SPF_IP, sender: `alice@${WIDE_SPF_DOMAIN}`, helo: HELO };
    let result = '';
    const spfCheck = (prefetch: boolean) => once(async (resolver) => {
      const spf = await checkSpf(request, { resolver, prefetch });
      result = `${spf.result}, ${spf.lookups} DNS terms`;
    });
    let verdict = '';
    const ours = once(async (resolver) => {
      const report = await analyze(raw, { resolver, now: new Date('2026-11-20T12:00:00Z') });
      verdict = `${report.verdict.level}, spf ${report.spf.result}`;
    });
    let theirSpf = '';
    const theirs = once(async (resolver) => {
      const outcome = (await mailauth.authenticate(raw, { ip: WIDE_SPF_IP, helo: HELO, sender: `alice@${WIDE_SPF_DOMAIN}`, mta: RECEIVER, resolver: asNodeResolve(resolver), disableBimi: true })) as { spf?: { status?: { result?: string } } };
      theirSpf = outcome.spf?.status?.result ?? '?';
    });
    // Two references that do no analysis, to show what the transport and the record's shape cost alone:
    //  - replay: the very questions analyze() asked, in the same waves (read from the server's log of a
    //    warm-up run), each wave sent at once when the previous one is answered;
    //  - least: one question per round trip, as many round trips as the include tree needs (depth + 1),
    //    which is the least any client can do for this record.
    let waves: { name: string; type: RecordType }[][] = [];
    const replay = once(async (resolver) => {
      for (const wave of waves) await Promise.all(wave.map((question) => resolver.query(question.name, question.type)));
    });
    const least = once(async (resolver) => {
      for (let trip = 0; trip <= WIDE_SPF_DEPTH; trip++) await resolver.query(WIDE_SPF_DOMAIN, 'TXT');
    });

    // Warm-up: connections, JIT of both libraries.
    for (let i = 0; i < 3; i++) for (const work of [spfCheck(true), spfCheck(false), ours, theirs]) await work();
    waves = wavesOf((await ours()).served);
    for (const work of [replay, least]) await work();

    const [prefetchRuns = [], sequentialRuns = [], spfLeastRuns = []] = await interleaveAll(ROUNDS, [spfCheck(true), spfCheck(false), least]);
    const prefetched = summary(prefetchRuns);
    const sequential = summary(sequentialRuns);
    console.log(`SPF of ${WIDE_SPF_DOMAIN}: 11 includes, include tree ${WIDE_SPF_DEPTH} deep; ${result}; DoH to 127.0.0.1 + ${DELAY_MS} ms per answer`);
    console.log(`  ${ROUNDS} rounds, the order turning each round (A B C, B C A, ...); times are medians`);
    console.log(`  sequential (prefetch off): ${sequential.ms.toFixed(0)} ms, ${trips(sequential)}, ${sequential.questions} questions`);
    console.log(`  prefetch:                  ${prefetched.ms.toFixed(0)} ms, ${trips(prefetched)}, ${prefetched.questions} questions`);
    console.log(`  round trips / (depth + 1): ${(prefetched.rounds / (WIDE_SPF_DEPTH + 1)).toFixed(2)}  (median over the rounds; target 1.0)`);
    console.log(`  ${WIDE_SPF_DEPTH + 1} round trips of one question each (the least for this record): ${summary(spfLeastRuns).ms.toFixed(0)} ms`);
    console.log(`  ratio wall time prefetch / sequential: ${describeRatio(ratios(ms(prefetchRuns), ms(sequentialRuns)), { atMost: 0.3 })}`);
    console.log(`  ratio least possible / sequential (the floor any client meets here): ${describeRatio(ratios(ms(spfLeastRuns), ms(sequentialRuns)), null)}`);

    const [mineRuns = [], replayRuns = [], leastRuns = [], theirRuns = []] = await interleaveAll(ROUNDS, [ours, replay, least, theirs]);
    const mine = summary(mineRuns);
    const replayed = summary(replayRuns);
    const floor = summary(leastRuns);
    const other = summary(theirRuns);
    console.log(`\nFull analysis of a message whose SPF is that record (same DoH server and client, ${ROUNDS} rounds, the order turning):`);
    console.log(`  MailTrust analyze():           ${mine.ms.toFixed(0)} ms, ${trips(mine)}, ${mine.questions} questions (${verdict})`);
    console.log(`    its questions replayed in the same ${waves.length} waves, nothing else: ${replayed.ms.toFixed(0)} ms`);
    console.log(`    ${WIDE_SPF_DEPTH + 1} round trips of one question each (the least for this record): ${floor.ms.toFixed(0)} ms`);
    console.log(`  mailauth 4.9.5 authenticate(): ${other.ms.toFixed(0)} ms, ${trips(other)}, ${other.questions} questions (spf ${theirSpf})`);
    console.log(`  ratio MailTrust / mailauth: ${describeRatio(ratios(ms(mineRuns), ms(theirRuns)), { atMost: 0.25 })}`);
    console.log(`  ratio MailTrust / its replayed questions (its own work beyond the DNS): ${describeRatio(ratios(ms(mineRuns), ms(replayRuns)), null)}`);
    console.log(`  ratio least possible / mailauth (the floor any client meets here): ${describeRatio(ratios(ms(leastRuns), ms(theirRuns)), null)}`);
  } finally {
    await server.stop();
  }
}

/** The questions of a run grouped by the round trip the server saw each in, in order. */
function wavesOf(served: readonly ServedQuestion[]): { name: string; type: RecordType }[][] {
  const waves: { name: string; type: RecordType }[][] = [];
  for (const question of served) (waves[question.round - 1] ??= []).push({ name: question.name, type: question.type as RecordType });
  return waves.filter((wave) => wave !== undefined);
}
