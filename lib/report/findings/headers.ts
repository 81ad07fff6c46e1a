// Findings about the message's own header fields: RFC 5322 §3.6 requires From and Date, and Zendesk's
// web-form rules ask for well-formed Subject, From, To and Reply-To. Web-form signs (PHP's
// X-PHP-Originating-Script, form and mailer libraries in X-Mailer) turn those rules on.
import type { HeaderProblem, MessageModel } from '../../message/model';
import { unfold } from '../../headers/header-field';
import { headerEvidence, note } from '../evidence';
import { RECOMMENDATIONS, rfc } from '../recommendations';
import type { Evidence, BuiltFinding } from '../types';

// Libraries and scripts that web forms and CMS plug-ins send through.
const FORM_MAILER = /\b(PHPMailer|PHP\/\d|WordPress|Contact Form 7|WPForms|Gravity Forms|Ninja Forms|Formmail|FormMail|Swift ?Mailer|Symfony Mailer|Drupal|Joomla|Zend_Mail|CodeIgniter)\b/i;

export function headerFindings(model: MessageModel): BuiltFinding[] {
  const findings: BuiltFinding[] = [];
  const field = (key: string) => model.fields.find((candidate) => candidate.key === key);
  for (const problem of boundPerField(model.problems)) {
    const finding = problemFinding(problem, model);
    if (finding) findings.push(finding);
  }

  const signs: Evidence[] = [];
  for (const key of ['x-php-originating-script', 'x-php-script', 'x-php-originating-host']) {
    const found = field(key);
    if (found) signs.push(headerEvidence(found));
  }
  const mailer = field('x-mailer');
  if (mailer && FORM_MAILER.test(unfold(mailer.value))) signs.push(headerEvidence(mailer));
  if (signs.length === 0) return findings;

  findings.push({
    id: 'webform.detected',
    severity: 'info',
    title: 'The message was sent by a web form or script',
    explanation: 'Zendesk asks web forms to send RFC 5322 messages with well-formed Subject, From, To and Reply-To (the visitor\'s address), from a server with a PTR, a resolvable HELO, SPF, DKIM and DMARC.',
    evidence: signs,
    recommendation: RECOMMENDATIONS.webForms,
  });
  const webForm = RECOMMENDATIONS.webForms;
  const required: [key: string, name: string, present: boolean][] = [
    ['subject', 'Subject', (model.subject ?? '').trim() !== ''],
    ['from', 'From', model.from.some((entry) => entry.kind === 'mailbox')],
    ['to', 'To', model.to.some((entry) => entry.kind !== 'invalid')],
    ['reply-to', 'Reply-To', model.replyTo.some((entry) => entry.kind === 'mailbox')],
  ];
  for (const [key, name, present] of required) {
    if (present) continue;
    const existing = field(key);
    if (existing) {
      if (findings.some((finding) => finding.id === 'header.malformed' && finding.evidence.some((e) => e.kind === 'header' && e.line === existing.line))) continue;
      findings.push({ id: 'header.malformed', severity: 'warn', title: `The ${name} field is not well-formed`, explanation: `A web form must send a valid ${name}.`, evidence: [headerEvidence(existing)], recommendation: webForm });
    } else {
      findings.push({
        id: 'header.missing',
        severity: 'warn',
        title: `The web form sent no ${name} field`,
        explanation: key === 'reply-to' ? 'Without Reply-To, an agent\'s answer goes to the form\'s own address instead of the visitor. Set Reply-To to the address the visitor typed.' : `A web form must send a well-formed ${name}.`,
        evidence: [note(`No ${name} header field.`)],
        recommendation: webForm,
        ...(key === 'reply-to' ? { fix: { kind: 'header' as const, text: 'Reply-To: <visitor address from the form>', description: 'Have the form set Reply-To to the visitor\'s address (and keep From at your own domain, so SPF, DKIM and DMARC still pass).' } } : {}),
      });
    }
  }
  return findings;
}

// At most this many findings about the addresses of one field; the rest are counted in one more finding.
export const MAX_FINDINGS_PER_FIELD = 5;

type Problem = HeaderProblem | { kind: 'more-invalid-addresses'; field: string; line: number; count: number };

/** Invalid addresses, MAX_FINDINGS_PER_FIELD per field, then one "and N more" (linear output, not quadratic). */
function boundPerField(problems: readonly HeaderProblem[]): Problem[] {
  const perLine = new Map<number, number>();
  const bounded: Problem[] = [];
  const more = new Map<number, Extract<Problem, { kind: 'more-invalid-addresses' }>>();
  for (const problem of problems) {
    if (problem.kind !== 'invalid-address') {
      bounded.push(problem);
      continue;
    }
    const seen = (perLine.get(problem.line) ?? 0) + 1;
    perLine.set(problem.line, seen);
    if (seen <= MAX_FINDINGS_PER_FIELD) {
      bounded.push(problem);
      continue;
    }
    const rest = more.get(problem.line);
    if (rest) rest.count += 1;
    else {
      const entry = { kind: 'more-invalid-addresses' as const, field: problem.field, line: problem.line, count: 1 };
      more.set(problem.line, entry);
      bounded.push(entry);
    }
  }
  return bounded;
}

function problemFinding(problem: Problem, model: MessageModel): BuiltFinding | null {
  const at = (line: number): Evidence[] => {
    const found = model.fields.find((field) => field.line === line);
    return found ? [headerEvidence(found)] : [];
  };
  const rfc5322 = rfc('RFC 5322 §3.6', 'A message has exactly one From and one Date field');
  switch (problem.kind) {
    case 'missing-field':
      return {
        id: 'header.missing',
        severity: problem.field === 'from' ? 'fail' : 'warn',
        title: `The message has no ${problem.field === 'from' ? 'From' : 'Date'} field`,
        explanation: `RFC 5322 §3.6 requires ${problem.field === 'from' ? 'From' : 'Date'}.${problem.field === 'from' ? ' Without it there is no sender to authenticate; receivers treat it as malformed mail.' : ''}`,
        evidence: [note(`No ${problem.field === 'from' ? 'From' : 'Date'} header field.`)],
        recommendation: problem.field === 'from' ? RECOMMENDATIONS.notTrusted : rfc5322,
      };
    case 'repeated-field':
      return {
        id: 'header.malformed',
        severity: problem.field === 'from' ? 'fail' : 'warn',
        title: `The ${problem.field} field appears ${problem.count} times`,
        explanation: `RFC 5322 §3.6 allows one. A second From is a known way to show readers a different sender than the one authenticated.`,
        evidence: model.fields.filter((field) => field.key === problem.field).map(headerEvidence),
        recommendation: rfc5322,
      };
    case 'invalid-address':
      return {
        id: 'header.malformed',
        severity: problem.field.toLowerCase() === 'from' ? 'fail' : 'warn',
        title: `The ${problem.field} field holds an address that is not valid`,
        explanation: `"${problem.text}": ${problem.reason}. The article says invalid sender and recipient addresses may get mail suspended or rejected.`,
        evidence: at(problem.line),
        recommendation: RECOMMENDATIONS.notTrusted,
      };
    case 'more-invalid-addresses':
      return {
        id: 'header.malformed',
        severity: problem.field.toLowerCase() === 'from' ? 'fail' : 'warn',
        title: `The ${problem.field} field holds ${problem.count.toLocaleString('en-US')} more addresses that are not valid`,
        explanation: `Only the first ${MAX_FINDINGS_PER_FIELD} are listed one by one; ${problem.count.toLocaleString('en-US')} more in the same field are not valid either.`,
        evidence: at(problem.line),
        recommendation: RECOMMENDATIONS.notTrusted,
      };
    case 'unreadable-date':
      return { id: 'header.malformed', severity: 'info', title: `The ${problem.field} field's date cannot be read`, explanation: `"${problem.text}": ${problem.reason}.`, evidence: at(problem.line), recommendation: rfc('RFC 5322 §3.3', 'Date and time specification') };
    case 'unreadable-authentication-results':
    case 'stray-line':
      return null;
  }
}
