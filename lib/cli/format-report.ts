// The human output of `mailtrust analyze`: the verdict first, then its reasons, the findings with their
// fixes, the hop table and the DNS summary. Colour (ANSI SGR) only when writing to a terminal.
import type { Finding, Hop, Report, Severity, VerdictLevel } from '../report/types';
import { terminalSafe as safe } from './terminal-text';

export interface Style {
  colour: boolean;
}

const SGR = { red: '31', yellow: '33', green: '32', cyan: '36', bold: '1', dim: '2' } as const;
const LEVEL_COLOUR: Record<VerdictLevel, keyof typeof SGR> = { trusted: 'green', 'low-trust': 'yellow', 'likely-suspended': 'red', unknown: 'cyan' };
const SEVERITY_COLOUR: Record<Severity, keyof typeof SGR> = { fail: 'red', warn: 'yellow', info: 'cyan', pass: 'green' };
const LEVEL_TEXT: Record<VerdictLevel, string> = { trusted: 'TRUSTED', 'low-trust': 'LOW TRUST', 'likely-suspended': 'LIKELY SUSPENDED', unknown: 'UNKNOWN' };

export function formatReport(report: Report, style: Style, file?: string): string {
  const paint = (colour: keyof typeof SGR, text: string) => (style.colour ? `\u001b[${SGR[colour]}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  if (file !== undefined) lines.push(paint('bold', safe(file)));
  lines.push(`Verdict: ${paint(LEVEL_COLOUR[report.verdict.level], LEVEL_TEXT[report.verdict.level])}`);
  lines.push(wrap(report.verdict.summary, 2));
  // The verdict answers for the message at arrival; today's re-check differs (design notes, "Time").
  const today = report.verdict.today;
  if (today) lines.push(`Today's re-check: ${paint(LEVEL_COLOUR[today.level], LEVEL_TEXT[today.level])}`, wrap(safe(today.summary), 2));
  if (report.verdict.zendeskCauses.length > 0) lines.push(`  Zendesk suspension causes: ${safe(report.verdict.zendeskCauses.join(', '))}`);
  if (report.verdict.reasons.length > 0) {
    lines.push('', 'Reasons:');
    report.verdict.reasons.forEach((reason, index) => lines.push(wrap(`${index + 1}. ${reason.text}`, 2)));
  }
  const message = report.message;
  lines.push('', 'Message:');
  lines.push(`  From:    ${safe(message.from.map((a) => a.address).join(', ')) || '(none)'}`);
  lines.push(`  Subject: ${safe(message.subject ?? '(none)')}`);
  if (report.edge) lines.push(`  Sender:  ${safe(`${report.edge.ip ?? '?'} HELO ${report.edge.helo ?? '?'} -> ${report.edge.receiver ?? '?'}`)}`);
  if (report.edge?.reasonText) lines.push(`  Edge:    ${safe(report.edge.reasonText)}`);
  if (report.origin) lines.push(`  Origin:  ${safe(`${report.origin.ip ?? '?'} HELO ${report.origin.helo ?? '?'}`)} (forwarded)`);
  if (report.origin?.reasonText) lines.push(`           ${safe(report.origin.reasonText)}`);
  if (report.embedded) {
    lines.push(`  Carries: the original message (${safe(report.embedded.contentType)}${report.embedded.subject ? `, "${safe(report.embedded.subject)}"` : ''}); analyse it on its own to see why it was sent back`);
  }
  if (report.findings.length > 0) {
    lines.push('', 'Findings:');
    for (const finding of report.findings) lines.push(...formatFinding(finding, paint));
  }
  if (report.thenAndNow.length > 0) {
    lines.push('', 'Then (the receiver\'s trusted results) and now (the re-check):');
    for (const row of report.thenAndNow) {
      const what = `${row.method}${row.domain ? ` ${row.domain}` : ''}`;
      const mark = row.differs ? paint('yellow', '  differs') : '';
      lines.push(`  ${safe(what).padEnd(28)} then ${safe(row.then?.result ?? '-').padEnd(10)} now ${safe(row.now)}${mark}${row.likelyReason && row.differs ? ` (${safe(row.likelyReason)})` : ''}`);
    }
  }
  if (report.hops.length > 0) lines.push('', 'Hops (oldest first):', ...hopTable(report.hops, report.edge?.hopIndex ?? null, report.origin?.hopIndex ?? null));
  lines.push('', `DNS: ${report.dns.mode}, ${safe(report.dns.resolver)}, ${report.dns.queries.length} queries${report.dns.failedCount ? `, ${report.dns.failedCount} failed` : ''}`);
  return `${lines.join('\n')}\n`;
}

function formatFinding(finding: Finding, paint: (colour: keyof typeof SGR, text: string) => string): string[] {
  const mark = paint(SEVERITY_COLOUR[finding.severity], finding.severity.padEnd(4));
  const lines = [`  ${mark}  ${finding.id.padEnd(20)} ${safe(finding.title)}${finding.hop === 'origin' ? ' (origin hop)' : ''}`];
  lines.push(wrap(finding.explanation, 8));
  if (finding.fix) {
    lines.push(`        fix: ${safe(finding.fix.description)}`);
    lines.push(`             ${safe(finding.fix.text)}`);
  }
  lines.push(paint('dim', `        from: ${safe(`${finding.recommendation.title} (${finding.recommendation.source})`)}`));
  return lines;
}

function hopTable(hops: Hop[], edge: number | null, origin: number | null): string[] {
  const rows = hops.map((hop) => [
    `${hop.index}${hop.index === edge ? ' edge' : hop.index === origin ? ' origin' : hop.submission ? ' submission' : hop.receivingSide ? ' receiving' : ''}`,
    hop.helo ?? '',
    hop.ip ?? '',
    hop.by ?? '',
    hop.tls ? hop.tls.version ?? 'TLS' : '',
    hop.delaySeconds === null ? '' : hop.clockSkew ? 'clock skew' : `${hop.delaySeconds}s`,
  ].map(safe));
  const header = ['#', 'from (HELO)', 'IP', 'by', 'TLS', 'delay'];
  const widths = header.map((title, column) => Math.min(40, Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length))));
  const line = (cells: string[]) => `  ${cells.map((cell, column) => cell.slice(0, widths[column]).padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)];
}

/** Wraps at spaces; the words are made terminal-safe first, so a line break in the text cannot start a line. */
function wrap(text: string, indent: number, width = 100): string {
  const words = safe(text).split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current && current.length + word.length + 1 > width - indent) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  return lines.map((line) => `${' '.repeat(indent)}${line}`).join('\n');
}
