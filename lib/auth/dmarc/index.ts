export { evaluateDmarc } from './evaluate-dmarc';
export { discoverPolicy } from './discover-policy';
export { isDmarcRecord, parseDmarcRecord } from './parse-record';
export { checkAlignment, isAligned } from './check-alignment';
export { decidePolicy, selectPolicy, type PolicySelection } from './select-policy';
export type {
  AlignmentCheck,
  AlignmentMode,
  DiscoveredRecord,
  DkimResultValue,
  DmarcInput,
  DmarcPolicy,
  DmarcRecord,
  DmarcResult,
  PolicyDecision,
  PolicyDiscovery,
  PolicySource,
  SpfResultValue,
  TagProblem,
} from './types';
