// One analysis asks some names more than once (the HELO check and SPF's mx both want the sender's MX;
// DMARC's discovery is started early and its evaluation asks again later). Within one analysis the
// same question gets the same answer, asked once; every answer is logged for the report's DNS section.
// It is also where a failure gets its English `message` (the Report's words for scripts of schema 1 to 3,
// in the DNS log and in each check's queries): the resolvers below it give facts only.
import { failureFacts, type DnsFailureFacts, type DnsResult, type QueryOptions, type RecordType, type Resolver } from '../dns/types';
import { toDnsQuery, type DnsQuery } from '../dns/query-log';
import { formatFor } from '../i18n/format';
import { catalogFor } from '../i18n/render';

const ENGLISH = catalogFor('en');
const inEnglish = (facts: DnsFailureFacts): string => ENGLISH.dnsFailure.failure(facts, formatFor('en'));

export interface SharedResolver extends Resolver {
  /** Each question asked of the underlying resolver, in the order the answers came back. */
  readonly log: readonly DnsQuery[];
  /** How many queries were sent (each distinct name and type once). */
  readonly sent: number;
}

export function shareAnswers(inner: Resolver, onQuery?: (query: DnsQuery) => void, signal?: AbortSignal): SharedResolver {
  const asked = new Map<string, Promise<DnsResult>>();
  const log: DnsQuery[] = [];
  return {
    label: inner.label,
    mode: inner.mode,
    log,
    get sent() {
      return asked.size;
    },
    query(name: string, type: RecordType, options?: QueryOptions): Promise<DnsResult> {
      // RFC 4343: DNS names compare case-insensitively; a trailing dot names the same node.
      const key = `${type} ${name.toLowerCase().replace(/\.$/, '')}`;
      const known = asked.get(key);
      if (known) return known;
      const pending = inner.query(name, type, { signal: options?.signal ?? signal, ...(options?.prefetch ? { prefetch: true } : {}) }).then((answered) => {
        const result: DnsResult = answered.kind === 'failure' ? { ...answered, message: inEnglish(failureFacts(answered)) } : answered;
        const entry: DnsQuery = { ...toDnsQuery(result, inEnglish), ...(options?.prefetch ? { prefetched: true as const } : {}) };
        log.push(entry);
        onQuery?.(entry);
        return result;
      });
      asked.set(key, pending);
      return pending;
    },
  };
}
