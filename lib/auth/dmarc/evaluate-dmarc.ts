// RFC 7489 §4.2 and §6.6: DMARC passes when SPF or DKIM passes for a domain aligned with the From
// domain; the discovered record then says what a failing message gets.
import type { Resolver } from '../../dns/types';
import { checkAlignment } from './check-alignment';
import { discoverPolicy } from './discover-policy';
import { decidePolicy, selectPolicy } from './select-policy';
import type { AlignmentCheck, DmarcInput, DmarcResult } from './types';

/** Evaluates DMARC for one message from SPF and DKIM results given as plain data; never throws. */
export async function evaluateDmarc(input: DmarcInput, resolver: Resolver, options: { signal?: AbortSignal } = {}): Promise<DmarcResult> {
  const discovery = await discoverPolicy(input.fromDomain, resolver, options);
  if (discovery.kind === 'invalid-domain') {
    return {
      result: 'permerror', cause: 'invalid-from-domain', found: null, alignment: [], fromDomain: discovery.fromDomain,
      organizationalDomain: null, reason: `${discovery.message}: DMARC cannot be evaluated`, queries: discovery.queries,
    };
  }
  const evidence = { fromDomain: discovery.fromDomain, organizationalDomain: discovery.organizationalDomain, queries: discovery.queries };
  // Without a record the defaults (relaxed, RFC 7489 §6.3) still show which identifiers would align.
  const defaultAlignment = checkAlignment(input, { aspf: 'relaxed', adkim: 'relaxed' });

  if (discovery.kind === 'temperror') {
    return { ...evidence, result: 'temperror', domain: discovery.domain, alignment: defaultAlignment, reason: `the DMARC record could not be looked up (${discovery.message})` };
  }
  if (discovery.kind === 'none') {
    const where = discovery.domainsAsked.map((d) => `_dmarc.${d}`).join(' or ');
    const reason = discovery.cause === 'multiple-records'
      ? `${discovery.records.length} DMARC records at ${where.split(' or ').pop()}: RFC 7489 §6.6.3 step 5 ends discovery, so no DMARC policy applies`
      : `no DMARC record at ${where}`;
    return { ...evidence, result: 'none', cause: discovery.cause, records: discovery.records, domainsAsked: discovery.domainsAsked, alignment: defaultAlignment, reason };
  }

  const { found } = discovery;
  const alignment = checkAlignment(input, found.record);
  const selection = selectPolicy(found, input.fromDomainExists);
  if (selection.kind === 'invalid') return { ...evidence, result: 'permerror', cause: 'invalid-policy', found, alignment, reason: selection.reason };
  const passing = alignment.filter((c) => c.counts);
  const policy = decidePolicy(selection, found.record.pct, passing.length > 0);
  if (passing.length > 0) return { ...evidence, result: 'pass', found, alignment, policy, reason: describePass(passing, discovery.fromDomain) };
  return { ...evidence, result: 'fail', found, alignment, policy, reason: describeFail(alignment, discovery.fromDomain) };
}

function describePass(passing: AlignmentCheck[], fromDomain: string): string {
  return passing.map((c) => `${label(c)} passes and is aligned (${c.mode}) with the From domain ${fromDomain}`).join('; ');
}

function describeFail(alignment: AlignmentCheck[], fromDomain: string): string {
  if (alignment.length === 0) return `no SPF or DKIM result to align with the From domain ${fromDomain}`;
  const parts = alignment.map((c) => {
    if (c.result !== 'pass') return `${label(c)} is ${c.result}`;
    return `${label(c)} passes but is not aligned (${c.mode}) with ${fromDomain}`;
  });
  return `no aligned pass: ${parts.join('; ')}`;
}

function label(check: AlignmentCheck): string {
  return check.mechanism === 'spf' ? `SPF for ${check.domain}` : `DKIM d=${check.domain}`;
}
