export { decideVerdict, ruleLevel } from './decide-verdict';
export { LEVEL_ORDER, VERDICT_RULES, type FindingMatch, type VerdictRule, type VerdictRuleName } from './rules';
export { withReceiverLine } from './receiver-line';
export { decideArrivalAndToday } from './decide-arrival';
export { NO_EVIDENCE, type JudgedFinding, type ReasonOutcome, type ReasonPolarity, type VerdictOutcome } from './types';
export { levelOfRule, orderReasons, reasonPolarity } from './reason-stance';
