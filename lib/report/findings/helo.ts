// Findings of the HELO/EHLO check, Zendesk recommendation 2: the name must be resolvable (RFC 5321
// §2.3.5), belong to the sender's domain and match an MX host. IP literals, localhost and made-up
// names earn low trust.
import type { HeloProblem } from '../../auth/helo/types';
import { dnsEvidence } from '../evidence';
import { RECOMMENDATIONS } from '../recommendations';
import type { Finding, FindingId, Fix, HeloCheck, NotChecked, Severity } from '../types';
import type { FindingContext } from './context';

export function heloFindings(check: HeloCheck | NotChecked, context: FindingContext): Finding[] {
  if (check.result === 'not-checked') return [];
  const base = { evidence: check.queries.map(dnsEvidence), recommendation: RECOMMENDATIONS.helo, hop: check.hop };
  const fix = isProviderServer(check) ? undefined : heloFix(check, context);
  // One name to configure answers every problem: the fix goes on the first (most serious) finding only.
  const findings: Finding[] = check.problems.map((problem, index) => {
    const { id, severity, title, explanation } = isProviderServer(check) && problem.kind === 'foreign-domain' ? describeProvider(problem, check.name) : describe(problem, check.name);
    return { ...base, id, severity, title, explanation, ...(fix && index === 0 ? { fix } : {}) };
  });
  if (check.result === 'temperror' || (findings.length === 0 && check.unchecked.length > 0)) {
    findings.push({
      ...base,
      id: 'helo.temperror',
      severity: 'warn',
      title: `Part of the HELO check of ${check.name} could not be done`,
      explanation: check.unchecked.map((rule) => `${rule.rule}: ${rule.message}`).join('; ') || 'A DNS lookup failed.',
    });
  }
  if (check.result === 'pass') {
    const facts = [
      `It resolves${check.facts.leadsToConnectingIp === 'yes' && check.connectingIp ? ` to ${check.connectingIp}` : ''}`,
      ...(check.facts.sameOrganization === 'yes' ? ['belongs to the sender\'s organization'] : []),
      ...(check.facts.matchesMx === 'yes' ? ['is one of its MX hosts'] : []),
    ];
    findings.push({ ...base, id: 'helo.pass', severity: 'pass', title: `The HELO name ${check.name} is valid`, explanation: `${facts.length > 1 ? `${facts.slice(0, -1).join(', ')} and ${facts.at(-1)}` : facts[0]}.` });
  }
  return findings;
}

function describe(problem: HeloProblem, name: string): { id: FindingId; severity: Severity; title: string; explanation: string } {
  switch (problem.kind) {
    case 'ip-literal':
      return { id: 'helo.ip-literal', severity: 'fail', title: `The server introduced itself with an IP address (${problem.literal})`, explanation: 'RFC 5321 §4.1.1.1 reserves address literals for clients without a meaningful name; a mail server should give its own domain name. Receivers give such mail low trust.' };
    case 'localhost':
      return problem.form === 'localhost'
        ? { id: 'helo.localhost', severity: 'fail', title: 'The server introduced itself as "localhost"', explanation: 'localhost names the receiver\'s own machine (RFC 6761 §6.3), not the sender: a misconfigured server or script. Receivers give such mail low trust.' }
        : { id: 'helo.localhost', severity: 'fail', title: `The HELO name "${name}" is a single label`, explanation: 'A name of one label cannot be resolved by anyone else: the server did not give a fully qualified domain name (RFC 5321 §4.1.1.1).' };
    case 'malformed':
      return { id: 'helo.malformed', severity: 'fail', title: `The HELO name "${name}" is not a domain name`, explanation: `${problem.reason} (RFC 5321 §4.1.2).` };
    case 'invalid-tld':
      return { id: 'helo.invalid-tld', severity: 'fail', title: `The HELO name ${name} cannot resolve: ".${problem.tld}" is not a top-level domain`, explanation: 'The DNS in use gave no address for it, and its last label is not a top-level domain of the public DNS, so no receiver can resolve it (RFC 5321 §2.3.5). Receivers give such mail low trust.' };
    case 'unresolvable':
      return { id: 'helo.unresolvable', severity: 'fail', title: `The HELO name ${name} does not resolve`, explanation: `Its A/AAAA lookup gave ${problem.rcode}. RFC 5321 §2.3.5 requires a resolvable name; receivers give such mail low trust.` };
    case 'ip-mismatch':
      return { id: 'helo.ip-mismatch', severity: 'warn', title: `The HELO name ${name} does not resolve to the sending IP`, explanation: `It resolves to ${problem.addresses.join(', ')}, not ${problem.connectingIp}.` };
    case 'foreign-domain':
      return { id: 'helo.foreign-domain', severity: 'warn', title: `The HELO name ${name} belongs to another organization (${problem.organizationalDomain})`, explanation: `The sender's domain is ${problem.senderDomain}. The article asks for a HELO name inside the sender's domain ("mail.otherdomain.com" is its example of low trust).` };
    case 'not-mx':
      return { id: 'helo.not-mx', severity: 'info', title: `The HELO name ${name} is not an MX host of the sender's domain`, explanation: `MX hosts of ${problem.mxDomains.join(', ')}: ${problem.mxHosts.join(', ') || 'none'}. The article suggests a HELO name that matches an MX record.` };
  }
}

function heloFix(check: HeloCheck, context: FindingContext): Fix | undefined {
  if (check.problems.length === 0 || (context.forwarded && check.hop === 'edge')) return undefined;
  const domain = context.fromDomain ?? check.senderDomain;
  if (!domain) return undefined;
  const name = check.mxHosts[0] ?? `mail.${domain}`;
  return {
    kind: 'helo-name',
    text: name,
    description: `Configure the sending server to say "EHLO ${name}", a name that has an A record pointing to ${check.connectingIp ?? 'the sending IP'} and is the IP's PTR name.`,
  };
}

/**
 * A HELO name of another organization that resolves to the connecting IP is a mail provider's
 * server sending for the sender (Google Workspace, Amazon SES, ...): the provider names it, and no
 * HELO the sender could configure applies.
 */
function isProviderServer(check: HeloCheck): boolean {
  return check.facts.leadsToConnectingIp === 'yes' && check.problems.some((problem) => problem.kind === 'foreign-domain');
}

function describeProvider(problem: Extract<HeloProblem, { kind: 'foreign-domain' }>, name: string): { id: FindingId; severity: Severity; title: string; explanation: string } {
  return {
    id: 'helo.foreign-domain',
    severity: 'info',
    title: `The HELO name ${name} is a server of ${problem.organizationalDomain}, a provider sending for ${problem.senderDomain}`,
    explanation: `It resolves to the sending IP, as a well-run mail server's name does, but lies outside ${problem.senderOrganizationalDomain}. That is normal when a mail provider sends on the sender's behalf; the article's ideal (a HELO name inside the sender's domain, matching an MX record) applies to servers the sender runs itself.`,
  };
}
