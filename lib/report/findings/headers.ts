// Findings about the message's own header fields: RFC 5322 §3.6 requires From and Date, and Zendesk's
// web-form rules ask for well-formed Subject, From, To and Reply-To. Web-form signs (PHP's
// X-PHP-Originating-Script, form and mailer libraries in X-Mailer) turn those rules on. The findings are
// data; lib/i18n/<lang>/headers.ts says them in words.
import type { HeaderProblem, MessageModel } from '../../message/model';
import { unfold } from '../../headers/header-field';
import { headerEvidence } from '../evidence';
import type { MissingField, WebFormField } from '../params/headers';
import { RECOMMENDATIONS, rfc } from '../recommendations';
import type { Evidence, FindingData, FindingHead, Severity } from '../types';

// Libraries and scripts that web forms and CMS plug-ins send through.
const FORM_MAILER = /\b(PHPMailer|PHP\/\d|WordPress|Contact Form 7|WPForms|Gravity Forms|Ninja Forms|Formmail|FormMail|Swift ?Mailer|Symfony Mailer|Drupal|Joomla|Zend_Mail|CodeIgniter)\b/i;

export function headerFindings(model: MessageModel): FindingData[] {
  const findings: FindingData[] = [];
  const field = (key: string) => model.fields.find((candidate) => candidate.key === key);
  for (const problem of boundPerField(model.problems)) {
    const finding = problemFinding(problem, model);
    if (finding) findings.push(finding);
  }

  const signs = [
    ...['x-php-originating-script', 'x-php-script', 'x-php-originating-host'].flatMap((key) => field(key) ?? []),
    ...[field('x-mailer')].filter((mailer) => mailer !== undefined && FORM_MAILER.test(unfold(mailer.value))),
  ].filter((found) => found !== undefined);
  if (signs.length === 0) return findings;

  const webForm = RECOMMENDATIONS.webForms;
  findings.push({ id: 'webform.detected', severity: 'info', params: { fields: signs.map((sign) => sign.name) }, evidence: signs.map(headerEvidence), recommendation: webForm });
  const required: [field: WebFormField, present: boolean][] = [
    ['subject', (model.subject ?? '').trim() !== ''],
    ['from', model.from.some((entry) => entry.kind === 'mailbox')],
    ['to', model.to.some((entry) => entry.kind !== 'invalid')],
    ['reply-to', model.replyTo.some((entry) => entry.kind === 'mailbox')],
  ];
  for (const [key, present] of required) {
    if (present) continue;
    const existing = field(key);
    if (existing) {
      if (findings.some((finding) => finding.id === 'header.malformed' && finding.evidence.some((e) => e.kind === 'header' && e.line === existing.line))) continue;
      findings.push({ id: 'header.malformed', severity: 'warn', params: { problem: 'web-form-field', field: key }, evidence: [headerEvidence(existing)], recommendation: webForm });
    } else {
      findings.push({
        ...missing({ rule: 'web-form', field: key }, 'warn', model),
        evidence: [],
        recommendation: webForm,
        ...(key === 'reply-to' ? { fix: { kind: 'header' as const, text: 'Reply-To: <visitor@example.com>', params: { field: 'reply-to' as const } } } : {}),
      });
    }
  }
  return findings;
}

/**
 * A missing field. When the paste looks cut short, From and Date may only be missing from the copy
 * (design notes, "Judgement": uncertainty is said): their absence is then information, not a problem.
 */
function missing(what: MissingField, severity: Severity, model: MessageModel): Extract<FindingHead, { id: 'header.missing' }> {
  const cutShort = model.input.cutShort !== null;
  return { id: 'header.missing', severity: cutShort ? 'info' : severity, params: { ...what, cutShort } };
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

function problemFinding(problem: Problem, model: MessageModel): FindingData | null {
  const at = (line: number): Evidence[] => {
    const found = model.fields.find((field) => field.line === line);
    return found ? [headerEvidence(found)] : [];
  };
  const rfc5322 = rfc('RFC 5322 §3.6', 'one-from-one-date');
  const notTrusted = RECOMMENDATIONS.notTrusted;
  const severityOf = (field: string): Severity => (field.toLowerCase() === 'from' ? 'fail' : 'warn');
  switch (problem.kind) {
    case 'missing-field':
      return { ...missing({ rule: 'rfc5322', field: problem.field }, severityOf(problem.field), model), evidence: [], recommendation: problem.field === 'from' ? notTrusted : rfc5322 };
    case 'repeated-field':
      return {
        id: 'header.malformed',
        severity: severityOf(problem.field),
        params: { problem: 'repeated', field: problem.field, count: problem.count },
        evidence: model.fields.filter((field) => field.key === problem.field).map(headerEvidence),
        recommendation: rfc5322,
      };
    case 'invalid-address':
      return { id: 'header.malformed', severity: severityOf(problem.field), params: { problem: 'invalid-address', field: problem.field, text: problem.text, reason: problem.reason }, evidence: at(problem.line), recommendation: notTrusted };
    case 'more-invalid-addresses':
      return {
        id: 'header.malformed',
        severity: severityOf(problem.field),
        params: { problem: 'more-invalid-addresses', field: problem.field, count: problem.count, listed: MAX_FINDINGS_PER_FIELD },
        evidence: at(problem.line),
        recommendation: notTrusted,
      };
    case 'unreadable-date':
      return { id: 'header.malformed', severity: 'info', params: { problem: 'unreadable-date', field: problem.field, text: problem.text, reason: problem.reason }, evidence: at(problem.line), recommendation: rfc('RFC 5322 §3.3', 'date-time') };
    case 'unreadable-authentication-results':
    case 'stray-line':
      return null;
  }
}
