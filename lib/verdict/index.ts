export { decideVerdict } from './decide-verdict';
export { LEVEL_ORDER, VERDICT_RULES, type FindingMatch, type VerdictRule } from './rules';
export { withReceiverLine, receivedByLine } from './receiver-line';
export { decideArrivalAndToday } from './decide-arrival';
