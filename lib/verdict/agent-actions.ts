// What the agent can do in Zendesk about this message, as data computed from the verdict and the findings
// (never a check run again): recover the suspended ticket or not, whether an allowlist entry is safe, what
// to ask the customer, and which fixes go to the sender's mail administrator. The catalogs word it
// (lib/i18n/<lang>/actions.ts). An allowlist entry lets every later message from that sender skip
// Zendesk's checks, so it is offered only for an authenticated sender: never when authentication failed,
// could not be checked, or the identities disagree.
import { isMailboxProvider } from '../report/mailbox-providers';
import type { Finding, FindingId, Report, ZendeskCause } from '../report/types';

export type RecoverAdvice =
  /** The sender is authenticated: a ticket suspended for another reason (an unknown user) can be recovered. */
  | { kind: 'recover' }
  /**
   * The sender is authenticated, and what lowers trust is how its mail is sent (its server's names, a weak
   * setup), not who wrote it: recover, and pass the fixes on to the sender's mail administrator.
   */
  | { kind: 'recover-and-forward'; causes: ZendeskCause[] }
  /**
   * Recover only once the customer confirms, through an address already known, that they sent it: because
   * authentication failed or is incomplete, or because the identities point to other organizations.
   */
  | { kind: 'confirm-first'; causes: ZendeskCause[]; because: 'not-authenticated' | 'identity-mismatch' }
  /** Automated mail (a bounce, an out-of-office, a system sender, a loop): it is not a customer's request. */
  | { kind: 'leave-suspended'; causes: ZendeskCause[] }
  /** The evidence is missing (offline, DNS down, a partial paste): decide nothing yet. */
  | { kind: 'decide-later' };

export type AllowlistAdvice =
  /**
   * The sender is authenticated; `entry` is the address for a mailbox provider's user (never all of gmail.com)
   * and for a mailing list's message (never the list's whole domain, which carries every member's posts, nor the
   * author's, whose other mail did not come through the list), the domain otherwise.
   */
  | { kind: 'safe'; entry: string }
  | { kind: 'never'; because: 'authentication-failed' | 'authentication-unknown' | 'identity-mismatch' | 'automated' | 'fix-at-sender' };

export type CustomerAsk =
  /** Confirm, through an address or phone number already on file, that they sent this message. */
  | { kind: 'confirm-sent' }
  /** Pass the message for their mail administrator on (adminMessage). */
  | { kind: 'forward-to-admin' }
  /** Their domain receives no mail: ask for another address to answer to. */
  | { kind: 'address-that-receives'; domain: string }
  /** Replies would go elsewhere (identity.mismatch): confirm the address to answer to. */
  | { kind: 'confirm-reply-address' };

export interface AdminFix {
  /** The finding the fix belongs to, as an index into report.findings (its words come from there). */
  finding: number;
}

export interface AgentActions {
  recover: RecoverAdvice;
  allowlist: AllowlistAdvice;
  ask: CustomerAsk[];
  /** The fixes for the sender's mail administrator (domain owner or server operator); null when there are none. */
  adminMessage: { domain: string; fixes: AdminFix[] } | null;
}

/** Causes that mean the message was written by a machine, not by a customer. */
const AUTOMATED: readonly ZendeskCause[] = ['automated-response', 'delivery-failure', 'out-of-office', 'system-user', 'noreply-recipient', 'mail-loop'];

/** Findings that say the reply cannot reach the From domain (RFC 5321 §5.1, RFC 7505). */
const NO_REPLY_PATH: readonly FindingId[] = ['mx.null', 'mx.none', 'mx.unresolvable'];

export function agentActions(report: Pick<Report, 'verdict' | 'findings' | 'message'>): AgentActions {
  const { level, zendeskCauses } = report.verdict;
  const automated = zendeskCauses.filter((cause) => AUTOMATED.includes(cause));
  // A mailing list's authenticated Reply-To is a note (info), not a sign: it blocks nothing.
  const mismatch = report.findings.some((finding) => finding.id === 'identity.mismatch' && finding.severity === 'warn');
  // Authenticated: a rule in the message's favour fired (a 'pass' reason: DMARC, the receiver's or a
  // forwarder's ARC, lib/verdict/reason-stance.ts), deciding or not, and Zendesk would not count a failed
  // authentication (a broken DKIM signature beside a DMARC pass is one Zendesk counts).
  const authenticated = report.verdict.reasons.some((reason) => reason.polarity === 'pass') && !zendeskCauses.includes('failed-email-authentication');
  // Authentication comes first: identities pointing elsewhere are the reason to ask only when the sender
  // is authenticated (mail_test_15, a phish, is neither authenticated nor consistent).
  const recover: RecoverAdvice =
    level === 'unknown' ? { kind: 'decide-later' }
    : automated.length > 0 ? { kind: 'leave-suspended', causes: automated }
    : !authenticated && level !== 'trusted' ? { kind: 'confirm-first', causes: zendeskCauses, because: 'not-authenticated' }
    : mismatch ? { kind: 'confirm-first', causes: zendeskCauses, because: 'identity-mismatch' }
    : level === 'trusted' ? { kind: 'recover' }
    : { kind: 'recover-and-forward', causes: zendeskCauses };
  const adminMessage = adminFixes(report);
  return {
    recover,
    allowlist: allowlistAdvice(report, recover),
    ask: customerAsks(report, recover, mismatch, adminMessage !== null),
    adminMessage,
  };
}

/** The allowlist follows the recover advice, so the two never give different reasons. */
function allowlistAdvice(report: Pick<Report, 'message'>, recover: RecoverAdvice): AllowlistAdvice {
  switch (recover.kind) {
    case 'decide-later':
      return { kind: 'never', because: 'authentication-unknown' };
    case 'leave-suspended':
      return { kind: 'never', because: 'automated' };
    case 'confirm-first':
      return { kind: 'never', because: recover.because === 'identity-mismatch' ? 'identity-mismatch' : 'authentication-failed' };
    case 'recover-and-forward':
      return { kind: 'never', because: 'fix-at-sender' };
    case 'recover': {
      const from = report.message.from[0];
      if (!from?.domain) return { kind: 'never', because: 'authentication-unknown' };
      return { kind: 'safe', entry: isMailboxProvider(from.domain) || report.message.list ? from.address : from.domain };
    }
  }
}

function customerAsks(report: Pick<Report, 'findings'>, recover: RecoverAdvice, mismatch: boolean, hasFixes: boolean): CustomerAsk[] {
  if (recover.kind === 'leave-suspended' || recover.kind === 'decide-later') return [];
  const asks: CustomerAsk[] = [];
  if (recover.kind === 'confirm-first') asks.push({ kind: 'confirm-sent' });
  if (mismatch) asks.push({ kind: 'confirm-reply-address' });
  const noReply = report.findings.find((finding) => NO_REPLY_PATH.includes(finding.id) && finding.severity === 'warn');
  if (noReply && 'domain' in noReply.params && typeof noReply.params.domain === 'string') asks.push({ kind: 'address-that-receives', domain: noReply.params.domain });
  if (hasFixes && (recover.kind === 'confirm-first' || recover.kind === 'recover-and-forward')) asks.push({ kind: 'forward-to-admin' });
  return asks;
}

/** The fixes someone at the sender can act on: record changes (domain owner) and server settings (operator). */
function adminFixes(report: Pick<Report, 'findings' | 'message'>): AgentActions['adminMessage'] {
  const domain = report.message.from[0]?.domain;
  if (!domain) return null;
  const fixes = report.findings.flatMap((finding: Finding, index) =>
    finding.fix && finding.fix.actor !== 'agent' && (finding.severity === 'fail' || finding.severity === 'warn') ? [{ finding: index }] : []);
  return fixes.length > 0 ? { domain, fixes } : null;
}
