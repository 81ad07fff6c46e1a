// Two more of Zendesk's suspension causes that headers can show: the receiving side flagged the message
// as spam (SpamAssassin's X-Spam-Flag/X-Spam-Status, Microsoft's SCL and SFV:SPM), and a mail loop
// (RFC 5321 §6.3: counting Received fields is the usual loop detection).
import { unfold, type HeaderField } from '../../headers/header-field';
import { headerEvidence, note } from '../evidence';
import { RECOMMENDATIONS, rfc } from '../recommendations';
import type { BuiltFinding } from '../types';

/** Received fields beyond this many mean the message is going round in circles. */
export const LOOP_RECEIVED_LIMIT = 30;

// Microsoft: SCL 5 and above is spam; SFV:SPM is the spam filter's verdict.
const SPAM_SIGNS: { key: string; test: RegExp }[] = [
  { key: 'x-spam-flag', test: /^\s*yes\b/i },
  { key: 'x-spam-status', test: /^\s*yes\b/i },
  { key: 'x-ms-exchange-organization-scl', test: /^\s*[5-9]\b/ },
  { key: 'x-forefront-antispam-report', test: /\bSFV:SPM\b/i },
];

/**
 * `receiverWindowEnd`: only fields above it can have been written by the receiving side; a spam flag
 * further down is an earlier hop's word (see PathSection.receiverWindowEnd).
 */
export function spamAndLoopFindings(fields: readonly HeaderField[], receiverWindowEnd: number | null): BuiltFinding[] {
  const findings: BuiltFinding[] = [];
  const receiverFields = receiverWindowEnd === null ? [] : fields.filter((field) => field.line < receiverWindowEnd);
  const flags = receiverFields.filter((field) => SPAM_SIGNS.some((sign) => sign.key === field.key && sign.test.test(unfold(field.value))));
  if (flags.length > 0) {
    findings.push({
      id: 'spam.flagged',
      severity: 'fail',
      title: 'The receiving side flagged the message as spam',
      explanation: 'A spam filter on the receiving side marked this message as spam. Zendesk suspends mail detected as spam.',
      evidence: flags.map(headerEvidence),
      recommendation: RECOMMENDATIONS.suspension,
    });
  }
  const receivedCount = fields.filter((field) => field.key === 'received').length;
  if (receivedCount > LOOP_RECEIVED_LIMIT) {
    findings.push({
      id: 'mail.loop',
      severity: 'fail',
      title: `The message passed through ${receivedCount} servers: a mail loop`,
      explanation: 'Forwarding rules that send the message back and forth add a Received field each time. Zendesk suspends looping mail.',
      evidence: [note(`${receivedCount} Received fields (more than ${LOOP_RECEIVED_LIMIT}).`)],
      recommendation: rfc('RFC 5321 §6.3', 'Loop detection by counting Received fields'),
    });
  }
  return findings;
}
