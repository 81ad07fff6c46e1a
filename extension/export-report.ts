// Saving a report: JSON as a download (the same shape as the CLI's --json), Markdown to the clipboard.
import type { Report } from '../lib/report/types';

export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** mailtrust-<from domain>-<checked at>.json: distinct per message and run, safe in every file system. */
export function reportFilename(report: Report, extension: string): string {
  const domain = report.message.from[0]?.domain ?? 'message';
  const stamp = report.checkedAt.replace(/[:.]/g, '-');
  return `mailtrust-${domain.replace(/[^a-z0-9.-]/gi, '_')}-${stamp}.${extension}`;
}
