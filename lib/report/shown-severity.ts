// How a finding and a check are shown: one function decides the severity a badge shows, so a card and the
// findings never disagree (issue 16: the HELO card showed a red "fail" for a provider's server that its
// finding calls info; "Offline" was a warning in one report and info in another).
import type { CheckName, FindingId, Severity, VerdictReason } from './types';

/** What a finding reads of itself here: its id, severity and, for hop checks, its hop. */
export interface ShownFinding {
  id: FindingId;
  severity: Severity;
  hop?: 'edge' | 'origin';
}

/**
 * Notices about the analysis rather than the message: offline is the user's own choice of header
 * evidence alone, and a receiver other than Zendesk is context. Their severity still weighs in the
 * verdict (dns.offline at warn leaves it unknown); shown, they are information, never "to act on".
 */
const NOTICES: readonly FindingId[] = ['dns.offline', 'receiver.not-zendesk'];

const ORDER: readonly Severity[] = ['fail', 'warn', 'info', 'pass'];

export function shownSeverity(finding: ShownFinding): Severity {
  if (NOTICES.includes(finding.id) && (finding.severity === 'fail' || finding.severity === 'warn')) return 'info';
  return finding.severity;
}

/**
 * The severity a check's result keyword (RFC 8601 §2.7: pass, fail, softfail, none...) is shown with, where no
 * finding of the check gives one: a DKIM signature's own card, an ARC chain without finding, a keyword quoted
 * as evidence. Header-pass (a signature whose body was not checked) and temporary errors are warnings.
 */
export function resultSeverity(result: string): Severity {
  if (result === 'pass') return 'pass';
  if (result === 'fail' || result === 'permerror') return 'fail';
  if (result === 'softfail' || result === 'temperror' || result === 'neutral' || result === 'header-pass') return 'warn';
  return 'info';
}

/** The three groups the findings are read in: what someone must change, what is worth knowing, what passed. */
export type FindingGroup = 'act' | 'note' | 'passed';

export function findingGroup(finding: ShownFinding): FindingGroup {
  const severity = shownSeverity(finding);
  return severity === 'fail' || severity === 'warn' ? 'act' : severity === 'info' ? 'note' : 'passed';
}

/**
 * Findings in the order of their weight in the verdict: those of the reasons that decided it first (the
 * reasons come in that order), then those of the other reasons, then the rest; more serious first within.
 */
export function orderByWeight<F extends ShownFinding>(findings: readonly F[], reasons: readonly Pick<VerdictReason, 'findings'>[]): F[] {
  const weight = (finding: F) => {
    const at = reasons.findIndex((reason) => reason.findings.includes(finding.id));
    return (at === -1 ? reasons.length : at) * ORDER.length + ORDER.indexOf(shownSeverity(finding));
  };
  return [...findings].sort((a, b) => weight(a) - weight(b));
}

/** The findings each check's card stands for, by id prefix (a check lives in one folder and one prefix). */
const PREFIX: Record<Exclude<CheckName, 'domains'>, string> = { iprev: 'ptr.', helo: 'helo.', spf: 'spf.', dkim: 'dkim.', dmarc: 'dmarc.', arc: 'arc.', mx: 'mx.' };

/**
 * A card's badge: the most serious shown severity among its check's findings (for a hop check, those of
 * the hop the card shows). Null when the check produced no finding; the card then shows its result alone.
 */
export function checkSeverity(findings: readonly ShownFinding[], check: Exclude<CheckName, 'domains'>, hop?: 'edge' | 'origin'): Severity | null {
  const own = findings.filter((finding) => finding.id.startsWith(PREFIX[check]) && (hop === undefined || finding.hop === undefined || finding.hop === hop));
  if (own.length === 0) return null;
  return ORDER[Math.min(...own.map((finding) => ORDER.indexOf(shownSeverity(finding))))] ?? null;
}
