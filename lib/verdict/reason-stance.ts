// Where a fired rule stands in the verdict: its polarity (a problem that fails or warns, or a pass in the
// message's favour) and whether it decided the level. One function, so the engine's verdict and a verdict
// read back from a Report (localizeReport) mark and order their reasons alike.
import type { Severity, VerdictLevel } from '../report/types';
import { LEVEL_ORDER, VERDICT_RULES, type VerdictRule } from './rules';
import { NO_EVIDENCE, type ReasonOutcome, type ReasonPolarity } from './types';

export function reasonPolarity(ruleLevel: VerdictLevel | null, severities: readonly Severity[]): ReasonPolarity {
  if (ruleLevel === 'trusted') return 'pass';
  // A suspension cause fails whatever its finding's severity; below that, a finding that failed outright
  // (spf=fail, a broken DKIM signature) is marked as a failure, the rest (uncertainty, weak setup) as a warning.
  if (ruleLevel === 'likely-suspended' || severities.includes('fail')) return 'fail';
  return 'warn';
}

/** The level a rule gives (null for no-evidence, which belongs to no row). */
export function levelOfRule(rule: ReasonOutcome['rule'], rules: readonly VerdictRule[] = VERDICT_RULES): VerdictLevel | null {
  if (rule === NO_EVIDENCE) return null;
  return rules.find((row) => row.rule === rule)?.level ?? null;
}

/**
 * The reasons in reading order: those that decided the level first, then the other problems by
 * seriousness, then the passes, so a "low trust" never leads with "DMARC passes". Stable within each rank.
 */
export function orderReasons(reasons: readonly ReasonOutcome[], rules: readonly VerdictRule[] = VERDICT_RULES): ReasonOutcome[] {
  const rank = (reason: ReasonOutcome) => {
    const level = levelOfRule(reason.rule, rules);
    return (reason.decides ? 0 : 10) + (reason.polarity === 'pass' ? 5 : 0) + (level === null ? LEVEL_ORDER.length : LEVEL_ORDER.indexOf(level));
  };
  return [...reasons].sort((a, b) => rank(a) - rank(b));
}
