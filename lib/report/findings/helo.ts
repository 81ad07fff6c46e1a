// Findings of the HELO/EHLO check, Zendesk recommendation 2: the name must be resolvable (RFC 5321
// §2.3.5), belong to the sender's domain and match an MX host. IP literals, localhost and made-up
// names earn low trust. The findings are data; lib/i18n/<lang>/helo.ts says them in words.
import type { HeloProblem } from '../../auth/helo/types';
import { dnsEvidence } from '../evidence';
import { RECOMMENDATIONS } from '../recommendations';
import { isMailboxProvider } from '../mailbox-providers';
import type { FindingData, FindingHead, FixData, HeloCheck, NotChecked, Severity } from '../types';
import type { FindingContext } from './context';
import { isProviderRun, ownerOfNames, type ServerOwner } from './server-owner';

export function heloFindings(check: HeloCheck | NotChecked, context: FindingContext): FindingData[] {
  if (check.result === 'not-checked') return [];
  const base = { evidence: check.queries.map(dnsEvidence), recommendation: RECOMMENDATIONS.helo, hop: check.hop };
  const name = check.name;
  const owner = ownerOfNames([name], context);
  const fix = isProviderRun(owner) ? undefined : heloFix(check, context);
  // One name to configure answers every problem: the fix goes on the first (most serious) finding only.
  const findings: FindingData[] = check.problems.map((problem, index) => ({ ...base, ...problemFinding(problem, name, owner), ...(fix && index === 0 ? { fix } : {}) }));
  if (check.result === 'temperror' || (findings.length === 0 && check.unchecked.length > 0)) {
    findings.push({ ...base, id: 'helo.temperror', severity: 'warn', params: { name, unchecked: check.unchecked } });
  }
  if (check.result === 'pass') {
    findings.push({
      ...base,
      id: 'helo.pass',
      severity: 'pass',
      params: {
        name,
        leadsTo: check.facts.leadsToConnectingIp === 'yes' ? check.connectingIp : null,
        sameOrganization: check.facts.sameOrganization === 'yes',
        matchesMx: check.facts.matchesMx === 'yes',
      },
    });
  }
  return findings;
}

function problemFinding(problem: HeloProblem, name: string, owner: ServerOwner): FindingHead {
  switch (problem.kind) {
    case 'ip-literal':
      return { id: 'helo.ip-literal', severity: 'fail', params: { literal: problem.literal } };
    case 'localhost':
      return { id: 'helo.localhost', severity: 'fail', params: { name, form: problem.form } };
    case 'malformed':
      return { id: 'helo.malformed', severity: 'fail', params: { name, reason: problem.reason } };
    case 'invalid-tld':
      return { id: 'helo.invalid-tld', severity: 'fail', params: { name, tld: problem.tld } };
    case 'unresolvable':
      return { id: 'helo.unresolvable', severity: 'fail', params: { name, rcode: problem.rcode } };
    case 'ip-mismatch':
      return { id: 'helo.ip-mismatch', severity: 'warn', params: { name, addresses: problem.addresses, connectingIp: problem.connectingIp } };
    case 'not-mx':
      return { id: 'helo.not-mx', severity: 'info', params: { name, mxDomains: problem.mxDomains, mxHosts: problem.mxHosts } };
    case 'foreign-domain': {
      // The sender's provider is information; another domain is low trust (the article's mail.otherdomain.com);
      // not checked does not lower trust.
      const severity: Severity = owner.kind === 'another-domain' ? 'warn' : 'info';
      const { organizationalDomain, senderDomain, senderOrganizationalDomain } = problem;
      return { id: 'helo.foreign-domain', severity, params: { name, organizationalDomain, senderDomain, senderOrganizationalDomain, owner } };
    }
  }
}

/**
 * For the sending server's operator, stating only what the report verified: the name to greet with, and
 * the records it needs (an address leading to the IP, that IP's PTR naming it back). Never an MX host of
 * the domain: that is its inbound server, often a provider's.
 */
function heloFix(check: HeloCheck, context: FindingContext): FixData | undefined {
  if (check.problems.length === 0 || (context.forwarded && check.hop === 'edge')) return undefined;
  const domain = context.fromDomain ?? check.senderDomain;
  if (!domain || isMailboxProvider(domain)) return undefined;
  const name = `mail.${domain}`;
  return { kind: 'helo-name', actor: 'server-operator', text: name, params: { domain, connectingIp: check.connectingIp } };
}
