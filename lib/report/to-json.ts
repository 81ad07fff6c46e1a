// JSON export: the Report is plain data already; one line for NDJSON, indented for a file.
import type { Report } from './types';

export function reportToJson(report: Report, options: { indent?: number; file?: string } = {}): string {
  const value = options.file === undefined ? report : { file: options.file, ...report };
  return JSON.stringify(value, null, options.indent ?? 2);
}
