// --offline: no DNS query leaves the machine; every lookup says so, and the report shows header evidence only.
import type { DnsMode, DnsResult, RecordType, Resolver } from './types';

export class OfflineResolver implements Resolver {
  // The mode says what this is; the pages and the CLI word it ("offline: header evidence only").
  readonly label = 'offline';
  readonly mode: DnsMode = 'offline';

  async query(name: string, type: RecordType): Promise<DnsResult> {
    return { kind: 'failure', name, type, reason: 'offline', ms: 0, resolver: this.label };
  }
}
