// The JSON zone format of the design notes: the CLI's --zone file, the test fixtures and the
// "what if" overlay all use it. Names have no trailing dot and are compared case-insensitively.
import type { DnsRecord, RecordType } from './types';

export type ZoneRecordSet = DnsRecord[] | 'TIMEOUT';
/** name (lower case, no trailing dot) -> type -> records, or 'TIMEOUT' when that type must time out. */
export type Zone = Map<string, Map<RecordType, ZoneRecordSet>>;

/** What a record of the given type must be written as, in the zone file format above. */
export type ZoneRecordShape = 'address' | 'name' | 'txt' | 'mx';

/**
 * Why a zone is refused, as data (the catalogs word it: lib/i18n/<lang>/dns.ts). `name` is the entry as
 * written in the file, so the user finds it.
 */
export type ZoneProblem =
  | { kind: 'not-an-object' }
  | { kind: 'types-not-an-object'; name: string }
  | { kind: 'unsupported-type'; name: string; type: string }
  | { kind: 'bad-record'; name: string; type: RecordType; expected: ZoneRecordShape };

export type ZoneParseResult = { ok: true; zone: Zone } | { ok: false; problem: ZoneProblem };

const ZONE_TTL = 300;
const SUPPORTED: readonly RecordType[] = ['A', 'AAAA', 'MX', 'TXT', 'PTR', 'CNAME', 'NS'];

export function normalizeZoneName(name: string): string {
  return name.trim().replace(/\.$/, '').toLowerCase();
}

/** Validates a parsed JSON value as a zone; the problem names the first offending entry. */
export function parseZone(json: unknown): ZoneParseResult {
  if (!isPlainObject(json)) return { ok: false, problem: { kind: 'not-an-object' } };
  const zone: Zone = new Map();
  for (const [rawName, types] of Object.entries(json)) {
    const name = normalizeZoneName(rawName);
    if (!isPlainObject(types)) return { ok: false, problem: { kind: 'types-not-an-object', name: rawName } };
    const byType = zone.get(name) ?? new Map<RecordType, ZoneRecordSet>();
    for (const [rawType, value] of Object.entries(types)) {
      const type = rawType.toUpperCase() as RecordType;
      if (!SUPPORTED.includes(type)) return { ok: false, problem: { kind: 'unsupported-type', name: rawName, type: rawType } };
      if (value === 'TIMEOUT') {
        byType.set(type, 'TIMEOUT');
        continue;
      }
      const records = parseRecords(type, value);
      if (!Array.isArray(records)) return { ok: false, problem: { kind: 'bad-record', name: rawName, type, expected: records.expected } };
      byType.set(type, records);
    }
    zone.set(name, byType);
  }
  return { ok: true, zone };
}

/** A record that does not have the shape its type needs. */
interface WrongShape {
  expected: ZoneRecordShape;
}

function parseRecords(type: RecordType, value: unknown): DnsRecord[] | WrongShape {
  // The outer array lists records; a single record may be written without it.
  const items = Array.isArray(value) ? value : [value];
  const records: DnsRecord[] = [];
  for (const item of items) {
    const record = parseRecord(type, item);
    if ('expected' in record) return record;
    records.push(record);
  }
  return records;
}

function parseRecord(type: RecordType, item: unknown): DnsRecord | WrongShape {
  switch (type) {
    case 'A':
    case 'AAAA':
      return typeof item === 'string' ? { type, ttl: ZONE_TTL, address: item } : { expected: 'address' };
    case 'PTR':
    case 'CNAME':
    case 'NS':
      return typeof item === 'string' ? { type, ttl: ZONE_TTL, name: normalizeZoneName(item) } : { expected: 'name' };
    case 'TXT':
      if (typeof item === 'string') return { type, ttl: ZONE_TTL, strings: [item] };
      if (Array.isArray(item) && item.every((s) => typeof s === 'string')) return { type, ttl: ZONE_TTL, strings: item };
      return { expected: 'txt' };
    case 'MX':
      if (isPlainObject(item) && typeof item.preference === 'number' && typeof item.exchange === 'string') {
        return { type, ttl: ZONE_TTL, preference: item.preference, exchange: normalizeZoneName(item.exchange) };
      }
      return { expected: 'mx' };
    default:
      // SOA is a RecordType the zone format does not take (SUPPORTED refused it above).
      return { expected: 'name' };
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
