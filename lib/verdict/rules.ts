// The verdict rules as one readable table (docs/verdict-rules.md shows the same table). Each row names
// the findings that make it fire (any of them, optionally only at some severities), the verdict level
// it gives and the Zendesk suspension causes it points to; the catalogs (lib/i18n) say each rule in
// words. Every row that fires becomes a reason; the verdict is the most serious level among them. A finding's severity already carries the cross-check
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
  /**
   * The rule's own words already say what its one finding's title says ("It is automatic mail" and "This is
   * an automatic message"): the reason is the rule alone, without the title repeating it after a colon.
   */
  restated?: true;
}

const FAIL = ['fail'] as const;
const WARN = ['warn'] as const;

export const VERDICT_RULES = [
  { rule: 'not-an-email', when: [{ id: 'input.not-email' }], level: 'unknown', causes: [], restated: true },
  { rule: 'incomplete-input', when: [{ id: 'input.incomplete' }], level: 'unknown', causes: [], restated: true },
  { rule: 'bounce', when: [{ id: 'auto.bounce' }], level: 'likely-suspended', causes: ['delivery-failure', 'automated-response'], restated: true },
  { rule: 'out-of-office', when: [{ id: 'auto.out-of-office' }], level: 'likely-suspended', causes: ['out-of-office', 'automated-response'], restated: true },
  { rule: 'automatic-reply', when: [{ id: 'auto.reply' }], level: 'likely-suspended', causes: ['automated-response'], restated: true },
  { rule: 'system-sender', when: [{ id: 'system.sender' }], level: 'likely-suspended', causes: ['system-user'] },
  { rule: 'noreply-recipient', when: [{ id: 'recipient.noreply' }], level: 'likely-suspended', causes: ['noreply-recipient'] },
  { rule: 'spam', when: [{ id: 'spam.flagged' }], level: 'likely-suspended', causes: ['detected-as-spam'], restated: true },
  { rule: 'mail-loop', when: [{ id: 'mail.loop' }], level: 'likely-suspended', causes: ['mail-loop'] },
  { rule: 'dmarc-enforced-failure', when: [{ id: 'dmarc.fail', severity: FAIL }], level: 'likely-suspended', causes: ['failed-email-authentication'] },
  { rule: 'nonexistent-sender-domain', when: [{ id: 'domain.nonexistent', severity: FAIL }], level: 'likely-suspended', causes: ['invalid-sender-domain'] },
  { rule: 'malformed-sender', when: [{ id: 'header.missing', severity: FAIL }, { id: 'header.malformed', severity: FAIL }], level: 'likely-suspended', causes: ['invalid-sender-domain'] },
  { rule: 'invalid-dkim', when: [{ id: 'dkim.fail', severity: FAIL }, { id: 'dkim.key-missing', severity: FAIL }, { id: 'dkim.permerror', severity: FAIL }, { id: 'dkim.weak-key', severity: FAIL }, { id: 'dkim.sha1', severity: FAIL }], level: 'low-trust', causes: ['failed-email-authentication'] },
  // Design notes, "Judgement": a hard SPF fail is low trust; only DMARC under an enforced policy suspends.
  { rule: 'spf-failure', when: [{ id: 'spf.fail', severity: FAIL }], level: 'low-trust', causes: ['failed-email-authentication'] },
  { rule: 'broken-spf', when: [{ id: 'spf.permerror' }], level: 'low-trust', causes: ['failed-email-authentication'] },
  { rule: 'dmarc-failure', when: [{ id: 'dmarc.fail', severity: WARN }], level: 'low-trust', causes: [] },
  {
    rule: 'sending-server',
    when: [
      { id: 'ptr.missing' }, { id: 'ptr.generic' }, { id: 'helo.ip-literal' }, { id: 'helo.localhost' }, { id: 'helo.malformed' },
      { id: 'helo.invalid-tld' }, { id: 'helo.unresolvable' }, { id: 'ptr.foreign-domain', severity: WARN }, { id: 'helo.foreign-domain', severity: WARN },
    ],
    level: 'low-trust',
    causes: [],
  },
  {
    rule: 'weak-authentication',
    when: [
      { id: 'spf.softfail', severity: WARN }, { id: 'spf.neutral', severity: WARN }, { id: 'spf.none' }, { id: 'spf.fail', severity: WARN },
      { id: 'dkim.none', severity: WARN }, { id: 'dkim.unaligned', severity: WARN }, { id: 'dkim.weak-key', severity: WARN }, { id: 'dkim.sha1', severity: WARN }, { id: 'dmarc.none' }, { id: 'arc.none' }, { id: 'arc.fail' }, { id: 'ptr.unconfirmed' },
    ],
    level: 'low-trust',
    causes: [],
  },
  { rule: 'web-form-headers', when: [{ id: 'header.missing', severity: WARN }, { id: 'header.malformed', severity: WARN }, { id: 'domain.nonexistent', severity: WARN }], level: 'low-trust', causes: [] },
  { rule: 'receiver-authentication-failed', when: [{ id: 'receiver.auth-failed', severity: FAIL }], level: 'likely-suspended', causes: ['failed-email-authentication'] },
  { rule: 'receiver-dmarc-failure', when: [{ id: 'receiver.auth-failed', severity: WARN }], level: 'low-trust', causes: [] },
  { rule: 'dns-unavailable', when: [{ id: 'dns.unavailable', severity: WARN }], level: 'unknown', causes: [], restated: true },
  { rule: 'offline', when: [{ id: 'dns.offline', severity: WARN }], level: 'unknown', causes: [], restated: true },
  { rule: 'time-limit', when: [{ id: 'analysis.time-limit' }], level: 'unknown', causes: [] },
  { rule: 'no-edge', when: [{ id: 'edge.not-found' }], level: 'unknown', causes: [], restated: true },
  { rule: 'authenticated', when: [{ id: 'dmarc.pass' }], level: 'trusted', causes: [] },
  { rule: 'receiver-authenticated', when: [{ id: 'receiver.authenticated' }], level: 'trusted', causes: [] },
  { rule: 'authenticated-by-forwarder', when: [{ id: 'arc.pass', severity: ['pass'] }], level: 'trusted', causes: [] },
] as const satisfies readonly VerdictRule[];

/** The rules by name; their words are in the catalogs (lib/i18n), a reason per rule. */
export type VerdictRuleName = (typeof VERDICT_RULES)[number]['rule'];

/** More serious first: a verdict takes the most serious level among the rules that fired. */
export const LEVEL_ORDER: readonly VerdictLevel[] = ['likely-suspended', 'low-trust', 'unknown', 'trusted'];
