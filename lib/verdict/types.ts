// The verdict as data: the level, the rules that fired (each with the findings that made it fire), and
// the Zendesk causes. The catalogs (lib/i18n) turn it into the Report's summary and reason texts.
import type { FindingId, Severity, ThenAndNow, VerdictLevel, ZendeskCause } from '../report/types';
import type { VerdictRuleName } from './rules';

/** What the verdict reads of a finding: its id and severity, nothing it says. */
export interface JudgedFinding {
  id: FindingId;
  severity: Severity;
}

/** No rule of the table fired: neither an authentication pass nor a known problem was found. */
export const NO_EVIDENCE = 'no-evidence';

/**
 * How a reason bears on the message, so a page can mark it (not by colour alone) and put the problems
 * before what speaks in the message's favour: 'fail' (it suspends, or a check failed outright), 'warn'
 * (it lowers trust or leaves the verdict unknown), 'pass' (authentication in the message's favour).
 */
export type ReasonPolarity = 'fail' | 'warn' | 'pass';

export interface ReasonOutcome {
  rule: VerdictRuleName | typeof NO_EVIDENCE;
  /** The findings that made the rule fire, each id once, in the order found. */
  findings: FindingId[];
  polarity: ReasonPolarity;
  /** The rule gives the verdict's own level: it is what made the verdict (the others support or contrast). */
  decides: boolean;
}

export interface VerdictOutcome {
  level: VerdictLevel;
  /** The reasons that decide first, then the other problems, then the passes. */
  reasons: ReasonOutcome[];
  zendeskCauses: ZendeskCause[];
  /** The edge receiver, when it is not Zendesk. */
  receivedBy?: string;
  /** Today's re-check, when it judges differently from the verdict at arrival, and what changed since. */
  today?: { level: VerdictLevel; reasons: ReasonOutcome[]; changed: ThenAndNow[] };
}
