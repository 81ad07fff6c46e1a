// A Resolver that answers from a Zone alone and touches no network (--zone, tests, "what if").
import type { DnsMode, DnsRecord, DnsResult, RecordType, Resolver } from './types';
import { normalizeZoneName, type Zone } from './zone';

// RFC 1034 §3.6.2: resolvers follow CNAME chains; bound them so a loop in a zone ends.
const MAX_CNAME_CHAIN = 8;

export class ZoneResolver implements Resolver {
  readonly label: string;
  readonly mode: DnsMode = 'zone';

  constructor(
    private readonly zone: Zone,
    label = 'zone file',
  ) {
    this.label = label;
  }

  /** True when the zone has an entry for the name, whatever its types (used by the overlay). */
  has(name: string): boolean {
    return this.zone.has(normalizeZoneName(name));
  }

  async query(name: string, type: RecordType): Promise<DnsResult> {
    const asked = normalizeZoneName(name);
    const cnameChain: string[] = [];
    let current = asked;
    for (let hop = 0; hop <= MAX_CNAME_CHAIN; hop++) {
      const entry = this.zone.get(current);
      if (!entry) return this.answer(asked, type, 'NXDOMAIN', [], cnameChain);
      const records = entry.get(type);
      if (records === 'TIMEOUT') {
        // No clock ran: the file stands in for a server that never answers (timeoutMs null).
        return { kind: 'failure', name: asked, type, reason: 'timeout', timeoutMs: null, ms: 0, resolver: this.label };
      }
      if (records) return this.answer(asked, type, 'NOERROR', records, cnameChain);
      const alias = type === 'CNAME' ? undefined : entry.get('CNAME');
      const target = Array.isArray(alias) ? alias[0] : undefined;
      if (!target || target.type !== 'CNAME') return this.answer(asked, type, 'NOERROR', [], cnameChain);
      cnameChain.push(target.name);
      current = target.name;
    }
    return this.answer(asked, type, 'SERVFAIL', [], cnameChain);
  }

  private answer(name: string, type: RecordType, rcode: 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL', answers: DnsRecord[], cnameChain: string[]): DnsResult {
    return { kind: 'answer', name, type, rcode, answers, cnameChain, ad: false, ms: 0, resolver: this.label };
  }
}
