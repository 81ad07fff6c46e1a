// The end of a batch audit (a directory of suspended tickets' messages): how many got each verdict and
// which findings came up most often.
import type { Catalog } from '../i18n/catalog';
import { catalogFor } from '../i18n/render';
import type { Report, VerdictLevel } from '../report/types';
import { LEVEL_ORDER } from '../verdict/rules';

/** What the summary counts of one report: kept instead of the report while earlier messages finish. */
export type SummaryEntry = { notEmail: true } | { notEmail: false; level: VerdictLevel; findingIds: readonly string[] };

export class BatchSummary {
  private readonly levels = new Map<VerdictLevel, number>();
  private readonly findings = new Map<string, number>();
  private notEmail = 0;
  private total = 0;

  static entryOf(report: Report): SummaryEntry {
    if (report.input.kind === 'not-email') return { notEmail: true };
    // Each finding once per message: "how many messages have it".
    return { notEmail: false, level: report.verdict.level, findingIds: [...new Set(report.findings.filter((f) => f.severity !== 'pass').map((f) => f.id))] };
  }

  add(entry: SummaryEntry): void {
    this.total += 1;
    if (entry.notEmail) {
      this.notEmail += 1;
      return;
    }
    this.levels.set(entry.level, (this.levels.get(entry.level) ?? 0) + 1);
    for (const id of entry.findingIds) this.findings.set(id, (this.findings.get(id) ?? 0) + 1);
  }

  format(catalog: Catalog = catalogFor('en'), top = 10): string {
    const words = catalog.output.batch;
    const levelWidth = Math.max(18, ...LEVEL_ORDER.map((level) => catalog.verdict.levels[level].length + 1), words.notEmail.length + 1);
    const [verdict, count] = words.verdictHeader;
    const lines = ['', words.summaryOf(this.total), `  ${verdict.padEnd(levelWidth)} ${count.padStart(5)}`];
    for (const level of LEVEL_ORDER) lines.push(`  ${catalog.verdict.levels[level].padEnd(levelWidth)} ${String(this.levels.get(level) ?? 0).padStart(5)}`);
    if (this.notEmail > 0) lines.push(`  ${words.notEmail.padEnd(levelWidth)} ${String(this.notEmail).padStart(5)}`);
    const frequent = [...this.findings.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, top);
    if (frequent.length > 0) {
      const [findings, messages] = words.frequentHeader;
      const idWidth = Math.max(24, findings.length + 1);
      lines.push('', `  ${findings.padEnd(idWidth)} ${messages.padStart(8)}`);
      for (const [id, count] of frequent) lines.push(`  ${id.padEnd(idWidth)} ${String(count).padStart(8)}`);
    }
    return `${lines.join('\n')}\n`;
  }
}
