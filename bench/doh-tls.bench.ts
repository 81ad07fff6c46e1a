// `npm run bench doh-tls`: the CLI's DoH client over TLS, HTTP/2 against HTTP/1.1. One CLI-like run is a
// one-message analysis from cold (a fresh transport, so new TLS connections, as each `mailtrust analyze`
// process starts) against a local TLS DoH server in its own process that holds every answer 25 ms. The
// baseline is the same transport forced to HTTP/1.1 (http2: false), against the same server (it offers
// both; ALPN picks). Runs are interleaved (bench/interleave.ts). Printed: the ratios HTTP/2 / HTTP/1.1 of
// wall time and of client CPU (process.cpuUsage: this process only; the server runs in another), and the
// TLS handshakes each made as the server counted them.
import { analyze } from '../lib/analyze';
import { createNodeDohTransport } from '../lib/cli/node-doh-transport';
import { createResolver } from '../lib/dns/create-resolver';
import { message, NOW } from '../test/analyze/scenario-kit';
import { acmeHeaders, acmeZone } from '../test/helpers/acme-zones';
import { serveTlsIfChild, startTlsDohServerProcess, type TlsDohServer } from '../test/helpers/tls-doh-server';
import { describeRatio, interleave, machine, median, ratios, roundsFromEnv } from './interleave';

const DELAY_MS = 25;
const ROUNDS = roundsFromEnv(30);

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
  const raw = message(acmeHeaders());
  const server = await startTlsDohServerProcess({ flavour: 'both', zone: await acmeZone(), delayMs: DELAY_MS });
  const cold = (http2: boolean) => () => coldRun(server, raw, http2);
  try {
    for (let i = 0; i < 3; i++) for (const work of [cold(true), cold(false)]) await work();
    const { a: h2, b: h1 } = await interleave(ROUNDS, cold(true), cold(false));
    const show = (name: string, runs: Run[]) =>
      console.log(`  ${name}: ${median(runs.map((run) => run.ms)).toFixed(1)} ms wall, ${median(runs.map((run) => run.cpuMs)).toFixed(1)} ms client CPU, ` +
        `${median(runs.map((run) => run.handshakes))} TLS handshakes (at most ${Math.max(...runs.map((run) => run.handshakes))}), ` +
        `${median(runs.map((run) => run.questions))} questions over ${[...new Set(runs.map((run) => run.protocols))].join(' / ')} (${runs[0]?.verdict ?? '?'})`);
    console.log(`One-message analysis from cold over DoH to 127.0.0.1 (TLS, + ${DELAY_MS} ms per answer), ${ROUNDS} rounds, the order turning; medians:`);
    show('HTTP/2  ', h2);
    show('HTTP/1.1', h1);
    console.log(`  ratio wall time HTTP/2 / HTTP/1.1:   ${describeRatio(ratios(h2.map((run) => run.ms), h1.map((run) => run.ms)), null)}`);
    console.log(`  ratio client CPU HTTP/2 / HTTP/1.1:  ${describeRatio(ratios(h2.map((run) => run.cpuMs), h1.map((run) => run.cpuMs)), null)}`);
  } finally {
    await server.stop();
  }
}

async function coldRun(server: TlsDohServer, raw: string, http2: boolean): Promise<Run> {
  const transport = createNodeDohTransport({ ca: server.ca, http2 });
  // As the CLI builds its resolver (resolver-options.ts), without a fallback resolver to reach.
  const created = createResolver({ resolver: server.url, fallback: false, transport });
  if (!created.ok) throw new Error(JSON.stringify(created.problem));
  await server.reset();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const report = await analyze(raw, { resolver: created.resolver, now: NOW });
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  transport.close();
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
