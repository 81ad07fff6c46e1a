// `npm run bench doh-tls`: the CLI's DoH client over TLS, HTTP/2 against HTTP/1.1. One CLI-like run is a
// one-message analysis from cold (a fresh transport, so new TLS connections, as each `mailtrust analyze`
// process starts) against a local TLS DoH server in its own process that holds every answer 25 ms. The
// baseline is the same transport forced to HTTP/1.1 (http2: false), against the same server (it offers
// both; ALPN picks). Runs are interleaved (bench/interleave.ts). Printed: the ratios HTTP/2 / HTTP/1.1 of
// wall time and of client CPU (process.cpuUsage: this process only; the server runs in another), and the
// TLS handshakes each made as the server counted them.
// A second comparison runs warm (connections already open, no DNS cache) on a message whose SPF record
// has 11 includes (test/helpers/wide-spf-zone.ts), where waves of 9 answers arrive together: what HTTP/2
// changes beyond the handshakes.
import { analyze } from '../lib/analyze';
import { createNodeDohTransport, type NodeDohTransport } from '../lib/cli/node-doh-transport';
import { createResolver } from '../lib/dns/create-resolver';
import { authorHeaders, message, NOW, RECEIVER, RECEIVER_ZONE, received } from '../test/analyze/scenario-kit';
import { acmeHeaders, acmeZone } from '../test/helpers/acme-zones';
import { WIDE_SPF_DOMAIN, WIDE_SPF_IP, wideSpfZone } from '../test/helpers/wide-spf-zone';
import { serveTlsIfChild, startTlsDohServerProcess, type TlsDohServer } from '../test/helpers/tls-doh-server';
import { describeRatio, interleave, machine, median, ratios, roundsFromEnv } from './interleave';

const DELAY_MS = 25;
const ROUNDS = roundsFromEnv(30);
const WIDE_HELO = `mail.${WIDE_SPF_DOMAIN}`;

interface Run {
  ms: number;
  cpuMs: number;
  handshakes: number;
  questions: number;
  protocols: string;
  verdict: string;
}

if (!serveTlsIfChild()) await main();

async function main() {
  console.log(machine());
  const simple = message(acmeHeaders());
  const wide = message([...received([{ helo: WIDE_HELO, ip: WIDE_SPF_IP, by: RECEIVER }]), `Return-Path: <alice@${WIDE_SPF_DOMAIN}>`, ...authorHeaders(`alice@${WIDE_SPF_DOMAIN}`)]);
  const wideZone = {
    ...RECEIVER_ZONE,
    ...wideSpfZone(),
    [WIDE_HELO]: { A: [WIDE_SPF_IP] },
    '7.2.0.192.in-addr.arpa': { PTR: [WIDE_HELO] },
    [`_dmarc.${WIDE_SPF_DOMAIN}`]: { TXT: ['v=DMARC1; p=reject'] },
  };
  const server = await startTlsDohServerProcess({ flavour: 'both', zone: { ...(await acmeZone()), ...wideZone }, delayMs: DELAY_MS });
  const cold = (http2: boolean) => () => {
    const transport = createNodeDohTransport({ ca: server.ca, http2 });
    // As the CLI builds its resolver (resolver-options.ts), without a fallback resolver to reach.
    return timedRun(server, simple, transport, true).finally(() => transport.close());
  };
  const kept = { h2: createNodeDohTransport({ ca: server.ca }), h1: createNodeDohTransport({ ca: server.ca, http2: false }) };
  const warm = (transport: NodeDohTransport) => () => timedRun(server, wide, transport, false);
  try {
    for (let i = 0; i < 3; i++) for (const work of [cold(true), cold(false), warm(kept.h2), warm(kept.h1)]) await work();
    const coldRuns = await interleave(ROUNDS, cold(true), cold(false));
    console.log(`One-message analysis from cold (a fresh transport: new TLS connections, as each CLI process) over DoH to 127.0.0.1 (TLS, + ${DELAY_MS} ms per answer), ${ROUNDS} rounds, the order turning; medians:`);
    compare(coldRuns);
    const warmRuns = await interleave(ROUNDS, warm(kept.h2), warm(kept.h1));
    console.log(`\nAnalysis of a message whose SPF has 11 includes, warm (connections kept, no DNS cache), same server, ${ROUNDS} rounds; medians:`);
    compare(warmRuns);
  } finally {
    kept.h2.close();
    kept.h1.close();
    await server.stop();
  }
}

function compare({ a: h2, b: h1 }: { a: Run[]; b: Run[] }): void {
  const show = (name: string, runs: Run[]) =>
    console.log(`  ${name}: ${median(runs.map((run) => run.ms)).toFixed(1)} ms wall, ${median(runs.map((run) => run.cpuMs)).toFixed(1)} ms client CPU, ` +
      `${median(runs.map((run) => run.handshakes))} TLS handshakes (at most ${Math.max(...runs.map((run) => run.handshakes))}), ` +
      `${median(runs.map((run) => run.questions))} questions over ${[...new Set(runs.map((run) => run.protocols))].join(' / ')} (${runs[0]?.verdict ?? '?'})`);
  show('HTTP/2  ', h2);
  show('HTTP/1.1', h1);
  console.log(`  ratio wall time HTTP/2 / HTTP/1.1:   ${describeRatio(ratios(h2.map((run) => run.ms), h1.map((run) => run.ms)), null)}`);
  console.log(`  ratio client CPU HTTP/2 / HTTP/1.1:  ${describeRatio(ratios(h2.map((run) => run.cpuMs), h1.map((run) => run.cpuMs)), null)}`);
}

async function timedRun(server: TlsDohServer, raw: string, transport: NodeDohTransport, cache: boolean): Promise<Run> {
  const created = createResolver({ resolver: server.url, fallback: false, cache, transport });
  if (!created.ok) throw new Error(JSON.stringify(created.problem));
  await server.reset();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const report = await analyze(raw, { resolver: created.resolver, now: NOW });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const protocols = await server.protocols();
  return {
    ms,
    cpuMs: (used.user + used.system) / 1000,
    handshakes: await server.connections(),
    questions: protocols.length,
    protocols: [...new Set(protocols)].map((version) => `HTTP/${version === '2.0' ? '2' : version}`).join('+'),
    verdict: `${report.verdict.level}, spf ${report.spf.result}`,
  };
}
