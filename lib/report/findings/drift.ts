// drift.auth: the receiver's trusted result then differs from the re-check now, with the likely reason.
import { RECOMMENDATIONS } from '../recommendations';
import type { AuthResultsEntry, BuiltFinding, ThenAndNow } from '../types';

export function driftFindings(rows: readonly ThenAndNow[], authResults: readonly AuthResultsEntry[]): BuiltFinding[] {
  return rows
    .filter((row) => row.differs)
    .map((row) => {
      const entry = authResults.find((candidate) => candidate.line === row.then?.line);
      return {
        id: 'drift.auth' as const,
        severity: 'warn' as const,
        title: `${row.method.toUpperCase()}${row.domain ? ` (${row.domain})` : ''}: the receiver saw ${row.then?.result}, the re-check gives ${row.now}`,
        explanation: row.explanation ?? '',
        evidence: entry
          ? [{ kind: 'auth-result' as const, authservId: entry.authservId, trusted: entry.trusted, method: row.method, result: row.then?.result ?? '', line: entry.line, text: entry.raw }]
          : [],
        recommendation: RECOMMENDATIONS.authentication,
      };
    });
}
