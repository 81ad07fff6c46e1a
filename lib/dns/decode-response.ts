// Reads a DoH response body into the parts of a DnsAnswer: rcode, the records of the asked type after
// following CNAMEs, the AD flag, and how long the answer may be cached. Whatever does not add up (a
// message that does not parse exactly, another question or ID, a CNAME loop, records that answer
// nothing asked) is a problem (answer-problem.ts), which the resolver reports as a temperror: an answer
// can only say "no record" when it is a well-formed NXDOMAIN or NODATA.
import type { AnswerProblem, ResponseProblem } from './answer-problem';
import { MessageError, readMessage, TYPE_CODES, type WireMessage, type WireRecord } from './read-message';
import type { DnsRecord, Rcode, RecordType } from './types';

export type DecodedResponse =
  | { ok: true; rcode: Rcode; answers: DnsRecord[]; cnameChain: string[]; ad: boolean; ttl?: number }
  | { ok: false; problem: AnswerProblem };

// RFC 1034 §3.6.2: follow CNAMEs, but a chain longer than this is a loop or a misconfiguration.
export const MAX_CNAME_CHAIN = 8;

// RFC 1035 §4.1.1 (0-5), RFC 2136 §2.2 (6-10), RFC 6891 §9 (16, an extended rcode).
const RCODES: Record<number, Rcode> = {
  0: 'NOERROR', 1: 'FORMERR', 2: 'SERVFAIL', 3: 'NXDOMAIN', 4: 'NOTIMP', 5: 'REFUSED',
  6: 'YXDOMAIN', 7: 'YXRRSET', 8: 'NXRRSET', 9: 'NOTAUTH', 10: 'NOTZONE', 16: 'BADVERS',
};

const CLASS_IN = 1;
// Records a validating resolver puts beside the chain: signatures (RFC 4034 §3) and a DNAME with the
// CNAME synthesized from it (RFC 6672 §3.4). They answer nothing on their own.
const RRSIG = 46;
const DNAME = 39;
const FLAG_QR = 0x8000;
const FLAG_TC = 0x0200;
const FLAG_AD = 0x0020;

/** The query's ID: RFC 8484 §4.1 asks DoH clients to send 0, and the answer must carry the same. */
const QUERY_ID = 0;

export function decodeResponse(body: Uint8Array, name: string, type: RecordType): DecodedResponse {
  let message: WireMessage;
  try {
    message = readMessage(body);
  } catch (error) {
    if (error instanceof MessageError) return { ok: false, problem: error.problem };
    throw error;
  }
  const header = checkHeader(message, name, type);
  if (header) return { ok: false, problem: header };
  const rcode = readRcode(message);
  const chain = followChain(message.answers, name, type);
  if (!chain.ok) return chain;
  const { answers, cnameChain, used } = chain;
  if (rcode === 'NXDOMAIN' && answers.length > 0) return { ok: false, problem: { problem: 'nxdomain-with-records', count: answers.length, type } };
  return { ok: true, rcode, answers, cnameChain, ad: (message.flags & FLAG_AD) !== 0, ttl: cacheTtl(rcode, answers, used, message.authorities) };
}

/** RFC 1035 §4.1.1 and RFC 5452 §4.3: only a complete response to the question we asked is an answer. */
function checkHeader(message: WireMessage, name: string, type: RecordType): ResponseProblem | undefined {
  if ((message.flags & FLAG_QR) === 0) return { problem: 'not-a-response' };
  if (message.id !== QUERY_ID) return { problem: 'wrong-id', id: message.id, expected: QUERY_ID };
  // RFC 2181 §9: a truncated message is incomplete; over HTTPS nothing should be cut.
  if (message.flags & FLAG_TC) return { problem: 'tc-flag' };
  const [question, ...more] = message.questions;
  if (!question || more.length > 0) return { problem: 'question-count', count: message.questions.length };
  if (question.typeCode !== TYPE_CODES[type] || question.name !== name || question.classCode !== CLASS_IN) {
    return { problem: 'other-question', name: question.name, typeCode: question.typeCode };
  }
  return undefined;
}

type Chain = { ok: true; answers: DnsRecord[]; cnameChain: string[]; used: WireRecord[] } | { ok: false; problem: ResponseProblem };

/** RFC 1034 §3.6.2 / RFC 2181 §10.1: from the asked name through at most MAX_CNAME_CHAIN aliases. */
function followChain(records: WireRecord[], name: string, type: RecordType): Chain {
  const typeCode = TYPE_CODES[type];
  const cnameChain: string[] = [];
  const used: WireRecord[] = [];
  const visited = new Set([name]);
  let current = name;
  for (;;) {
    const owned = records.filter((r) => r.owner === current && r.classCode === CLASS_IN);
    const matching = owned.filter((r) => r.typeCode === typeCode);
    if (matching.length > 0) {
      used.push(...matching);
      return { ok: true, answers: matching.flatMap((r) => (r.record ? [r.record] : [])), cnameChain, used };
    }
    const aliases = type === 'CNAME' ? [] : owned.filter((r) => r.typeCode === TYPE_CODES.CNAME);
    const alias = aliases[0]?.record;
    if (!alias || alias.type !== 'CNAME') break;
    // RFC 2181 §10.1: an alias has exactly one CNAME record.
    if (aliases.length > 1) return { ok: false, problem: { problem: 'cname-count', owner: current, count: aliases.length } };
    if (visited.has(alias.name)) return { ok: false, problem: { problem: 'cname-loop', chain: [name, ...cnameChain, alias.name] } };
    if (cnameChain.length >= MAX_CNAME_CHAIN) return { ok: false, problem: { problem: 'cname-chain-too-long', limit: MAX_CNAME_CHAIN } };
    used.push(aliases[0] as WireRecord);
    visited.add(alias.name);
    cnameChain.push(alias.name);
    current = alias.name;
  }
  // No record of the asked type: NODATA or NXDOMAIN, but only when the answer section holds nothing else.
  // RFC 2308 §2.2: a NODATA response has no answer for the name; records for other names or of other
  // types mean the resolver answered some other question.
  const stray = records.find((r) => !visited.has(r.owner) || (r.typeCode !== TYPE_CODES.CNAME && r.typeCode !== RRSIG && r.typeCode !== DNAME));
  if (stray && stray.typeCode !== DNAME) {
    return { ok: false, problem: { problem: 'stray-record', owner: stray.owner || '.', typeCode: stray.typeCode, asked: type } };
  }
  return { ok: true, answers: [], cnameChain, used };
}

function readRcode(message: WireMessage): Rcode {
  // RFC 6891 §6.1.3: the OPT record's TTL field holds the upper 8 bits of a 12-bit rcode.
  const opt = message.additionals.find((r) => r.typeCode === TYPE_CODES.OPT);
  const code = (((opt?.ttl ?? 0) >>> 24) << 4) | (message.flags & 0x0f);
  return RCODES[code] ?? 'UNKNOWN';
}

/** RFC 2181 §5.2 / RFC 2308 §5: how long this answer may be reused; undefined when it must not be. */
function cacheTtl(rcode: Rcode, answers: DnsRecord[], used: WireRecord[], authorities: WireRecord[]): number | undefined {
  if (rcode === 'NOERROR' && answers.length > 0) return Math.min(...used.map((r) => r.ttl));
  if (rcode !== 'NOERROR' && rcode !== 'NXDOMAIN') return undefined;
  // NXDOMAIN or NODATA: RFC 2308 §5, the negative TTL is min(SOA TTL, SOA MINIMUM); no SOA, no caching.
  const soa = authorities.find((r) => r.record?.type === 'SOA');
  if (soa?.record?.type !== 'SOA') return undefined;
  return Math.min(soa.ttl, soa.record.minimum, ...used.map((r) => r.ttl));
}
