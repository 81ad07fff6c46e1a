// The JSON zone format of the design notes: the CLI's --zone file, the test fixtures and the
// "what if" overlay all use it. Names have no trailing dot and are compared case-insensitively.
import type { DnsRecord, RecordType } from './types';

export type ZoneRecordSet = DnsRecord[] | 'TIMEOUT';
/** name (lower case, no trailing dot) -> type -> records, or 'TIMEOUT' when that type must time out. */
export type Zone = Map<string, Map<RecordType, ZoneRecordSet>>;

export type ZoneParseResult = { ok: true; zone: Zone } | { ok: false; error: string };

const ZONE_TTL = 300;
const SUPPORTED: readonly RecordType[] = ['A', 'AAAA', 'MX', 'TXT', 'PTR', 'CNAME', 'NS'];

export function normalizeZoneName(name: string): string {
  return name.trim().replace(/\.$/, '').toLowerCase();
}

/** Validates a parsed JSON value as a zone; the error names the first offending entry. */
export function parseZone(json: unknown): ZoneParseResult {
  if (!isPlainObject(json)) return { ok: false, error: 'a zone must be a JSON object of names' };
  const zone: Zone = new Map();
  for (const [rawName, types] of Object.entries(json)) {
    const name = normalizeZoneName(rawName);
    if (!isPlainObject(types)) return { ok: false, error: `${rawName}: expected an object of record types` };
    const byType = zone.get(name) ?? new Map<RecordType, ZoneRecordSet>();
    for (const [rawType, value] of Object.entries(types)) {
      const type = rawType.toUpperCase() as RecordType;
      if (!SUPPORTED.includes(type)) return { ok: false, error: `${rawName}: unsupported record type ${rawType}` };
      if (value === 'TIMEOUT') {
        byType.set(type, 'TIMEOUT');
        continue;
      }
      const records = parseRecords(type, value);
      if (typeof records === 'string') return { ok: false, error: `${rawName} ${type}: ${records}` };
      byType.set(type, records);
    }
    zone.set(name, byType);
  }
  return { ok: true, zone };
}

function parseRecords(type: RecordType, value: unknown): DnsRecord[] | string {
  // The outer array lists records; a single record may be written without it.
  const items = Array.isArray(value) ? value : [value];
  const records: DnsRecord[] = [];
  for (const item of items) {
    const record = parseRecord(type, item);
    if (typeof record === 'string') return record;
    records.push(record);
  }
  return records;
}

function parseRecord(type: RecordType, item: unknown): DnsRecord | string {
  switch (type) {
    case 'A':
    case 'AAAA':
      return typeof item === 'string' ? { type, ttl: ZONE_TTL, address: item } : 'expected an address string';
    case 'PTR':
    case 'CNAME':
    case 'NS':
      return typeof item === 'string' ? { type, ttl: ZONE_TTL, name: normalizeZoneName(item) } : 'expected a name string';
    case 'TXT':
      if (typeof item === 'string') return { type, ttl: ZONE_TTL, strings: [item] };
      if (Array.isArray(item) && item.every((s) => typeof s === 'string')) return { type, ttl: ZONE_TTL, strings: item };
      return 'expected a string or an array of character-strings';
    case 'MX':
      if (isPlainObject(item) && typeof item.preference === 'number' && typeof item.exchange === 'string') {
        return { type, ttl: ZONE_TTL, preference: item.preference, exchange: normalizeZoneName(item.exchange) };
      }
      return 'expected { "preference": number, "exchange": name }';
    default:
      return `unsupported record type ${type}`;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
