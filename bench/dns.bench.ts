// `npm run bench dns`: the DoH client against dnsdist on loopback (cache off), compared with a raw fetch
// of the very same DoH GET request (the baseline). Starts its own BIND + dnsdist with the test helper.
import { createResolver } from '../lib/dns/create-resolver';
import { encodeQuery, toBase64Url } from '../lib/dns/encode-query';
import { startDnsServers } from '../test/helpers/dns-servers';

const NAME = 'bench.unsigned.test';
const SEQUENTIAL = 400;
const PARALLEL_TOTAL = 2000;
const PARALLEL_WIDTH = 6; // createResolver's default cap on requests in flight

type Query = () => Promise<unknown>;

async function sequentialMs(query: Query, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await query();
    times.push(performance.now() - started);
  }
  return times;
}

async function queriesPerSecond(query: Query, total: number, width: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next++ < total) await query();
  };
  await Promise.all(Array.from({ length: width }, worker));
  return total / ((performance.now() - started) / 1000);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const fmt = (n: number, digits = 3) => n.toFixed(digits);

const servers = await startDnsServers({ logQueries: false });
try {
  const created = createResolver({ resolver: servers.dohUrl, cache: false, fallback: false, timeoutMs: 5000 });
  if (!created.ok) throw new Error(JSON.stringify(created.problem));
  const client = created.resolver;
  const url = `${servers.dohUrl}?dns=${toBase64Url(encodeQuery(NAME, 'A'))}`;
  const raw: Query = async () => {
    const response = await fetch(url, { headers: { accept: 'application/dns-message' } });
    return new Uint8Array(await response.arrayBuffer());
  };
  const viaClient: Query = async () => {
    const result = await client.query(NAME, 'A');
    if (result.kind !== 'answer' || result.rcode !== 'NOERROR') throw new Error(`unexpected result: ${JSON.stringify(result)}`);
  };

  // Warm up: connections, the resolver's cache, the JIT.
  await sequentialMs(raw, 100);
  await sequentialMs(viaClient, 100);

  const rawTimes = await sequentialMs(raw, SEQUENTIAL);
  const clientTimes = await sequentialMs(viaClient, SEQUENTIAL);
  const rawQps = await queriesPerSecond(raw, PARALLEL_TOTAL, PARALLEL_WIDTH);
  const clientQps = await queriesPerSecond(viaClient, PARALLEL_TOTAL, PARALLEL_WIDTH);

  console.log(`baseline: raw fetch of the same DoH GET (${NAME} A) to dnsdist on 127.0.0.1, client cache off`);
  console.log(`latency, ${SEQUENTIAL} sequential queries (median / mean ms):`);
  console.log(`  raw fetch  ${fmt(median(rawTimes))} / ${fmt(mean(rawTimes))}`);
  console.log(`  client     ${fmt(median(clientTimes))} / ${fmt(mean(clientTimes))}`);
  console.log(`  ratio client/raw (median) ${fmt(median(clientTimes) / median(rawTimes), 2)}x, added ${fmt(median(clientTimes) - median(rawTimes))} ms per query`);
  console.log(`throughput, ${PARALLEL_TOTAL} queries, ${PARALLEL_WIDTH} in flight (queries per second):`);
  console.log(`  raw fetch  ${fmt(rawQps, 0)}`);
  console.log(`  client     ${fmt(clientQps, 0)}`);
  console.log(`  ratio client/raw ${fmt(clientQps / rawQps, 2)}x`);
} finally {
  await servers.stop();
}
