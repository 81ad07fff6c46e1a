// The verdict reads findings only (it does not redo checks): every rule of the table that fires is a
// reason, the most serious level wins, and the causes of the rules that fired are collected in order.
import type { VerdictLevel, ZendeskCause } from '../report/types';
import { incompleteInputLevel } from './incomplete-input';
import { LEVEL_ORDER, VERDICT_RULES, type FindingMatch, type VerdictRule, type VerdictRuleName } from './rules';
import { levelOfRule, orderReasons, reasonPolarity } from './reason-stance';
import { NO_EVIDENCE, type JudgedFinding, type ReasonOutcome, type VerdictOutcome } from './types';

export function decideVerdict(findings: readonly JudgedFinding[], rules: readonly VerdictRule[] = VERDICT_RULES): VerdictOutcome {
  const fired: { rule: VerdictRule; matched: JudgedFinding[] }[] = [];
  for (const rule of rules) {
    const matched = findings.filter((finding) => rule.when.some((match) => matches(match, finding)));
    if (matched.length > 0) fired.push({ rule, matched });
  }
  const rank = (level: VerdictLevel) => LEVEL_ORDER.indexOf(level);
  fired.sort((a, b) => rank(a.rule.level) - rank(b.rule.level));
  const level: VerdictLevel = incompleteInputLevel(findings) ?? fired[0]?.rule.level ?? 'unknown';
  const reasons: ReasonOutcome[] = fired.map(({ rule, matched }) => ({
    rule: rule.rule as VerdictRuleName,
    findings: [...new Set(matched.map((finding) => finding.id))],
    polarity: reasonPolarity(rule.level, matched.map((finding) => finding.severity)),
    decides: rule.level === level,
  }));
  if (fired.length === 0) reasons.push({ rule: NO_EVIDENCE, findings: [], polarity: 'warn', decides: true });
  const causes: ZendeskCause[] = [];
  for (const { rule } of fired) for (const cause of rule.causes) if (!causes.includes(cause)) causes.push(cause);
  return { level, reasons: orderReasons(reasons, rules), zendeskCauses: causes };
}

function matches(match: FindingMatch, finding: JudgedFinding): boolean {
  return match.id === finding.id && (match.severity === undefined || match.severity.includes(finding.severity));
}

/** The rule's level, for the reasons that decided the verdict's level (the summary names those). */
export function ruleLevel(rule: ReasonOutcome['rule'], rules: readonly VerdictRule[] = VERDICT_RULES): VerdictLevel | null {
  return levelOfRule(rule, rules);
}
