// When nothing could be re-checked (offline, or DNS unreachable), the receiver's own trusted
// Authentication-Results are the best evidence left of how it judged the message on arrival (design
// notes, "Time"): its DMARC result (or Microsoft's composite authentication, compauth) decides. The
// findings are data; lib/i18n/<lang>/receiver.ts says them in words.
import { readCompauth } from '../compauth';
import { RECOMMENDATIONS } from '../recommendations';
import type { AuthMethodSummary, AuthResultsEntry, FindingData } from '../types';

// RFC 7489 §11.2 dmarc results; Microsoft's compauth (its DMARC-like composite verdict) uses the same words.
const VERDICT_METHODS = ['dmarc', 'compauth'];

export function receiverFindings(authResults: readonly AuthResultsEntry[]): FindingData[] {
  const decisive = firstDecisive(authResults);
  if (!decisive) return [];
  const { entry, method } = decisive;
  const evidence = [{ kind: 'auth-result' as const, authservId: entry.authservId, trusted: true, method: method.method, result: method.result, line: entry.line, text: entry.raw }];
  const recorded = {
    authservId: entry.authservId,
    method: method.method,
    exchangeOnlineMarks: entry.trust === 'exchange-online' ? (entry.trustMarks ?? []) : null,
    compauth: readCompauth(entry.methods),
  };
  if (method.result === 'pass') {
    return [{ id: 'receiver.authenticated', severity: 'pass', params: recorded, evidence, recommendation: RECOMMENDATIONS.authentication }];
  }
  // Design notes, "Judgement": a recorded dmarc=fail weighs by the policy recorded with it, as a re-check
  // does: quarantine or reject is suspension, p=none (or a policy not written down) is low trust.
  const enforced = method.policy === 'quarantine' || method.policy === 'reject';
  return [{
    id: 'receiver.auth-failed',
    severity: enforced ? 'fail' : 'warn',
    params: { ...recorded, result: method.result, reason: method.reason, policy: method.policy ?? null },
    evidence,
    recommendation: RECOMMENDATIONS.notTrusted,
  }];
}

/** The newest trusted DMARC-like result that is a definite pass or fail (Authentication-Results, not ARC). */
function firstDecisive(authResults: readonly AuthResultsEntry[]): { entry: AuthResultsEntry; method: AuthMethodSummary } | null {
  for (const entry of authResults) {
    if (!entry.trusted || entry.source !== 'authentication-results') continue;
    const method = entry.methods.find((m) => VERDICT_METHODS.includes(m.method.toLowerCase()) && (m.result === 'pass' || m.result === 'fail'));
    if (method) return { entry, method };
  }
  return null;
}
