// When nothing could be re-checked (offline, or DNS unreachable), the receiver's own trusted
// Authentication-Results are the best evidence left of how it judged the message on arrival (design
// notes, "Time"): its DMARC result (or Microsoft's composite authentication, compauth) decides.
import { describeCompauth } from '../compauth';
import { RECOMMENDATIONS } from '../recommendations';
import { note } from '../evidence';
import type { AuthMethodSummary, AuthResultsEntry, Evidence, BuiltFinding } from '../types';

// RFC 7489 §11.2 dmarc results; Microsoft's compauth (its DMARC-like composite verdict) uses the same words.
const VERDICT_METHODS = ['dmarc', 'compauth'];

export function receiverFindings(authResults: readonly AuthResultsEntry[]): BuiltFinding[] {
  const decisive = firstDecisive(authResults);
  if (!decisive) return [];
  const { entry, method } = decisive;
  const by = entry.authservId ?? 'the receiver';
  const evidence = [{ kind: 'auth-result' as const, authservId: entry.authservId, trusted: true, method: method.method, result: method.result, line: entry.line, text: entry.raw }, ...trustNotes(entry)];
  if (method.result === 'pass') {
    return [{
      id: 'receiver.authenticated',
      severity: 'pass',
      title: `${by} recorded ${method.method}=pass when the message arrived`,
      explanation: `The receiver's own Authentication-Results say the sender was authenticated. Nothing was re-checked now, so this rests on the receiver's word alone.`,
      evidence,
      recommendation: RECOMMENDATIONS.authentication,
    }];
  }
  // Design notes, "Judgement": a recorded dmarc=fail weighs by the policy recorded with it, as a re-check
  // does: quarantine or reject is suspension, p=none (or a policy not written down) is low trust.
  const enforced = method.policy === 'quarantine' || method.policy === 'reject';
  const policy = method.policy ? `The domain's policy, as the receiver recorded it, is p=${method.policy}${enforced ? '' : ': monitoring only'}.` : 'The receiver did not record the domain\'s policy, so MailTrust cannot say whether it asks for quarantine or reject.';
  return [{
    id: 'receiver.auth-failed',
    severity: enforced ? 'fail' : 'warn',
    title: `${by} recorded ${method.method}=${method.result} when the message arrived`,
    explanation: `The receiver's own Authentication-Results say the sender failed authentication${method.reason ? ` (${method.reason})` : ''}. ${policy} Mail that fails the sender's DMARC check looks like impersonation.`,
    evidence,
    recommendation: RECOMMENDATIONS.notTrusted,
  }];
}

/** Why a field without authserv-id was believed, and what Microsoft's compauth said, as notes. */
function trustNotes(entry: AuthResultsEntry): Evidence[] {
  const notes: Evidence[] = [];
  if (entry.trust === 'exchange-online') {
    notes.push(note(`Written by Exchange Online (no authserv-id): trusted because it sits above the Received field where Exchange Online took the message in, and the message carries its marks: ${(entry.trustMarks ?? []).join(', ')}.`));
  }
  const compauth = describeCompauth(entry.methods);
  if (compauth) notes.push(note(`Microsoft's composite authentication: ${compauth}.`));
  return notes;
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
