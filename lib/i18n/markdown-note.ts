// Markdown export, to paste as an internal note on a ticket: the verdict and its reasons, the findings
// with their fixes, the sending hop and the key evidence, in the reader's language (the note follows the
// UI). Every piece of message text is escaped (or fenced) so a crafted header cannot inject links, images
// or markup into the note.
import { codeBlock, escapeInline } from '../report/escape-markdown';
import type { Evidence, Finding, Report } from '../report/types';
import type { Catalog } from './catalog';
import type { Lang } from './lang';
import { catalogFor, localizeReport } from './render';

const SEVERITY_MARK = { fail: '✗', warn: '!', info: 'i', pass: '✓' } as const;

/** The note in `lang` (English by default): the Report's words are rendered again in that language. */
export function reportToMarkdown(original: Report, lang: Lang = 'en'): string {
  const catalog = catalogFor(lang);
  const report = lang === 'en' ? original : localizeReport(original, lang);
  const words = catalog.output;
  const level = (value: Report['verdict']['level']) => catalog.verdict.levels[value];
  const lines: string[] = [];
  lines.push(`### ${words.note.title(level(report.verdict.level))}`);
  lines.push('');
  lines.push(escapeInline(report.verdict.summary));
  const today = report.verdict.today;
  if (today) {
    lines.push('');
    lines.push(`**${words.note.today(level(today.level))}** ${escapeInline(today.summary)}`);
  }
  if (report.verdict.zendeskCauses.length > 0) {
    lines.push('');
    lines.push(`**${words.labels.causes}:** ${report.verdict.zendeskCauses.map((cause) => escapeInline(catalog.verdict.causes[cause])).join(', ')}`);
  }
  if (report.verdict.reasons.length > 0) {
    lines.push('');
    for (const reason of report.verdict.reasons) lines.push(`1. ${escapeInline(reason.text)}`);
  }
  lines.push('');
  lines.push(`**${words.labels.message}**`);
  lines.push('');
  const m = report.message;
  lines.push(`- ${words.labels.from}: ${escapeInline(m.from.map((a) => a.address).join(', ') || words.labels.none)}`);
  lines.push(`- ${words.labels.subject}: ${escapeInline(m.subject ?? words.labels.none)}`);
  if (report.edge) lines.push(`- ${words.note.sendingServer}: ${escapeInline(`${report.edge.ip ?? '?'} (HELO ${report.edge.helo ?? '?'}) ${words.labels.receivedBy} ${report.edge.receiver ?? '?'}`)}`);
  if (report.edge?.reasonText) lines.push(`- ${words.note.whyThisHop}: ${escapeInline(report.edge.reasonText)}`);
  if (report.origin) lines.push(`- ${words.note.originalSender}: ${escapeInline(`${report.origin.ip ?? '?'} (HELO ${report.origin.helo ?? '?'})`)}`);
  lines.push(`- ${escapeInline(words.dnsLine(words.dnsMode[report.dns.mode], report.dns.resolver, report.dns.queries.length, 0))}`);
  if (report.thenAndNow.length > 0) {
    lines.push('');
    lines.push(`**${words.note.thenAndNow}**`);
    lines.push('');
    for (const row of report.thenAndNow) {
      const what = `${row.method}${row.domain ? ` ${row.domain}` : ''}`;
      const differs = row.differs ? ` (${words.labels.differs}${row.likelyReason ? `: ${words.driftReason[row.likelyReason]}` : ''})` : '';
      lines.push(`- ${escapeInline(`${what}: ${words.labels.then} ${row.then?.result ?? '-'}, ${words.labels.now} ${row.now}${differs}`)}`);
    }
  }
  const shown = report.findings.filter((finding) => finding.severity !== 'pass');
  const passed = report.findings.filter((finding) => finding.severity === 'pass');
  if (shown.length > 0) {
    lines.push('');
    lines.push(`**${words.labels.findings}**`);
    for (const finding of shown) lines.push('', ...findingLines(finding, catalog));
  }
  if (passed.length > 0) {
    lines.push('');
    lines.push(`**${words.note.passed}:** ${passed.map((finding) => escapeInline(finding.title)).join('; ')}`);
  }
  lines.push('');
  lines.push(`_${escapeInline(words.note.footer(report.schema, report.checkedAt))}_`);
  return `${lines.join('\n')}\n`;
}

function findingLines(finding: Finding, catalog: Catalog): string[] {
  const lines = [`- ${SEVERITY_MARK[finding.severity]} **${escapeInline(finding.title)}** \`${finding.id}\``];
  lines.push(`  ${escapeInline(finding.explanation)}`);
  lines.push(`  _${escapeInline(`${finding.recommendation.title} (${finding.recommendation.source})`)}_`);
  const header = finding.evidence.find((e): e is Extract<Evidence, { kind: 'header' }> => e.kind === 'header');
  if (header) lines.push('', indent(codeBlock(header.text)));
  if (finding.fix) {
    lines.push(`  ${capitalize(catalog.output.labels.fix)}: ${escapeInline(finding.fix.description)}`);
    lines.push('', indent(codeBlock(finding.fix.text)));
  }
  return lines;
}

function indent(text: string): string {
  return text.split('\n').map((line) => `  ${line}`).join('\n');
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
