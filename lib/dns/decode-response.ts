// Reads a DoH response body into the parts of a DnsAnswer: rcode, the records of the asked type after
// following CNAMEs, the AD flag, and how long the answer may be cached.
import { decode, type Answer, type Packet } from '@leichtgewicht/dns-packet';
import type { DnsRecord, Rcode, RecordType } from './types';

export type DecodedResponse =
  | { ok: true; rcode: Rcode; answers: DnsRecord[]; cnameChain: string[]; ad: boolean; ttl?: number }
  | { ok: false; error: string };

// RFC 1034 §3.6.2: follow CNAMEs, but a chain longer than this is a loop or a misconfiguration.
const MAX_CNAME_CHAIN = 8;

// RFC 1035 §4.1.1 (0-5), RFC 2136 §2.2 (6-10), RFC 6891 §9 (16, an extended rcode).
const RCODES: Record<number, Rcode> = {
  0: 'NOERROR', 1: 'FORMERR', 2: 'SERVFAIL', 3: 'NXDOMAIN', 4: 'NOTIMP', 5: 'REFUSED',
  6: 'YXDOMAIN', 7: 'YXRRSET', 8: 'NXRRSET', 9: 'NOTAUTH', 10: 'NOTZONE', 16: 'BADVERS',
};

const textDecoder = new TextDecoder();

export function decodeResponse(body: Uint8Array, name: string, type: RecordType): DecodedResponse {
  let packet: Packet;
  try {
    packet = decode(body);
  } catch (error) {
    return { ok: false, error: `not a DNS message (${error instanceof Error ? error.message : String(error)})` };
  }
  if (packet.type !== 'response') return { ok: false, error: 'the message is a query, not a response' };
  const question = packet.questions?.[0];
  // RFC 5452 §4.3 spirit: only accept the answer to the question we asked.
  if (!question || question.type !== type || normalize(question.name) !== name) {
    return { ok: false, error: `the response answers another question (${question ? `${question.name} ${question.type}` : 'none'})` };
  }
  const rcode = readRcode(packet);
  const records = packet.answers ?? [];
  const cnameChain: string[] = [];
  const used: Answer[] = [];
  let current = name;
  let answers: DnsRecord[] = [];
  for (let hop = 0; hop <= MAX_CNAME_CHAIN; hop++) {
    const owned = records.filter((r) => normalize(r.name) === current);
    const matching = owned.filter((r) => r.type === type);
    if (matching.length > 0) {
      answers = matching.map(toRecord).filter((r): r is DnsRecord => r !== undefined);
      used.push(...matching);
      break;
    }
    const alias = type === 'CNAME' ? undefined : owned.find((r) => r.type === 'CNAME');
    if (!alias || typeof alias.data !== 'string') break;
    used.push(alias);
    current = normalize(alias.data);
    cnameChain.push(current);
  }
  return { ok: true, rcode, answers, cnameChain, ad: packet.flag_ad === true, ttl: cacheTtl(rcode, answers, used, packet.authorities ?? []) };
}

function readRcode(packet: Packet): Rcode {
  // RFC 6891 §6.1.3: the OPT record holds the upper 8 bits of a 12-bit rcode.
  const opt = packet.additionals?.find((r) => r.type === 'OPT') as { extendedRcode?: number } | undefined;
  const code = ((opt?.extendedRcode ?? 0) << 4) | ((packet.flags ?? 0) & 0x0f);
  return RCODES[code] ?? 'UNKNOWN';
}

/** RFC 2181 §5.2 / RFC 2308 §5: how long this answer may be reused; undefined when it must not be. */
function cacheTtl(rcode: Rcode, answers: DnsRecord[], used: Answer[], authorities: Answer[]): number | undefined {
  if (rcode === 'NOERROR' && answers.length > 0) return Math.min(...used.map((r) => r.ttl ?? 0));
  if (rcode !== 'NOERROR' && rcode !== 'NXDOMAIN') return undefined;
  // NXDOMAIN or NODATA: RFC 2308 §5, the negative TTL is min(SOA TTL, SOA MINIMUM); no SOA, no caching.
  const soa = authorities.find((r) => r.type === 'SOA');
  if (!soa || soa.type !== 'SOA') return undefined;
  return Math.min(soa.ttl ?? 0, soa.data.minimum ?? 0, ...used.map((r) => r.ttl ?? 0));
}

function toRecord(answer: Answer): DnsRecord | undefined {
  const ttl = answer.ttl ?? 0;
  switch (answer.type) {
    case 'A':
    case 'AAAA':
      return { type: answer.type, ttl, address: answer.data };
    case 'PTR':
    case 'CNAME':
    case 'NS':
      return { type: answer.type, ttl, name: normalize(answer.data) };
    case 'MX':
      return { type: 'MX', ttl, preference: answer.data.preference ?? 0, exchange: normalize(answer.data.exchange) };
    case 'TXT':
      // RFC 1035 §3.3.14: keep each character-string; the checks decide how to join them.
      return { type: 'TXT', ttl, strings: (Array.isArray(answer.data) ? answer.data : [answer.data]).map(toText) };
    case 'SOA':
      return { type: 'SOA', ttl, mname: normalize(answer.data.mname), rname: normalize(answer.data.rname), minimum: answer.data.minimum ?? 0 };
    default:
      return undefined;
  }
}

function toText(value: string | Uint8Array): string {
  return typeof value === 'string' ? value : textDecoder.decode(value);
}

function normalize(name: string): string {
  return name.replace(/\.$/, '').toLowerCase();
}
