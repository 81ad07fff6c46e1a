// Finding a domain's SPF record (RFC 7208 §4.4, §4.5): TXT only, strings joined with nothing
// between them, exactly one record starting "v=spf1" followed by a space or the end.
import type { QueryOptions, Resolver } from '../../dns/types';
import { isTemporaryFailure } from '../../dns/types';
import { isSpfRecord } from './parse-record';

export type RecordSelection =
  | { kind: 'record'; text: string }
  | { kind: 'none'; reason: string }
  | { kind: 'permerror'; reason: string }
  | { kind: 'temperror'; reason: string };

export async function selectRecord(resolver: Resolver, domain: string, options?: QueryOptions): Promise<RecordSelection> {
  const answer = await resolver.query(domain, 'TXT', options);
  // §4.4: "If the DNS lookup returns a server failure (RCODE 2) or some other error (RCODE other
  // than 0 or 3), or if the lookup times out, then check_host() terminates immediately with temperror."
  if (answer.kind === 'failure') return { kind: 'temperror', reason: `TXT lookup of ${domain} failed: ${answer.message}` };
  if (isTemporaryFailure(answer)) return { kind: 'temperror', reason: `TXT lookup of ${domain} returned ${answer.rcode}` };
  if (answer.rcode === 'NXDOMAIN') return { kind: 'none', reason: `${domain} does not exist (NXDOMAIN)` };
  // §3.3: a record split into several character-strings is joined without spaces.
  const texts = answer.answers.flatMap((record) => (record.type === 'TXT' ? [record.strings.join('')] : []));
  const spf = texts.filter(isSpfRecord);
  if (spf.length === 0) return { kind: 'none', reason: `${domain} publishes no SPF record (no TXT record starts with "v=spf1")` };
  // §4.5: "If the resultant record set includes more than one record, check_host() produces the "permerror" result."
  if (spf.length > 1) return { kind: 'permerror', reason: `${domain} publishes ${spf.length} SPF records; exactly one is allowed (RFC 7208 §4.5)` };
  return { kind: 'record', text: spf[0] ?? '' };
}
