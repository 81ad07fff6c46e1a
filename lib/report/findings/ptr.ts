// Findings of the PTR (iprev) check, Zendesk recommendation 1: every sending IP has a PTR record whose
// name leads back to the IP (RFC 8601 §3), inside the sender's domain, not a residential-looking name.
import type { IprevProblem } from '../../auth/iprev/types';
import { dnsEvidence, note } from '../evidence';
import { isMailboxProvider } from '../mailbox-providers';
import { RECOMMENDATIONS } from '../recommendations';
import type { BuiltFinding, LegacyFix, IprevCheck, NotChecked } from '../types';
import type { FindingContext } from './context';
import { describeBasis, describeKnown, isProviderRun, ownerOfNames, PROVIDER_ADVICE } from './server-owner';

export function ptrFindings(check: IprevCheck | NotChecked, context: FindingContext): BuiltFinding[] {
  if (check.result === 'not-checked') return [];
  const hop = check.hop;
  const evidence = check.queries.map(dnsEvidence);
  const base = { evidence, recommendation: RECOMMENDATIONS.ptr, hop };
  if (check.result === 'temperror') {
    return [{ ...base, id: 'ptr.temperror', severity: 'warn', title: `The PTR record of ${check.ip} could not be looked up`, explanation: `${check.reason}. The receiver's view of this IP cannot be re-checked now; try again later.` }];
  }
  if (check.result === 'permerror' && check.cause === 'invalid-ip') {
    return [{ ...base, id: 'ptr.missing', severity: 'fail', title: `"${check.ip}" is not an IP address`, explanation: check.reason }];
  }
  const findings = check.problems.map((problem) => problemFinding(problem, check, context, base));
  if (findings.length === 0) {
    findings.push({
      ...base,
      id: 'ptr.pass',
      severity: 'pass',
      title: `${check.ip} has a PTR record that leads back to it`,
      explanation: `The PTR name ${check.names.join(', ')} resolves back to ${check.ip}, as receivers expect of a mail server.`,
    });
  }
  return findings;
}

function problemFinding(problem: IprevProblem, check: IprevCheck, context: FindingContext, base: Pick<BuiltFinding, 'evidence' | 'recommendation' | 'hop'>): BuiltFinding {
  const fix = ptrFix(check, context);
  switch (problem.kind) {
    case 'missing':
      return {
        ...base,
        id: 'ptr.missing',
        severity: 'fail',
        title: `The sending IP ${check.ip} has no PTR record`,
        explanation: `${problem.reverseName} returned ${problem.rcode}. Receivers, Zendesk among them, give low trust to mail from an IP without a reverse DNS name.`,
        ...(fix ? { fix } : {}),
      };
    case 'generic':
      return {
        ...base,
        id: 'ptr.generic',
        severity: 'fail',
        title: `The PTR name ${problem.name} looks like a residential or dynamic address`,
        explanation: `The name ${problem.signals.map(describeSignal).join(' and ')}. Names like that mark end-user connections, which should not send mail directly; receivers give such mail low trust.`,
        evidence: [...base.evidence, note(`Signals: ${problem.signals.map(describeSignal).join('; ')}`)],
        ...(fix ? { fix } : {}),
      };
    case 'unconfirmed':
      return {
        ...base,
        id: 'ptr.unconfirmed',
        severity: 'warn',
        title: `The PTR name of ${check.ip} does not lead back to it`,
        explanation: `${problem.names.join(', ')} ${problem.names.length > 1 ? 'do' : 'does'} not resolve to ${check.ip} (RFC 8601 §3 iprev fails). A PTR name is only believed when its forward lookup confirms it.`,
        ...(fix ? { fix } : {}),
      };
    case 'foreign-domain': {
      const owner = ownerOfNames(problem.names, context);
      if (owner.kind === 'sender') {
        return {
          ...base,
          id: 'ptr.foreign-domain',
          severity: 'info',
          title: `${check.ip} is a server of ${owner.basis.organization}, a provider sending for ${problem.senderDomain}`,
          explanation: `Its PTR name ${problem.names.join(', ')} lies outside ${problem.senderOrganizationalDomain}, but ${problem.senderDomain} hands its mail to ${owner.basis.organization} (${describeBasis(owner.basis)}). The provider names its own servers: there is nothing for the sender to change.${owner.basis.via === 'author' ? '' : ` ${PROVIDER_ADVICE}`}`,
        };
      }
      if (owner.kind === 'not-checked') {
        return {
          ...base,
          id: 'ptr.foreign-domain',
          severity: 'info',
          title: `The PTR name of ${check.ip} is outside ${problem.senderOrganizationalDomain}; whether its organization sends for it was not checked`,
          explanation: `${problem.names.join(', ')} is not in ${problem.senderOrganizationalDomain}, and MailTrust could not tell whether ${problem.senderDomain} hands its mail to it: ${owner.reason}. Not checked, so it does not lower trust here.`,
        };
      }
      return {
        ...base,
        id: 'ptr.foreign-domain',
        severity: 'warn',
        title: `The PTR name of ${check.ip} is in another domain (${owner.organization})`,
        explanation: `${problem.names.join(', ')} is neither in ${problem.senderOrganizationalDomain} nor in an organization ${problem.senderDomain} hands its mail to (${describeKnown(owner.known)}). The article asks for a PTR name inside the sender's domain; a name of another domain earns low trust however well it leads back to the IP.`,
        ...(fix ? { fix } : {}),
      };
    }
  }
}

function describeSignal(signal: Extract<IprevProblem, { kind: 'generic' }>['signals'][number]): string {
  switch (signal.kind) {
    case 'ip-digits':
      return `contains the IP's digits (${signal.matched})`;
    case 'ip-hex':
      return `contains the IP in hexadecimal (${signal.matched})`;
    case 'isp-word':
      return `contains the access-network word "${signal.word}"`;
  }
}

/** The PTR to ask the IP's owner for: a name inside the sender's domain, which must also resolve back (an A/AAAA record). */
function ptrFix(check: IprevCheck, context: FindingContext): LegacyFix | undefined {
  // A forwarder's IP is the forwarder's to name, not the author's.
  if (!context.fromDomain || check.reverseName === '' || (context.forwarded && check.hop === 'edge')) return undefined;
  // A provider's server (its PTR name in an organization the domain hands its mail to) is the provider's to name.
  if (isMailboxProvider(context.fromDomain) || isProviderRun(ownerOfNames(check.names, context))) return undefined;
  const name = `mail.${context.fromDomain}`;
  const addressType = check.ip.includes(':') ? 'AAAA' : 'A';
  return {
    kind: 'ptr-record',
    actor: 'server-operator',
    name: check.reverseName,
    text: name,
    description: `Ask the owner of ${check.ip} (your hosting or mail provider) to set its PTR record (${check.reverseName}) to ${name}, and publish ${addressType} ${name} -> ${check.ip} so the name leads back to the IP.`,
  };
}
