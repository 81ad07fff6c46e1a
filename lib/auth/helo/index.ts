export { checkHelo, checkHeloOffline, type HeloInput } from './check-helo';
export { classifyHeloName } from './classify-name';
export type { HeloFacts, HeloProblem, HeloResult, RuleOutcome } from './types';
