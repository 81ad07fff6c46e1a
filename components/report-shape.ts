// What the components render: a finished Report, or a draft while DNS answers arrive (analyze's onProgress).
import type { NotChecked, Pending, Report, ReportDraft } from '../lib/report/types';

export type ShownReport = Report | ReportDraft;

export function isPending(value: { result: string }): value is Pending {
  return value.result === 'pending';
}

export function isNotChecked(value: { result: string }): value is NotChecked {
  return value.result === 'not-checked';
}

export function isDraft(report: ShownReport): report is ReportDraft {
  return 'complete' in report && report.complete === false;
}

/** How far the DNS checks have come, for the progress bar. */
export interface AnalysisProgress {
  completed: number;
  total: number;
  queries: number;
}
