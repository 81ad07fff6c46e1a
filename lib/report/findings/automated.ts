// Automated and system mail, which Zendesk suspends rather than turning into tickets: auto-replies and
// out-of-office notices (RFC 3834 Auto-Submitted, X-Autoreply, Precedence), bounces (RFC 6522
// multipart/report, RFC 3464 delivery-status), mail from mailer-daemon or postmaster, and mail whose
// reverse-path is null (RFC 5321 §4.5.5: only notifications use "<>").
import { unfold, type HeaderField } from '../../headers/header-field';
import { headerEvidence } from '../evidence';
import { RECOMMENDATIONS } from '../recommendations';
import type { Evidence, BuiltFinding } from '../types';
import type { FindingContext } from './context';

const SYSTEM_LOCAL_PARTS = /^(mailer-daemon|postmaster|mail-daemon|maildaemon|mailerdaemon)$/i;
const NOREPLY_LOCAL_PART = /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply)([-_+.].*)?$/i;
const OUT_OF_OFFICE_SUBJECT = /\b(out of (the )?office|automatic reply|auto(matic)?[- ]?reply|autoreply|abwesenheitsnotiz|r[ée]ponse automatique|absence)\b/i;
const BOUNCE_SUBJECT = /\b(undeliver(able|ed)|delivery (status notification|failure|has failed)|failure notice|returned mail|mail delivery failed|non[- ]?delivery)\b/i;

export function automatedFindings(context: FindingContext): BuiltFinding[] {
  const findings: BuiltFinding[] = [];
  const field = (key: string) => context.fields.find((candidate) => candidate.key === key);
  const value = (key: string) => {
    const found = field(key);
    return found ? unfold(found.value) : null;
  };
  const cite = (found: HeaderField | undefined): Evidence[] => (found ? [headerEvidence(found)] : []);
  const suspension = RECOMMENDATIONS.suspension;

  // RFC 6522 §3: a report is multipart/report; RFC 3464 delivery-status is the bounce kind.
  const contentType = value('content-type') ?? '';
  const isReport = /^multipart\/report\b/i.test(contentType);
  const isDeliveryStatus = isReport && /report-type\s*=\s*"?(delivery-status|disposition-notification)/i.test(contentType);
  const fromLocal = context.message.from[0]?.address.split('@')[0] ?? '';
  const systemSender = SYSTEM_LOCAL_PARTS.test(fromLocal);
  const subject = context.message.subject ?? '';
  const nullReturnPath = context.message.returnPath === '';

  if (isDeliveryStatus || (systemSender && BOUNCE_SUBJECT.test(subject))) {
    findings.push({
      id: 'auto.bounce',
      severity: 'fail',
      title: 'This is a bounce (delivery failure notice)',
      explanation: 'A mail server reported that an earlier message could not be delivered. Zendesk suspends delivery failures instead of making them tickets.',
      evidence: [...cite(field('content-type')), ...cite(field('from')), ...cite(field('subject')), ...cite(field('return-path'))],
      recommendation: suspension,
    });
  }
  if (systemSender) {
    findings.push({
      id: 'system.sender',
      severity: 'fail',
      title: `The sender is a system address (${context.message.from[0]?.address})`,
      explanation: 'mailer-daemon and postmaster are mail-system accounts, not people. Zendesk suspends mail from system users.',
      evidence: cite(field('from')),
      recommendation: suspension,
    });
  }

  const autoSubmitted = value('auto-submitted');
  const autoSigns: Evidence[] = [];
  // RFC 3834 §5.1: any value other than "no" marks automatic mail.
  if (autoSubmitted && !/^no\b/i.test(autoSubmitted)) autoSigns.push(...cite(field('auto-submitted')));
  for (const key of ['x-autoreply', 'x-autorespond', 'x-autoresponder']) if (field(key)) autoSigns.push(...cite(field(key)));
  const precedence = value('precedence');
  if (precedence && /^auto_reply\b/i.test(precedence)) autoSigns.push(...cite(field('precedence')));
  // Exchange sets X-Auto-Response-Suppress on its own automatic replies so they do not trigger more.
  const suppress = field('x-auto-response-suppress');
  if (suppress && (autoSigns.length > 0 || OUT_OF_OFFICE_SUBJECT.test(subject))) autoSigns.push(...cite(suppress));
  const outOfOffice = OUT_OF_OFFICE_SUBJECT.test(subject) && (autoSigns.length > 0 || nullReturnPath);
  if (nullReturnPath && findings.length === 0) autoSigns.push(...cite(field('return-path')));

  if (autoSigns.length > 0 && !findings.some((finding) => finding.id === 'auto.bounce')) {
    findings.push({
      id: 'auto.reply',
      severity: 'fail',
      title: 'This is an automatic message',
      explanation: `${nullReturnPath && autoSigns.length === 1 ? 'Its reverse-path is null ("<>"), which RFC 5321 §4.5.5 reserves for automatic notifications.' : 'Its headers mark it as automatically generated or an automatic reply (RFC 3834).'} Zendesk suspends automated response mail so that auto-replies do not open tickets or loop.`,
      evidence: autoSigns,
      recommendation: suspension,
    });
  }
  if (outOfOffice) {
    findings.push({
      id: 'auto.out-of-office',
      severity: 'fail',
      title: 'This is an out-of-office reply',
      explanation: `The subject "${subject}" and the automatic-reply headers mark an out-of-office notice. Zendesk suspends out-of-office replies.`,
      evidence: [...cite(field('subject')), ...autoSigns],
      recommendation: suspension,
    });
  }
  const noreply = [...context.message.to, ...context.message.cc].find((address) => NOREPLY_LOCAL_PART.test(address.address.split('@')[0] ?? ''));
  if (noreply) {
    findings.push({
      id: 'recipient.noreply',
      severity: 'fail',
      title: `The message is addressed to a noreply address (${noreply.address})`,
      explanation: 'Zendesk suspends mail sent to a noreply address: it is usually an automatic answer to a notification.',
      evidence: [...cite(field('to')), ...cite(field('cc'))],
      recommendation: suspension,
    });
  }
  return findings;
}
