// Markdown export, to paste as an internal note on a ticket: the verdict and its reasons, the findings
// with their fixes, the sending hop and the key evidence. Every piece of message text is escaped (or
// fenced) so a crafted header cannot inject links, images or markup into the note.
import { codeBlock, escapeInline } from './escape-markdown';
import type { Evidence, Finding, Report } from './types';

const LEVEL_TEXT = { trusted: 'Trusted', 'low-trust': 'Low trust', 'likely-suspended': 'Likely suspended', unknown: 'Unknown' } as const;
const SEVERITY_MARK = { fail: '✗', warn: '!', info: 'i', pass: '✓' } as const;

export function reportToMarkdown(report: Report): string {
  const lines: string[] = [];
  lines.push(`### MailTrust: ${LEVEL_TEXT[report.verdict.level]}`);
  lines.push('');
  lines.push(escapeInline(report.verdict.summary));
  const today = report.verdict.today;
  if (today) {
    lines.push('');
    lines.push(`**Today's re-check: ${LEVEL_TEXT[today.level]}.** ${escapeInline(today.summary)}`);
  }
  if (report.verdict.zendeskCauses.length > 0) {
    lines.push('');
    lines.push(`**Zendesk suspension causes:** ${report.verdict.zendeskCauses.map(escapeInline).join(', ')}`);
  }
  if (report.verdict.reasons.length > 0) {
    lines.push('');
    for (const reason of report.verdict.reasons) lines.push(`1. ${escapeInline(reason.text)}`);
  }
  lines.push('');
  lines.push('**Message**');
  lines.push('');
  const m = report.message;
  lines.push(`- From: ${escapeInline(m.from.map((a) => a.address).join(', ') || '(none)')}`);
  lines.push(`- Subject: ${escapeInline(m.subject ?? '(none)')}`);
  if (report.edge) lines.push(`- Sending server: ${escapeInline(`${report.edge.ip ?? '?'} (HELO ${report.edge.helo ?? '?'}) received by ${report.edge.receiver ?? '?'}`)}`);
  if (report.edge?.reasonText) lines.push(`- Why this hop: ${escapeInline(report.edge.reasonText)}`);
  if (report.origin) lines.push(`- Original sender (forwarded): ${escapeInline(`${report.origin.ip ?? '?'} (HELO ${report.origin.helo ?? '?'})`)}`);
  lines.push(`- DNS: ${escapeInline(`${report.dns.mode}, ${report.dns.resolver}, ${report.dns.queries.length} queries`)}`);
  if (report.thenAndNow.length > 0) {
    lines.push('');
    lines.push('**Then (receiver) and now (re-check)**');
    lines.push('');
    for (const row of report.thenAndNow) {
      const what = `${row.method}${row.domain ? ` ${row.domain}` : ''}`;
      lines.push(`- ${escapeInline(`${what}: then ${row.then?.result ?? '-'}, now ${row.now}${row.differs ? ` (differs${row.likelyReason ? `: ${row.likelyReason}` : ''})` : ''}`)}`);
    }
  }
  const shown = report.findings.filter((finding) => finding.severity !== 'pass');
  const passed = report.findings.filter((finding) => finding.severity === 'pass');
  if (shown.length > 0) {
    lines.push('');
    lines.push('**Findings**');
    for (const finding of shown) lines.push('', ...findingLines(finding));
  }
  if (passed.length > 0) {
    lines.push('');
    lines.push(`**Passed:** ${passed.map((finding) => escapeInline(finding.title)).join('; ')}`);
  }
  lines.push('');
  lines.push(`_${escapeInline(`MailTrust report schema ${report.schema}, checked ${report.checkedAt}`)}_`);
  return `${lines.join('\n')}\n`;
}

function findingLines(finding: Finding): string[] {
  const lines = [`- ${SEVERITY_MARK[finding.severity]} **${escapeInline(finding.title)}** \`${finding.id}\``];
  lines.push(`  ${escapeInline(finding.explanation)}`);
  lines.push(`  _${escapeInline(`${finding.recommendation.title} (${finding.recommendation.source})`)}_`);
  const header = finding.evidence.find((e): e is Extract<Evidence, { kind: 'header' }> => e.kind === 'header');
  if (header) lines.push('', indent(codeBlock(header.text)));
  if (finding.fix) {
    lines.push(`  Fix: ${escapeInline(finding.fix.description)}`);
    lines.push('', indent(codeBlock(finding.fix.text)));
  }
  return lines;
}

function indent(text: string): string {
  return text.split('\n').map((line) => `  ${line}`).join('\n');
}
