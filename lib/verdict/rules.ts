// The verdict rules as one readable table (docs/verdict-rules.md shows the same table). Each row names
// the findings that make it fire (any of them, optionally only at some severities), the verdict level
// it gives and the Zendesk suspension causes it points to. Every row that fires becomes a reason; the
// verdict is the most serious level among them. A finding's severity already carries the cross-check
// context (an SPF fail with an aligned DKIM pass is 'warn', a DMARC fail under p=none is 'warn').
import type { FindingId, Severity, VerdictLevel, ZendeskCause } from '../report/types';

export interface FindingMatch {
  id: FindingId;
  /** Only findings at these severities; any severity when absent. */
  severity?: readonly Severity[];
}

export interface VerdictRule {
  rule: string;
  /** The rule fires when any of these findings is present. */
  when: readonly FindingMatch[];
  level: VerdictLevel;
  causes: readonly ZendeskCause[];
  /** The reason, in plain words; the matching findings' titles follow it. */
  reason: string;
}

const FAIL = ['fail'] as const;
const WARN = ['warn'] as const;

export const VERDICT_RULES: readonly VerdictRule[] = [
  { rule: 'not-an-email', when: [{ id: 'input.not-email' }], level: 'unknown', causes: [], reason: 'The input is not an email message' },
  { rule: 'incomplete-input', when: [{ id: 'input.incomplete' }], level: 'unknown', causes: [], reason: 'The paste looks cut short: paste the whole header block' },
  { rule: 'bounce', when: [{ id: 'auto.bounce' }], level: 'likely-suspended', causes: ['delivery-failure', 'automated-response'], reason: 'It is a delivery failure notice' },
  { rule: 'out-of-office', when: [{ id: 'auto.out-of-office' }], level: 'likely-suspended', causes: ['out-of-office', 'automated-response'], reason: 'It is an out-of-office reply' },
  { rule: 'automatic-reply', when: [{ id: 'auto.reply' }], level: 'likely-suspended', causes: ['automated-response'], reason: 'It is automatic mail' },
  { rule: 'system-sender', when: [{ id: 'system.sender' }], level: 'likely-suspended', causes: ['system-user'], reason: 'It comes from a mail-system account' },
  { rule: 'noreply-recipient', when: [{ id: 'recipient.noreply' }], level: 'likely-suspended', causes: ['noreply-recipient'], reason: 'It is addressed to a noreply address' },
  { rule: 'spam', when: [{ id: 'spam.flagged' }], level: 'likely-suspended', causes: ['detected-as-spam'], reason: 'The receiving side flagged it as spam' },
  { rule: 'mail-loop', when: [{ id: 'mail.loop' }], level: 'likely-suspended', causes: ['mail-loop'], reason: 'It is caught in a mail loop' },
  { rule: 'dmarc-enforced-failure', when: [{ id: 'dmarc.fail', severity: FAIL }], level: 'likely-suspended', causes: ['failed-email-authentication'], reason: 'It fails the sender\'s DMARC policy of quarantine or reject' },
  { rule: 'nonexistent-sender-domain', when: [{ id: 'domain.nonexistent', severity: FAIL }], level: 'likely-suspended', causes: ['invalid-sender-domain'], reason: 'The sender\'s domain does not exist' },
  { rule: 'malformed-sender', when: [{ id: 'header.missing', severity: FAIL }, { id: 'header.malformed', severity: FAIL }], level: 'likely-suspended', causes: ['invalid-sender-domain'], reason: 'The sender fields are missing or invalid' },
  { rule: 'invalid-dkim', when: [{ id: 'dkim.fail', severity: FAIL }, { id: 'dkim.key-missing', severity: FAIL }, { id: 'dkim.permerror', severity: FAIL }, { id: 'dkim.weak-key', severity: FAIL }, { id: 'dkim.sha1', severity: FAIL }], level: 'low-trust', causes: ['failed-email-authentication'], reason: 'A DKIM signature of the sender is invalid' },
  // Design notes, "Judgement": a hard SPF fail is low trust; only DMARC under an enforced policy suspends.
  { rule: 'spf-failure', when: [{ id: 'spf.fail', severity: FAIL }], level: 'low-trust', causes: ['failed-email-authentication'], reason: 'SPF fails and no aligned DKIM signature passes' },
  { rule: 'broken-spf', when: [{ id: 'spf.permerror' }], level: 'low-trust', causes: ['failed-email-authentication'], reason: 'The sender\'s SPF record is broken' },
  { rule: 'dmarc-failure', when: [{ id: 'dmarc.fail', severity: WARN }], level: 'low-trust', causes: [], reason: 'DMARC fails; the domain only asks receivers to monitor' },
  {
    rule: 'sending-server',
    when: [
      { id: 'ptr.missing' }, { id: 'ptr.generic' }, { id: 'helo.ip-literal' }, { id: 'helo.localhost' }, { id: 'helo.malformed' },
      { id: 'helo.invalid-tld' }, { id: 'helo.unresolvable' }, { id: 'ptr.foreign-domain', severity: WARN }, { id: 'helo.foreign-domain', severity: WARN },
    ],
    level: 'low-trust',
    causes: [],
    reason: 'The sending server has no proper PTR or HELO name, or names another domain',
  },
  {
    rule: 'weak-authentication',
    when: [
      { id: 'spf.softfail', severity: WARN }, { id: 'spf.neutral', severity: WARN }, { id: 'spf.none' }, { id: 'spf.fail', severity: WARN },
      { id: 'dkim.none', severity: WARN }, { id: 'dkim.unaligned', severity: WARN }, { id: 'dkim.weak-key', severity: WARN }, { id: 'dkim.sha1', severity: WARN }, { id: 'dmarc.none' }, { id: 'arc.none' }, { id: 'arc.fail' }, { id: 'ptr.unconfirmed' },
    ],
    level: 'low-trust',
    causes: [],
    reason: 'Authentication is incomplete',
  },
  { rule: 'web-form-headers', when: [{ id: 'header.missing', severity: WARN }, { id: 'header.malformed', severity: WARN }, { id: 'domain.nonexistent', severity: WARN }], level: 'low-trust', causes: [], reason: 'Header fields are missing or malformed' },
  { rule: 'receiver-authentication-failed', when: [{ id: 'receiver.auth-failed', severity: FAIL }], level: 'likely-suspended', causes: ['failed-email-authentication'], reason: 'The receiver recorded a failed authentication on arrival, under a policy of quarantine or reject' },
  { rule: 'receiver-dmarc-failure', when: [{ id: 'receiver.auth-failed', severity: WARN }], level: 'low-trust', causes: [], reason: 'The receiver recorded a failed authentication on arrival; the domain only asks receivers to monitor, or its policy was not recorded' },
  { rule: 'dns-unavailable', when: [{ id: 'dns.unavailable', severity: WARN }], level: 'unknown', causes: [], reason: 'DNS could not be queried, so nothing could be re-checked' },
  { rule: 'offline', when: [{ id: 'dns.offline', severity: WARN }], level: 'unknown', causes: [], reason: 'Offline mode: no DNS re-check was made' },
  { rule: 'time-limit', when: [{ id: 'analysis.time-limit' }], level: 'unknown', causes: [], reason: 'The re-check ran out of time before every check finished' },
  { rule: 'no-edge', when: [{ id: 'edge.not-found' }], level: 'unknown', causes: [], reason: 'No sending server was found in the Received fields' },
  { rule: 'authenticated', when: [{ id: 'dmarc.pass' }], level: 'trusted', causes: [], reason: 'The sender is authenticated: DMARC passes' },
  { rule: 'receiver-authenticated', when: [{ id: 'receiver.authenticated' }], level: 'trusted', causes: [], reason: 'The receiver recorded the sender authenticated on arrival (not re-checked)' },
  { rule: 'authenticated-by-forwarder', when: [{ id: 'arc.pass', severity: ['pass'] }], level: 'trusted', causes: [], reason: 'The ARC chain verifies and its first forwarder saw the author authenticated' },
];

/** More serious first: a verdict takes the most serious level among the rules that fired. */
export const LEVEL_ORDER: readonly VerdictLevel[] = ['likely-suspended', 'low-trust', 'unknown', 'trusted'];
