// A local DNS-over-HTTPS endpoint (RFC 8484 GET and POST, over plain HTTP on loopback) that answers from
// a JSON zone and holds every answer back a fixed time from its question's arrival, as a distant resolver
// would. It logs when each question arrived and when it was answered, so a benchmark can count round trips
// from the server's side.
// Benchmarks run it in a child process (startDohServerProcess), so that the client's own work does not
// delay the server's timers: the 25 ms stay 25 ms of wall time whatever the client does meanwhile.
import { fork } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { decode, encode, type Answer } from '@leichtgewicht/dns-packet';
import type { DnsRecord, RecordType } from '../../lib/dns/types';
import { parseZone } from '../../lib/dns/zone';
import { ZoneResolver } from '../../lib/dns/zone-resolver';

export interface ServedQuestion {
  name: string;
  type: string;
  /** Round trip of this question: 1 + the latest round answered before it arrived. */
  round: number;
  /** Milliseconds since the last reset when the question arrived. */
  at: number;
}

export interface DelayedDohServer {
  url: string;
  /** The questions since the last reset, in arrival order. */
  served(): Promise<ServedQuestion[]>;
  /** Forgets the log (between measured runs). */
  reset(): Promise<void>;
  stop(): Promise<void>;
}

/** The most round trips any question waited for. */
export function roundTrips(served: readonly ServedQuestion[]): number {
  return Math.max(0, ...served.map((q) => q.round));
}

const RCODE: Record<string, number> = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3 };

export async function startDelayedDohServer(zoneJson: Record<string, unknown>, delayMs: number): Promise<DelayedDohServer> {
  const parsed = parseZone(zoneJson);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
  const zone = new ZoneResolver(parsed.zone);
  let served: ServedQuestion[] = [];
  let answeredRound = 0;
  let since = performance.now();

  const server: Server = createServer((request, response) => {
    // The hold runs from the question's arrival, as a distant resolver's latency would, so that the server's
    // own work (decoding, the zone, encoding) on a wave of questions does not stretch the later ones' hold.
    const arrived = performance.now();
    void (async () => {
      const body = await queryBytes(request);
      const packet = decode(body);
      const question = packet.questions?.[0];
      if (!question) return void response.writeHead(400).end();
      const entry = { name: question.name, type: question.type, round: answeredRound + 1, at: Math.round(performance.now() - since) };
      served.push(entry);
      const result = await zone.query(question.name, question.type as RecordType);
      await new Promise((done) => setTimeout(done, Math.max(0, arrived + delayMs - performance.now())));
      const rcode = result.kind === 'answer' ? (RCODE[result.rcode] ?? 2) : 2;
      const answers = result.kind === 'answer' ? result.answers.map((record) => toAnswer(question.name, record)) : [];
      const reply = encode({ type: 'response', id: 0, flags: (1 << 8) | (1 << 7) | rcode, questions: [question], answers });
      answeredRound = Math.max(answeredRound, entry.round);
      response.writeHead(200, { 'content-type': 'application/dns-message' }).end(reply);
    })();
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}/dns-query`,
    served: async () => served,
    async reset() {
      served = [];
      answeredRound = 0;
      since = performance.now();
    },
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function queryBytes(request: IncomingMessage): Promise<Uint8Array> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const parameter = url.searchParams.get('dns');
  if (parameter !== null) return Uint8Array.from(Buffer.from(parameter, 'base64url'));
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

function toAnswer(name: string, record: DnsRecord): Answer {
  const common = { name, ttl: record.ttl, class: 'IN' as const };
  switch (record.type) {
    case 'A':
    case 'AAAA':
      return { ...common, type: record.type, data: record.address };
    case 'TXT':
      return { ...common, type: 'TXT', data: record.strings };
    case 'MX':
      return { ...common, type: 'MX', data: { preference: record.preference, exchange: record.exchange } };
    case 'PTR':
    case 'CNAME':
    case 'NS':
      return { ...common, type: record.type, data: record.name };
    case 'SOA':
      return { ...common, type: 'SOA', data: { mname: record.mname, rname: record.rname, serial: 1, refresh: 3600, retry: 600, expire: 86400, minimum: record.minimum } };
  }
}

const CHILD_FLAG = 'MAILTRUST_DOH_SERVER_CHILD';

type ToChild = { kind: 'start'; zone: Record<string, unknown>; delayMs: number } | { kind: 'served' | 'reset'; id: number };
type FromChild = { kind: 'started'; url: string } | { kind: 'reply'; id: number; served: ServedQuestion[] };

/**
 * Starts the server in a child process running this same script (process.argv[1]); the script must
 * call serveIfChild() first and do nothing else when it returns true.
 */
export async function startDohServerProcess(zone: Record<string, unknown>, delayMs: number): Promise<DelayedDohServer> {
  const script = process.argv[1];
  if (!script) throw new Error('no script to fork');
  const child = fork(script, [], { env: { ...process.env, [CHILD_FLAG]: '1' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting = new Map<number, (served: ServedQuestion[]) => void>();
  let nextId = 0;
  const url = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.on('message', (message: FromChild) => {
      if (message.kind === 'started') resolve(message.url);
      else waiting.get(message.id)?.(message.served);
    });
    child.send({ kind: 'start', zone, delayMs } satisfies ToChild);
  });
  const ask = (kind: 'served' | 'reset') =>
    new Promise<ServedQuestion[]>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      child.send({ kind, id } satisfies ToChild);
    });
  return {
    url,
    served: () => ask('served'),
    reset: async () => void (await ask('reset')),
    stop: () =>
      new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill();
      }),
  };
}

/** In the child started by startDohServerProcess: serves until killed, and returns true. */
export function serveIfChild(): boolean {
  if (process.env[CHILD_FLAG] !== '1') return false;
  let server: DelayedDohServer | null = null;
  process.on('message', (message: ToChild) => {
    void (async () => {
      if (message.kind === 'start') {
        server = await startDelayedDohServer(message.zone, message.delayMs);
        process.send?.({ kind: 'started', url: server.url } satisfies FromChild);
        return;
      }
      if (!server) return;
      if (message.kind === 'reset') await server.reset();
      process.send?.({ kind: 'reply', id: message.id, served: await server.served() } satisfies FromChild);
    })();
  });
  return true;
}
