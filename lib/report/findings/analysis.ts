// Findings about what the analysis itself could not do (design notes, "Judgement": uncertainty is said,
// not hidden): input that is not an email, no sending server in the Received fields, no DNS (offline or
// unreachable), a deadline passed, a fault of the program. With nothing re-checked, the receiver's own
// trusted results are the evidence left (receiver.*). The findings are data; lib/i18n/<lang>/analysis.ts
// says them in words.
import type { InputProblem } from '../../message/check-input';
import { RECOMMENDATIONS, rfc } from '../recommendations';
import type { AuthResultsEntry, CheckName, DnsMode, DnsQuery, Evidence, FindingData, Hop } from '../types';
import { receiverFindings } from './receiver';

/** What the assembly knows about the run: the path, the checks the deadline stopped, and the DNS log. */
export interface RunFacts {
  edgeFound: boolean;
  hops: readonly Pick<Hop, 'line' | 'raw'>[];
  authResults: readonly AuthResultsEntry[];
  /** The checks the deadline stopped, each named once, and the deadline. */
  timedOut: readonly CheckName[];
  limitMs: number | null;
  mode: DnsMode;
  /** Every check has a result (none pending). */
  allFinished: boolean;
  resolver: string;
  queries: readonly DnsQuery[];
}

// RFC 7208 §2.6.6 (SPF temperror) and RFC 6376 §6.1.2 (DKIM TEMPFAIL): a failed lookup is not a result.
const DNS_FAILURE = rfc('RFC 7208 §2.6.6, RFC 6376 §6.1.2', 'dns-failure-temporary');

export function analysisFindings(run: RunFacts): FindingData[] {
  const findings: FindingData[] = [];
  if (!run.edgeFound) {
    findings.push({
      id: 'edge.not-found',
      severity: 'info',
      params: { hops: run.hops.length },
      evidence: run.hops.map((hop) => ({ kind: 'header' as const, field: 'Received', line: hop.line, text: hop.raw })),
      recommendation: rfc('RFC 5321 §4.4', 'received-client'),
    });
  }
  // Offline is the user's choice of header evidence alone: a definite result recorded by the receiver
  // decides, and dns.offline only informs. DNS down is a failure to retry: it keeps the verdict unknown
  // unless the receiver recorded a failure (issue 8: DNS down is never "trusted").
  if (run.timedOut.length > 0) {
    findings.push({ id: 'analysis.time-limit', severity: 'warn', params: { checks: [...run.timedOut], limitMs: run.limitMs }, evidence: [], recommendation: DNS_FAILURE });
  }
  const receiver = receiverFindings(run.authResults);
  if (run.mode === 'offline') {
    findings.push(...receiver);
    findings.push({ id: 'dns.offline', severity: receiver.length > 0 ? 'info' : 'warn', params: { receiverDecides: receiver.length > 0 }, evidence: [], recommendation: RECOMMENDATIONS.authentication });
  } else if (run.allFinished && run.queries.length > 0 && run.queries.every((query) => query.failure !== null || query.rcode === 'SERVFAIL' || query.rcode === 'REFUSED')) {
    const cancelled = run.queries.every((query) => query.failure?.reason === 'aborted');
    findings.push(...receiver);
    findings.push({
      id: 'dns.unavailable',
      severity: 'warn',
      params: cancelled ? { cause: 'cancelled' } : { cause: 'unreachable', queries: run.queries.length, resolver: run.resolver },
      evidence: run.queries.slice(0, 5).map(queryEvidence),
      recommendation: DNS_FAILURE,
    });
  }
  return findings;
}

/** A failed query as the DNS evidence it is (no answers). */
function queryEvidence(query: DnsQuery): Evidence {
  return { kind: 'dns', name: query.name, type: query.type, rcode: query.rcode, failure: query.failure, answers: [], ad: query.ad, ms: query.ms };
}

export function notEmailFinding(problem: InputProblem): FindingData {
  return { id: 'input.not-email', severity: 'info', params: { problem }, evidence: [], recommendation: rfc('RFC 5322 §2.1', 'whole-message') };
}

export function faultFinding(error: string): FindingData {
  return { id: 'analysis.fault', severity: 'info', params: { error }, evidence: [], recommendation: rfc('MailTrust', 'report-fault') };
}
