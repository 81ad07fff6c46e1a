// DMARC of the From domain (Zendesk recommendation 4, RFC 7489). Its judgement needs SPF's and DKIM's
// results (§4.2) and whether the From domain exists (np=); its record lookup starts at once, so the wait
// costs no extra round trip.
import { discoverPolicy } from '../auth/dmarc/discover-policy';
import { evaluateDmarc } from '../auth/dmarc/evaluate-dmarc';
import type { DkimResultValue, DmarcResult } from '../auth/dmarc/types';
import type { DkimResult } from '../auth/dkim/types';
import { dmarcFindings } from '../report/findings/dmarc';
import type { DkimEntry, DmarcCheck, NotChecked } from '../report/types';
import { NO_FROM_DOMAIN, OFFLINE, PENDING, settled, type MessageCheckModule } from './check-module';

export const dmarcCheck: MessageCheckModule<'dmarc'> = {
  name: 'dmarc',
  scope: 'message',
  initial: (part, offline) => (offline ? OFFLINE : part.fromDomain ? PENDING : NO_FROM_DOMAIN),
  async run(part, { resolver, signal, state, evaluatedHop, after }) {
    const fromDomain = part.fromDomain ?? '';
    // Started now so its DNS answers are in before SPF and DKIM finish (the resolver shares answers).
    await discoverPolicy(fromDomain, resolver, { signal });
    await after(['iprev', 'helo', 'spf', 'dkim', 'domains']);
    const hop = state.hops.find((candidate) => candidate.hop === evaluatedHop) ?? state.hops[0];
    const spf = hop ? settled(hop.checks.spf) : null;
    const spfResult = spf && 'identity' in spf ? spf : null;
    const dkimSlot = state.checks.dkim;
    const dkim = Array.isArray(dkimSlot) ? dkimSlot.filter((entry): entry is Exclude<DkimEntry, NotChecked> => entry.result !== 'not-checked') : [];
    const domains = state.checks.domains;
    const fromExistence = 'checks' in domains ? domains.checks.find((check) => check.role === 'from')?.existence : undefined;
    const result = await evaluateDmarc(
      {
        fromDomain,
        spf: spfResult ? { result: spfResult.result, domain: spfResult.domain, identity: spfResult.identity } : null,
        dkim: dkim.flatMap((entry) => (entry.d ? [{ result: dkimValue(entry), d: entry.d }] : [])),
        ...(fromExistence && fromExistence.result !== 'temperror' && fromExistence.result !== 'invalid' ? { fromDomainExists: fromExistence.result === 'exists' } : {}),
      },
      resolver,
      { signal },
    );
    return toDmarcCheck(result);
  },
  findings: (result, context) => dmarcFindings(result, context),
};

function dkimValue(entry: DkimResult): DkimResultValue {
  // A header block alone: the header signature verified but the body was not there to check. DMARC
  // counts it as the receiver did when it had the body; the report says bodyChecked: false beside it.
  return entry.result === 'header-pass' ? 'pass' : entry.result;
}

function toDmarcCheck(result: DmarcResult): DmarcCheck {
  const found = 'found' in result ? result.found : null;
  const record = found ? found.record.text : null;
  if (result.result === 'temperror') return { ...result, domain: result.domain, record, requestedPolicy: null };
  return {
    ...result,
    domain: found ? found.domain : null,
    record: found ? found.record.text : null,
    requestedPolicy: result.result === 'pass' || result.result === 'fail' ? result.policy.requested : found ? found.record.p : null,
  };
}
