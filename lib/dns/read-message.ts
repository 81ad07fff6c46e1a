// A strict reader of DNS messages (RFC 1035 §4.1). A lenient decoder turns a cut-short answer into a
// smaller record (an SPF TXT missing its last bytes reads as a narrower, still valid policy), so here
// every length must add up exactly: the header counts, each RDLENGTH, each character-string, the end of
// the message. Anything else throws a MessageError, which the caller turns into a temperror.
import { formatIp } from '../net/ip-address';
import type { DnsRecord } from './types';

export class MessageError extends Error {}

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
  if (bytes.length < HEADER_LENGTH) throw new MessageError(`${bytes.length} bytes, shorter than a DNS header (12)`);
  const id = reader.u16();
  const flags = reader.u16();
  const [qdcount, ancount, nscount, arcount] = [reader.u16(), reader.u16(), reader.u16(), reader.u16()];
  const questions: WireQuestion[] = [];
  for (let index = 0; index < qdcount; index++) questions.push({ name: reader.name(), typeCode: reader.u16(), classCode: reader.u16() });
  const section = (count: number, label: string) => {
    const records: WireRecord[] = [];
    for (let index = 0; index < count; index++) {
      const start = reader.offset;
      if (start >= bytes.length) throw new MessageError(`the header counts ${count} ${label} records, the message holds ${index}`);
      records.push(reader.resourceRecord());
    }
    return records;
  };
  const answers = section(ancount, 'answer');
  const authorities = section(nscount, 'authority');
  const additionals = section(arcount, 'additional');
  if (reader.offset !== bytes.length) throw new MessageError(`${bytes.length - reader.offset} bytes of trailing data after the last record`);
  return { id, flags, questions, answers, authorities, additionals };
}

class Reader {
  offset = 0;

  constructor(private readonly bytes: Uint8Array) {}

  private need(count: number, what: string): void {
    if (this.offset + count > this.bytes.length) throw new MessageError(`the message ends inside ${what}`);
  }

  u8(what = 'a field'): number {
    this.need(1, what);
    return this.bytes[this.offset++] ?? 0;
  }

  u16(what = 'a field'): number {
    this.need(2, what);
    const value = ((this.bytes[this.offset] ?? 0) << 8) | (this.bytes[this.offset + 1] ?? 0);
    this.offset += 2;
    return value;
  }

  u32(what = 'a field'): number {
    return this.u16(what) * 0x10000 + this.u16(what);
  }

  take(count: number, what: string): Uint8Array {
    this.need(count, what);
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
      if (position >= this.bytes.length) throw new MessageError('the message ends inside a name');
      const length = this.bytes[position] ?? 0;
      if ((length & 0xc0) === 0xc0) {
        if (position + 1 >= this.bytes.length) throw new MessageError('the message ends inside a name');
        const target = ((length & 0x3f) << 8) | (this.bytes[position + 1] ?? 0);
        // Only backward pointers: a pointer to itself or forward could loop forever.
        if (target >= position) throw new MessageError('a name compression pointer points forward');
        resumeAt ??= position + 2;
        position = target;
        continue;
      }
      if (length & 0xc0) throw new MessageError(`unknown label type 0x${(length & 0xc0).toString(16)} (RFC 6891 §5)`);
      octets += length + 1;
      if (octets > MAX_NAME_OCTETS) throw new MessageError(`a name longer than ${MAX_NAME_OCTETS} octets (RFC 1035 §3.1)`);
      if (length === 0) break;
      if (position + 1 + length > this.bytes.length) throw new MessageError('the message ends inside a name');
      labels.push(labelText(this.bytes.subarray(position + 1, position + 1 + length)));
      position += 1 + length;
    }
    this.offset = resumeAt ?? position + 1;
    return labels.join('.');
  }

  resourceRecord(): WireRecord {
    const owner = this.name();
    const typeCode = this.u16('a record header');
    const classCode = this.u16('a record header');
    const ttl = this.u32('a record header');
    const rdlength = this.u16('a record header');
    this.need(rdlength, `the data of a type ${typeCode} record (RDLENGTH ${rdlength})`);
    const end = this.offset + rdlength;
    const record = this.rdata(typeCode, ttl, rdlength, end);
    if (this.offset !== end) {
      throw new MessageError(`a type ${typeCode} record's data is ${this.offset - (end - rdlength)} bytes, RDLENGTH says ${rdlength}`);
    }
    return { owner, typeCode, classCode, ttl, ...(record ? { record } : {}) };
  }

  private rdata(typeCode: number, ttl: number, rdlength: number, end: number): DnsRecord | undefined {
    switch (typeCode) {
      case TYPE_CODES.A:
        return { type: 'A', ttl, address: formatIp({ version: 4, bytes: this.fixed(4, rdlength, 'an A record') }) };
      case TYPE_CODES.AAAA:
        return { type: 'AAAA', ttl, address: formatIp({ version: 6, bytes: this.fixed(16, rdlength, 'an AAAA record') }) };
      case TYPE_CODES.NS:
        return { type: 'NS', ttl, name: this.nameWithin(end) };
      case TYPE_CODES.CNAME:
        return { type: 'CNAME', ttl, name: this.nameWithin(end) };
      case TYPE_CODES.PTR:
        return { type: 'PTR', ttl, name: this.nameWithin(end) };
      case TYPE_CODES.MX: {
        const preference = this.u16('an MX record');
        return { type: 'MX', ttl, preference, exchange: this.nameWithin(end) };
      }
      case TYPE_CODES.TXT:
        return { type: 'TXT', ttl, strings: this.characterStrings(rdlength, end) };
      case TYPE_CODES.SOA: {
        const mname = this.nameWithin(end);
        const rname = this.nameWithin(end);
        // SERIAL, REFRESH, RETRY, EXPIRE, then MINIMUM (RFC 1035 §3.3.13).
        for (let index = 0; index < 4; index++) this.u32('an SOA record');
        return { type: 'SOA', ttl, mname, rname, minimum: this.u32('an SOA record') };
      }
      default:
        this.take(rdlength, 'record data');
        return undefined;
    }
  }

  private fixed(length: number, rdlength: number, what: string): Uint8Array {
    if (rdlength !== length) throw new MessageError(`${what} has ${rdlength} bytes of data, not ${length}`);
    return Uint8Array.from(this.take(length, what));
  }

  private nameWithin(end: number): string {
    const name = this.name();
    if (this.offset > end) throw new MessageError('a name runs past the end of its record');
    return name;
  }

  /** RFC 1035 §3.3.14: one or more <character-string>s that fill RDLENGTH exactly. */
  private characterStrings(rdlength: number, end: number): string[] {
    if (rdlength === 0) throw new MessageError('a TXT record with no character-string');
    const strings: string[] = [];
    while (this.offset < end) {
      const length = this.u8('a TXT record');
      if (this.offset + length > end) throw new MessageError(`a TXT character-string of ${length} bytes runs past its record (RDLENGTH ${rdlength})`);
      strings.push(textDecoder.decode(this.take(length, 'a TXT character-string')));
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
