export { checkIprev, MAX_PTR_NAMES, type IprevOptions } from './check-iprev';
export { genericNameSignals, ISP_WORDS, type GenericSignal } from './generic-name';
export type { ForwardCheck, IprevProblem, IprevResult } from './types';
