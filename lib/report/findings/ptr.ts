// Findings of the PTR (iprev) check, Zendesk recommendation 1: every sending IP has a PTR record whose
// name leads back to the IP (RFC 8601 §3), inside the sender's domain, not a residential-looking name.
// The findings are data; lib/i18n/<lang>/ptr.ts says them in words.
import type { IprevProblem } from '../../auth/iprev/types';
import { dnsEvidence } from '../evidence';
import { isMailboxProvider } from '../mailbox-providers';
import { RECOMMENDATIONS } from '../recommendations';
import type { FindingData, FindingHead, FixData, IprevCheck, NotChecked } from '../types';
import type { FindingContext } from './context';
import { isProviderRun, ownerOfNames } from './server-owner';

export function ptrFindings(check: IprevCheck | NotChecked, context: FindingContext): FindingData[] {
  if (check.result === 'not-checked') return [];
  const base = { evidence: check.queries.map(dnsEvidence), recommendation: RECOMMENDATIONS.ptr, hop: check.hop };
  const ip = check.ip;
  if (check.result === 'temperror') {
    return [{ ...base, id: 'ptr.temperror', severity: 'warn', params: { ip, problem: check.problem } }];
  }
  if (check.result === 'permerror' && check.cause === 'invalid-ip') {
    return [{ ...base, id: 'ptr.missing', severity: 'fail', params: { ip, cause: 'invalid-ip' } }];
  }
  const fix = ptrFix(check, context);
  const findings: FindingData[] = check.problems.map((problem) => {
    const head = problemFinding(problem, check, context);
    // Information (a provider's server, an unchecked owner) asks nothing of anyone: no fix.
    return { ...base, ...head, ...(fix && head.severity !== 'info' ? { fix } : {}) };
  });
  if (findings.length === 0) {
    findings.push({ ...base, id: 'ptr.pass', severity: 'pass', params: { ip, names: check.names } });
  }
  return findings;
}

function problemFinding(problem: IprevProblem, check: IprevCheck, context: FindingContext): FindingHead {
  const ip = check.ip;
  switch (problem.kind) {
    case 'missing':
      return { id: 'ptr.missing', severity: 'fail', params: { ip, cause: 'no-ptr', reverseName: problem.reverseName, rcode: problem.rcode } };
    case 'generic':
      return { id: 'ptr.generic', severity: 'fail', params: { name: problem.name, signals: problem.signals } };
    case 'unconfirmed':
      return { id: 'ptr.unconfirmed', severity: 'warn', params: { ip, names: problem.names } };
    case 'foreign-domain': {
      // The sender's provider, or an owner not checked, is information; another domain is low trust
      // (the article's mail.otherdomain.com).
      const owner = ownerOfNames(problem.names, context);
      const { names, senderDomain, senderOrganizationalDomain } = problem;
      return { id: 'ptr.foreign-domain', severity: owner.kind === 'another-domain' ? 'warn' : 'info', params: { ip, names, senderDomain, senderOrganizationalDomain, owner } };
    }
  }
}

/** The PTR to ask the IP's owner for: a name inside the sender's domain, which must also resolve back (an A/AAAA record). */
function ptrFix(check: IprevCheck, context: FindingContext): FixData | undefined {
  // A forwarder's IP is the forwarder's to name, not the author's.
  if (!context.fromDomain || check.reverseName === '' || (context.forwarded && check.hop === 'edge')) return undefined;
  // A provider's server (its PTR name in an organization the domain hands its mail to) is the provider's to name.
  if (isMailboxProvider(context.fromDomain) || isProviderRun(ownerOfNames(check.names, context))) return undefined;
  const addressType = check.ip.includes(':') ? 'AAAA' : 'A';
  return { kind: 'ptr-record', actor: 'server-operator', name: check.reverseName, text: `mail.${context.fromDomain}`, params: { ip: check.ip, reverseName: check.reverseName, addressType } };
}
