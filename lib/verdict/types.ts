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

export interface ReasonOutcome {
  rule: VerdictRuleName | typeof NO_EVIDENCE;
  /** The findings that made the rule fire, each id once, in the order found. */
  findings: FindingId[];
}

export interface VerdictOutcome {
  level: VerdictLevel;
  /** Ordered, most decisive first. */
  reasons: ReasonOutcome[];
  zendeskCauses: ZendeskCause[];
  /** The edge receiver, when it is not Zendesk. */
  receivedBy?: string;
  /** Today's re-check, when it judges differently from the verdict at arrival, and what changed since. */
  today?: { level: VerdictLevel; reasons: ReasonOutcome[]; changed: ThenAndNow[] };
}
