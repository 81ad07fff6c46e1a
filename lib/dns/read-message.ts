// A strict reader of DNS messages (RFC 1035 §4.1). A lenient decoder turns a cut-short answer into a
// smaller record (an SPF TXT missing its last bytes reads as a narrower, still valid policy), so here
// every length must add up exactly: the header counts, each RDLENGTH, each character-string, the end of
// the message. Anything else throws a MessageError carrying the problem as facts (answer-problem.ts),
// which the caller turns into a temperror.
import { formatIp } from '../net/ip-address';
import type { WirePart, WireProblem, WireSection } from './answer-problem';
import type { DnsRecord } from './types';

export class MessageError extends Error {
  constructor(readonly problem: WireProblem) {
    super(problem.problem);
  }
}

export interface WireQuestion {
  name: string;
  typeCode: number;
  classCode: number;
}

export interface WireRecord {
  owner: string;
  typeCode: number;
  classCode: number;
  ttl: number;
  /** The record read into the engine's shape, for the types the engine asks about; undefined for others. */
  record?: DnsRecord;
}

export interface WireMessage {
  id: number;
  flags: number;
  questions: WireQuestion[];
  answers: WireRecord[];
  authorities: WireRecord[];
  additionals: WireRecord[];
}

/** RFC 1035 §3.2.2 type codes of the records the engine reads. */
export const TYPE_CODES = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, OPT: 41 } as const;

const HEADER_LENGTH = 12;
// RFC 1035 §3.1: a name is at most 255 octets on the wire.
const MAX_NAME_OCTETS = 255;
const textDecoder = new TextDecoder();

export function readMessage(bytes: Uint8Array): WireMessage {
  const reader = new Reader(bytes);
  if (bytes.length < HEADER_LENGTH) throw new MessageError({ problem: 'short-header', bytes: bytes.length });
  const id = reader.u16();
  const flags = reader.u16();
  const [qdcount, ancount, nscount, arcount] = [reader.u16(), reader.u16(), reader.u16(), reader.u16()];
  const questions: WireQuestion[] = [];
  for (let index = 0; index < qdcount; index++) questions.push({ name: reader.name(), typeCode: reader.u16(), classCode: reader.u16() });
  const section = (count: number, which: WireSection) => {
    const records: WireRecord[] = [];
    for (let index = 0; index < count; index++) {
      const start = reader.offset;
      if (start >= bytes.length) throw new MessageError({ problem: 'missing-records', section: which, counted: count, found: index });
      records.push(reader.resourceRecord());
    }
    return records;
  };
  const answers = section(ancount, 'answer');
  const authorities = section(nscount, 'authority');
  const additionals = section(arcount, 'additional');
  if (reader.offset !== bytes.length) throw new MessageError({ problem: 'trailing-data', bytes: bytes.length - reader.offset });
  return { id, flags, questions, answers, authorities, additionals };
}

class Reader {
  offset = 0;

  constructor(private readonly bytes: Uint8Array) {}

  private need(count: number, part: WirePart): void {
    if (this.offset + count > this.bytes.length) throw new MessageError({ problem: 'truncated', at: this.offset, part });
  }

  u8(part: WirePart = 'field'): number {
    this.need(1, part);
    return this.bytes[this.offset++] ?? 0;
  }

  u16(part: WirePart = 'field'): number {
    this.need(2, part);
    const value = ((this.bytes[this.offset] ?? 0) << 8) | (this.bytes[this.offset + 1] ?? 0);
    this.offset += 2;
    return value;
  }

  u32(part: WirePart = 'field'): number {
    return this.u16(part) * 0x10000 + this.u16(part);
  }

  take(count: number, part: WirePart): Uint8Array {
    this.need(count, part);
    const slice = this.bytes.subarray(this.offset, this.offset + count);
    this.offset += count;
    return slice;
  }

  /** RFC 1035 §4.1.4: labels, ending in the root label or a pointer to an earlier name. */
  name(): string {
    const labels: string[] = [];
    let octets = 1;
    let position = this.offset;
    let resumeAt: number | undefined;
    for (;;) {
      if (position >= this.bytes.length) throw new MessageError({ problem: 'truncated', at: position, part: 'name' });
      const length = this.bytes[position] ?? 0;
      if ((length & 0xc0) === 0xc0) {
        if (position + 1 >= this.bytes.length) throw new MessageError({ problem: 'truncated', at: position, part: 'name' });
        const target = ((length & 0x3f) << 8) | (this.bytes[position + 1] ?? 0);
        // Only backward pointers: a pointer to itself or forward could loop forever.
        if (target >= position) throw new MessageError({ problem: 'forward-pointer', at: position });
        resumeAt ??= position + 2;
        position = target;
        continue;
      }
      if (length & 0xc0) throw new MessageError({ problem: 'label-type', at: position, bits: length & 0xc0 });
      octets += length + 1;
      if (octets > MAX_NAME_OCTETS) throw new MessageError({ problem: 'name-too-long', at: position, limit: MAX_NAME_OCTETS });
      if (length === 0) break;
      if (position + 1 + length > this.bytes.length) throw new MessageError({ problem: 'truncated', at: position, part: 'name' });
      labels.push(labelText(this.bytes.subarray(position + 1, position + 1 + length)));
      position += 1 + length;
    }
    this.offset = resumeAt ?? position + 1;
    return labels.join('.');
  }

  resourceRecord(): WireRecord {
    const owner = this.name();
    const typeCode = this.u16('record-header');
    const classCode = this.u16('record-header');
    const ttl = this.u32('record-header');
    const rdlength = this.u16('record-header');
    this.need(rdlength, 'record-data');
    const end = this.offset + rdlength;
    const record = this.rdata(typeCode, ttl, rdlength, end);
    if (this.offset !== end) {
      throw new MessageError({ problem: 'rdata-length', at: end - rdlength, typeCode, read: this.offset - (end - rdlength), rdlength });
    }
    return { owner, typeCode, classCode, ttl, ...(record ? { record } : {}) };
  }

  private rdata(typeCode: number, ttl: number, rdlength: number, end: number): DnsRecord | undefined {
    switch (typeCode) {
      case TYPE_CODES.A:
        return { type: 'A', ttl, address: formatIp({ version: 4, bytes: this.fixed('A', 4, rdlength) }) };
      case TYPE_CODES.AAAA:
        return { type: 'AAAA', ttl, address: formatIp({ version: 6, bytes: this.fixed('AAAA', 16, rdlength) }) };
      case TYPE_CODES.NS:
        return { type: 'NS', ttl, name: this.nameWithin(end) };
      case TYPE_CODES.CNAME:
        return { type: 'CNAME', ttl, name: this.nameWithin(end) };
      case TYPE_CODES.PTR:
        return { type: 'PTR', ttl, name: this.nameWithin(end) };
      case TYPE_CODES.MX: {
        const preference = this.u16('record-data');
        return { type: 'MX', ttl, preference, exchange: this.nameWithin(end) };
      }
      case TYPE_CODES.TXT:
        return { type: 'TXT', ttl, strings: this.characterStrings(rdlength, end) };
      case TYPE_CODES.SOA: {
        const mname = this.nameWithin(end);
        const rname = this.nameWithin(end);
        // SERIAL, REFRESH, RETRY, EXPIRE, then MINIMUM (RFC 1035 §3.3.13).
        for (let index = 0; index < 4; index++) this.u32('record-data');
        return { type: 'SOA', ttl, mname, rname, minimum: this.u32('record-data') };
      }
      default:
        this.take(rdlength, 'record-data');
        return undefined;
    }
  }

  private fixed(type: 'A' | 'AAAA', length: number, rdlength: number): Uint8Array {
    if (rdlength !== length) throw new MessageError({ problem: 'address-length', at: this.offset, type, rdlength });
    return Uint8Array.from(this.take(length, 'record-data'));
  }

  private nameWithin(end: number): string {
    const name = this.name();
    if (this.offset > end) throw new MessageError({ problem: 'name-past-record', at: this.offset });
    return name;
  }

  /** RFC 1035 §3.3.14: one or more <character-string>s that fill RDLENGTH exactly. */
  private characterStrings(rdlength: number, end: number): string[] {
    if (rdlength === 0) throw new MessageError({ problem: 'empty-txt', at: this.offset });
    const strings: string[] = [];
    while (this.offset < end) {
      const length = this.u8('txt-string');
      if (this.offset + length > end) throw new MessageError({ problem: 'txt-past-record', at: this.offset - 1, length, rdlength });
      strings.push(textDecoder.decode(this.take(length, 'txt-string')));
    }
    return strings;
  }
}

/** Lower case for comparison (RFC 4343); octets that are not letters, digits, '-' or '_' as \DDD (RFC 1035 §5.1). */
function labelText(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    const plain = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || byte === 0x2d || byte === 0x5f || byte === 0x2a;
    text += plain ? String.fromCharCode(byte).toLowerCase() : `\\${byte.toString().padStart(3, '0')}`;
  }
  return text;
}
