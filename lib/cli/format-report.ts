// The human output of `mailtrust analyze`: the verdict first, then its reasons, the findings with their
// fixes, the hop table and the DNS summary, in the catalog's language (the Report's words must already be
// in that language: localizeReport). Colour (ANSI SGR) only when writing to a terminal.
import type { Catalog } from '../i18n/catalog';
import { catalogFor } from '../i18n/render';
import { dnsSummaryLine } from '../i18n/render/dns-line';
import { formatFor } from '../i18n/format';
import { nowResult, type OutputTexts } from '../i18n/output';
import { dmarcRecordProblems } from '../report/dmarc-record-problems';
import { orderByWeight, shownSeverity } from '../report/shown-severity';
import type { Finding, Hop, Report, Severity, VerdictLevel } from '../report/types';
import { terminalSafe as safe } from './terminal-text';

export interface Style {
  colour: boolean;
  /** The language of the output's own words; English when absent. */
  catalog?: Catalog;
}

const SGR = { red: '31', yellow: '33', green: '32', cyan: '36', bold: '1', dim: '2' } as const;
const LEVEL_COLOUR: Record<VerdictLevel, keyof typeof SGR> = { trusted: 'green', 'low-trust': 'yellow', 'likely-suspended': 'red', unknown: 'cyan' };
const SEVERITY_COLOUR: Record<Severity, keyof typeof SGR> = { fail: 'red', warn: 'yellow', info: 'cyan', pass: 'green' };
export function formatReport(report: Report, style: Style, file?: string): string {
  const paint = (colour: keyof typeof SGR, text: string) => (style.colour ? `\u001b[${SGR[colour]}m${text}\u001b[0m` : text);
  const catalog = style.catalog ?? catalogFor('en');
  const words = catalog.output;
  const label = words.labels;
  const banner = (level: VerdictLevel) => paint(LEVEL_COLOUR[level], words.levelBanner[level]);
  // Labels are padded to one column, whatever their length in the language.
  const width = Math.max(...[label.from, label.subject, label.sender, label.edge, label.origin].map((name) => words.labelled(name).length)) + 1;
  const field = (name: string, value: string) => `  ${words.labelled(name).padEnd(width)}${value}`;
  const lines: string[] = [];
  if (file !== undefined) lines.push(paint('bold', safe(file)));
  lines.push(`${words.labelled(label.verdict)} ${banner(report.verdict.level)}`);
  lines.push(wrap(report.verdict.summary, 2));
  // The verdict answers for the message at arrival; today's re-check differs (design notes, "Time").
  const today = report.verdict.today;
  if (today) lines.push(`${words.labelled(label.today)} ${banner(today.level)}`, wrap(safe(today.summary), 2));
  if (report.verdict.zendeskCauses.length > 0) lines.push(`  ${words.labelled(label.causes)} ${safe(report.verdict.zendeskCauses.map((cause) => catalog.verdict.causes[cause]).join(', '))}`);
  if (report.verdict.reasons.length > 0) {
    lines.push('', words.labelled(label.reasons));
    report.verdict.reasons.forEach((reason, index) => lines.push(wrap(`${index + 1}. ${reason.text}`, 2)));
  }
  const message = report.message;
  lines.push('', words.labelled(label.message));
  lines.push(field(label.from, safe(message.from.map((a) => a.address).join(', ')) || label.none));
  lines.push(field(label.subject, safe(message.subject ?? label.none)));
  if (report.edge) lines.push(field(label.sender, safe(`${report.edge.ip ?? '?'} HELO ${report.edge.helo ?? '?'} -> ${report.edge.receiver ?? '?'}`)));
  if (report.edge?.reasonText) lines.push(field(label.edge, safe(report.edge.reasonText)));
  if (report.origin) lines.push(field(label.origin, `${safe(`${report.origin.ip ?? '?'} HELO ${report.origin.helo ?? '?'}`)} ${label.forwarded}`));
  if (report.origin?.reasonText) lines.push(`${' '.repeat(width + 2)}${safe(report.origin.reasonText)}`);
  if (report.embedded) lines.push(field('+', safe(words.carries(report.embedded.contentType, report.embedded.subject))));
  if (report.findings.length > 0) {
    lines.push('', words.labelled(label.findings));
    // In their weight in the verdict, as the pages list them: the findings of the deciding reasons first.
    for (const finding of orderByWeight(report.findings, report.verdict.reasons)) lines.push(...formatFinding(finding, words, paint));
  }
  // The record as evidence, then what receivers read otherwise in it (RFC 7489 §6.3), in the output's language.
  const record = dmarcRecordProblems(report.dmarc);
  if (record) {
    lines.push('', words.labelled(safe(words.dmarcRecordAt(record.name))), `  ${safe(record.text)}`);
    for (const { problem, severity } of record.problems) lines.push(`  ${severityMark(severity, words, paint)}  ${safe(problem.message)}`);
  }
  if (report.thenAndNow.length > 0) {
    lines.push('', label.thenAndNow);
    for (const row of report.thenAndNow) {
      const what = `${row.method}${row.domain ? ` ${row.domain}` : ''}`;
      const mark = row.differs ? paint('yellow', `  ${label.differs}`) : '';
      const why = row.likelyReason && row.differs ? ` (${words.driftReason[row.likelyReason]})` : '';
      lines.push(`  ${safe(what).padEnd(28)} ${label.then} ${safe(row.then?.result ?? '-').padEnd(10)} ${label.now} ${safe(nowResult(row.now, words))}${mark}${why}`);
    }
  }
  if (report.hops.length > 0) lines.push('', label.hops, ...hopTable(report.hops, report.edge?.hopIndex ?? null, report.origin?.hopIndex ?? null, words, formatFor(catalog.lang).duration));
  lines.push('', safe(dnsSummaryLine(report.dns, words)));
  return `${lines.join('\n')}\n`;
}

function formatFinding(finding: Finding, words: OutputTexts, paint: (colour: keyof typeof SGR, text: string) => string): string[] {
  // The badge the pages show too (an offline notice is information, whatever it weighs in the verdict).
  const lines = [`  ${severityMark(shownSeverity(finding), words, paint)}  ${finding.id.padEnd(20)} ${safe(finding.title)}${finding.hop === 'origin' ? ` ${words.labels.originHop}` : ''}`];
  lines.push(wrap(finding.explanation, 8));
  if (finding.fix) {
    lines.push(`        ${words.labelled(words.labels.fix)} ${safe(finding.fix.description)}`);
    lines.push(`             ${safe(finding.fix.text)}`);
  }
  lines.push(paint('dim', `        ${words.labelled(words.labels.source)} ${safe(`${finding.recommendation.title} (${finding.recommendation.source})`)}`));
  return lines;
}

/** A severity word in its colour, padded to the language's longest, so what follows starts in one column. */
function severityMark(severity: Severity, words: OutputTexts, paint: (colour: keyof typeof SGR, text: string) => string): string {
  const width = Math.max(...Object.values(words.severity).map((word) => word.length));
  return paint(SEVERITY_COLOUR[severity], words.severity[severity].padEnd(width));
}

function hopTable(hops: Hop[], edge: number | null, origin: number | null, words: OutputTexts, delay: (seconds: number) => string): string[] {
  const mark = words.labels.hopMark;
  const rows = hops.map((hop) => [
    `${hop.index}${hop.index === edge ? ` ${mark.edge}` : hop.index === origin ? ` ${mark.origin}` : hop.submission ? ` ${mark.submission}` : hop.receivingSide ? ` ${mark.receiving}` : ''}`,
    hop.helo ?? '',
    hop.ip ?? '',
    hop.by ?? '',
    hop.tls ? hop.tls.version ?? 'TLS' : '',
    hop.delaySeconds === null ? '' : hop.clockSkew ? words.labels.clockSkew : delay(hop.delaySeconds),
  ].map(safe));
  const header = words.labels.hopHeader;
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
