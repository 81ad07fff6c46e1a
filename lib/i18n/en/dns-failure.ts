// English words of a DNS query that gave no usable answer (lib/i18n/dns-failure.ts).
import type { AnswerProblem, WirePart, WireSection } from '../../dns/answer-problem';
import type { DnsFailureCause, DnsFailureReason } from '../../dns/types';
import { groupAttempts, type DnsFailureTexts } from '../dns-failure';
import type { Format } from '../format';

const PART: Record<WirePart, string> = {
  field: 'a header field',
  name: 'a name',
  'record-header': 'a record header',
  'record-data': 'a record\'s data',
  'txt-string': 'a TXT character-string',
};

const SECTION: Record<WireSection, string> = { answer: 'answer', authority: 'authority', additional: 'additional' };

/** One earlier try, briefly, beside the last failure in full. */
const SHORT: Record<Exclude<DnsFailureReason, 'http-status'>, string> = {
  timeout: 'timeout',
  network: 'network error',
  'malformed-answer': 'unreadable answer',
  'invalid-name': 'invalid name',
  offline: 'offline',
  aborted: 'cancelled',
};

/** 3000 -> "3 s", 1500 -> "1.5 s". */
export function seconds(ms: number, format: Format): string {
  return `${format.number(Math.round(ms / 100) / 10)} s`;
}

const bytes = (count: number, format: Format) => format.count(count, { one: 'byte', other: 'bytes' });

function answerProblem(p: AnswerProblem, format: Format): string {
  const n = format.number;
  switch (p.problem) {
    case 'content-type':
      return `the server sent ${p.contentType === null ? 'no Content-Type' : p.contentType} instead of application/dns-message`;
    case 'too-large':
      return p.bytes === null ? `more than the ${bytes(p.limit, format)} a DNS message can hold` : `${bytes(p.bytes, format)}, over the ${n(p.limit)}-byte limit of a DNS message`;
    case 'unknown-coding':
      return `the body's content coding ${p.coding} is not one this client reads`;
    case 'bad-coding':
      return `the ${p.coding}-coded body does not decode`;
    case 'short-header':
      return `${bytes(p.bytes, format)}, shorter than a DNS header (12)`;
    case 'truncated':
      return `the message ends inside ${PART[p.part]} (byte ${n(p.at)})`;
    case 'missing-records':
      return `the header counts ${n(p.counted)} ${SECTION[p.section]} ${format.plural(p.counted, { one: 'record', other: 'records' })}, the message holds ${n(p.found)}`;
    case 'trailing-data':
      return `${bytes(p.bytes, format)} of trailing data after the last record`;
    case 'forward-pointer':
      return `the name compression pointer at byte ${n(p.at)} points forward`;
    case 'label-type':
      return `unknown label type 0x${p.bits.toString(16)} at byte ${n(p.at)} (RFC 6891 §5)`;
    case 'name-too-long':
      return `a name longer than ${n(p.limit)} octets at byte ${n(p.at)} (RFC 1035 §3.1)`;
    case 'rdata-length':
      return `a type ${p.typeCode} record's data is ${bytes(p.read, format)}, its RDLENGTH says ${n(p.rdlength)}`;
    case 'address-length':
      return `an ${p.type} record has ${bytes(p.rdlength, format)} of data, not ${p.type === 'A' ? 4 : 16}`;
    case 'name-past-record':
      return 'a name runs past the end of its record';
    case 'empty-txt':
      return 'a TXT record with no character-string';
    case 'txt-past-record':
      return `a TXT character-string of ${bytes(p.length, format)} runs past its record (RDLENGTH ${n(p.rdlength)})`;
    case 'not-a-response':
      return 'the message is a query, not a response';
    case 'wrong-id':
      return `the response carries ID ${p.id}, the query ${p.expected}`;
    case 'tc-flag':
      return 'the response is marked truncated (TC)';
    case 'question-count':
      return `the response carries ${format.count(p.count, { one: 'question', other: 'questions' })}, not 1`;
    case 'other-question':
      return `the response answers another question (${p.name} type ${p.typeCode})`;
    case 'nxdomain-with-records':
      return `NXDOMAIN with ${n(p.count)} ${p.type} ${format.plural(p.count, { one: 'record', other: 'records' })}`;
    case 'cname-count':
      return `${p.owner} has ${n(p.count)} CNAME records`;
    case 'cname-loop':
      return `CNAME loop: ${p.chain.join(' -> ')}`;
    case 'cname-chain-too-long':
      return `a CNAME chain longer than ${n(p.limit)}`;
    case 'stray-record':
      return `no ${p.asked} record, but a type ${p.typeCode} record for ${p.owner}`;
  }
}

function cause(c: DnsFailureCause, format: Format): string {
  switch (c.reason) {
    case 'timeout':
      return c.timeoutMs === null ? 'timeout (the zone file marks it TIMEOUT)' : `timeout after ${seconds(c.timeoutMs, format)}`;
    case 'http-status':
      return `the resolver answered HTTP ${c.httpStatus}`;
    case 'network':
      return `the resolver could not be reached${c.code === null ? '' : ` (${c.code})`}`;
    case 'malformed-answer':
      return `the answer could not be read: ${answerProblem(c.problem, format)}`;
    case 'invalid-name':
      return `not a valid domain name: ${dnsFailure.nameProblem(c.problem, format)}`;
    case 'offline':
      return 'not looked up: offline mode';
    case 'aborted':
      return 'the query was cancelled';
  }
}

const times = (count: number, format: Format) => (count === 1 ? 'once' : count === 2 ? 'twice' : `${format.number(count)} times`);

export const dnsFailure: DnsFailureTexts = {
  failure: (facts, format) => {
    if (!facts.attempts?.length) return cause(facts, format);
    const earlier = groupAttempts(facts.attempts).map((group) => {
      const causes = group.causes.map((c) => (c.reason === 'http-status' ? `HTTP ${c.httpStatus}` : SHORT[c.reason]));
      return `${group.resolver} failed ${times(group.count, format)}: ${causes.join(', ')}`;
    });
    return `${cause(facts, format)} (after ${earlier.join('; ')})`;
  },
  cause,
  answerProblem,
  nameProblem: (p, format) => {
    switch (p.rule) {
      case 'empty-name':
        return 'empty name';
      case 'empty-label':
        return 'empty label';
      case 'label-too-long':
        return `label "${p.label}" is ${format.number(p.octets)} octets, more than the ${format.number(p.limit)} DNS allows`;
      case 'name-too-long':
        return `the name is ${format.number(p.octets)} octets, more than the ${format.number(p.limit)} DNS allows`;
      case 'bad-character':
        return `label "${p.label}" holds a character DNS names cannot carry`;
      case 'bad-idn':
        return `label "${p.label}" is not a valid internationalized label`;
    }
  },
};
