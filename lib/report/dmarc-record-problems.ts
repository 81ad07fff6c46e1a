// What a DMARC record's parse problems weigh, in one place for the DMARC card, the CLI and the note. The
// problems are the parser's facts (lib/auth/dmarc/parse-record.ts), worded in the Report's language by
// localizeChecks; this says how seriously each one is shown, never changing the DMARC result or the verdict.
import type { TagProblem } from '../auth/dmarc/types';
import type { DmarcCheck, NotChecked, Pending, Severity } from './types';

export interface ShownRecordProblem {
  problem: TagProblem;
  severity: Extract<Severity, 'warn' | 'info'>;
}

/** The record that applied, with its problems; null when it has none to show (or no record was found). */
export interface DmarcRecordProblems {
  /** The name the record was read at: _dmarc.<domain>. */
  name: string;
  text: string;
  problems: ShownRecordProblem[];
}

/**
 * A missing or invalid p= (or an invalid sp=, RFC 7489 §6.6.3 step 6, which the evaluator treats alike) is
 * what the DMARC result already stands on: no policy at all (permerror), or p=none in place of the one the
 * domain meant when a valid rua= is there. Its consequence is the result's, so it is shown as a warning.
 * Every other problem is information: §6.3 says unknown tags "MUST be ignored" and syntax errors in the
 * remainder are replaced by defaults, so the policy the domain asked for still applies.
 */
export function recordProblemSeverity(problem: TagProblem): ShownRecordProblem['severity'] {
  const policyTag = problem.tag === 'p' || problem.tag === 'sp';
  return policyTag && (problem.issue === 'missing' || problem.issue === 'invalid-value') ? 'warn' : 'info';
}

/** The problems of the record the DMARC check read, warnings first, each with its severity. */
export function dmarcRecordProblems(check: DmarcCheck | NotChecked | Pending): DmarcRecordProblems | null {
  if (!('found' in check) || !check.found || check.found.record.problems.length === 0) return null;
  const { domain, record } = check.found;
  const problems = record.problems.map((problem) => ({ problem, severity: recordProblemSeverity(problem) }));
  // A stable sort: within one severity the problems stay in the record's order.
  problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'warn' ? -1 : 1));
  return { name: `_dmarc.${domain}`, text: record.text, problems };
}
