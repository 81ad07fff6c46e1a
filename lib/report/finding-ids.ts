// The stable finding ids (design notes, "Finding ids"): tests, exports and users' scripts key on them,
// so an id is never renamed; new ones are added at the end of their group.
import type { FindingParams } from './params';
import type { Exactly } from './exactly';

export const FINDING_IDS = [
  // Zendesk recommendation 1: PTR
  'ptr.pass', 'ptr.missing', 'ptr.generic', 'ptr.unconfirmed', 'ptr.foreign-domain', 'ptr.temperror',
  // Recommendation 2: HELO/EHLO
  'helo.pass', 'helo.ip-literal', 'helo.localhost', 'helo.malformed', 'helo.unresolvable', 'helo.invalid-tld',
  'helo.ip-mismatch', 'helo.foreign-domain', 'helo.not-mx', 'helo.temperror',
  // Recommendation 3 and 4: SPF
  'spf.pass', 'spf.none', 'spf.neutral', 'spf.softfail', 'spf.fail', 'spf.permerror', 'spf.temperror',
  // Recommendation 4: DKIM
  'dkim.pass', 'dkim.none', 'dkim.fail', 'dkim.key-missing', 'dkim.weak-key', 'dkim.unaligned', 'dkim.body-unchecked',
  'dkim.permerror', 'dkim.temperror', 'dkim.sha1',
  // Recommendation 4: DMARC
  'dmarc.pass', 'dmarc.none', 'dmarc.fail', 'dmarc.temperror', 'dmarc.permerror',
  // Recommendation 5: ARC and forwarding
  'arc.pass', 'arc.fail', 'arc.none', 'arc.temperror', 'forwarding.detected',
  // Not trusted: headers and domains
  'header.missing', 'header.malformed', 'domain.nonexistent',
  // Web forms and scripts
  'webform.detected',
  // Suspension causes
  'auto.reply', 'auto.bounce', 'system.sender', 'recipient.noreply', 'auto.out-of-office', 'spam.flagged', 'mail.loop',
  // Then and now
  'drift.auth', 'receiver.authenticated', 'receiver.auth-failed',
  // What the analysis could not do
  'input.not-email', 'edge.not-found', 'dns.offline', 'dns.unavailable', 'analysis.fault', 'analysis.time-limit',
  // The paste and the path (issue 13)
  'input.incomplete', 'receiver.not-zendesk',
  // Can replies reach the From domain (issue 15: RFC 5321 §5.1, RFC 7505)
  'mx.pass', 'mx.null', 'mx.none', 'mx.unresolvable', 'mx.temperror',
  // Spoofing signs: the message's identities in unrelated organizations (issue 16)
  'identity.mismatch',
] as const;

export type FindingId = (typeof FINDING_IDS)[number];

// Every finding id has params (lib/report/params), and params name only finding ids: the compiler checks
// both directions. The check sits beside the ids so that params/ never imports its parent folder.
export const PARAMS_COVER_EVERY_ID: Exactly<keyof FindingParams, FindingId> = true;
