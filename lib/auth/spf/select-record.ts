// Finding a domain's SPF record (RFC 7208 §4.4, §4.5): TXT only, strings joined with nothing
// between them, exactly one record starting "v=spf1" followed by a space or the end.
import type { QueryOptions, Resolver } from '../../dns/types';
import { readAnswer } from '../../dns/types';
import { isSpfRecord } from './parse-record';
import type { SpfCause, SpfStop } from './types';

export type RecordSelection =
  | { kind: 'record'; text: string }
  | { kind: 'none'; why: SpfStop; cause: SpfCause }
  | { kind: 'permerror'; why: SpfStop; cause: SpfCause }
  | { kind: 'temperror'; why: SpfStop; cause: SpfCause };

export async function selectRecord(resolver: Resolver, domain: string, options?: QueryOptions): Promise<RecordSelection> {
  const answer = await resolver.query(domain, 'TXT', options);
  // §4.4: "If the DNS lookup returns a server failure (RCODE 2) or some other error (RCODE other
  // than 0 or 3), or if the lookup times out, then check_host() terminates immediately with temperror."
  const read = readAnswer(answer);
  if ('problem' in read) return { kind: 'temperror', why: { kind: 'lookup', domain, problem: read.problem }, cause: { kind: 'lookup', problem: read.problem } };
  if (read.answer.rcode === 'NXDOMAIN') return { kind: 'none', why: { kind: 'nxdomain', domain }, cause: { kind: 'nxdomain', domain } };
  // §3.3: a record split into several character-strings is joined without spaces.
  const texts = read.answer.answers.flatMap((record) => (record.type === 'TXT' ? [record.strings.join('')] : []));
  const spf = texts.filter(isSpfRecord);
  if (spf.length === 0) return { kind: 'none', why: { kind: 'no-record', domain }, cause: { kind: 'no-record', domain } };
  // §4.5: "If the resultant record set includes more than one record, check_host() produces the "permerror" result."
  if (spf.length > 1) return { kind: 'permerror', why: { kind: 'multiple-records', domain, count: spf.length }, cause: { kind: 'multiple-records', domain, count: spf.length } };
  return { kind: 'record', text: spf[0] ?? '' };
}
