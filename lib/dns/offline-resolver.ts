// --offline: no DNS query leaves the machine; every lookup says so, and the report shows header evidence only.
import type { DnsMode, DnsResult, RecordType, Resolver } from './types';

export class OfflineResolver implements Resolver {
  readonly label = 'offline (no DNS queries)';
  readonly mode: DnsMode = 'offline';

  async query(name: string, type: RecordType): Promise<DnsResult> {
    return { kind: 'failure', name, type, reason: 'offline', message: 'not looked up: offline mode', ms: 0, resolver: this.label };
  }
}
