// Findings of the HELO/EHLO check, Zendesk recommendation 2: the name must be resolvable (RFC 5321
// §2.3.5), belong to the sender's domain and match an MX host. IP literals, localhost and made-up
// names earn low trust.
import type { HeloProblem } from '../../auth/helo/types';
import { dnsEvidence } from '../evidence';
import { RECOMMENDATIONS } from '../recommendations';
import { isMailboxProvider } from '../mailbox-providers';
import type { Finding, FindingId, Fix, HeloCheck, NotChecked, Severity } from '../types';
import type { FindingContext } from './context';
import { describeBasis, describeKnown, isProviderRun, ownerOfNames, PROVIDER_ADVICE, type ServerOwner } from './server-owner';

export function heloFindings(check: HeloCheck | NotChecked, context: FindingContext): Finding[] {
  if (check.result === 'not-checked') return [];
  const base = { evidence: check.queries.map(dnsEvidence), recommendation: RECOMMENDATIONS.helo, hop: check.hop };
  const owner = ownerOfNames([check.name], context);
  const fix = isProviderRun(owner) ? undefined : heloFix(check, context);
  // One name to configure answers every problem: the fix goes on the first (most serious) finding only.
  const findings: Finding[] = check.problems.map((problem, index) => {
    const { id, severity, title, explanation } = problem.kind === 'foreign-domain' ? describeForeign(problem, check.name, owner) : describe(problem, check.name);
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

function describe(problem: Exclude<HeloProblem, { kind: 'foreign-domain' }>, name: string): { id: FindingId; severity: Severity; title: string; explanation: string } {
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
    case 'not-mx':
      return { id: 'helo.not-mx', severity: 'info', title: `The HELO name ${name} is not an MX host of the sender's domain`, explanation: `MX hosts of ${problem.mxDomains.join(', ')}: ${problem.mxHosts.join(', ') || 'none'}. The article suggests a HELO name that matches an MX record.` };
  }
}

/**
 * For the sending server's operator, stating only what the report verified: the name to greet with, and
 * the records it needs (an address leading to the IP, that IP's PTR naming it back). Never an MX host of
 * the domain: that is its inbound server, often a provider's.
 */
function heloFix(check: HeloCheck, context: FindingContext): Fix | undefined {
  if (check.problems.length === 0 || (context.forwarded && check.hop === 'edge')) return undefined;
  const domain = context.fromDomain ?? check.senderDomain;
  if (!domain || isMailboxProvider(domain)) return undefined;
  const name = `mail.${domain}`;
  const ip = check.connectingIp ?? 'the sending IP';
  return {
    kind: 'helo-name',
    actor: 'server-operator',
    text: name,
    description: `For whoever runs the server at ${ip}: configure it to greet with "EHLO ${name}" (any name inside ${domain} will do). The owner of ${domain} publishes an address record for ${name} pointing to ${ip}, and the owner of ${ip} sets its PTR record to ${name}, so the name leads to the IP and back.`,
  };
}

/** helo.foreign-domain: the sender's provider (information), another domain (low trust), or not checked. */
function describeForeign(problem: Extract<HeloProblem, { kind: 'foreign-domain' }>, name: string, owner: ServerOwner): { id: FindingId; severity: Severity; title: string; explanation: string } {
  switch (owner.kind) {
    case 'sender':
      return {
        id: 'helo.foreign-domain',
        severity: 'info',
        title: `The HELO name ${name} is a server of ${owner.basis.organization}, a provider sending for ${problem.senderDomain}`,
        explanation: `${problem.senderDomain} hands its mail to ${owner.basis.organization} (${describeBasis(owner.basis)}), so this server is on the sender's side. The provider names its own servers: there is nothing for the sender to change; the article's ideal (a HELO name inside the sender's domain) applies to servers the sender runs itself.${owner.basis.via === 'author' ? '' : ` ${PROVIDER_ADVICE}`}`,
      };
    case 'another-domain':
      return {
        id: 'helo.foreign-domain',
        severity: 'warn',
        title: `The HELO name ${name} is in another domain (${problem.organizationalDomain})`,
        explanation: `${problem.organizationalDomain} is neither ${problem.senderOrganizationalDomain} nor an organization ${problem.senderDomain} hands its mail to (${describeKnown(owner.known)}). This is the article's example of low trust, "HELO mail.otherdomain.com", however well the name's A and PTR records agree.`,
      };
    case 'not-checked':
      return {
        id: 'helo.foreign-domain',
        severity: 'info',
        title: `The HELO name ${name} is outside ${problem.senderOrganizationalDomain}; whether ${problem.organizationalDomain} sends for it was not checked`,
        explanation: `MailTrust could not tell whether ${problem.senderDomain} hands its mail to ${problem.organizationalDomain}: ${owner.reason}. Not checked, so it does not lower trust here.`,
      };
  }
}
