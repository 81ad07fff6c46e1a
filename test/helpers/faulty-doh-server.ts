// A DNS-over-HTTPS endpoint that injects faults: it forwards each query to a real DoH server (dnsdist in
// front of BIND), then damages the answer the way a broken or hostile network can: cut short, padded,
// miscounted, re-addressed, replaced by a CNAME loop or by records that answer another question, or
// an endless body. Which queries are damaged is the test's choice; the others pass through untouched.
import { createServer, type Server } from 'node:http';
import { decode, encode, type Answer, type Question } from '@leichtgewicht/dns-packet';

export type Fault =
  | 'cut-6'
  | 'half'
  | 'trailing-garbage'
  | 'count-mismatch'
  | 'other-id'
  | 'truncated-flag'
  | 'other-question'
  | 'cname-loop'
  | 'self-cname'
  | 'long-cname-chain'
  | 'other-owner'
  | 'other-type'
  | 'huge-body';

export const FAULTS: readonly Fault[] = [
  'cut-6', 'half', 'trailing-garbage', 'count-mismatch', 'other-id', 'truncated-flag', 'other-question',
  'cname-loop', 'self-cname', 'long-cname-chain', 'other-owner', 'other-type', 'huge-body',
];

export interface FaultyDohServer {
  url: string;
  /** Queries (as "TYPE name") that were answered with the fault. */
  damaged(): string[];
  stop(): Promise<void>;
}

/** 50 MB in 64 KiB chunks, written as the client reads (HTTP/1.1 chunked, no content-length). */
const HUGE_CHUNK = new Uint8Array(64 * 1024);
const HUGE_CHUNKS = 800;

export async function startFaultyDohServer(options: { upstream: string; fault: Fault; applies: (question: Question) => boolean }): Promise<FaultyDohServer> {
  const damaged: string[] = [];
  const server = createServer((request, response) => {
    request.resume();
    const dns = new URL(request.url ?? '/', 'http://localhost').searchParams.get('dns') ?? '';
    const query = Uint8Array.from(Buffer.from(dns, 'base64url'));
    const question = decode(query).questions?.[0];
    void (async () => {
      const upstream = await fetch(`${options.upstream}?dns=${dns}`, { headers: { accept: 'application/dns-message' } });
      const answer = new Uint8Array(await upstream.arrayBuffer());
      if (!question || !options.applies(question)) {
        response.writeHead(upstream.status, { 'content-type': 'application/dns-message' }).end(answer);
        return;
      }
      damaged.push(`${question.type} ${question.name}`);
      if (options.fault === 'huge-body') {
        response.writeHead(200, { 'content-type': 'application/dns-message' });
        writeHuge(response);
        return;
      }
      response.writeHead(200, { 'content-type': 'application/dns-message' }).end(damage(options.fault, answer, question));
    })().catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/dns-query`, damaged: () => [...damaged], stop: () => close(server) };
}

function writeHuge(response: import('node:http').ServerResponse): void {
  let sent = 0;
  const more = () => {
    while (sent < HUGE_CHUNKS) {
      sent++;
      if (!response.write(HUGE_CHUNK)) return void response.once('drain', more);
    }
    response.end();
  };
  response.on('close', () => {
    sent = HUGE_CHUNKS;
  });
  more();
}

function damage(fault: Exclude<Fault, 'huge-body'>, answer: Uint8Array, question: Question): Uint8Array {
  const copy = Uint8Array.from(answer);
  const reply = (answers: Answer[], questions = [question]) => encode({ type: 'response', id: 0, flags: 0x8180, questions, answers });
  const cname = (owner: string, target: string): Answer => ({ type: 'CNAME', name: owner, ttl: 60, data: target });
  switch (fault) {
    case 'cut-6':
      return copy.subarray(0, copy.length - 6);
    case 'half':
      return copy.subarray(0, Math.floor(copy.length / 2));
    case 'trailing-garbage':
      return Uint8Array.from([...copy, 0xde, 0xad, 0xbe, 0xef]);
    case 'count-mismatch':
      copy[7] = (copy[7] ?? 0) + 1; // ANCOUNT one more than the records present
      return copy;
    case 'other-id':
      copy[0] = 0x12;
      return copy;
    case 'truncated-flag':
      copy[2] = (copy[2] ?? 0) | 0x02;
      return copy;
    case 'other-question':
      return reply([], [{ ...question, name: `other.${question.name}` }]);
    case 'cname-loop':
      return reply([cname(question.name, `loop.${question.name}`), cname(`loop.${question.name}`, question.name)]);
    case 'self-cname':
      return reply([cname(question.name, question.name)]);
    case 'long-cname-chain': {
      const names = [question.name, ...Array.from({ length: 12 }, (_, index) => `c${index}.${question.name}`)];
      return reply(names.slice(0, -1).map((owner, index) => cname(owner, names[index + 1] ?? '')));
    }
    case 'other-owner':
      return reply([{ type: 'A', name: 'elsewhere.example', ttl: 60, data: '192.0.2.66' }]);
    case 'other-type':
      return reply([{ type: question.type === 'A' ? 'AAAA' : 'A', name: question.name, ttl: 60, data: question.type === 'A' ? '2001:db8::66' : '192.0.2.66' } as Answer]);
  }
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
