// One question per domain: does the name exist? An MX query answers it and, when it exists, also
// says where its mail goes (a domain may exist with no A, AAAA or MX record at all).
import { readAnswer, type Resolver } from '../../dns/types';
import type { DomainNameProblem } from '../../headers/to-ascii-domain';
import { normalizeDomain } from '../organizational-domain';
import type { DomainExistence } from './types';

// RFC 1035 §2.3.1 preferred syntax, letting through U-labels and the underscore some real names carry.
const LABEL = /^[\p{L}\p{N}_]([\p{L}\p{N}_-]{0,61}[\p{L}\p{N}_])?$/u;

/** Checks that a domain exists (NXDOMAIN means it does not); never throws. */
export async function checkDomainExists(domainText: string, resolver: Resolver, options: { signal?: AbortSignal } = {}): Promise<DomainExistence> {
  const domain = normalizeDomain(domainText);
  const invalid = invalidReason(domain);
  if (invalid !== undefined) return { domain, result: 'invalid', reason: invalid };
  const read = readAnswer(await resolver.query(domain, 'MX', { signal: options.signal }));
  if ('problem' in read) {
    const { problem } = read;
    // `message` names the lookup and its reason or rcode as codes ("MX example.com: timeout"); the words are the catalogs', from `problem`.
    return { domain, result: 'temperror', message: `${problem.type} ${problem.name}: ${problem.kind === 'rcode' ? problem.rcode : problem.reason}`, problem };
  }
  const { answer } = read;
  if (answer.rcode === 'NXDOMAIN') return { domain, result: 'nonexistent' };
  const mx = answer.answers.flatMap((r) => (r.type === 'MX' ? [normalizeDomain(r.exchange)] : []));
  // RFC 7505 §3: a single MX of "." (preference 0) says the domain accepts no mail.
  const nullMx = mx.length === 1 && mx[0] === '';
  return { domain, result: 'exists', mx: nullMx ? [] : mx, nullMx };
}

function invalidReason(domain: string): DomainNameProblem | undefined {
  if (domain === '') return { kind: 'empty' };
  if (domain.startsWith('[')) return { kind: 'address-literal', domain };
  if (domain.length > 253) return { kind: 'too-long', max: 253, length: domain.length };
  const bad = domain.split('.').find((label) => !LABEL.test(label));
  if (bad === undefined) return undefined;
  return bad === '' ? { kind: 'empty-label', domain } : { kind: 'bad-label', label: bad };
}
