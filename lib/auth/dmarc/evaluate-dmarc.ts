// RFC 7489 §4.2 and §6.6: DMARC passes when SPF or DKIM passes for a domain aligned with the From
// domain; the discovered record then says what a failing message gets.
import type { Resolver } from '../../dns/types';
import { checkAlignment } from './check-alignment';
import { discoverPolicy } from './discover-policy';
import { decidePolicy, selectPolicy } from './select-policy';
import type { DmarcInput, DmarcResult } from './types';

// The result states facts (cause, alignment, the record, the queries); `reason` is worded from them by the
// catalogs when the Report is assembled (lib/i18n/checks.ts, dmarcReason).
const UNWORDED = '';

/** Evaluates DMARC for one message from SPF and DKIM results given as plain data; never throws. */
export async function evaluateDmarc(input: DmarcInput, resolver: Resolver, options: { signal?: AbortSignal } = {}): Promise<DmarcResult> {
  const discovery = await discoverPolicy(input.fromDomain, resolver, options);
  if (discovery.kind === 'invalid-domain') {
    return {
      result: 'permerror', cause: 'invalid-from-domain', found: null, alignment: [], fromDomain: discovery.fromDomain,
      organizationalDomain: null, reason: UNWORDED, queries: discovery.queries,
    };
  }
  const evidence = { fromDomain: discovery.fromDomain, organizationalDomain: discovery.organizationalDomain, queries: discovery.queries };
  // Without a record the defaults (relaxed, RFC 7489 §6.3) still show which identifiers would align.
  const defaultAlignment = checkAlignment(input, { aspf: 'relaxed', adkim: 'relaxed' });

  if (discovery.kind === 'temperror') {
    return { ...evidence, result: 'temperror', domain: discovery.domain, alignment: defaultAlignment, reason: UNWORDED };
  }
  if (discovery.kind === 'none') {
    return { ...evidence, result: 'none', cause: discovery.cause, records: discovery.records, domainsAsked: discovery.domainsAsked, alignment: defaultAlignment, reason: UNWORDED };
  }

  const { found } = discovery;
  const alignment = checkAlignment(input, found.record);
  const selection = selectPolicy(found, input.fromDomainExists);
  if (selection.kind === 'invalid') return { ...evidence, result: 'permerror', cause: 'invalid-policy', found, alignment, reason: UNWORDED };
  const passing = alignment.filter((c) => c.counts);
  const policy = decidePolicy(selection, found.record.pct, passing.length > 0);
  if (passing.length > 0) return { ...evidence, result: 'pass', found, alignment, policy, reason: UNWORDED };
  return { ...evidence, result: 'fail', found, alignment, policy, reason: UNWORDED };
}
