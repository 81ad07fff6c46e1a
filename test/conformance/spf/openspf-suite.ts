// Reads the OpenSPF YAML suites (format: ../shared/testdata/SOURCES.md, "SPF suite format") and turns
// each scenario's zonedata into the design's JSON zone format, following the reference driver's
// conventions: SPF records are served as TXT when a name has no TXT item, NONE is a placeholder,
// a bare TIMEOUT makes the types not listed before it time out.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import type { DnsFailureCause, DnsResult, QueryOptions, RecordType, Resolver } from '../../../lib/dns/types';
import { parseZone } from '../../../lib/dns/zone';
import { ZoneResolver } from '../../../lib/dns/zone-resolver';
import type { SpfResultCode } from '../../../lib/auth/spf';

export interface SuiteCase {
  scenario: string;
  name: string;
  helo: string;
  host: string;
  mailfrom: string;
  /** Every acceptable result; the first is the preferred one. */
  results: SpfResultCode[];
  explanation?: string;
  spec?: string;
  /** The scenario's zone in the design's JSON zone format. */
  zone: Record<string, Record<string, unknown>>;
}

export function suitePath(file: string): string {
  return new URL(`../../../../shared/testdata/spf/openspf-test-suite/${file}`, import.meta.url).pathname;
}

export function loadSuite(file: string): SuiteCase[] {
  const cases: SuiteCase[] = [];
  for (const document of parseAllDocuments(readFileSync(suitePath(file), 'utf8'))) {
    const scenario = document.toJS() as {
      description: string;
      tests: Record<string, Record<string, unknown>>;
      zonedata?: Record<string, unknown[]>;
    } | null;
    if (!scenario?.tests) continue;
    const zone = zoneOf(scenario.zonedata ?? {});
    for (const [name, test] of Object.entries(scenario.tests)) {
      const result = test.result as string | string[];
      cases.push({
        scenario: scenario.description,
        name,
        helo: String(test.helo),
        host: String(test.host),
        mailfrom: String(test.mailfrom ?? ''),
        results: (Array.isArray(result) ? result : [result]) as SpfResultCode[],
        ...(typeof test.explanation === 'string' ? { explanation: test.explanation } : {}),
        ...(test.spec !== undefined ? { spec: String(test.spec) } : {}),
        zone,
      });
    }
  }
  return cases;
}

const ZONE_TYPES = ['A', 'AAAA', 'MX', 'TXT', 'PTR', 'CNAME'] as const;

function zoneOf(zonedata: Record<string, unknown[]>): Record<string, Record<string, unknown>> {
  const zone: Record<string, Record<string, unknown>> = {};
  for (const [name, items] of Object.entries(zonedata)) {
    const records: { type: string; value: unknown }[] = [];
    let timeoutAt = -1;
    const hasTxtItem = items.some((item) => isItem(item) && 'TXT' in item);
    const spfAsTxt: unknown[] = [];
    for (const item of items) {
      if (item === 'TIMEOUT') {
        if (timeoutAt < 0) timeoutAt = records.length;
        continue;
      }
      if (!isItem(item)) continue;
      const [type, value] = Object.entries(item)[0] ?? ['', null];
      if (value === 'NONE') continue;
      if (type === 'SPF') {
        if (!hasTxtItem) spfAsTxt.push(value);
        continue;
      }
      records.push({ type, value });
    }
    // The reference driver appends the SPF-as-TXT copies after every listed item.
    for (const value of spfAsTxt) records.push({ type: 'TXT', value });
    const entry: Record<string, unknown> = {};
    for (const type of ZONE_TYPES) {
      const before = records.slice(0, timeoutAt < 0 ? records.length : timeoutAt).filter((r) => r.type === type);
      if (before.length === 0) {
        if (timeoutAt >= 0) entry[type] = 'TIMEOUT';
        continue;
      }
      entry[type] = before.map((r) => zoneValue(type, r.value));
    }
    zone[name] = entry;
  }
  return zone;
}

function zoneValue(type: string, value: unknown): unknown {
  if (type === 'MX' && Array.isArray(value)) return { preference: Number(value[0]), exchange: String(value[1]) };
  if (type === 'TXT') return Array.isArray(value) ? value.map(String) : String(value);
  return String(value);
}

function isItem(item: unknown): item is Record<string, unknown> {
  return typeof item === 'object' && item !== null && !Array.isArray(item);
}

/**
 * The zone as a Resolver, plus the two driver conventions a JSON zone cannot state: a name absent
 * from the zone that starts with "error." times out, and a label longer than 63 octets is a DNS error.
 */
export function suiteResolver(zone: Record<string, Record<string, unknown>>): Resolver {
  const parsed = parseZone(zone);
  if (!parsed.ok) throw new Error(`suite zone does not convert: ${JSON.stringify(parsed.problem)}`);
  const inner = new ZoneResolver(parsed.zone, 'openspf suite zone');
  return {
    label: inner.label,
    async query(name: string, type: RecordType, _options?: QueryOptions): Promise<DnsResult> {
      const failure = (cause: DnsFailureCause): DnsResult => ({ kind: 'failure', name, type, ...cause, ms: 0, resolver: inner.label });
      const long = name.split('.').find((label) => label.length > 63);
      if (long !== undefined) return failure({ reason: 'invalid-name', problem: { rule: 'label-too-long', label: long, octets: long.length, limit: 63 } });
      // Names starting with "error." time out in the suite, as a zone file's "TIMEOUT" does.
      if (!inner.has(name) && name.toLowerCase().startsWith('error.')) return failure({ reason: 'timeout', timeoutMs: null });
      return inner.query(name, type);
    },
  };
}
