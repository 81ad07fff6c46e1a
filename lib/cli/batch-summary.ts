// The end of a batch audit (a directory of suspended tickets' messages): how many got each verdict and
// which findings came up most often.
import type { Report, VerdictLevel } from '../report/types';
import { LEVEL_ORDER } from '../verdict/rules';

export class BatchSummary {
  private readonly levels = new Map<VerdictLevel, number>();
  private readonly findings = new Map<string, number>();
  private notEmail = 0;
  private total = 0;

  add(report: Report): void {
    this.total += 1;
    if (report.input.kind === 'not-email') {
      this.notEmail += 1;
      return;
    }
    this.levels.set(report.verdict.level, (this.levels.get(report.verdict.level) ?? 0) + 1);
    // Count each finding once per message: "how many messages have it".
    for (const id of new Set(report.findings.filter((f) => f.severity !== 'pass').map((f) => f.id))) this.findings.set(id, (this.findings.get(id) ?? 0) + 1);
  }

  format(top = 10): string {
    const lines = ['', `Summary of ${this.total} message${this.total === 1 ? '' : 's'}:`, '  verdict            count'];
    for (const level of LEVEL_ORDER) lines.push(`  ${level.padEnd(18)} ${String(this.levels.get(level) ?? 0).padStart(5)}`);
    if (this.notEmail > 0) lines.push(`  ${'not an email'.padEnd(18)} ${String(this.notEmail).padStart(5)}`);
    const frequent = [...this.findings.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top);
    if (frequent.length > 0) {
      lines.push('', '  most frequent findings   messages');
      for (const [id, count] of frequent) lines.push(`  ${id.padEnd(24)} ${String(count).padStart(8)}`);
    }
    return `${lines.join('\n')}\n`;
  }
}
