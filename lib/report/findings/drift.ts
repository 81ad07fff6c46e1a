// drift.auth: the receiver's trusted result then differs from the re-check now, with the likely reason.
// The finding is data; lib/i18n/<lang>/receiver.ts says it in words.
import { RECOMMENDATIONS } from '../recommendations';
import type { AuthResultsEntry, FindingData, ThenAndNow } from '../types';

export function driftFindings(rows: readonly ThenAndNow[], authResults: readonly AuthResultsEntry[]): FindingData[] {
  return rows.flatMap((row): FindingData[] => {
    if (!row.differs || !row.then) return [];
    const then = row.then;
    const entry = authResults.find((candidate) => candidate.line === then.line);
    return [{
      id: 'drift.auth',
      severity: 'warn',
      params: { method: row.method, domain: row.domain, then: then.result, now: row.now, reason: row.likelyReason },
      evidence: entry ? [{ kind: 'auth-result', authservId: entry.authservId, trusted: entry.trusted, method: row.method, result: then.result, line: entry.line, text: entry.raw }] : [],
      recommendation: RECOMMENDATIONS.authentication,
    }];
  });
}
